/**
 * The lean batch row (issue #16): lines written straight from the fast engine's figures
 * (render/batch-line.ts) and the summary summed per chunk (batch/fast-tally.ts) against the
 * exact path (evaluate → batchCells → csvLine / ndjsonLine, addScored per row), byte for byte:
 * random accounts (fast-check) with hardship / willing-to-repay columns and `--keep` columns
 * (one personal, one with CSV-hostile text), CSV and NDJSON input and output, with and without
 * every plan's column group, for every preset, the custom annuity and equal-principal
 * policies and random policy variants; amounts beyond 2^53 minor units (and products that
 * overflow) force the fallback inside the same chunks, and the fallback count says it happened.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { InputRow } from '../../src/batch/records.js';
import { createRowScorer, createScorer, type ChunkResult, type ScoreConfig } from '../../src/batch/score.js';
import { formatMinor } from '../../src/fast/checked.js';
import { ByteSink } from '../../src/render/byte-sink.js';
import { compilePolicy } from '../../src/policy/compile.js';
import { presetDoc, presetNames } from '../../src/policy/presets.js';
import type { PolicyDoc } from '../../src/policy/types.js';
import { formatScaled } from '../../src/money/rational.js';
import { catalogPlanIds } from '../../src/render/csv-row.js';
import { NO_ID_FINDINGS, summarise } from '../../src/report/portfolio.js';
import { policyDocFor, policyVariant, rawAccount } from '../helpers/arbitraries.js';
import { scoreConfig } from '../helpers/score-config.js';

const ROOT = join(import.meta.dirname, '../..');
const custom = ['usd-annuity-half-even.json', 'jpy-equal-principal.json'].map(
  (f) => JSON.parse(readFileSync(join(ROOT, 'fixtures/cases/policies', f), 'utf8')) as PolicyDoc,
);

/** Input columns: the account fields (JSON names), the two cardholder columns and two --keep columns. */
const HEADER = [
  'id',
  'principal',
  'interest',
  'fees',
  'overdueDays',
  'minimumDue',
  'monthlyIncome',
  'monthlyExpenses',
  'otherDebtPayments',
  'availableCash',
  'hardship',
  'willingToRepay',
  'note',
  'card_number',
] as const;
const KEEP = ['note', 'card_number'];

type Row = Partial<Record<(typeof HEADER)[number], string>>;

/** Beyond 2^53 minor units (the inputs do not fit), or a principal whose interest estimate overflows. */
const hugePrincipal = (digits: number) =>
  fc.oneof(
    fc.bigInt({ min: 2n ** 53n, max: 10n ** 17n - 1n }).map((v) => formatScaled(v, digits)),
    fc.constant(formatScaled(8n * 10n ** 15n, digits)),
  );

const row = (digits: number): fc.Arbitrary<Row> =>
  fc
    .record({
      account: rawAccount(digits),
      huge: fc.oneof({ arbitrary: fc.constant(null), weight: 8 }, { arbitrary: hugePrincipal(digits), weight: 1 }),
      id: fc.option(fc.constantFrom('A-1', '=cmd', 'x,"y"', '6222020200112233445'), { nil: undefined }),
      hardship: fc.option(fc.constantFrom('illness', '失业', 'income drop', 'other'), { nil: undefined }),
      willing: fc.option(fc.constantFrom('yes', 'no', '是', '不愿意'), { nil: undefined }),
      note: fc.option(fc.constantFrom('plain', 'a,b', 'say "hi"', '+1 call', 'line\nbreak', '-12.50'), { nil: undefined }),
      card: fc.option(fc.constantFrom('6222020200112233445', '1234'), { nil: undefined }),
    })
    .map(({ account, huge, id, hardship, willing, note, card }) => ({
      ...account,
      ...(huge === null ? {} : { principal: huge }),
      id,
      hardship,
      willingToRepay: willing,
      note,
      card_number: card,
    }));

function inputRows(rows: Row[], csv: boolean): InputRow[] {
  return rows.map((r, i) => {
    if (csv) return { row: i + 1, line: i + 2, fields: HEADER.map((h) => r[h] ?? ''), json: null, fail: null };
    const o: Record<string, string> = {};
    for (const h of HEADER) if (r[h] !== undefined) o[h] = r[h] as string;
    return { row: i + 1, line: i + 1, fields: null, json: JSON.stringify(o), fail: null };
  });
}

interface Setup {
  name: string;
  fast: (rows: readonly InputRow[]) => ChunkResult;
  exact: (rows: readonly InputRow[]) => ChunkResult;
  csv: boolean;
  summary: (r: ChunkResult) => unknown;
}

/** Every combination of input, output and plan groups for one policy: a fast and an exact scorer each. */
function setups(doc: PolicyDoc): Setup[] {
  const policy = compilePolicy(doc);
  const buckets = policy.buckets.map((b) => b.name);
  const out: Setup[] = [];
  for (const csv of [true, false])
    for (const output of ['csv', 'ndjson'] as const)
      for (const planIds of [null, [...catalogPlanIds(policy), 'not-a-plan-9']]) {
        const config = (engine: 'fast' | 'exact'): ScoreConfig => scoreConfig(doc, csv ? HEADER : null, { output, planIds, engine, keep: KEEP });
        out.push({
          name: `${doc.name} ${csv ? 'csv' : 'ndjson'} → ${output}${planIds ? ' --plans' : ''}`,
          fast: createScorer(config('fast')),
          exact: createScorer(config('exact')),
          csv,
          summary: (r) => summarise(r.tally, policy.currency, buckets, 0, NO_ID_FINDINGS),
        });
      }
  return out;
}

/** Scores the rows with both engines under every setup; returns the rows scored and the fallbacks of the fast one. */
function compare(all: Setup[], rows: Row[]): { scored: number; fallbacks: number } {
  let scored = 0;
  let fallbacks = 0;
  for (const s of all) {
    const input = inputRows(rows, s.csv);
    const fast = s.fast(input);
    const exact = s.exact(input);
    expect(fast.out, s.name).toBe(exact.out);
    expect(fast.errors, s.name).toEqual(exact.errors);
    expect(fast.scored, s.name).toBe(exact.scored);
    expect(s.summary(fast), s.name).toEqual(s.summary(exact));
    expect(fast.ids, s.name).toEqual(exact.ids);
    expect(exact.fallbacks, s.name).toBe(0);
    scored += fast.scored;
    fallbacks += fast.fallbacks ?? 0;
  }
  return { scored, fallbacks };
}

describe('lean batch rows = exact path, byte for byte', () => {
  const docs = [...presetNames().map((n) => presetDoc(n) as PolicyDoc), ...custom];
  for (const doc of docs) {
    it(`${doc.name}: random accounts, CSV and NDJSON, --plans, hardship / willing and --keep columns, fallbacks in the same chunks`, () => {
      const all = setups(doc);
      const digits = compilePolicy(doc).currency.minorDigits;
      let scored = 0;
      let fallbacks = 0;
      fc.assert(
        fc.property(fc.array(row(digits), { minLength: 1, maxLength: 12 }), (rows) => {
          const r = compare(all, rows);
          scored += r.scored;
          fallbacks += r.fallbacks;
        }),
        { numRuns: 25 },
      );
      // the property ran both paths: many rows fast, some forced onto the exact path. About 38 %
      // of the rows fall back (sd 4 % over 25 runs): "more fast than not" failed for 4 seeds in
      // 1500 (e.g. seed 1524: 624 fast, 648 fallbacks); a quarter fast is ~9 sd away
      expect(fallbacks).toBeGreaterThan(0);
      expect(scored - fallbacks).toBeGreaterThan(scored / 4);
    }, 240_000);
  }

  it('random policy variants (flat-fee, annuity, equal-principal; half-up, half-even; 0, 2, 3 digits)', () => {
    const cache = new Map<string, Setup[]>();
    fc.assert(
      fc.property(
        policyVariant.chain((v) => fc.tuple(fc.constant(v), fc.array(row(v.minorDigits), { minLength: 1, maxLength: 10 }))),
        ([v, rows]) => {
          const key = JSON.stringify(v, (_, x) => (typeof x === 'bigint' ? String(x) : x));
          let all = cache.get(key);
          if (!all) {
            // one setup in three (inputs × outputs × plan groups rotate over the variants)
            all = setups(policyDocFor(v)).filter((_, i) => i % 3 === cache.size % 3);
            cache.set(key, all);
          }
          compare(all, rows);
        },
      ),
      { numRuns: 60 },
    );
  }, 240_000);

  it('only huge amounts: every row leaves the fast path and still comes out the same', () => {
    const doc = presetDoc('cn-standard') as PolicyDoc;
    const all = setups(doc);
    fc.assert(
      fc.property(fc.array(hugePrincipal(2), { minLength: 1, maxLength: 6 }), (principals) => {
        const rows: Row[] = principals.map((principal, i) => ({ principal, overdueDays: String(30 * i + 400) }));
        const r = compare(all, rows);
        expect(r.fallbacks).toBe(r.scored);
      }),
      { numRuns: 20 },
    );
  }, 240_000);

  it('the row scorer scores field arrays without InputRow objects, chunk by chunk', () => {
    const doc = presetDoc('uk-fca') as PolicyDoc;
    const config = scoreConfig(doc, HEADER, { defaultAsOf: '2026-01-15', inlineErrors: false, keep: KEEP });
    const rows: Row[] = [
      { principal: '1000', overdueDays: '40', note: 'a,b' },
      { principal: 'x' },
      { principal: '250.5', overdueDays: '200', willingToRepay: 'no' },
    ];
    const scorer = createRowScorer(config);
    const input = inputRows(rows, true);
    for (const r of input) scorer.csv(r.fields as string[], r.row, r.line);
    const chunk = scorer.take();
    const whole = createScorer(config)(input);
    expect(chunk.out).toBe(whole.out);
    // the rejected row wrote no line (errors not inline)
    expect(chunk.out.split('\n').length).toBe(3);
    expect(chunk.errors).toEqual(whole.errors);
    expect(chunk.scored).toBe(2);
    // take() starts the next chunk empty
    const next = scorer.take();
    expect([next.scored, next.out, next.errors.length]).toEqual([0, '', 0]);
  });

  it('formatMinor and the byte sink write what formatScaled writes', () => {
    const sink = new ByteSink();
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: -1000, max: 1000 }), fc.integer(), fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER })),
        fc.constantFrom(0, 1, 2, 3, 4),
        (x, d) => {
          const want = formatScaled(BigInt(x), d);
          expect(formatMinor(x, d)).toBe(want);
          sink.minor(x, d);
          sink.byte(0x20);
          if (x >= 0) sink.uint(x);
          sink.text(' 中文 ok');
          expect(sink.take()).toBe(`${want} ${x >= 0 ? String(x) : ''} 中文 ok`);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
