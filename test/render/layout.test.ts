/**
 * displayWidth's fast path for text below U+1100 without ANSI escapes (issue #16) gives the width the per-character
 * rule gives (perCharacterWidth, the rule as it was before the fast path); the rule itself is
 * pinned by examples.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayWidth, perCharacterWidth } from '../../src/render/layout.js';

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
  it('its shortcut for narrow text gives the per-character width on ASCII, control characters, ANSI escapes and wide text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.array(pieces).map((a) => a.join('')),
        ),
        (text) => {
          expect(displayWidth(text)).toBe(perCharacterWidth(text));
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
    expect(displayWidth('한\u{20000}，¥')).toBe(7);
    expect(displayWidth('\u001b[1m停\u001b[0ma')).toBe(3);
  });
});
