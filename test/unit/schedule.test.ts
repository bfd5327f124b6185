/** §4.5 methods against textbook values and hand computations. */
import { describe, expect, it } from 'vitest';
import { addMonthsClamped, formatCivilDate, parseCivilDate } from '../../src/dates/civil-date.js';
import { amortize, annuityPayment } from '../../src/plans/schedule.js';
import { planRates } from '../../src/analysis/irr.js';
import { ratio, ZERO_RATIO } from '../../src/money/rational.js';

describe('annuity (§4.5)', () => {
  it('10,000.00 at 12% over 12 months pays 888.49 (textbook)', () => {
    expect(annuityPayment(1_000_000n, 12, ratio('0.12'), 'half-up')).toBe(88_849n);
    const rows = amortize(1_000_000n, 12, 0, { method: 'annuity', annualRate: ratio('0.12'), monthlyFeeRate: ZERO_RATIO }, 'half-up');
    expect(rows[0]).toEqual({ k: 1, payment: 88_849n, principal: 78_849n, interest: 10_000n, fee: 0n });
    expect(rows.reduce((s, r) => s + r.principal, 0n)).toBe(1_000_000n);
    // the last period pays the remaining balance plus its interest
    const last = rows[11]!;
    expect(last.payment).toBe(last.principal + last.interest);
  });

  it('falls back to round(A / n) at a zero rate', () => {
    expect(annuityPayment(1_000_000n, 3, ZERO_RATIO, 'half-up')).toBe(333_333n);
  });

  it('sees an exact half-cent tie of B · rate / 12 as a tie', () => {
    // B = 0.25, annual 0.24 → 0.25 · 0.24 / 12 = 0.005 exactly: half-up 0.01, half-even 0.00
    const up = amortize(25n, 1, 0, { method: 'equal-principal', annualRate: ratio('0.24'), monthlyFeeRate: ZERO_RATIO }, 'half-up');
    const even = amortize(25n, 1, 0, { method: 'equal-principal', annualRate: ratio('0.24'), monthlyFeeRate: ZERO_RATIO }, 'half-even');
    expect(up[0]!.interest).toBe(1n);
    expect(even[0]!.interest).toBe(0n);
  });
});

describe('flat-fee and equal-principal (§4.5)', () => {
  it('puts the rounding residue in the last period', () => {
    const rows = amortize(2_150_000n, 36, 0, { method: 'flat-fee', monthlyFeeRate: ratio('0.005'), annualRate: ZERO_RATIO }, 'half-up');
    expect(rows[0]).toEqual({ k: 1, payment: 70_472n, principal: 59_722n, interest: 0n, fee: 10_750n });
    expect(rows[35]).toEqual({ k: 36, payment: 70_480n, principal: 59_730n, interest: 0n, fee: 10_750n });
  });

  it('equal-principal charges interest on the falling balance', () => {
    const rows = amortize(1_200_000n, 12, 0, { method: 'equal-principal', annualRate: ratio('0.12'), monthlyFeeRate: ZERO_RATIO }, 'half-up');
    expect(rows.map((r) => r.interest)).toEqual([12000n, 11000n, 10000n, 9000n, 8000n, 7000n, 6000n, 5000n, 4000n, 3000n, 2000n, 1000n]);
  });
});

describe('APR by IRR (§4.6)', () => {
  it('matches DOMAIN.md §1.7: ¥12,000 at 0.6%/month flat over 12 months → 13.03% nominal, 13.84% effective', () => {
    const payments = Array.from({ length: 12 }, (_, i) => ({ k: i + 1, payment: 107_200n }));
    const r = planRates(1_200_000n, payments, 2);
    // DOMAIN: monthly r = 1.0862 %, 12r = 13.03 %, EAR = 13.84 %
    expect(r.monthly.slice(0, 7)).toBe('0.01086');
    expect(r.apr).toBe('0.130342');
    expect(r.apr.slice(0, 6)).toBe('0.1303');
    expect(r.effectiveAnnualRate.slice(0, 6)).toBe('0.1384');
  });
  it('is zero when everything is paid now or nothing is paid over the amount', () => {
    expect(planRates(100n, [{ k: 0, payment: 100n }], 2).apr).toBe('0.000000');
    expect(
      planRates(
        300n,
        [1, 2, 3].map((k) => ({ k, payment: 100n })),
        2,
      ).apr,
    ).toBe('0.000000');
  });
  it('matches the EU 98/7 test vector: 1000 repaid by 600 after 12 and 24 months → 13.07% effective', () => {
    const r = planRates(
      100_000n,
      [
        { k: 12, payment: 60_000n },
        { k: 24, payment: 60_000n },
      ],
      2,
    );
    expect(r.effectiveAnnualRate).toBe('0.130662');
  });
});

describe('calendar months (§4.5)', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2026-01-31', 2, '2026-03-31'],
    ['2026-08-31', 1, '2026-09-30'],
    ['2026-11-22', 2, '2027-01-22'],
    ['2026-12-31', 60, '2031-12-31'],
  ])('%s + %i months = %s', (from, k, to) => {
    expect(formatCivilDate(addMonthsClamped(parseCivilDate(from)!, k))).toBe(to);
  });
  it('refuses impossible dates', () => {
    expect(['2026-02-30', '2025-02-29', '2026-13-01', '2026-1-1', '26-01-01', '2026-00-10'].map(parseCivilDate)).toEqual([null, null, null, null, null, null]);
  });
});
