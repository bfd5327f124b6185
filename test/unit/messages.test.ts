/**
 * The message catalogue (issue #9 step 2, issue #10 item 5): every code renders non-empty text in
 * zh and en; every area file of src/messages/ is registered in index.ts and no two areas define
 * the same code (a spread would silently keep only one); no Chinese text holds an English sentence.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGS, type Lang, allMessages, isMessageCode, msg } from '../../src/messages/index.js';
import { Area } from '../../src/messages/types.js';
import { englishRun } from '../helpers/english.js';

/** Sample parameters: every name a message function may read resolves to a plausible value. */
const SAMPLE = new Proxy({}, { get: (_t, key) => (typeof key === 'string' ? `<${key}>` : undefined) });

/** Every area merged (index.ts builds it from the same list of areas its lookup reads). */
const MESSAGES = allMessages();

/** The text through the catalogue's own lookup (msg), so a code it cannot find fails here (#16). */
function textOf(code: string, lang: Lang): unknown {
  return (msg as (lang: Lang, code: string, params: unknown) => string)(lang, code, SAMPLE);
}

/** Chinese texts that hold English on purpose: the negotiate menu offers English in English, so that an English speaker finds it. */
const ENGLISH_ON_PURPOSE: readonly string[] = ['negotiate.action.lang'];

describe('message catalogue', () => {
  const codes = Object.keys(MESSAGES) as (keyof typeof MESSAGES)[];
  it('has codes', () => expect(codes.length).toBeGreaterThan(0));
  for (const code of codes) {
    for (const lang of LANGS) {
      it(`${code} [${lang}] renders non-empty text`, () => {
        const out = textOf(code, lang);
        expect(typeof out).toBe('string');
        expect((out as string).trim().length).toBeGreaterThan(0);
      });
    }
  }

  it('every area file is registered and no code is defined twice', async () => {
    const dir = join(import.meta.dirname, '../../src/messages');
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && !['index.ts', 'types.ts'].includes(f));
    const owner = new Map<string, string>();
    const twice: string[] = [];
    for (const f of files) {
      const mod = (await import(join(dir, f))) as Record<string, unknown>;
      for (const exported of Object.values(mod)) {
        // an area's messages are made on first use (#16)
        const catalogue = exported instanceof Area ? exported.messages : exported;
        if (catalogue === null || typeof catalogue !== 'object') continue;
        for (const code of Object.keys(catalogue)) {
          const before = owner.get(code);
          if (before !== undefined) twice.push(`${code}: ${before} and ${f}`);
          owner.set(code, f);
        }
      }
    }
    expect(twice).toEqual([]);
    const unregistered = [...owner].filter(([code]) => !Object.hasOwn(MESSAGES, code)).map(([code, f]) => `${f}: ${code}`);
    expect(unregistered).toEqual([]);
    expect([...owner.keys()].filter((code) => !isMessageCode(code))).toEqual([]);
    expect(owner.size).toBe(codes.length);
  });

  it('no Chinese text holds an English sentence', () => {
    const leaks = codes
      .filter((code) => !ENGLISH_ON_PURPOSE.includes(code))
      .map((code) => [code, englishRun(String(textOf(code, 'zh')))] as const)
      .filter(([, run]) => run !== null)
      .map(([code, run]) => `${code}: ${run}`);
    expect(leaks.join('\n')).toBe('');
  });
});
