/**
 * The market presets produce sensible plans for a typical account of their market
 * (issue #3): a US card $8,000 principal 95 days overdue, a UK card £3,000 60 days overdue,
 * and the SPEC worked-example style account for cn-standard.
 */
import { describe, expect, it } from 'vitest';
import { repayplan } from './helpers.js';

interface Plan {
  id: string;
  family: string;
  months: number;
  amount: string;
  paymentNow: string;
  regularPayment: string | null;
  totalPaid: string;
  apr: string;
  effectiveAnnualRate: string;
  affordable: boolean | null;
  waived: { total: string };
}
interface Doc {
  policy: { name: string; sha256: string; aprDisplay?: string };
  snapshot: { bucket: string; total: string; fees: string; interest: string; minimumDue: string };
  plans: Plan[];
  unavailable: { id: string; reason: string }[];
  recommendation: { planId: string | null };
}

function plan(policy: string, args: string[]): Doc {
  const r = repayplan(['plan', '--policy', policy, '--as-of', '2026-03-01', '--format', 'json', ...args]);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as Doc;
}

const cents = (s: string): bigint => BigInt(s.replace('.', ''));

describe('us-card-act: $8,000 principal, 95 days overdue', () => {
  const doc = plan('us-card-act', [
    '--principal',
    '8000',
    '--overdue-days',
    '95',
    '--income',
    '4500',
    '--expenses',
    '3000',
    '--other-debt',
    '300',
    '--cash',
    '7000',
  ]);

  it('estimates charges with the US figures: $30 per missed due date, ~24 % APR', () => {
    expect(doc.snapshot.bucket).toBe('91-120');
    expect(doc.snapshot.fees).toBe('120.00'); // 4 missed due dates × $30
    const interest = cents(doc.snapshot.interest);
    expect(interest > 48000n && interest < 53000n).toBe(true); // ≈ 8000 × 0.24 × 95 / 365 = 499.73, monthly compounding
  });

  it('a late fee is never more than the minimum payment due (Reg Z §1026.52(b)(2)): $1,000 → 1 % = $10 a missed due date', () => {
    const small = plan('us-card-act', ['--principal', '1000', '--overdue-days', '45']);
    expect(small.snapshot.minimumDue).toBe('10.00');
    expect(small.snapshot.fees).toBe('20.00'); // 2 missed due dates × $10, not × $30
    const given = plan('us-card-act', ['--principal', '1000', '--overdue-days', '45', '--minimum-due', '15']);
    expect(given.snapshot.fees).toBe('30.00'); // 2 × $15
    const large = plan('us-card-act', ['--principal', '5000', '--overdue-days', '45']);
    expect(large.snapshot.fees).toBe('60.00'); // 2 × min($50, $30)
  });

  it('offers the 6 % hardship plan for 12–60 months (nominal APR, fees waived) and a settlement', () => {
    const hardship = doc.plans.filter((p) => p.id.startsWith('hardship-'));
    expect(hardship.map((p) => p.months)).toEqual([12, 24, 36, 48, 60]);
    for (const p of hardship) {
      expect(Number(p.apr)).toBeCloseTo(0.06, 3);
      expect(p.waived.total).toBe(doc.snapshot.fees);
    }
    const settlement = doc.plans.find((p) => p.id === 'settlement-1');
    expect(settlement?.amount).toBe('6400.00'); // 80 % of principal; interest and fees waived
    expect(doc.recommendation.planId).not.toBeNull();
  });

  it('waives about half the balance once charged off', () => {
    const off = plan('us-card-act', ['--principal', '8000', '--overdue-days', '200']);
    expect(off.snapshot.bucket).toBe('charged-off');
    const s = off.plans.find((p) => p.id === 'settlement-1') as Plan;
    const share = Number((cents(s.waived.total) * 1000n) / cents(off.snapshot.total)) / 1000;
    expect(share).toBeGreaterThan(0.4);
    expect(share).toBeLessThan(0.6);
  });
});

describe('uk-fca: £3,000 principal, 60 days overdue', () => {
  const doc = plan('uk-fca', ['--principal', '3000', '--overdue-days', '60', '--income', '1800', '--expenses', '1500', '--other-debt', '150', '--cash', '500']);

  it('estimates charges with the UK figures: £12 per missed payment', () => {
    expect(doc.snapshot.bucket).toBe('arrears-2');
    expect(doc.snapshot.fees).toBe('24.00');
  });

  it('freezes interest: every plan costs nothing beyond the debt, within 48 months', () => {
    expect(doc.plans.length).toBeGreaterThan(5);
    for (const p of doc.plans) {
      expect(p.apr).toBe('0.000000');
      expect(cents(p.totalPaid)).toBe(cents(p.amount));
      expect(p.months).toBeLessThanOrEqual(48);
    }
    expect(doc.plans.map((p) => p.id)).toContain('token-plan-12+36');
  });

  it('may take the whole surplus (100 %), and recommends an affordable plan', () => {
    const chosen = doc.plans.find((p) => p.id === doc.recommendation.planId);
    expect(chosen?.affordable).toBe(true);
    expect(cents(chosen?.regularPayment ?? '0')).toBeLessThanOrEqual(15000n); // surplus £150
  });

  it('states APR as the effective rate', () => {
    const r = repayplan(['policy', 'show', 'uk-fca']);
    expect((JSON.parse(r.stdout) as { aprDisplay: string }).aprDisplay).toBe('effective');
  });
});

describe('cn-standard: ¥20,000 principal, 100 days overdue', () => {
  it('offers installments, deferrals and a settlement', () => {
    const doc = plan('cn-standard', ['--principal', '20000', '--overdue-days', '100']);
    expect(doc.snapshot.bucket).toBe('M4');
    const families = new Set(doc.plans.map((p) => p.family));
    expect([...families].sort()).toEqual(['deferral', 'installment', 'reduction']);
  });
});
