import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMoney, formatMoneyGrouped, isIssue, parseAmount } from '../../src/money/amount.js';
import type { Currency } from '../../src/money/currency.js';
import { divRound, formatFraction, formatScaled, parseRatio } from '../../src/money/rational.js';

const CNY: Currency = { code: 'CNY', minorDigits: 2, rounding: 'half-up' };
const JPY: Currency = { code: 'JPY', minorDigits: 0, rounding: 'half-even' };
const KWD: Currency = { code: 'KWD', minorDigits: 3, rounding: 'half-up' };

describe('divRound', () => {
  it('rounds ties away from zero (half-up) or to even (half-even)', () => {
    expect([5n, 15n, 25n, -5n, -15n].map((n) => divRound(n, 10n, 'half-up'))).toEqual([1n, 2n, 3n, -1n, -2n]);
    expect([5n, 15n, 25n, -5n, -15n].map((n) => divRound(n, 10n, 'half-even'))).toEqual([0n, 2n, 2n, 0n, -2n]);
    expect(divRound(2150000n, 36n, 'half-up')).toBe(59722n);
    expect(divRound(1n, 3n, 'half-up')).toBe(0n);
    expect(divRound(2n, 3n, 'half-up')).toBe(1n);
  });

  it('is the nearest integer, exactly', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }),
        fc.bigInt({ min: 1n, max: 10n ** 20n }),
        fc.constantFrom('half-up' as const, 'half-even' as const),
        (n, d, mode) => {
          const q = divRound(n, d, mode);
          const twice = 2n * (n - q * d);
          expect(twice <= d && twice >= -d).toBe(true);
        },
      ),
    );
  });
});

describe('parseAmount (§2)', () => {
  it.each([
    ['20000', '20000.00'],
    ['20,000.5', '20000.50'],
    ['¥1,234,567.89', '1234567.89'],
    ['￥12.3', '12.30'],
    ['7', '7.00'],
    ['0.01', '0.01'],
    ['999,999,999,999,999.99', '999999999999999.99'],
    ['000000000000000001', '1.00'],
  ])('%s → %s', (text, expected) => {
    const v = parseAmount(text, 'principal', CNY);
    expect(isIssue(v) ? v.message : formatMoney(v, CNY)).toBe(expected);
  });

  it.each([
    ['-5', 'amount.negative'],
    ['1e5', 'amount.exponent'],
    ['12,34.5', 'amount.grouping'],
    ['NaN', 'amount.not-a-number'],
    ['Infinity', 'amount.not-a-number'],
    ['1.234', 'amount.too-many-decimals'],
    ['', 'amount.empty'],
    ['1.2.3', 'amount.two-points'],
    ['abc', 'amount.malformed'],
    ['1000000000000000', 'amount.too-large'],
    ['12.', 'amount.malformed'],
    ['£5', 'amount.currency'],
    ['0x10', 'amount.malformed'],
    ['1_000', 'amount.malformed'],
    // the padding rule (issue #15, docs/input.md): nothing is trimmed
    ['  7 ', 'input.padding'],
    ['\u00a05', 'input.padding'],
    ['5\n', 'input.padding'],
    ['\t5', 'input.padding'],
    ['+5', 'amount.plus-sign'],
    ['￥ 12.3', 'amount.space-after-sign'],
  ])('refuses %j (%s)', (text, code) => {
    const v = parseAmount(text, 'principal', CNY);
    expect(isIssue(v) && v.code).toBe(code);
    if (isIssue(v)) expect(v.message).toContain('principal');
  });

  it('honours the currency digits: JPY has none, KWD three', () => {
    const jpy = parseAmount('1,000', 'fees', JPY);
    expect(isIssue(jpy) ? jpy : formatMoney(jpy, JPY)).toBe('1000');
    expect(isIssue(parseAmount('1000.5', 'fees', JPY))).toBe(true);
    const kwd = parseAmount('1.5', 'fees', KWD);
    expect(isIssue(kwd) ? kwd : formatMoney(kwd, KWD)).toBe('1.500');
  });

  it('refuses zero where the amount must be positive', () => {
    const v = parseAmount('0.00', 'principal', CNY, { positive: true });
    expect(isIssue(v) && v.code).toBe('amount.zero');
  });

  it('groups thousands as the look-ahead expression it replaced did (issue #16)', () => {
    const byRegex = (units: bigint, c: Currency): string => {
      const plain = formatMoney(units, c);
      const negative = plain.startsWith('-');
      const [whole = '', frac] = (negative ? plain.slice(1) : plain).split('.');
      return `${negative ? '-' : ''}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${frac === undefined ? '' : `.${frac}`}`;
    };
    for (const units of [0n, 1n, 999n, 1000n, 99999n, 100000n, 123456789n, -1n, -100000n, -123456789012n]) {
      for (const c of [CNY, JPY, KWD]) expect(formatMoneyGrouped(units, c)).toBe(byRegex(units, c));
    }
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.constantFrom(CNY, JPY, KWD), (units, c) => {
        expect(formatMoneyGrouped(units, c)).toBe(byRegex(units, c));
      }),
    );
  });

  it('round-trips every amount it formats', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n - 1n }), fc.constantFrom(CNY, JPY, KWD), (units, c) => {
        const back = parseAmount(formatMoney(units, c), 'x', c);
        expect(back).toBe(units);
        expect(parseAmount(formatMoneyGrouped(units, c), 'x', c)).toBe(units);
      }),
    );
  });
});

describe('ratios and fractions', () => {
  it('parses decimal strings exactly', () => {
    expect(parseRatio('0.0005')).toEqual({ num: 5n, den: 10000n });
    expect(parseRatio('1')).toEqual({ num: 1n, den: 1n });
    expect(parseRatio('0.1e1')).toBeNull();
    expect(parseRatio('-1')).toBeNull();
  });
  it('formats fractions half-up', () => {
    expect(formatFraction(1n, 3n, 6)).toBe('0.333333');
    expect(formatFraction(2n, 3n, 4)).toBe('0.6667');
    expect(formatScaled(5n, 2)).toBe('0.05');
    expect(formatScaled(-5n, 2)).toBe('-0.05');
    expect(formatScaled(123n, 0)).toBe('123');
  });
});

describe('JSON numbers keep their exact text', async () => {
  const { parseJsonExact, quoteJsonNumbers } = await import('../../src/core/json-text.js');
  it('quotes number tokens outside strings only', () => {
    expect(quoteJsonNumbers('{"a": 1e5, "b": "1e5", "c": [-0.10, 3], "d\\"x": 12345678901234567890.12}')).toBe(
      '{"a": "1e5", "b": "1e5", "c": ["-0.10", "3"], "d\\"x": "12345678901234567890.12"}',
    );
    expect(parseJsonExact('{"principal": 20000.10, "overdueDays": 95, "ok": true, "n": null}')).toEqual({
      principal: '20000.10',
      overdueDays: '95',
      ok: true,
      n: null,
    });
  });
});

describe('parseAmount: the plain-digits shortcut gives what the full rules give', () => {
  it('same value or same issue for plain, padded, long, zero and decimal-heavy texts', async () => {
    const fc = (await import('fast-check')).default;
    const { parseAmountFullRules } = await import('../../src/money/amount.js');
    const text = fc.oneof(
      fc.stringMatching(/^\d{1,20}(\.\d{0,5})?$/),
      fc.stringMatching(/^0{0,20}\d{1,16}(\.\d{1,3})?$/),
      fc.constantFrom('0', '0.00', '000000000000000000001.5', '1234567890123456', '999999999999999.99', '0000000000000001000000000000000'),
    );
    for (const currency of [CNY, JPY, { code: 'KWD', minorDigits: 3, rounding: 'half-up' as const }]) {
      fc.assert(
        fc.property(text, fc.boolean(), (t: string, positive: boolean) => {
          expect(parseAmount(t, 'principal', currency, { positive })).toEqual(parseAmountFullRules(t, 'principal', currency, { positive }));
        }),
        { numRuns: 3000 },
      );
    }
  });
});
