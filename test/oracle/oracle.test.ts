/**
 * Issue #10, "How it is checked": `plan --format json` against an independent implementation of
 * SPEC §4.2–4.8 and §4.10 (test/oracle/reference.ts, counter.ts), to the cent and the day: every
 * schedule row, APR and effective rate, NPV and recovery rate, affordability, unavailable
 * variants, the recommendation and every counter-offer verdict, down-payment plans included.
 * In-process and sized to run in seconds; the deep run is explore.test.ts (ORACLE_RUNS=…).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { run } from '../live/inproc.js';
import { edgeCase, oracleCase, variantCase } from './arbitrary.js';
import { type Case, check, disagreements, expected, m, runTool } from './harness.js';

const account = (
  raw: Partial<Record<'principal' | 'interest' | 'fees' | 'income' | 'expenses' | 'cash', string>>,
  overdueDays: number,
  asOf = '2026-01-31',
) => {
  const a: Case['account'] = { principal: m(raw.principal ?? '20000'), overdueDays, asOf };
  for (const k of ['interest', 'fees', 'income', 'expenses', 'cash'] as const) if (raw[k] !== undefined) a[k] = m(raw[k] as string);
  return a;
};

describe('the oracle on accounts chosen by hand', () => {
  const cases: [string, Case][] = [
    [
      'the worked account: ¥5,000 now and ¥800 a month',
      { preset: 'cn-standard', account: account({ income: '10000', expenses: '4000', cash: '6000' }, 95), monthly: m('800'), lump: m('5000') },
    ],
    ['¥500 offered ¥80 a month (settlement-3 answers it)', { preset: 'cn-standard', account: account({ principal: '500' }, 40), monthly: m('80') }],
    [
      '¥500: ¥100 now and ¥80 a month (the remainder is below minInstallment)',
      { preset: 'cn-standard', account: account({ principal: '500' }, 40), monthly: m('80'), lump: m('100') },
    ],
    [
      'odd cents: ¥12,345.67 now ¥1,234.57 and ¥333.33 a month',
      { preset: 'cn-standard', account: account({ principal: '12345.67', cash: '2000' }, 125, '2024-02-29'), monthly: m('333.33'), lump: m('1234.57') },
    ],
    ['offers above the debt', { preset: 'cn-standard', account: account({ principal: '3000.01', income: '9000' }, 200), monthly: m('5000'), lump: m('4000') }],
    [
      'a down payment of one cent',
      { preset: 'us-card-act', account: account({ principal: '8000', income: '3000' }, 100, '2026-03-31'), monthly: m('300'), lump: m('0.01') },
    ],
    [
      'annuity with a down payment (us-card-act)',
      { preset: 'us-card-act', account: account({ principal: '8000', fees: '120', cash: '900' }, 100), monthly: m('250'), lump: m('1000') },
    ],
    [
      'token plans with equal payments (uk-fca)',
      { preset: 'uk-fca', account: { ...account({ principal: '398.43' }, 95, '2024-02-29'), minimumDue: m('1765.19') }, monthly: m('11.72'), lump: m('75.71') },
    ],
    ['current account: no offer open', { preset: 'cn-standard', account: account({}, 0), monthly: m('800'), lump: m('5000') }],
  ];
  it.each(cases)('%s', async (_name, cs) => {
    await check(cs);
  });

  it('the comparison can fail: one cent moved in a down-payment row is seen', async () => {
    const cs = cases[0]?.[1] as Case;
    const { doc } = await runTool(cs);
    const plan = doc.plans.find((p: { id: string }) => p.id === 'installment-24+dp5000');
    expect(plan.schedule[3].fee).toBe('79.83');
    plan.schedule[3].fee = '79.84';
    expect(disagreements(doc, cs)).toEqual(['plan[installment-24+dp5000].schedule.3.fee tool="79.84" oracle="79.83"']);
    expect(expected(cs).counterOffers?.[0]).toMatchObject({ kind: 'down-payment', verdict: 'fits', planId: 'installment-24+dp5000' });
  });
});

describe('the oracle on generated accounts (deterministic seeds)', () => {
  it('presets cn-standard, us-card-act, uk-fca with --offer-monthly / --offer-lump', async () => {
    await fc.assert(fc.asyncProperty(oracleCase, check), { seed: 20261203, numRuns: 20 });
  });
  it('offers placed on the edges: a payment ±1 minor unit, down payments of 1, A − 1, A, A + 1, minInstallment', async () => {
    await fc.assert(fc.asyncProperty(edgeCase, check), { seed: 10, numRuns: 20 });
  });
  it('policy variants: half-even, 0 and 3 minor digits, annuity and equal-principal, requiresHardship', async () => {
    await fc.assert(fc.asyncProperty(variantCase, check), { seed: 4, numRuns: 12 });
  });
});

describe('offers that cannot be answered are refused (exit 2, the flag named)', () => {
  it.each([
    ['--offer-monthly', '0'],
    ['--offer-lump', '0'],
    ['--offer-monthly', '-5'],
    ['--offer-lump', '-0.01'],
    ['--offer-lump', '5000.001'],
  ])('%s %s', async (flag, value) => {
    const r = await run([
      'plan',
      '--principal',
      '500',
      '--overdue-days',
      '40',
      '--as-of',
      '2026-01-31',
      '--format',
      'json',
      '--offer-monthly',
      '80',
      flag,
      value,
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toContain(flag);
    expect(JSON.parse(r.stdout).error.field).toBe(flag);
  });
});
