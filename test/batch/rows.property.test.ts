/**
 * Property (STYLE 17, §6): for any mix of good and bad rows, in CSV or NDJSON, every input
 * row comes out exactly once — scored in the output, in input order, or rejected with its own
 * row number — and the summary says read = scored + rejected.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvRecords, ndjsonRecords, runBin, runInProcess, summaryOf } from './helpers.js';

interface Row {
  good: boolean;
  id: string;
  cells: { principal: string; overdue_days: string; monthly_income: string; interest: string };
}

const goodAmount = fc.tuple(fc.integer({ min: 1, max: 30_000_000 }), fc.boolean()).map(([fen, grouped]) => {
  const whole = String(Math.trunc(fen / 100));
  const text = `${grouped ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : whole}.${String(fen % 100).padStart(2, '0')}`;
  return text;
});
const badAmount = fc.constantFrom('abc', '1.2.3', '1e5', 'NaN', 'Infinity', '-5.00', '0', '1.234', '$5', '=1+1', '6222 0212 3456 7890', ' ', '');
const goodDays = fc.integer({ min: 0, max: 1000 }).map(String);
const badDays = fc.constantFrom('-1', '2.5', 'x', '99999999', '');
const optional = fc.oneof(fc.constant(''), goodAmount);

const row: fc.Arbitrary<Omit<Row, 'id'>> = fc.oneof(
  fc.record({ principal: goodAmount, overdue_days: goodDays, monthly_income: optional, interest: optional }).map((cells) => ({ good: true, cells })),
  fc.record({ principal: badAmount, overdue_days: goodDays, monthly_income: optional, interest: optional }).map((cells) => ({ good: false, cells })),
  fc.record({ principal: goodAmount, overdue_days: badDays, monthly_income: optional, interest: optional }).map((cells) => ({ good: false, cells })),
  fc
    .record({ principal: goodAmount, overdue_days: goodDays, monthly_income: badAmount.filter((v) => v.trim() !== '' && v !== '0'), interest: optional })
    .map((cells) => ({ good: false, cells })),
);

const rows = fc.array(row, { maxLength: 40 }).map((rs) => rs.map((r, i) => ({ ...r, id: `R${i + 1}` })));

function quote(v: string): string {
  return /[",\n\r]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
}

function toCsv(rs: Row[], crlf: boolean): string {
  const eol = crlf ? '\r\n' : '\n';
  return (
    `id,principal,overdue_days,monthly_income,interest${eol}` +
    rs.map((r) => [r.id, r.cells.principal, r.cells.overdue_days, r.cells.monthly_income, r.cells.interest].map(quote).join(',') + eol).join('')
  );
}

function toNdjson(rs: Row[]): string {
  return (
    rs
      .map((r) =>
        JSON.stringify({
          id: r.id,
          principal: r.cells.principal,
          overdueDays: r.cells.overdue_days,
          monthlyIncome: r.cells.monthly_income,
          interest: r.cells.interest,
        }),
      )
      .join('\n') + '\n'
  );
}

function check(rs: Row[], out: Record<string, unknown>[], stderr: string, code: number): void {
  const good = rs.filter((r) => r.good);
  const bad = rs.filter((r) => !r.good);
  expect(out.map((o) => o.id)).toEqual(good.map((r) => r.id));
  const rejected = [...stderr.matchAll(/^repayplan batch: row (\d+) /gm)].map((m) => Number(m[1]));
  expect(rejected).toEqual(bad.map((r) => Number(r.id.slice(1))));
  expect(summaryOf(stderr)).toEqual({ read: rs.length, scored: good.length, rejected: bad.length });
  expect(code).toBe(bad.length > 0 ? 3 : 0);
  expect(stderr).not.toContain('6222 0212 3456 7890');
}

describe('batch: no row is ever lost (property)', () => {
  it('CSV, LF or CRLF, scored inline', async () => {
    await fc.assert(
      fc.asyncProperty(rows, fc.boolean(), async (rs, crlf) => {
        const r = await runInProcess(['batch', '-', '--as-of', '2026-01-15', '--jobs', '1', '--input-format', 'csv'], toCsv(rs, crlf));
        check(rs, csvRecords(r.out), r.stderr, r.code);
      }),
      { numRuns: 60 },
    );
  });

  it('NDJSON, scored inline', async () => {
    await fc.assert(
      fc.asyncProperty(rows, async (rs) => {
        const r = await runInProcess(['batch', '-', '--as-of', '2026-01-15', '--jobs', '1', '--input-format', 'ndjson'], toNdjson(rs));
        check(rs, ndjsonRecords(r.out), r.stderr, r.code);
      }),
      { numRuns: 60 },
    );
  });

  it('CSV through the binary on worker threads (ordered reassembly)', async () => {
    const many = fc.array(row, { minLength: 600, maxLength: 1500 }).map((rs) => rs.map((r, i) => ({ ...r, id: `R${i + 1}` })));
    await fc.assert(
      fc.asyncProperty(many, async (rs) => {
        // jobs of 4 KiB: several jobs on each of the three workers
        const r = await runBin(['batch', '-', '--as-of', '2026-01-15', '--jobs', '3'], { input: toCsv(rs, false), env: { REPAYPLAN_JOB_BYTES: '4096' } });
        check(rs, csvRecords(r.out), r.stderr, r.code);
      }),
      { numRuns: 4 },
    );
  }, 120_000);
});
