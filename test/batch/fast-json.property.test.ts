/**
 * The fast reading of NDJSON lines (issue #16, src/batch/fast-json.ts) against the exact one
 * (the general row reader → parseAccount, bigint amounts): on random lines — every field as a
 * JSON string or a bare number literal, plain amounts and amounts at and beyond 15 significant
 * digits and 2^53 minor units, malformed amounts, ids that look like card or phone numbers,
 * words, dates, null/true/false/objects/arrays as values, other spellings of a field (aliases,
 * case, Chinese), unknown keys, `__proto__`, a key or field given twice, escapes, raw control
 * characters, white space between tokens, and broken syntax (a cut line, a trailing comma,
 * garbage after the object) — both give the same output bytes (CSV and NDJSON, errors inline),
 * the same error records, counts, ids and summary tally, whether a line is handed over as a
 * string or read in place from the job's text; and the output is the exact engine's, byte for byte.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastJsonReader } from '../../src/batch/fast-json.js';
import { createRowScorer, type ScoreConfig } from '../../src/batch/score.js';
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
  '\t12',
  '1,234.00',
  '¥12',
  '-3',
  '+3',
  '1e3',
  '1E-2',
  '12.345',
  '１２',
  '12\0',
  '\uFFFD',
  '0000000000000000000012.34',
  '9007199254740993',
  '999999999999999',
  '999999999999999.99',
  '1234567890123456',
  '-0',
];

/** Amount text: plain ones of every size (to 10^19 minor units), odd ones, character soup. */
const amountText = (digits: number) =>
  fc.oneof(
    { weight: 48, arbitrary: fc.bigInt({ min: 1n, max: 10n ** 9n }).map((v) => formatScaled(v, digits)) },
    { weight: 2, arbitrary: fc.bigInt({ min: 10n ** 13n, max: 10n ** 19n }).map((v) => formatScaled(v, digits)) },
    { weight: 2, arbitrary: fc.constantFrom(...ODD_AMOUNTS) },
    { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('0', '1', '9', '.', '-', 'e', '"', '\\'), maxLength: 12 }) },
    { weight: 1, arbitrary: fc.bigInt({ min: 0n, max: 10n ** 8n }).map((v) => formatScaled(v, digits + 1)) },
  );
const daysText = fc.oneof(
  { weight: 12, arbitrary: fc.integer({ min: 0, max: 1200 }).map(String) },
  { weight: 1, arbitrary: fc.constantFrom('', '36500', '36501', '000095', '0000095', '-1', '2.5', ' 30', 'x', '1e2', '0') },
);
const idText = fc.oneof(
  { weight: 12, arbitrary: fc.stringMatching(/^[A-Z]{2}\d{1,9}$/) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('', ' A1', 'A1 ', '6222021234567890123', '13912345678', 'id\u001b[2J', '账户7', 'A\0B', 'a"b', 'a\\b', 'x'.repeat(300), '123'),
  },
);
const words = (w: string[]) =>
  fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...w) }, { weight: 3, arbitrary: fc.constant(w[0] as string) }, { weight: 2, arbitrary: fc.constant('') });
const hardshipText = words(['illness', 'ILLNESS', '疾病', 'income drop', ' other', 'other ', 'lazy', 'other\0']);
const willingText = words(['yes', 'No', '是', 'maybe', ' y', 'TRUE', '1']);
const asOfText = words(['2026-01-15', '2026-02-28', '2026-02-30', '2026/03/01', ' 2026-01-15', '20260115']);
const noteText = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('a\0b', '4111111111111111', ''));

/** A value as JSON text: mostly a string, a bare literal where the text may be one, now and then another type or raw text. */
const valueJson = (text: fc.Arbitrary<string>) =>
  fc.oneof(
    { weight: 24, arbitrary: text.map((t) => JSON.stringify(t)) },
    { weight: 8, arbitrary: text.map((t) => (/^[-0-9.eE+]+$/.test(t) ? t : JSON.stringify(t))) }, // a number literal (valid or not)
    { weight: 1, arbitrary: text.map((t) => `"${t}"`) }, // raw: a quote, backslash or control character breaks or changes it
    { weight: 2, arbitrary: fc.constantFrom('null', 'true', 'false', '{}', '[1]', '{"a":1}', '"\\u0031"', 'nul') },
  );

/** Field → its spellings (the JSON name first) and its value text. */
const FIELDS: [string[], (d: number) => fc.Arbitrary<string>][] = [
  [['id', 'ID', '账户', 'id '], () => idText],
  [['principal', 'Principal', '本金', 'princip\\u0061l'], amountText],
  [['interest'], amountText],
  [['fees', '违约金及费用'], amountText],
  [['overdueDays', 'overdue_days', 'Overdue Days'], () => daysText],
  [['minimumDue'], amountText],
  [['monthlyIncome', 'monthly_income'], amountText],
  [['monthlyExpenses'], amountText],
  [['otherDebtPayments'], amountText],
  [['availableCash'], amountText],
  [['hardship'], () => hardshipText],
  [['willingToRepay', 'willing_to_repay'], () => willingText],
  [['asOf', 'as_of', '估值日'], () => asOfText],
  [['note', '__proto__', 'constructor', 'card_no'], () => noteText],
];

/** One member: the field's usual spelling and value most of the time, an odd one now and then. */
const member = (digits: number, f: number) => {
  const [names, text] = FIELDS[f] as [string[], (d: number) => fc.Arbitrary<string>];
  return fc
    .tuple(
      fc.oneof({ weight: 20, arbitrary: fc.constant(names[0]) }, { weight: 1, arbitrary: fc.constantFrom(...names) }),
      valueJson(text(digits)),
      fc.oneof({ weight: 6, arbitrary: fc.constant('') }, { weight: 1, arbitrary: fc.constantFrom(' ', '\t', '\r') }),
    )
    .map(([name, v, ws]) => `${ws}"${name}"${ws}:${ws}${v}${ws}`);
};

/** A line: principal and overdue days most of the time, other fields at random, a member now and then twice, a syntax slip now and then. */
const lineOf = (digits: number) =>
  fc
    .tuple(
      fc.subarray([...FIELDS.keys()], { minLength: 1, maxLength: 7 }),
      fc.oneof({ weight: 6, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
      fc.oneof({ weight: 30, arbitrary: fc.constant(9) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 5 }) }),
      fc.oneof({ weight: 12, arbitrary: fc.constant('') }, { weight: 1, arbitrary: fc.constantFrom(' ', '\t', '\uFEFF', '\u00a0') }),
    )
    .chain(([fields, withRequired, slip, lead]) => {
      const order = withRequired ? [...new Set([1, 4, ...fields])] : fields;
      return fc.tuple(fc.tuple(...order.map((f) => member(digits, f))), fc.constant(slip), fc.constant(lead), fc.nat());
    })
    .map(([members, slip, lead, n]) => {
      const body = members.length > 1 && slip === 0 ? [...members, members[n % members.length]] : members; // a member twice
      const text = `${lead}{${body.join(',')}}`;
      if (slip === 1) return text.slice(0, n % text.length); // cut
      if (slip === 2) return `${text.slice(0, -1)},}`; // trailing comma
      if (slip === 3) return `${text} x`; // garbage after the object
      if (slip === 4) return `[${text}]`;
      return slip === 5 ? `${text} ` : text;
    });

describe('fast NDJSON line reading (property)', () => {
  it('gives the same output bytes, error records, ids and tally as the exact reading', () => {
    /** Scores the lines: each as a string, or (`inPlace`) read in place from the job's text first. */
    const run = (config: ScoreConfig, lines: string[], inPlace = false) => {
      const s = createRowScorer(config);
      const text = `${lines.join('\n')}\n`;
      let start = 0;
      for (const [i, line] of lines.entries()) {
        const end = start + line.length;
        if (!(inPlace && !line.includes('\n') && s.jsonText(text, start, end, i + 1, i + 1))) s.json(line, i + 1, i + 1);
        start = end + 1;
      }
      return s.take();
    };
    let fastRows = 0;
    let exactRows = 0;
    fc.assert(
      fc.property(
        policyVariant.chain((v) => fc.tuple(fc.constant(v), fc.array(lineOf(v.minorDigits), { minLength: 1, maxLength: 30 }))),
        fc.constantFrom<'csv' | 'ndjson'>('csv', 'ndjson'),
        fc.boolean(),
        fc.constantFrom<'en' | 'zh'>('en', 'zh'),
        ([v, lines], output, keep, lang) => {
          const config = scoreConfig(policyDocFor(v), null, { output, keep: keep ? ['note'] : [], lang });
          const exact = run({ ...config, rowInput: 'exact' }, lines);
          expect(run(config, lines)).toEqual(exact);
          expect(run(config, lines, true)).toEqual(exact);
          // and the lines the fast engine writes (ids quoted in place, render/byte-sink.ts) are the exact path's bytes
          expect(run({ ...config, engine: 'exact' }, lines).out).toBe(exact.out);
          const reader = fastJsonReader(v.minorDigits, config.defaultAsOf);
          for (const line of lines) {
            if (reader.readLine(line, 0, line.length)) fastRows++;
            else exactRows++;
          }
        },
      ),
      { numRuns: 300 },
    );
    // both readings were exercised: plain lines on the fast path, odd ones handed to the exact path
    expect(fastRows).toBeGreaterThan(300);
    expect(exactRows).toBeGreaterThan(300);
  });

  it('reads a plain line of the generated kind, and declines each odd variant of it', () => {
    const r = fastJsonReader(2, '2026-01-15');
    const line = '{"id":"CC00000003","principal":"31280.76","interest":4162.21,"fees":"1407.60","overdueDays":266,"asOf":"2026-03-26"}';
    expect(r.readLine(line, 0, line.length)).toBe(true);
    expect(r.row.account).toMatchObject({ principal: 3128076, interest: 416221, fees: 140760, overdueDays: 266, minimumDue: Number.NaN });
    expect(r.row.id).toBe('CC00000003');
    expect(r.row.asOfText).toBe('2026-03-26');
    const odd: [string, string][] = [
      ['"overdueDays":266', '"overdueDays":266,"overdueDays":266'],
      ['"overdueDays":266', '"overdueDays":266,"overdue_days":266'],
      ['"overdueDays":266', '"overdueDays":0266'],
      ['"overdueDays":266', '"overdueDays":2.66e2'],
      ['"overdueDays":266', '"overdueDays":null'],
      ['"overdueDays":266', '"note":1'],
      ['"fees":"1407.60"', '"fees":"1407.600"'],
      ['"fees":"1407.60"', '"fees":true'],
      ['"id":"CC00000003"', '"id":"CC\\u0030"'],
      ['"id":"CC00000003"', '"id":"CC\u0001"'],
      ['"id":"CC00000003"', '"__proto__":"x"'],
      ['"id":"CC00000003"', '"note":{"a":1}'],
      ['"id":"CC00000003"', '"note":1,"note":2'],
      ['"asOf":"2026-03-26"', '"asOf":"2026-02-30"'],
      ['{', '\uFEFF{'],
      ['}', ',}'],
      ['}', '} x'],
    ];
    for (const [from, to] of odd) {
      const bad = line.replace(from, to);
      expect([bad, r.readLine(bad, 0, bad.length)]).toEqual([bad, false]);
    }
    // white space between tokens, unknown keys and null optional fields are read
    const spaced = '\t{ "id" : "A1" ,"principal":1,"note":"x","flag":true,"minimumDue":null,\r"overdueDays" :0 } ';
    expect(r.readLine(spaced, 0, spaced.length)).toBe(true);
    expect(r.row.account).toMatchObject({ principal: 100, overdueDays: 0, minimumDue: Number.NaN });
    // many keys that are no field: the exact way (the repeat check stays short)
    const many = (n: number) => `{"principal":"1","overdueDays":1${Array.from({ length: n }, (_, k) => `,"k${k}":0`).join('')}}`;
    expect(r.readLine(many(32), 0, many(32).length)).toBe(true);
    expect(r.readLine(many(33), 0, many(33).length)).toBe(false);
  });
});
