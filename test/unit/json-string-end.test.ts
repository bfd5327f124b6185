/** stringEnd finds a JSON string's closing quote with indexOf (#16), where the character walk does. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringEnd, stringEndByWalk } from '../../src/text/json.js';

describe('stringEnd', () => {
  it('ends where the character-by-character walk ends, escapes, runs of backslashes and unclosed strings included', () => {
    const text = fc.array(fc.constantFrom('"', '\\', 'a', 'é', '停', '{', ':'), { maxLength: 30 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text, fc.nat(30), (t, at) => {
        const i = Math.min(at, t.length);
        expect(stringEnd(t, i)).toBe(stringEndByWalk(t, i));
      }),
      { numRuns: 5000 },
    );
  });

  it('skips escaped quotes', () => {
    expect(stringEnd('"a\\"b"', 0)).toBe(5);
    expect(stringEnd('"a\\\\"b"', 0)).toBe(4);
    expect(stringEnd('"ab\\', 0)).toBe(5);
  });
});
