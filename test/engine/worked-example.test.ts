import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../src/money/amount.js';
import { evaluate } from '../../src/report/evaluate.js';
import { aPolicy, anAccount, date } from '../helpers/builders.js';

const policy = aPolicy();
const m = (x: bigint | null) => (x === null ? null : formatMoney(x, policy.currency));

describe('the public worked example (issue #2)', () => {
  const ev = evaluate(
    anAccount({ principal: '20000', interest: '1500', fees: '800', overdueDays: '95', monthlyIncome: '6000', monthlyExpenses: '3500' }),
    policy,
    date('2026-11-22'),
  );
  const plan = (id: string) => {
    const p = ev.plans.find((x) => x.id === id);
    if (!p) throw new Error(`no plan ${id}`);
    return p;
  };

  it('snapshot, affordability and status quo', () => {
    expect(ev.snapshot.bucket).toBe('M4');
    expect(m(ev.snapshot.total)).toBe('22300.00');
    expect(m(ev.affordability.surplus)).toBe('2500.00');
    expect(m(ev.affordability.cap)).toBe('1250.00');
    expect(m(ev.statusQuo.total)).toBe('27100.00');
  });

  it('installment-36', () => {
    const p = plan('installment-36');
    expect(m(p.amount)).toBe('21500.00');
    expect(m(p.regularPayment)).toBe('704.80');
    expect(m(p.totalPaid)).toBe('25370.00');
  });

  it('deferral-3+36 and the affordability of installment-12', () => {
    expect(m(plan('deferral-3+36').regularPayment)).toBe('579.31');
    expect(plan('installment-12').affordable).toBe(false);
  });

  it('recommends installment-24', () => {
    expect(ev.recommendation.planId).toBe('installment-24');
    expect(m(plan('installment-24').regularPayment)).toBe('1003.41');
  });

  it('lists every variant of cn-standard for M4', () => {
    expect(ev.plans.map((p) => p.id)).toEqual([
      'installment-12',
      'installment-24',
      'installment-36',
      'installment-48',
      'installment-60',
      'deferral-3+36',
      'deferral-3+54',
      'deferral-6+36',
      'deferral-6+54',
      'settlement-1',
      'settlement-3',
      'settlement-6',
    ]);
    expect(ev.unavailable).toEqual([]);
  });
});
