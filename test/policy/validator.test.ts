/**
 * The policy-schema validator the build generates with ajv's standalone code (issue #16:
 * `--policy FILE` no longer compiles the schema on every run) reports exactly what the
 * validator compiled at run time reports: same errors, same order, same fields, on every policy
 * fixture (valid and invalid), the presets, and generated variants with out-of-range decimals.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { presetDoc, presetNames } from '../../src/policy/presets.js';
import { POLICY_SOURCE } from '../../src/policy/schema.js';
import { decimalOutOfRange, outOfRange, policyAjv } from '../../src/policy/schema-check.js';
import { POLICIES } from './helpers.js';

const require = createRequire(import.meta.url);
const standaloneCode = (require('ajv/dist/standalone/index.js') as { default: (ajv: unknown, v: unknown) => string }).default;

function generated(): ValidateFunction {
  const ajv = policyAjv(true);
  const code = standaloneCode(ajv, ajv.compile(POLICY_SOURCE));
  const mod = { exports: {} as unknown };
  new Function('module', 'exports', 'require', code)(mod, mod.exports, require);
  return mod.exports as ValidateFunction;
}

function docs(): [string, unknown][] {
  const out: [string, unknown][] = presetNames().map((n) => [n, presetDoc(n)]);
  for (const dir of ['valid', 'invalid']) {
    for (const f of readdirSync(join(POLICIES, dir))
      .filter((x) => x.endsWith('.json'))
      .sort()) {
      let doc: unknown;
      try {
        doc = JSON.parse(readFileSync(join(POLICIES, dir, f), 'utf8'));
      } catch {
        continue; // fixtures of unreadable files (not JSON, BOM, …) never reach the validator
      }
      out.push([`${dir}/${f}`, doc]);
    }
  }
  return out;
}

const errorsOf = (v: ValidateFunction, doc: unknown) => (v(doc) ? [] : structuredClone(v.errors ?? []));

describe('generated policy validator (ajv standalone)', () => {
  const runtime = policyAjv().compile(POLICY_SOURCE);
  const standalone = generated();

  it('reports the same errors as the run-time validator on every fixture and preset', () => {
    const all = docs();
    expect(all.length).toBeGreaterThan(50);
    let failing = 0;
    for (const [name, doc] of all) {
      const want = errorsOf(runtime, doc);
      if (want.length > 0) failing++;
      expect(errorsOf(standalone, doc), name).toEqual(want);
    }
    expect(failing).toBeGreaterThan(40);
  });

  it('reports the same decimalRange errors on rates just inside and outside their ranges', () => {
    const base = presetDoc('cn-standard') as unknown as Record<string, Record<string, unknown>>;
    const text = fc.oneof(
      fc.constantFrom('0', '1', '1.0000001', '0.9999999', '2', '0.00000', '10', '0.5', '1.5'),
      fc.tuple(fc.nat(20), fc.nat(999_999)).map(([a, b]) => `${a}.${String(b).padStart(6, '0')}`),
    );
    fc.assert(
      fc.property(text, text, text, (daily, share, discount) => {
        const doc = structuredClone(base);
        (doc.interest as Record<string, unknown>).dailyRate = daily;
        (doc.affordability as Record<string, unknown>).maxShareOfSurplus = share;
        (doc.recovery as Record<string, unknown>).annualDiscountRate = discount;
        expect(errorsOf(standalone, doc)).toEqual(errorsOf(runtime, doc));
      }),
      { numRuns: 300 },
    );
  });

  it('the self-contained range check agrees with outOfRange', () => {
    const dec = fc.tuple(fc.nat(30), fc.nat(99_999), fc.nat(5)).map(([a, b, d]) => (d === 0 ? String(a) : `${a}.${String(b).padStart(5, '0').slice(0, d)}`));
    fc.assert(
      fc.property(fc.oneof(dec, fc.string()), dec, dec, (x, lo, hi) => {
        expect(decimalOutOfRange(x, { min: lo, max: hi })).toBe(outOfRange(x, { min: lo, max: hi } as never));
      }),
      { numRuns: 2000 },
    );
  });
});
