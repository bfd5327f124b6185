/**
 * `repayplan apr` through the real binary (bin/repayplan.js after `npm run build`): stdout,
 * stderr and the exit code for flags, files and saved plans, in both languages, and the JSON
 * document validated against schema/apr.schema.json. (Error reproducers: fixtures/errors/apr-*.json.)
 */
import { describe, expect, it } from 'vitest';
import { repayplan, tempDirWith } from '../cli/helpers.js';
import { validateApr } from './helpers.js';

interface AprJson {
  method: string;
  unitPeriod: string;
  apr: string;
  effectiveAnnualRate: string;
  nominalAnnualRate: string;
  oddDaysFraction: string | null;
  amountFinanced: string;
  totalPayments: string;
  residual: string;
  caps: { rate: string; source: string; above: boolean; margin: string; regularPayment: string | null; paymentAtCap: string | null; totalAtCap: string }[];
  flows: { date: string; amount: string; t: number | null; f: string | null; years: string | null }[];
}

function json(args: string[], cwd?: string): AprJson {
  const r = repayplan(['apr', ...args, '--format', 'json'], cwd ? { cwd } : {});
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  const doc = JSON.parse(r.stdout) as AprJson;
  expect(validateApr(doc), JSON.stringify(validateApr.errors)).toBe(true);
  return doc;
}

describe('repayplan apr (binary)', () => {
  it('the Chinese bill instalment: 12 × ¥1,072 on ¥12,000 is 13.03 % by IRR, in a table', () => {
    const r = repayplan(['apr', '--advance', '12000', '--on', '2026-01-10', '--payment', '1072x12', '--format', 'table', '--lang', 'en']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('APR                                  13.03 %  (0.130342)\n');
    expect(r.stdout).toContain('Effective annual rate                13.84 %\n');
    expect(r.stdout).toContain('  the APR 13.03 % is within the cap 24.00 % (10.97 percentage points below)\n');
    expect(r.stdout).toContain('  the regular payment of ¥1,072.00 would sit at the cap at ¥1,134.71\n');
    expect(r.stdout).toContain('  2027-01-10    ¥1,072.00  12 + 0.000000\n');
  });

  it('in Chinese', () => {
    const r = repayplan(['apr', '--advance', '12000', '--on', '2026-01-10', '--payment', '1072x12', '--format', 'table', '--lang', 'zh']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('年化利率                13.03%  (0.130342)\n');
    expect(r.stdout).toContain('  年化利率 13.03% 不高于上限 24.00%（低 10.97 个百分点）\n');
    expect(r.stdout).toContain('  每期还款现为 ¥1,072.00，为 ¥1,134.71 时恰好等于上限\n');
  });

  it('a fee taken at the start and an odd first period (Appendix J): JSON', () => {
    const doc = json(['--advance', '10000', '--on', '2026-01-10', '--fee', '200', '--payment', '884.91x12', '--first', '2026-02-15', '--every', 'month']);
    expect(doc).toMatchObject({
      method: 'unit-period',
      unitPeriod: 'month',
      oddDaysFraction: '0.166667',
      amountFinanced: '9800.00',
      totalPayments: '10618.92',
      apr: '0.146920',
      effectiveAnnualRate: '0.157229',
    });
    expect(doc.flows[0]).toEqual({ date: '2026-01-10', amount: '-9800.00', t: 0, f: '0.000000', years: null });
    expect(doc.flows[1]).toEqual({ date: '2026-02-15', amount: '884.91', t: 1, f: '0.166667', years: null });
  });

  it('over the cap: by how much, and the payment that would sit at it', () => {
    const doc = json(['--advance', '10000', '--on', '2026-01-10', '--payment', '1000x12', '--cap', '0.24']);
    expect(doc.caps).toEqual([
      {
        rate: '0.24',
        source: 'flag',
        above: true,
        margin: doc.caps[0]!.margin,
        regularPayment: '1000.00',
        paymentAtCap: '945.59',
        totalAtCap: doc.caps[0]!.totalAtCap,
      },
    ]);
    expect(doc.apr).toBe('0.350742');
    expect(doc.caps[0]!.margin).toBe('0.110742');
    // the payment at the cap does sit at or just under it
    const atCap = json(['--advance', '10000', '--on', '2026-01-10', '--payment', '945.59x12', '--cap', '0.24']);
    expect(atCap.caps[0]!.above).toBe(false);
    expect(Number(atCap.apr)).toBeGreaterThan(0.2399);
  });

  it('uk-fca defaults to the EU APRC; a Regulation Z odd first period under us-card-act', () => {
    const uk = json(['--policy', 'uk-fca', '--flow', '1994-01-01:-1000', '--flow', '1995-07-01:1200']);
    expect(uk).toMatchObject({ method: 'eu', unitPeriod: 'year', apr: '0.129620', oddDaysFraction: null });
    expect(uk.caps).toEqual([]);
    const us = json(['--policy', 'us-card-act', '--advance', '6000', '--on', '1978-02-10', '--payment', '200x36', '--first', '1978-04-01']);
    expect(us).toMatchObject({ method: 'unit-period', oddDaysFraction: '0.633333' });
    expect((Number(us.apr) * 100).toFixed(2)).toBe('11.82');
  });

  it('flows from a CSV file (Chinese headers too) and from a JSON file', () => {
    const dir = tempDirWith({
      'flows.csv':
        'date,amount,kind\n2026-01-10,10000,advance\n2026-01-10,200,fee\n' +
        Array.from({ length: 12 }, (_, i) => `2026-${String(i + 2).padStart(2, '0')}-15,884.91,payment\n`)
          .join('')
          .replace('2026-13-15', '2027-01-15'),
      'flows-zh.csv':
        '\uFEFF日期,金额\n2026-01-10,-12000\n' +
        Array.from({ length: 12 }, (_, i) => `${i < 11 ? `2026-${String(i + 2).padStart(2, '0')}` : '2027-01'}-10,1072\n`).join(''),
      'flows.json': [
        { date: '1978-01-03', amount: '-1000.00' },
        { date: '1978-09-15', amount: '1080.00' },
      ],
    });
    expect(json(['--flows', 'flows.csv'], dir)).toMatchObject({ apr: '0.146920', amountFinanced: '9800.00' });
    expect(json(['--flows', 'flows-zh.csv'], dir)).toMatchObject({ apr: '0.130342', unitPeriod: 'month' });
    const sasp = json(['--flows', 'flows.json', '--policy', 'us-card-act'], dir);
    expect(sasp).toMatchObject({ unitPeriod: 'term', apr: '0.114510' });
  });

  it("apr --from a saved plan: the plan's own apr", () => {
    const plan = repayplan(['plan', '--principal', '10000', '--overdue-days', '95', '--as-of', '2026-01-31', '--format', 'json']);
    expect(plan.status).toBe(0);
    const dir = tempDirWith({ 'plan.json': plan.stdout });
    const doc = JSON.parse(plan.stdout) as { plans: { id: string; apr: string }[] };
    const p = doc.plans.find((x) => x.id === 'installment-24')!;
    expect(json(['--from', 'plan.json', '--plan', 'installment-24'], dir).apr).toBe(p.apr);
  });

  it('errors: one line on stderr, exit 2, the JSON error object under --format json', () => {
    const dir = tempDirWith({ 'bad.csv': 'date,amount\n2026-01-10,-1000\n2026-02-30,600\n' });
    const r = repayplan(['apr', '--flows', 'bad.csv'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('repayplan: --flows: bad.csv row 3: date: "2026-02-30" is not a valid date: write YYYY-MM-DD, e.g. 2026-01-10\n');
    const j = repayplan(['apr', '--flows', 'bad.csv', '--format', 'json'], { cwd: dir });
    expect(j.status).toBe(2);
    expect(JSON.parse(j.stdout)).toMatchObject({ error: { code: 'apr.file-row', exitCode: 2 } });
    const mixed = repayplan(['apr', '--from', 'plan.json', '--advance', '100']);
    expect(mixed.status).toBe(2);
    expect(mixed.stderr).toBe('repayplan: --from cannot be combined with --advance, --payment, --flow or --flows: the saved plan brings its own flows\n');
  });
});
