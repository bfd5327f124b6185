/** Every message code has non-empty text in zh and en (issue #9 step 2, issue #10 item 5). */
import { describe, expect, it } from 'vitest';
import { LANGS, allMessages } from '../../src/messages/index.js';

/** Sample parameters: every name a message function may read resolves to a plausible value. */
const SAMPLE = new Proxy({}, { get: (_t, key) => (typeof key === 'string' ? `<${key}>` : undefined) });

describe('message catalogue', () => {
  const MESSAGES = allMessages();
  const codes = Object.keys(MESSAGES) as (keyof typeof MESSAGES)[];
  it('has codes', () => expect(codes.length).toBeGreaterThan(0));
  for (const code of codes) {
    for (const lang of LANGS) {
      it(`${code} [${lang}] renders non-empty text`, () => {
        const m = MESSAGES[code] as { zh: unknown; en: unknown };
        const text = m[lang];
        const out = typeof text === 'function' ? (text as (p: unknown) => string)(SAMPLE) : text;
        expect(typeof out).toBe('string');
        expect((out as string).trim().length).toBeGreaterThan(0);
      });
    }
  }
});
