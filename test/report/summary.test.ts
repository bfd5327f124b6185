/**
 * The portfolio summary of `batch` (§6, issue #12): its exact sums equal the sums of the output
 * rows, it does not depend on how rows are cut into chunks (--jobs), it validates against
 * schema/summary.schema.json, and it is the last stderr line under --format ndjson.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePolicy } from '../../src/policy/compile.js';
import { presetDoc } from '../../src/policy/presets.js';
import { evaluate } from '../../src/report/evaluate.js';
import { addRejected, addScored, emptyTally, factsOf, mergeTally, rateBin, summarise, NO_ID_FINDINGS, type Tally } from '../../src/report/portfolio.js';
import { parseAccount } from '../../src/core/account.js';
import { AS_OF, csvRecords, ndjsonRecords, runBin, runInProcess } from '../batch/helpers.js';
import { newAjv } from '../schema/helpers.js';
import { portfolioCsv } from './helpers.js';

const SCHEMA = JSON.parse(readFileSync(join(import.meta.dirname, '../../schema/summary.schema.json'), 'utf8')) as Record<string, unknown>;
const validate = newAjv().compile(SCHEMA);

/** Σ of a money column, exactly (minor units as bigint). */
function sum(rows: Record<string, string>[], col: string): bigint {
  let s = 0n;
  for (const r of rows) {
    const v = r[col];
    if (!v) continue;
    const [w = '0', f = ''] = v.split('.');
    s += BigInt(w) * 100n + (w.startsWith('-') ? -1n : 1n) * BigInt((f + '00').slice(0, 2));
  }
  return s;
}
const cents = (x: bigint) => `${x / 100n}.${String(x % 100n).padStart(2, '0')}`;

describe('batch summary', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'repayplan-summary-'));
  const input = portfolioCsv(1300);

  it('sums equal the sums of the output rows, by bucket, family, plan and affordability', async () => {
    const file = join(tmp, 's.json');
    const r = await runInProcess(['batch', '--as-of', AS_OF, '--jobs', '1', '--summary', file], input);
    expect(r.code).toBe(3);
    const rows = csvRecords(r.out);
    const s = JSON.parse(readFileSync(file, 'utf8'));
    expect(validate(s), JSON.stringify(validate.errors)).toBe(true);
    expect(s.rows.read).toBe(1300);
    expect(s.rows.scored).toBe(rows.length);
    expect(s.rows.rejected).toBe(14);
    expect(s.totals.owed).toBe(cents(sum(rows, 'total')));
    expect(s.totals.expectedNpv).toBe(cents(sum(rows, 'npv')));
    expect(s.totals.affordable).toBe(rows.filter((x) => x.affordable === 'true').length);
    for (const b of s.byBucket) {
      const mine = rows.filter((x) => x.bucket === b.bucket);
      expect([b.bucket, b.count, b.owed, b.expectedNpv]).toEqual([b.bucket, mine.length, cents(sum(mine, 'total')), cents(sum(mine, 'npv'))]);
    }
    expect(s.byBucket.reduce((n: number, b: { count: number }) => n + b.count, 0)).toBe(rows.length);
    for (const p of s.byPlan) {
      const mine = rows.filter((x) => x.recommended_plan === p.plan);
      expect([p.plan, p.count, p.owed, p.expectedNpv, p.months]).toEqual([
        p.plan,
        mine.length,
        cents(sum(mine, 'total')),
        cents(sum(mine, 'npv')),
        Number(mine[0]?.months),
      ]);
    }
    const none = s.byFamily.find((f: { family: string }) => f.family === 'none');
    expect(none.count).toBe(rows.filter((x) => x.recommended_plan === '').length);
    for (const a of s.byAffordability) {
      const mine = rows.filter((x) => (a.affordable === 'unknown' ? x.affordable === '' : x.affordable === a.affordable));
      expect([a.affordable, a.count, a.owed]).toEqual([a.affordable, mine.length, cents(sum(mine, 'total'))]);
    }
    // histogram: one count per recommended plan, in the bin of its recovery rate
    const withRate = rows.filter((x) => x.recovery_rate !== '');
    expect(s.recoveryRates.reduce((n: number, b: { count: number }) => n + b.count, 0)).toBe(withRate.length);
    for (let i = 0; i < 11; i++) expect(s.recoveryRates[i].count).toBe(withRate.filter((x) => rateBin(x.recovery_rate ?? '') === i).length);
    expect(s.rejections).toEqual([{ code: 'amount.malformed', count: 14, rows: [6, 103, 200, 297, 394] }]);
    expect(s.ids).toMatchObject({ duplicateRows: 1, duplicateIds: 1, examples: [{ rows: [3, 40] }] });
    // the person's view says the same
    expect(r.stderr).toMatch(/read 1300 = scored 1286 \+ rejected 14 in/);
    expect(r.stderr).toContain(`expected NPV ¥`);
    expect(r.stderr).toContain('amount.malformed: 14 (rows 6, 103, 200, 297, 394, …)');
    expect(r.stderr).toContain('duplicate ids: 1 row repeats an earlier id');
  });

  it('is the same whatever the chunks and worker threads (real binary, --jobs 2), and ends stderr under --format ndjson', async () => {
    const a = await runInProcess(['batch', '--as-of', AS_OF, '--jobs', '1', '--format', 'ndjson'], input);
    const b = await runBin(['batch', '--as-of', AS_OF, '--jobs', '2', '--format', 'ndjson', '--no-progress'], { input });
    const last = (stderr: string) => JSON.parse(stderr.trimEnd().split('\n').pop() ?? '{}');
    expect(last(b.stderr)).toEqual(last(a.stderr));
    expect(validate(last(b.stderr))).toBe(true);
    // stdout carries only the data rows
    expect(ndjsonRecords(b.out).every((r) => typeof r.row === 'number')).toBe(true);
    expect(b.out).not.toContain('batch-summary');
  });

  it('merging chunk tallies in order equals one tally of all rows (any cut)', () => {
    const policy = compilePolicy(presetDoc('cn-standard')!);
    const asOf = { year: 2026, month: 1, day: 15 };
    const facts = Array.from({ length: 40 }, (_, i) => {
      const parsed = parseAccount(
        {
          principal: `${1000 + i * 733}.${String(i % 100).padStart(2, '0')}`,
          overdueDays: String((i * 37) % 400),
          monthlyIncome: i % 3 === 0 ? undefined : String(3000 + i * 50),
          monthlyExpenses: '2500',
        },
        policy.currency,
        (f) => f,
      );
      if ('issues' in parsed) throw new Error('bad fixture');
      return factsOf(evaluate(parsed.account, policy, asOf, { rates: false }));
    });
    const add = (t: Tally, i: number) => (i % 9 === 4 ? addRejected(t, i % 2 ? 'x.odd' : 'x.even', i + 1) : addScored(t, facts[i]!));
    const whole = emptyTally();
    facts.forEach((_, i) => {
      add(whole, i);
    });
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 39 }), { maxLength: 8 }), (cuts) => {
        const edges = [0, ...cuts.sort((x, y) => x - y), 40];
        const merged = emptyTally();
        for (let k = 0; k + 1 < edges.length; k++) {
          const part = emptyTally();
          for (let i = edges[k]!; i < edges[k + 1]!; i++) add(part, i);
          mergeTally(merged, part);
        }
        expect(
          summarise(
            merged,
            policy.currency,
            policy.buckets.map((b) => b.name),
            0,
            NO_ID_FINDINGS,
          ),
        ).toEqual(
          summarise(
            whole,
            policy.currency,
            policy.buckets.map((b) => b.name),
            0,
            NO_ID_FINDINGS,
          ),
        );
      }),
      { numRuns: 60 },
    );
  });

  it('rate bins: 0–10 % … 90–100 %, then 100 % and more', () => {
    expect(['0.0000', '0.0999', '0.1000', '0.8234', '0.9999', '1.0000', '1.2345', '-0.0100'].map(rateBin)).toEqual([0, 0, 1, 8, 9, 10, 10, 0]);
  });
});
