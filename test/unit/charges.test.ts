/** §4.3 against the figures DOMAIN.md §1.8 derives by hand for cn-standard. */
import { describe, expect, it } from 'vitest';
import { bucketFor, chargesCapFor, chargesFor, estimateInterest, estimateLateFees, minimumDueFor } from '../../src/core/charges.js';
import { formatMoney } from '../../src/money/amount.js';
import { aPolicy } from '../helpers/builders.js';

const policy = aPolicy();
const m = (x: bigint | null) => (x === null ? null : formatMoney(x, policy.currency));
const yuan = (s: string) => BigInt(s.replace('.', ''));

describe('charge estimation (§4.3)', () => {
  it.each([
    // P, D, interest, fees after the cap, cap
    ['10000.00', 95, '482.92', '141.74', '624.66'],
    ['10000.00', 30, '150.00', '47.26', '197.26'],
    ['50000.00', 180, '4672.16', '1245.65', '5917.81'],
    ['10000.00', 365, '1986.06', '413.94', '2400.00'],
  ])('P=%s D=%i → interest %s, fees %s (cap %s)', (p, d, interest, fees, cap) => {
    const P = yuan(p);
    const M = minimumDueFor(P, null, policy);
    const c = chargesFor(P, d, { interest: null, fees: null }, M, policy);
    expect(m(c.interest)).toBe(interest);
    expect(m(c.fees)).toBe(fees);
    expect(m(chargesCapFor(P, d, policy))).toBe(cap);
    expect(c.estimated).toEqual({ interest: true, fees: true });
  });

  it('posts interest cycle by cycle: 150.00 + 152.25 + 154.53 + 26.14 for 10,000 over 95 days', () => {
    expect(m(estimateInterest(1_000_000n, 95, policy))).toBe('482.92');
    expect(m(estimateInterest(1_000_000n, 30, policy))).toBe('150.00');
    expect(m(estimateInterest(1_000_000n, 60, policy))).toBe('302.25');
    expect(m(estimateInterest(1_000_000n, 0, policy))).toBe('0.00');
  });

  it('charges one late fee per missed due date, at least the policy minimum', () => {
    expect(m(estimateLateFees(95, 100_000n, policy))).toBe('200.00'); // 4 × 5% of 1000
    expect(m(estimateLateFees(1, 100n, policy))).toBe('10.00'); // 5% of 1.00 → the 10.00 minimum
    expect(m(estimateLateFees(0, 100_000n, policy))).toBe('0.00');
    expect(m(estimateLateFees(30, 100_000n, policy))).toBe('50.00');
    expect(m(estimateLateFees(31, 100_000n, policy))).toBe('100.00');
  });

  it('never changes a figure the input gives; cuts only the estimated one', () => {
    const P = 1_000_000n;
    const given = chargesFor(P, 95, { interest: 100_000n, fees: null }, 100_000n, policy);
    expect(m(given.interest)).toBe('1000.00');
    expect(m(given.fees)).toBe('0.00'); // cap 624.66 < 1000 given: estimated fees fall to zero, not below
    const both = chargesFor(P, 95, { interest: 100_000n, fees: 50_000n }, 100_000n, policy);
    expect([m(both.interest), m(both.fees)]).toEqual(['1000.00', '500.00']);
  });

  it('buckets by the first maxDays ≥ overdue days (§4.2)', () => {
    expect([0, 1, 30, 31, 90, 91, 120, 180, 181, 5000].map((d) => bucketFor(d, policy))).toEqual(['C', 'M1', 'M1', 'M2', 'M3', 'M4', 'M4', 'M6', 'M7+', 'M7+']);
  });
});
