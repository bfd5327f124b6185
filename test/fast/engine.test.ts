/**
 * The fast scoring engine (src/fast/) against the exact path (evaluate): every figure a batch
 * row shows — with every plan's column group (--plans) — byte for byte, in CSV and NDJSON, on
 * random accounts over random policy variants (fast-check), the three presets, the custom
 * annuity / equal-principal policies of the fixtures, and a file of generated accounts
 * (bench/gen-accounts.mjs); and the fallback: rows beyond 2^53 minor units go to the exact
 * path and still come out the same.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COLUMNS, csvLineOf, generateAccount, ndjsonLineOf, rng } from '../../bench/gen-accounts.mjs';
import { createScorer, type ScoreConfig } from '../../src/batch/score.js';
import type { InputRow } from '../../src/batch/records.js';
import { parseAccount, type RawAccount } from '../../src/core/account.js';
import { parseCivilDate, type CivilDate } from '../../src/dates/civil-date.js';
import { compileFast, evaluateRow, FALLBACK, fastEvaluate } from '../../src/fast/engine.js';
import { compilePolicy } from '../../src/policy/compile.js';
import { presetDoc, presetNames } from '../../src/policy/presets.js';
import type { Policy, PolicyDoc } from '../../src/policy/types.js';
import { batchCells, batchColumns, catalogPlanIds, csvLine, ndjsonLine } from '../../src/render/csv-row.js';
import { evaluate } from '../../src/report/evaluate.js';
import type { Evaluation } from '../../src/report/types.js';
import { asOfText, policyDocFor, policyVariant, rawAccount } from '../helpers/arbitraries.js';
import { runs } from '../helpers/runs.js';
import { scoreConfig } from '../helpers/score-config.js';

const ROOT = join(import.meta.dirname, '../..');

function lines(ev: Evaluation, policy: Policy): string {
  const ids = catalogPlanIds(policy);
  const cells = batchCells(ev, ev.account.id, ids);
  return csvLine(cells) + ndjsonLine(batchColumns(ids), cells);
}

/** What a batch row reads, from the exact path and from the fast one (or null on fallback). */
function both(policy: Policy, raw: RawAccount, asOf: CivilDate): { exact: string; fast: string | null; routed: string } | null {
  const parsed = parseAccount(raw, policy.currency);
  if ('issues' in parsed) return null;
  const exact = evaluate(parsed.account, policy, asOf, { rates: false });
  const engine = compileFast(policy);
  expect(engine, policy.name).not.toBeNull();
  let fast: string | null = null;
  try {
    const ev = fastEvaluate(engine!, parsed.account, asOf);
    fast = lines(ev, policy);
    // the fields of the Evaluation that other readers use agree as well
    expect(ev.unavailable).toEqual(exact.unavailable);
    expect(ev.recommendation).toEqual(exact.recommendation);
    expect(ev.snapshot).toEqual(exact.snapshot);
    expect(ev.affordability).toEqual(exact.affordability);
    expect(ev.statusQuo).toEqual(exact.statusQuo);
    const fields = (p: Evaluation['plans'][number]) => ({
      id: p.id,
      offerId: p.offerId,
      family: p.family,
      label: p.label,
      months: p.months,
      graceMonths: p.graceMonths,
      waived: p.waived,
      amount: p.amount,
      paymentNow: p.paymentNow,
      regularPayment: p.regularPayment,
      totalPaid: p.totalPaid,
      totalInterest: p.totalInterest,
      totalFees: p.totalFees,
      npv: p.npv,
      recoveryRate: p.recoveryRate,
      affordable: p.affordable,
      paymentToSurplus: p.paymentToSurplus,
      dueBy: p.dueBy,
      rates: p.rates,
    });
    expect(ev.plans.map(fields)).toEqual(exact.plans.map(fields));
    if (ev.plans[0]) expect(ev.plans[0].schedule).toEqual(exact.plans[0]?.schedule);
  } catch (error) {
    if (error !== FALLBACK) throw error;
  }
  return { exact: lines(exact, policy), fast, routed: lines(evaluateRow(engine, policy, parsed.account, asOf).ev, policy) };
}

const customPolicies = ['jpy-equal-principal.json', 'usd-annuity-half-even.json'].map(
  (f) => JSON.parse(readFileSync(join(ROOT, 'fixtures/cases/policies', f), 'utf8')) as PolicyDoc,
);

describe('fast engine = exact path', () => {
  it('random accounts under random policy variants (flat-fee, annuity, equal-principal; half-up, half-even; 0, 2, 3 digits)', () => {
    let fastRows = 0;
    let total = 0;
    fc.assert(
      fc.property(
        policyVariant.chain((v) => fc.tuple(fc.constant(v), rawAccount(v.minorDigits), asOfText)),
        ([v, raw, asOf]) => {
          const policy = compilePolicy(policyDocFor(v));
          const r = both(policy, raw, parseCivilDate(asOf)!);
          if (!r) return;
          total++;
          if (r.fast !== null) {
            fastRows++;
            expect(r.fast).toBe(r.exact);
          }
          expect(r.routed).toBe(r.exact);
        },
      ),
      { numRuns: runs(250) },
    );
    console.log(`random variants: ${fastRows} of ${total} rows on the fast path`);
    // most rows take the fast path; the rest (huge principals) fell back and still agreed
    expect(fastRows).toBeGreaterThan(total / 2);
  }, 240_000);

  it('the presets and the custom annuity / equal-principal policies, over generated accounts', () => {
    const docs = [...presetNames().map((n) => presetDoc(n) as PolicyDoc), ...customPolicies];
    for (const doc of docs) {
      const policy = compilePolicy(doc);
      const digits = policy.currency.minorDigits;
      let fastRows = 0;
      fc.assert(
        fc.property(rawAccount(digits), asOfText, (raw, asOf) => {
          const r = both(policy, raw, parseCivilDate(asOf)!);
          if (!r) return;
          if (r.fast !== null) {
            fastRows++;
            expect(r.fast, doc.name).toBe(r.exact);
          }
          expect(r.routed, doc.name).toBe(r.exact);
        }),
        { numRuns: runs(150) },
      );
      expect(fastRows, doc.name).toBeGreaterThan(runs(150) / 4);
    }
  }, 240_000);

  it('falls back to the exact path on amounts beyond 2^53 minor units, with the same output', () => {
    const policy = compilePolicy(presetDoc('cn-standard') as PolicyDoc);
    const engine = compileFast(policy)!;
    const asOf = parseCivilDate('2026-11-22')!;
    const huge = fc.bigInt({ min: 2n ** 53n, max: 10n ** 17n - 1n }).map((v) => `${v / 100n}.${String(v % 100n).padStart(2, '0')}`);
    fc.assert(
      fc.property(huge, fc.integer({ min: 0, max: 900 }), (principal, days) => {
        const parsed = parseAccount({ principal, overdueDays: String(days) }, policy.currency);
        if ('issues' in parsed) throw new Error('unexpected issue');
        expect(() => fastEvaluate(engine, parsed.account, asOf)).toThrow();
        const routed = evaluateRow(engine, policy, parsed.account, asOf);
        expect(routed.fast).toBe(false);
        expect(lines(routed.ev, policy)).toBe(lines(evaluate(parsed.account, policy, asOf, { rates: false }), policy));
      }),
      { numRuns: runs(100) },
    );
    // products overflow before the inputs do: a principal under 2^53 whose interest estimate does not fit
    const nearLimit = parseAccount({ principal: '80000000000000.00', overdueDays: '900' }, policy.currency);
    if ('issues' in nearLimit) throw new Error('unexpected issue');
    expect(evaluateRow(engine, policy, nearLimit.account, asOf).fast).toBe(false);
  });

  it('a file of generated accounts scores byte for byte the same (CSV and NDJSON, every plan group)', () => {
    const r = rng(7);
    const accounts = Array.from({ length: 500 }, (_, i) => generateAccount(i, r));
    for (const [name, doc] of [
      ['cn-standard', presetDoc('cn-standard') as PolicyDoc],
      ['uk-fca', presetDoc('uk-fca') as PolicyDoc],
      ['annuity', customPolicies[1]!],
    ] as const) {
      const policy = compilePolicy(doc);
      const csvRows: InputRow[] = accounts.map((a, i) => ({ row: i + 1, line: i + 2, fields: csvLineOf(a).trimEnd().split(','), json: null, fail: null }));
      const jsonRows: InputRow[] = accounts.map((a, i) => ({ row: i + 1, line: i + 1, fields: null, json: ndjsonLineOf(a).trimEnd(), fail: null }));
      for (const output of ['csv', 'ndjson'] as const) {
        for (const planIds of [null, catalogPlanIds(policy)]) {
          const config = (engine: 'fast' | 'exact', csv: boolean): ScoreConfig => scoreConfig(doc, csv ? COLUMNS : null, { output, planIds, engine });
          for (const csv of [true, false]) {
            const rows = csv ? csvRows : jsonRows;
            const fast = createScorer(config('fast', csv))(rows);
            const exact = createScorer(config('exact', csv))(rows);
            expect(fast.errors, name).toEqual(exact.errors);
            expect(fast.scored, name).toBe(exact.scored);
            expect(fast.out === exact.out, `${name} ${output} ${csv ? 'csv' : 'ndjson'} input, plans ${planIds !== null}`).toBe(true);
          }
        }
      }
    }
  }, 300_000);
});
