import { expect, it } from 'vitest';
import { actualOf, type Case, expected, m, runTool } from './harness.js';

it('worked', async () => {
  const cs: Case = {
    preset: 'cn-standard',
    account: { principal: m('20000'), overdueDays: 95, asOf: '2026-01-31', income: m('10000'), expenses: m('4000'), cash: m('6000') },
    monthly: m('800'),
    lump: m('5000'),
  };
  const r = await runTool(cs);
  expect(actualOf(r.doc)).toEqual(expected(cs));
});
it('sanity: the comparison sees plans', () => {
  const cs: Case = {
    preset: 'cn-standard',
    account: { principal: m('20000'), overdueDays: 95, asOf: '2026-01-31', income: m('10000'), expenses: m('4000'), cash: m('6000') },
    monthly: m('800'),
    lump: m('5000'),
  };
  const e = expected(cs);
  console.log(e.plans.length, e.plans.at(-1)?.id, e.plans.at(-1)?.schedule.length, e.counterOffers?.length, e.recommendation);
});
