/**
 * Each built-in preset carries its SHA-256 (src/policy/presets.ts) so that `plan` does not hash
 * it at every start (issue #16); it must be the hash of the preset's canonical JSON, the one a
 * policy file with the same content gets.
 */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPolicy } from '../../src/io/policy-source.js';
import { canonicalJson, sha256Hex } from '../../src/policy/canonical.js';
import { compilePolicy } from '../../src/policy/compile.js';
import { presetDoc, presetNames, presetSha256 } from '../../src/policy/presets.js';

describe('the presets’ written hashes', () => {
  for (const name of presetNames()) {
    it(`${name}: the written hash is that of its canonical JSON`, () => {
      const doc = presetDoc(name);
      expect(doc).not.toBeNull();
      const computed = sha256Hex(canonicalJson(doc));
      expect(presetSha256(name), `update ${name}'s sha256 in src/policy/presets.ts to ${computed}`).toBe(computed);
      // the preset as loaded has the hash that the same document compiled without it gets
      expect(loadPolicy(name, process.cwd()).sha256).toBe(compilePolicy(presetDoc(name) as NonNullable<typeof doc>).sha256);
    });
  }

  it('an unknown name has no hash', () => {
    expect(presetSha256('no-such-preset')).toBeNull();
    expect(presetSha256('toString')).toBeNull();
  });

  it('sha256Hex (fast-sha256) gives node:crypto’s digest, for any text and the presets', () => {
    const nodeHash = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
    for (const text of ['', 'abc', '还款方案 ¥1,234.50 — 😀', 'x'.repeat(1000)]) expect(sha256Hex(text)).toBe(nodeHash(text));
    for (const name of presetNames()) expect(sha256Hex(canonicalJson(presetDoc(name)))).toBe(nodeHash(canonicalJson(presetDoc(name))));
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => sha256Hex(text) === nodeHash(text)));
  });
});
