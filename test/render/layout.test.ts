/**
 * displayWidth's fast path for text below U+1100 without ANSI escapes (issue #16) gives the width the per-character
 * rule gives: the reference below is that rule as it was before the fast path.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/render/layout.js';

function reference(text: string): number {
  let width = 0;
  for (const ch of text.replace(/\u001b\[[0-9;]*m/g, '')) {
    const c = ch.codePointAt(0) ?? 0;
    const wide =
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      (c >= 0x20000 && c <= 0x3fffd);
    width += wide ? 2 : 1;
  }
  return width;
}

const pieces = fc.constantFrom(
  'a',
  ' ',
  '~',
  '0',
  '\u001b[1m',
  '\u001b[0m',
  '\u001b',
  '\t',
  '\u007f',
  '¥',
  '停',
  '息',
  '，',
  '😀',
  '\u{20000}',
  '한',
  'é',
  '[',
  'm',
);

describe('displayWidth', () => {
  it('gives the per-character width on ASCII, control characters, ANSI escapes and wide text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.array(pieces).map((a) => a.join('')),
        ),
        (text) => {
          expect(displayWidth(text)).toBe(reference(text));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('counts text below U+1100 one column a character', () => {
    expect(displayWidth('')).toBe(0);
    expect(displayWidth('settlement-3 ¥169.31')).toBe(20);
    expect(displayWidth('plan 12 months')).toBe(14);
    expect(displayWidth('\u001b[1mbold\u001b[0m')).toBe(4);
    expect(displayWidth('停息挂账')).toBe(8);
    expect(displayWidth('€1,000.00 · £5')).toBe(14);
  });
});
