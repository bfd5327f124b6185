/**
 * The fast reading of CSV rows (issue #16, src/batch/fast-row.ts) against the exact one (the
 * general row reader → parseAccount, bigint amounts): on random rows — plain amounts, amounts at
 * and beyond 15 significant digits and 2^53 minor units, malformed amounts (signs, grouping,
 * exponents, blanks, full-width digits, NUL, U+FFFD), ids that look like card or phone numbers,
 * hardship and yes/no words, valid and impossible as_of dates, a --keep column — both give the
 * same output bytes (CSV and NDJSON, errors inline), the same error records, counts, ids and
 * summary tally, whether a row is read from its fields or in place from the job's text. And plainMinor, where it answers, gives the exact parser's value.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastCsvReader, plainMinor } from '../../src/batch/fast-row.js';
import { createRowScorer, type ScoreConfig } from '../../src/batch/score.js';
import { parseAmount } from '../../src/money/amount.js';
import { formatScaled } from '../../src/money/rational.js';
import { policyDocFor, policyVariant } from '../helpers/arbitraries.js';
import { scoreConfig } from '../helpers/score-config.js';

const ODD_AMOUNTS = [
  '',
  '0',
  '00',
  '0.0',
  '1.',
  '.5',
  ' 12.50',
  '12.50 ',
  ' ',
  '\t12',
  '1,234.00',
  '¥12',
  '$12',
  '-3',
  '+3',
  '1e3',
  'NaN',
  '12.345',
  '12.3456',
  '１２',
  '\u00a012',
  '12\0',
  '\uFFFD',
  '0000000000000000000012.34',
  '9007199254740993',
  '999999999999999',
  '999999999999999.99',
  '1234567890123456',
  '000000000000000000000000000000000000001',
];

/** Any amount text: plain ones of every size (to 10^19 minor units), odd ones, random character soup. */
const anyAmount = (digits: number) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.bigInt({ min: 10n ** 13n, max: 10n ** 19n }).map((v) => formatScaled(v, digits)) },
    { weight: 3, arbitrary: fc.constantFrom(...ODD_AMOUNTS) },
    { weight: 2, arbitrary: fc.string({ unit: fc.constantFrom('0', '1', '9', '.', ',', ' ', '-', 'e', '¥'), maxLength: 18 }) },
    { weight: 1, arbitrary: fc.bigInt({ min: 0n, max: 10n ** 8n }).map((v) => formatScaled(v, digits + 1)) },
  );
/** A usual amount: plain, or not given. */
const plainAmount = (digits: number) =>
  fc.oneof({ weight: 4, arbitrary: fc.bigInt({ min: 1n, max: 10n ** 9n }).map((v) => formatScaled(v, digits)) }, { weight: 1, arbitrary: fc.constant('') });
const days = fc.oneof(fc.integer({ min: 0, max: 1200 }).map(String), fc.constantFrom('', '36500', '36501', '000095', '0000095', '-1', '2.5', ' 30', 'x'));
const id = fc.oneof(
  fc.stringMatching(/^[A-Z]{2}\d{1,9}$/),
  fc.constantFrom('', ' A1', 'A1 ', '6222021234567890123', 'card 4111 1111 1111 1111', '13912345678', 'id\u001b[2J', '账户7', 'A\0B', 'x'.repeat(300)),
);
const word = (words: string[]) => fc.oneof(fc.constantFrom(...words), fc.constant(''));
const hardship = word(['illness', 'ILLNESS', '疾病', 'income drop', ' other', 'other ', 'lazy', '\t', 'other\0']);
const willing = word(['yes', 'No', '是', 'maybe', ' y', 'TRUE']);
const asOf = word(['2026-01-15', '2026-02-28', '2026-02-30', '2026/03/01', '2026-3-1', ' 2026-01-15', '20260115', '0000-01-01']);
const note = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('a\0b', '4111111111111111', ''));

const HEADER = [
  'id',
  'principal',
  'interest',
  'fees',
  'overdue_days',
  'minimum_due',
  'monthly_income',
  'monthly_expenses',
  'other_debt_payments',
  'available_cash',
  'hardship',
  'willing_to_repay',
  'as_of',
  'note',
];
const AMOUNT_COLUMNS = [1, 2, 3, 5, 6, 7, 8, 9];

/** Every column's odd values (the amounts: any amount text). */
const oddCell = (digits: number, column: number): fc.Arbitrary<string> =>
  AMOUNT_COLUMNS.includes(column)
    ? anyAmount(digits)
    : ([
        id,
        anyAmount(digits),
        anyAmount(digits),
        anyAmount(digits),
        days,
        anyAmount(digits),
        anyAmount(digits),
        anyAmount(digits),
        anyAmount(digits),
        anyAmount(digits),
        hardship,
        willing,
        asOf,
        note,
      ][column] as fc.Arbitrary<string>);

/** A usual row with up to two odd cells, and now and then a missing or extra field (a shifted row). */
const fieldsOf = (digits: number) =>
  fc
    .tuple(
      fc.stringMatching(/^[A-Z]{2}\d{1,8}$/),
      fc.bigInt({ min: 1n, max: 10n ** 9n }).map((v) => formatScaled(v, digits)),
      fc.array(plainAmount(digits), { minLength: 7, maxLength: 7 }),
      fc.integer({ min: 0, max: 1200 }).map(String),
      fc.constantFrom('', 'illness', 'other'),
      fc.constantFrom('', 'yes', 'no'),
      fc.constantFrom('', '2026-01-15', '2025-12-31'),
      fc.constantFrom('', 'ok'),
      fc.array(
        fc.integer({ min: 0, max: 13 }).chain((c) => fc.tuple(fc.constant(c), oddCell(digits, c))),
        { maxLength: 2 },
      ),
      fc.integer({ min: 0, max: 29 }),
    )
    .map(([i, principal, [interest, fees, minimum, income, expenses, other, cash], d, h, w, a, n, odd, shift]) => {
      const cells = [i, principal, interest, fees, d, minimum, income, expenses, other, cash, h, w, a, n] as string[];
      for (const [c, v] of odd) cells[c] = v;
      return shift === 0 ? cells.slice(1) : shift === 1 ? [...cells, 'x'] : cells;
    });

describe('fast CSV row reading (property)', () => {
  it('plainMinor, when it answers, is the exact parser’s value', () => {
    fc.assert(
      fc.property(fc.constantFrom(0, 2, 3), fc.oneof(anyAmount(2), plainAmount(2), fc.string({ maxLength: 24 })), (digits, text) => {
        const m = plainMinor(text, digits);
        if (m < 0) return;
        const currency = { code: 'CNY', minorDigits: digits } as Parameters<typeof parseAmount>[2];
        expect(parseAmount(text, 'x', currency)).toBe(BigInt(m));
        expect(Number.isSafeInteger(m)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('gives the same output bytes, error records, ids and tally as the exact reading', () => {
    /** Scores the rows: their fields, or (`inPlace`) the text of each record that has no comma, quote or line break in a field. */
    const run = (config: ScoreConfig, rows: string[][], inPlace = false) => {
      const s = createRowScorer(config);
      const text = `${rows.map((fields) => fields.join(',')).join('\n')}\n`;
      let start = 0;
      for (const [i, fields] of rows.entries()) {
        const record = fields.join(',');
        const end = start + record.length;
        const plain = !/[",\n\r]/.test(fields.join(''));
        if (!(inPlace && plain && s.csvText(text, start, end, i + 1, i + 2))) s.csv(fields, i + 1, i + 2);
        start = end + 1;
      }
      return s.take();
    };
    let fastRows = 0;
    let exactRows = 0;
    fc.assert(
      fc.property(
        policyVariant.chain((v) => fc.tuple(fc.constant(v), fc.array(fieldsOf(v.minorDigits), { minLength: 1, maxLength: 30 }))),
        fc.constantFrom<'csv' | 'ndjson'>('csv', 'ndjson'),
        fc.boolean(),
        fc.constantFrom<'en' | 'zh'>('en', 'zh'),
        ([v, rows], output, keep, lang) => {
          const over = { output, keep: keep ? ['note'] : [], lang };
          const config = scoreConfig(policyDocFor(v), HEADER, over);
          const fast = run(config, rows);
          const exact = run({ ...config, rowInput: 'exact' }, rows);
          expect(fast).toEqual(exact);
          expect(run(config, rows, true)).toEqual(exact);
          const reader = config.columns && fastCsvReader(config.columns, v.minorDigits, config.defaultAsOf);
          for (const fields of rows) {
            if (reader?.read(fields)) fastRows++;
            else exactRows++;
          }
        },
      ),
      { numRuns: 150 },
    );
    // both readings were exercised: plain rows on the fast path, odd ones handed to the exact path
    expect(fastRows).toBeGreaterThan(300);
    expect(exactRows).toBeGreaterThan(300);
  });
});
