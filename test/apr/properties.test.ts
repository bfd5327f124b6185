/**
 * Properties of the APR core (fast-check):
 * - a flow set built from a known rate gives that rate back (both methods);
 * - scaling every amount by the same factor leaves the APR unchanged;
 * - under eu (days / 365), shifting every date by the same number of days leaves it unchanged;
 * - flows that change sign more than once, or pay back less than was lent, are refused, never a number.
 */
import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AprError, computeApr, type Flow, type UnitPeriod } from '../../src/apr/index.js';
import { addDays, unitPeriodTime } from '../../src/apr/time.js';
import type { CivilDate } from '../../src/dates/civil-date.js';
import type { Currency } from '../../src/money/currency.js';

const CNY: Currency = { code: 'CNY', minorDigits: 2, rounding: 'half-up' };
const START: CivilDate = { year: 2026, month: 1, day: 10 };
const PER_YEAR: Record<string, number> = { week: 52, '2weeks': 26, '4weeks': 13, semimonth: 24, month: 12, '2months': 6, quarter: 4, 'half-year': 2, year: 1 };
const D = Decimal.clone({ precision: 50 });

/** Payments: (days after the start, amount in minor units), at least two, large enough that rounding the advance barely moves the rate. */
const payments = fc
  .array(fc.record({ day: fc.integer({ min: 30, max: 3650 }), amount: fc.bigInt({ min: 10_000_000n, max: 10_000_000_000n }) }), { minLength: 2, maxLength: 24 })
  // at least two payment dates: payments that all fall on one day are Appendix J's single-payment
  // case, whose unit period is the term itself (tested with the published (c)(5) example)
  .filter((ps) => new Set(ps.map((p) => p.day)).size >= 2);
const unit = fc.constantFrom<UnitPeriod>('week', '2weeks', '4weeks', 'semimonth', 'month', '2months', 'quarter', 'half-year', 'year');

function flowsOf(advance: bigint, pays: { day: number; amount: bigint }[], start = START): Flow[] {
  return [{ date: start, amount: advance, kind: 'advance' }, ...pays.map((p) => ({ date: addDays(start, p.day), amount: p.amount, kind: 'payment' as const }))];
}

describe('apr properties', () => {
  it('unit-period: an advance priced at a known rate gives that rate back', () => {
    fc.assert(
      fc.property(payments, unit, fc.integer({ min: 1, max: 60 }), (pays, u, percent) => {
        const apr = new D(percent).div(100);
        const i = apr.div(PER_YEAR[u]!);
        // the advance is the payments' present value at i under Appendix J's own time measure
        let pv = new D(0);
        for (const p of pays) {
          const { t, f } = unitPeriodTime(START, { date: addDays(START, p.day) }, u);
          pv = pv.plus(new D(p.amount.toString()).div(new D(f.num).div(f.den).times(i).plus(1).times(i.plus(1).pow(t))));
        }
        const advance = BigInt(pv.toFixed(0));
        const r = computeApr({ flows: flowsOf(advance, pays), currency: CNY, method: 'unit-period', unitPeriod: u });
        expect(r.exact.apr.minus(apr).abs().toNumber()).toBeLessThan(1e-6);
      }),
      { numRuns: 30 },
    );
  });

  it('eu: an advance priced at a known APRC gives that APRC back', () => {
    fc.assert(
      fc.property(payments, fc.integer({ min: 1, max: 80 }), (pays, percent) => {
        const x = new D(percent).div(100);
        let pv = new D(0);
        for (const p of pays) pv = pv.plus(new D(p.amount.toString()).div(x.plus(1).pow(new D(p.day).div(365))));
        const r = computeApr({ flows: flowsOf(BigInt(pv.toFixed(0)), pays), currency: CNY, method: 'eu', unitPeriod: null, euYear: 'days' });
        expect(r.exact.apr.minus(x).abs().toNumber()).toBeLessThan(1e-6);
      }),
      { numRuns: 30 },
    );
  });

  it('scaling every amount alike leaves the APR unchanged', () => {
    fc.assert(
      fc.property(
        payments,
        fc.integer({ min: 50, max: 99 }),
        fc.bigInt({ min: 2n, max: 1000n }),
        fc.constantFrom<'unit-period' | 'eu'>('unit-period', 'eu'),
        (pays, share, k, method) => {
          const total = pays.reduce((s, p) => s + p.amount, 0n);
          const advance = (total * BigInt(share)) / 100n;
          const one = computeApr({ flows: flowsOf(advance, pays), currency: CNY, method, unitPeriod: null });
          const scaled = computeApr({
            flows: flowsOf(
              advance * k,
              pays.map((p) => ({ ...p, amount: p.amount * k })),
            ),
            currency: CNY,
            method,
            unitPeriod: null,
          });
          expect(scaled.exact.apr.minus(one.exact.apr).abs().toNumber()).toBeLessThan(1e-30);
          expect(scaled.apr).toBe(one.apr);
          expect(scaled.unitPeriod).toBe(one.unitPeriod);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('eu: shifting every date by the same number of days leaves the APRC unchanged', () => {
    fc.assert(
      fc.property(payments, fc.integer({ min: 50, max: 99 }), fc.integer({ min: -20000, max: 20000 }), (pays, share, shift) => {
        const total = pays.reduce((s, p) => s + p.amount, 0n);
        const advance = (total * BigInt(share)) / 100n;
        const a = computeApr({ flows: flowsOf(advance, pays), currency: CNY, method: 'eu', unitPeriod: null, euYear: 'days' });
        const b = computeApr({ flows: flowsOf(advance, pays, addDays(START, shift)), currency: CNY, method: 'eu', unitPeriod: null, euYear: 'days' });
        expect(b.exact.apr.minus(a.exact.apr).abs().toNumber()).toBeLessThan(1e-30);
        expect(b.apr).toBe(a.apr);
      }),
      { numRuns: 25 },
    );
  });

  it('an advance after a payment (several sign changes) or payments below the advance is an error, never a number', () => {
    fc.assert(
      fc.property(payments, fc.bigInt({ min: 1n, max: 10_000_000n }), (pays, more) => {
        const total = pays.reduce((s, p) => s + p.amount, 0n);
        expect(() => computeApr({ flows: flowsOf(total + more, pays), currency: CNY, method: 'unit-period', unitPeriod: null })).toThrow(AprError);
        const last = Math.max(...pays.map((p) => p.day));
        const twice: Flow[] = [
          ...flowsOf(total / 2n, pays),
          { date: addDays(START, last + 1), amount: 100n, kind: 'advance' },
          { date: addDays(START, last + 30), amount: total, kind: 'payment' },
        ];
        expect(() => computeApr({ flows: twice, currency: CNY, method: 'eu', unitPeriod: null })).toThrow(/change sign more than once/);
      }),
      { numRuns: 30 },
    );
  });

  it('a rate beyond any meaningful range is a clear error', () => {
    expect(() => computeApr({ flows: flowsOf(100n, [{ day: 1, amount: 1_000_000n }]), currency: CNY, method: 'eu', unitPeriod: null })).toThrow(
      /beyond any meaningful range/,
    );
  });

  it('the residual is always below 0.000001 of the currency', () => {
    fc.assert(
      fc.property(payments, fc.integer({ min: 30, max: 99 }), (pays, share) => {
        const total = pays.reduce((s, p) => s + p.amount, 0n);
        const r = computeApr({ flows: flowsOf((total * BigInt(share)) / 100n, pays), currency: CNY, method: 'unit-period', unitPeriod: null });
        expect(new D(r.residual).abs().lessThan('0.000001')).toBe(true);
      }),
      { numRuns: 25 },
    );
  });
});
