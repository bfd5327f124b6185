/**
 * stringEnd finds a JSON string's closing quote with indexOf, and jsonDepth jumps from one quote or
 * bracket to the next (#16): both agree with a character-by-character reading.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonDepth, stringEnd, stringEndByWalk } from '../../src/text/json.js';

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

/** The deepest nesting read one character at a time, strings by an in-string flag. */
function depthByCharacters(text: string, stopAbove: number): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      depth++;
      max = Math.max(max, depth);
      if (max > stopAbove) return max;
    } else if (c === '}' || c === ']') depth--;
  }
  return max;
}

describe('jsonDepth', () => {
  it('gives the depth a character-by-character reading gives, on any text and with any limit', () => {
    const text = fc.oneof(
      fc.array(fc.constantFrom('"', '\\', '{', '}', '[', ']', ':', ',', ' ', 'a', '1'), { maxLength: 40 }).map((a) => a.join('')),
      fc.json(),
    );
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 6 }), (t, limit) => {
        expect(jsonDepth(t, limit)).toBe(depthByCharacters(t, limit));
        expect(jsonDepth(t)).toBe(depthByCharacters(t, Number.POSITIVE_INFINITY));
      }),
      { numRuns: 5000 },
    );
  });
});
