/** The pure pieces behind issue #15: strict JSON, printable text, the padding rule, masking inside values. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { duplicateKey, jsonDepth, MAX_JSON_DEPTH, parseJsonStrict } from '../../src/text/json.js';
import { printable, printableData, printableLines } from '../../src/text/printable.js';
import { blankEnd } from '../../src/text/blank.js';
import { luhn, maskNumbersIn, safeValue } from '../../src/core/privacy.js';

describe('strict JSON', () => {
  it('finds a repeated key with both values, at its path', () => {
    expect(duplicateKey('{"principal": "1", "overdueDays": 95, "principal": "2"}')).toEqual({
      path: 'principal',
      key: 'principal',
      first: '"1"',
      second: '"2"',
    });
    expect(duplicateKey('{"a":{"x":[1,{"y":1,"y":{"z":2}}]}}')).toEqual({ path: 'a.x[1].y', key: 'y', first: '1', second: '{"z":2}' });
    expect(duplicateKey('{"a":{"x":1},"b":{"x":1},"c":[{"x":1},{"x":2}]}')).toBeNull();
    expect(duplicateKey('{"a":"\\"a\\":1,\\"a\\":2","b":"{"}')).toBeNull();
  });
  it('measures nesting without recursion and refuses more than the limit', () => {
    expect(jsonDepth('{"a":[1,{"b":"[[[["}]}')).toBe(3);
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(parseJsonStrict(deep)).toEqual({ problem: { kind: 'too-deep', depth: MAX_JSON_DEPTH + 1 } });
    expect(parseJsonStrict(`${'['.repeat(MAX_JSON_DEPTH)}${']'.repeat(MAX_JSON_DEPTH)}`)).toHaveProperty('json');
  });
  it('keeps numbers as their text', () => {
    expect(parseJsonStrict('{"p": 1e5, "d": 95}', { exactNumbers: true })).toEqual({ json: { p: '1e5', d: '95' } });
  });
});

describe('printable', () => {
  it('escapes control characters and bidi overrides', () => {
    expect(printable('a\u001b[2Jb\u0000c\nd\u202e')).toBe('a\\x1b[2Jb\\x00c\\x0ad\\u202e');
    expect(printableLines('a\nb\u0007')).toBe('a\nb\\x07');
    expect(printableData('A\tB\nC\u001b')).toBe('A\tB\nC\\x1b');
    expect(printable('账户 ¥1,003.41')).toBe('账户 ¥1,003.41');
  });
});

describe('the padding rule', () => {
  it('names the first blank character at either end', () => {
    expect(blankEnd('5')).toBeNull();
    expect(blankEnd(' 5')).toEqual({ char: 'a space', end: 'start' });
    expect(blankEnd('5\u3000')).toEqual({ char: 'an ideographic space (U+3000)', end: 'end' });
    expect(blankEnd('\u00a05')).toEqual({ char: 'a no-break space (U+00A0)', end: 'start' });
    expect(blankEnd('5\n')).toEqual({ char: 'a line break', end: 'end' });
  });
});

/** A Luhn-valid number of `n` digits from the digits given. */
function withCheckDigit(stem: string): string {
  for (let d = 0; d <= 9; d++) if (luhn(`${stem}${d}`)) return `${stem}${d}`;
  throw new Error('unreachable');
}

describe('masking inside values', () => {
  it('masks card, ID and phone numbers where they sit, keeping the rest', () => {
    const card = withCheckDigit('622202123456789');
    expect(maskNumbersIn(`card:${card}`)).toBe(`card:************${card.slice(-4)}`);
    expect(maskNumbersIn(`${card}/A`)).toBe(`************${card.slice(-4)}/A`);
    expect(maskNumbersIn('ID11010519491231002X')).toBe('ID**************002X');
    expect(maskNumbersIn('tel:13812345678;')).toBe('tel:*******5678;');
    expect(safeValue(`${card.slice(0, 6)}_${card.slice(6)}`)).toBe(`*************${card.slice(-4)}`); // a whole value: masked whole, as before
  });
  it('leaves ordinary ids, dates, amounts and over-long digit runs alone', () => {
    for (const v of ['CN-2026-0001', '2026-11-22', '20000.00', '1000000000000000000000000000000000', 'A1', '12345']) expect(maskNumbersIn(v)).toBe(v);
  });
  it('property: a Luhn-valid 13–19 digit number inside any text never comes out whole (ASCII or full-width, with separators)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 12, max: 18 }).chain((n) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n })),
        fc.string({ maxLength: 8 }).filter((s) => !/[\d\uff10-\uff19]/.test(s) && !/[ \u00a0\u3000\-–—_/:.．－／：＿]$/.test(s)),
        fc.string({ maxLength: 8 }).filter((s) => !/[\d\uff10-\uff19xX]/.test(s) && !/^[ \u00a0\u3000\-–—_/:.．－／：＿]/.test(s)),
        fc.boolean(),
        fc.constantFrom('', ' ', '-', '_', '/', ':', '.'),
        (digits, before, after, fullWidth, sep) => {
          const card = withCheckDigit(digits.join(''));
          let shown = card.replace(/(\d{4})(?=\d)/g, `$1${sep}`);
          if (fullWidth) shown = [...shown].map((c) => (/\d/.test(c) ? String.fromCharCode(0xff10 + Number(c)) : c)).join('');
          const out = maskNumbersIn(`${before}${shown}${after}`);
          const digitsOut = out.replace(/[\uff10-\uff19]/g, (c) => String(c.charCodeAt(0) - 0xff10)).replace(/\D/g, '');
          expect(digitsOut.length).toBeLessThanOrEqual(4);
          expect(out.startsWith(before) && out.endsWith(after)).toBe(true);
        },
      ),
    );
  });
});
