/**
 * Terminal wrapping (issue #10 item 1): Chinese breaks between characters, never before closing
 * or after opening punctuation; Latin words, amounts and ids stay whole; every line fits.
 */
import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { displayWidth, SIMPLE_WIDTH_CHARACTERS, wrapText } from '../../src/render/wrap.js';

describe('wrapText', () => {
  it('breaks a Chinese sentence between characters, not only at its one space', () => {
    expect(wrapText('   还款期间停止计息；除上面所列的手续费（共 ¥1,980.00）外，不收取年费或其他费用。', 40)).toBe(
      ['   还款期间停止计息；除上面所列的手续费', '   （共 ¥1,980.00）外，不收取年费或其他', '   费用。'].join('\n'),
    );
  });

  it('no line starts with closing punctuation nor ends with opening punctuation; a figure keeps its bracket', () => {
    const text = '  减免结清（settlement）：不够：还差 ¥15,000.00；一次性结清需要 ¥20,000.00（settlement-1，2026年3月2日前付清）';
    for (const width of [20, 24, 30, 36, 40, 50, 60]) {
      const lines = wrapText(text, width).split('\n');
      for (const l of lines) {
        expect(displayWidth(l)).toBeLessThanOrEqual(width);
        expect(l.trimStart()).not.toMatch(/^[，。、；：）」》]/);
        expect(l).not.toMatch(/[（「《]$/);
      }
      expect(lines.join('')).toContain('¥20,000.00（');
    }
  });

  it('English wraps at spaces with the indent kept; an over-long word is cut', () => {
    expect(wrapText('   the balance on this account is ¥21,249.32: principal ¥20,000.00', 30)).toBe(
      ['   the balance on this account', '   is ¥21,249.32: principal', '   ¥20,000.00'].join('\n'),
    );
    expect(wrapText('x'.repeat(25), 10)).toBe(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)].join('\n'));
  });

  it('colour codes take no width and are kept', () => {
    const text = '\u001b[32mfits 24 months\u001b[39m and then more words to wrap';
    const out = wrapText(text, 20);
    expect(out.replace(/\u001b\[[0-9;]*m/g, '')).toBe('fits 24 months and\nthen more words to\nwrap');
    expect(out).toContain('\u001b[32m');
    expect(out).toContain('\u001b[39m');
  });

  it('property: every line fits and no visible character is lost or reordered', () => {
    const piece = fc.constantFrom('欠款', '¥1,003.33', '，', '。', '（估算）', 'installment-24', ' ', '分 24 期', 'the last', '；', '“好”');
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 40 }), fc.integer({ min: 12, max: 90 }), (parts, width) => {
        const line = parts.join('');
        const out = wrapText(line, width);
        for (const l of out.split('\n')) expect(displayWidth(l)).toBeLessThanOrEqual(width);
        expect(out.replace(/[\s]/g, '')).toBe(line.replace(/[\s]/g, ''));
      }),
    );
  });
});

describe('displayWidth (terminal wrapping)', () => {
  it("gives string-width's width for every character it counts itself, and for any mix (#16)", () => {
    const counted = new RegExp(`^[${SIMPLE_WIDTH_CHARACTERS}]$`);
    let checked = 0;
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      if (c < 0x100 || counted.test(ch)) {
        expect([c, displayWidth(ch)]).toEqual([c, stringWidth(ch)]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20_000);
    const piece = fc.constantFrom(
      ...['a', ' ', '~', '¥', '·', '©', '®', '\u00ad', '\u00a0', 'é', 'e\u0301', '欠', '，', '。', '（', '“', '…', '—', '─', '★'],
      ...['\u001b[1;32m', '\u001b[12345m', '\u001b', '\u001b[', '\u009b31m', '\u001b[22m', '\u001b[90m', 'm', '1'],
      ...['😀', '\u001b[32m', '\u001b[39m', '\t', '\u200b', '\u302a', '\u3099', 'ÿ', '\ufe0f', '\u200d', 'Ａ', '￥', '\u3000'],
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(displayWidth(text)).toBe(stringWidth(text));
      }),
      { numRuns: 3000 },
    );
  });
});
