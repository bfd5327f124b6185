/**
 * wrap measures each word once (issue #16) and wraps as when it measured every candidate line
 * (wrapMeasuringLines below, the code as it was).
 *
 * displayWidth's fast path for text below U+1100 without ANSI escapes (issue #16) gives the width the per-character
 * rule gives (perCharacterWidth, the rule as it was before the fast path); the rule itself is
 * pinned by examples.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayWidth, perCharacterWidth, wrap } from '../../src/render/layout.js';

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

/** wrap as it was before #16: every candidate line measured from its start, a too-wide word cut character by character. */
function wrapMeasuringLines(text: string, width: number, indent = '  '): string {
  const lines: string[] = [];
  let line = '';
  const push = () => {
    lines.push(line);
    line = indent;
  };
  for (const word of text.split(' ')) {
    const candidate = line === '' || line === indent ? line + word : `${line} ${word}`;
    if (displayWidth(candidate) <= width) {
      line = candidate;
      continue;
    }
    if (line !== '' && line !== indent) push();
    let rest = word;
    while (displayWidth(line + rest) > width) {
      let cut = '';
      for (const ch of rest) {
        if (displayWidth(line + cut + ch) > width) break;
        cut += ch;
      }
      line += cut;
      rest = rest.slice(cut.length);
      push();
    }
    line += rest;
  }
  if (line.trim() !== '') lines.push(line);
  return lines.join('\n');
}

describe('wrap', () => {
  // widths above the indent plus one wide character: below that neither form ends (a wide
  // character never fits; the callers' columns are 12 and more)
  it('wraps exactly as when it measured every candidate line (words, spaces, wide text, escapes, narrow widths)', () => {
    const words = fc.array(fc.oneof(pieces, fc.constantFrom(' ', 'plan', '¥1,234.56', '停息挂账', '·')), { maxLength: 40 }).map((a) => a.join(''));
    fc.assert(
      fc.property(words, fc.integer({ min: 7, max: 40 }), fc.constantFrom('', '  ', '    '), (text, width, indent) => {
        expect(wrap(text, width, indent)).toBe(wrapMeasuringLines(text, width, indent));
      }),
      { numRuns: 3000 },
    );
  });

  it('ends at widths below the indent plus one wide character: a line then holds one character, too wide, and no character is lost', () => {
    const plain = fc
      .array(fc.constantFrom(' ', 'a', '~', '¥', '停', '，', '😀', '\u{20000}', 'é', 'plan', '停息挂账'), { maxLength: 30 })
      .map((a) => a.join(''));
    fc.assert(
      fc.property(plain, fc.integer({ min: 0, max: 6 }), fc.constantFrom('', '  ', '    '), (text, width, indent) => {
        const lines = wrap(text, width, indent).split('\n');
        lines.forEach((line, n) => {
          const start = n === 0 || !line.startsWith(indent) ? '' : indent;
          if (displayWidth(line) > width) expect([...line.slice(start.length)]).toHaveLength(1);
        });
        expect(lines.join('').replaceAll(' ', '')).toBe(text.replaceAll(' ', ''));
      }),
      { numRuns: 2000 },
    );
    expect(wrap('停息 挂账', 2)).toBe('停\n  息\n  挂\n  账');
    expect(wrap('plan', 1, '')).toBe('p\nl\na\nn');
  });

  it('breaks at spaces and indents continuation lines', () => {
    expect(wrap('one two three four', 9)).toBe('one two\n  three\n  four');
    expect(wrap('停息挂账 分期', 8, '')).toBe('停息挂账\n分期');
  });
});
