/**
 * Published worked examples, to the published decimals:
 * - 12 CFR 1026 Appendix J (c), the actuarial method (Regulation Z): every example of (c)(1)–(c)(5)(i);
 * - the EU consumer-credit APRC equation (Directive 2008/48/EC Annex I; the worked examples of its
 *   predecessor 98/7/EC, same equation): DOMAIN.md §2.3;
 * - the Chinese bill instalment "0.6 % a month for 12 periods" (PBoC 〔2021〕 No. 3 IRR method):
 *   DOMAIN.md §1.7's table.
 */
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { computeApr, seriesFlows, type AprRequest, type Flow, type UnitPeriod } from '../../src/apr/index.js';
import type { Currency } from '../../src/money/currency.js';
import { date } from '../helpers/builders.js';

const USD: Currency = { code: 'USD', minorDigits: 2, rounding: 'half-up' };
const EUR: Currency = { code: 'EUR', minorDigits: 2, rounding: 'half-up' };
const CNY: Currency = { code: 'CNY', minorDigits: 2, rounding: 'half-up' };

/** Amount in cents from "1,234.56"-free text. */
const c = (text: string): bigint => BigInt(text.replace('.', ''));
const advance = (d: string, amount: string): Flow => ({ date: date(d), amount: c(amount), kind: 'advance' });
const payment = (d: string, amount: string): Flow => ({ date: date(d), amount: c(amount), kind: 'payment' });
const series = (first: string, every: UnitPeriod, count: number, amount: string): Flow[] =>
  seriesFlows({ first: date(first), every, count, amount: c(amount) });

/** The APR in percent with `digits` decimals, rounded half up from the full-precision rate. */
function percent(r: { exact: { apr: Decimal } }, digits: number): string {
  return r.exact.apr.times(100).toFixed(digits, Decimal.ROUND_HALF_UP);
}

function regZ(flows: Flow[], unitPeriod: UnitPeriod | null): ReturnType<typeof computeApr> {
  const request: AprRequest = { flows, currency: USD, method: 'unit-period', unitPeriod };
  return computeApr(request);
}

describe('Regulation Z Appendix J (c): published examples', () => {
  it('(c)(1)(i) monthly payments, regular first period: 9.69 %', () => {
    const r = regZ([advance('1978-01-10', '5000.00'), ...series('1978-02-10', 'month', 24, '230.00')], 'month');
    expect(percent(r, 2)).toBe('9.69');
    expect(r.oddDaysFraction).toBe('0.000000');
    expect(r.unitPeriod).toBe('month');
  });

  it('(c)(1)(ii) monthly payments, long first period: 11.82 %', () => {
    const r = regZ([advance('1978-02-10', '6000.00'), ...series('1978-04-01', 'month', 36, '200.00')], 'month');
    expect(percent(r, 2)).toBe('11.82');
    // 1 full month back from 1 April to 1 March, then 19 odd days (10 Feb → 1 Mar 1978) of a 30-day month
    expect(r.flows[1]).toMatchObject({ t: 1, f: '0.633333' });
    expect(r.oddDaysFraction).toBe('0.633333');
  });

  it('(c)(1)(iii) semimonthly payments, short first period: 10.34 %', () => {
    const r = regZ([advance('1978-02-23', '5000.00'), ...series('1978-03-01', 'semimonth', 24, '219.17')], 'semimonth');
    expect(percent(r, 2)).toBe('10.34');
    expect(r.unitPeriodsPerYear).toBe('24');
    expect(r.oddDaysFraction).toBe('0.400000'); // 6 days of a 15-day semimonth
  });

  it('(c)(1)(iv) quarterly payments, long first period: 8.97 %', () => {
    const r = regZ([advance('1978-05-23', '10000.00'), ...series('1978-10-01', 'quarter', 40, '385.00')], 'quarter');
    expect(percent(r, 2)).toBe('8.97');
  });

  it('(c)(1)(v) weekly payments, long first period: 14.96 %', () => {
    const r = regZ([advance('1978-03-20', '500.00'), ...series('1978-04-21', 'week', 30, '17.60')], 'week');
    expect(percent(r, 2)).toBe('14.96');
    expect(r.flows[1]).toMatchObject({ t: 4, f: '0.571429' }); // 32 days = 4 weeks + 4/7
  });

  it('(c)(2)(i) monthly payments, irregular first payment: 10.08 %', () => {
    const r = regZ([advance('1978-01-10', '5000.00'), payment('1978-02-10', '250.00'), ...series('1978-03-10', 'month', 23, '230.00')], 'month');
    expect(percent(r, 2)).toBe('10.08');
  });

  it('(c)(2)(ii) payments every 4 weeks, long first period and irregular first payment: 28.50 %', () => {
    const r = regZ([advance('1978-03-18', '400.00'), payment('1978-04-20', '39.50'), ...series('1978-05-18', '4weeks', 11, '38.31')], '4weeks');
    expect(percent(r, 2)).toBe('28.50');
    expect(r.unitPeriodsPerYear).toBe('13');
  });

  it('(c)(3)(i) monthly payments, irregular final payment: 10.50 %', () => {
    const r = regZ([advance('1978-01-10', '5000.00'), ...series('1978-02-10', 'month', 23, '230.00'), payment('1980-01-10', '280.00')], 'month');
    expect(percent(r, 2)).toBe('10.50');
  });

  it('(c)(3)(ii) payments every 2 weeks, short first period, irregular final payment: 12.22 %', () => {
    const r = regZ([advance('1978-04-03', '200.00'), ...series('1978-04-11', '2weeks', 19, '9.50'), payment('1979-01-02', '30.00')], '2weeks');
    expect(percent(r, 2)).toBe('12.22');
  });

  it('(c)(4)(i) monthly payments, irregular first and final payments: 10.90 %', () => {
    const r = regZ(
      [advance('1978-01-10', '5000.00'), payment('1978-02-10', '250.00'), ...series('1978-03-10', 'month', 22, '230.00'), payment('1980-01-10', '280.00')],
      'month',
    );
    expect(percent(r, 2)).toBe('10.90');
  });

  it('(c)(4)(ii) payments every 2 months, short first period, irregular first and final payments: 7.30 %', () => {
    const r = regZ(
      [advance('1978-01-10', '8000.00'), payment('1978-03-01', '449.36'), ...series('1978-05-01', '2months', 18, '465.00'), payment('1981-05-01', '200.00')],
      '2months',
    );
    expect(percent(r, 2)).toBe('7.30');
  });

  it('(c)(5)(i) single advance, single payment, term of less than a year measured in days: 11.45 %', () => {
    const r = regZ([advance('1978-01-03', '1000.00'), payment('1978-09-15', '1080.00')], null);
    expect(percent(r, 2)).toBe('11.45');
    expect(r.unitPeriod).toBe('term');
    expect(r.unitPeriodsPerYear).toBe('1.431373'); // 365 / 255
    expect(r.periodicRate).toBe('0.080000000000');
  });

  it('the unit period is inferred as Appendix J (b)(4) says: the most frequent common period', () => {
    expect(regZ([advance('1978-03-18', '400.00'), payment('1978-04-20', '39.50'), ...series('1978-05-18', '4weeks', 11, '38.31')], null).unitPeriod).toBe(
      '4weeks',
    );
    expect(regZ([advance('1978-02-23', '5000.00'), ...series('1978-03-01', 'semimonth', 24, '219.17')], null).unitPeriod).toBe('semimonth');
    expect(regZ([advance('1978-02-10', '6000.00'), ...series('1978-04-01', 'month', 36, '200.00')], null).unitPeriod).toBe('month');
    const weekly = regZ([advance('1978-03-20', '500.00'), ...series('1978-04-21', 'week', 30, '17.60')], null);
    expect(weekly.unitPeriod).toBe('week');
    expect(percent(weekly, 2)).toBe('14.96');
  });

  it('reports the residual below 0.000001 of the currency', () => {
    const r = regZ([advance('1978-01-10', '5000.00'), ...series('1978-02-10', 'month', 24, '230.00')], 'month');
    expect(new Decimal(r.residual).abs().lessThan('0.000001')).toBe(true);
  });
});

describe('EU APRC (Annex I equation; worked examples of 98/7/EC, DOMAIN.md §2.3)', () => {
  const eu = (flows: Flow[], euYear: 'days' | 'leap' | 'months' = 'days') => computeApr({ flows, currency: EUR, method: 'eu', unitPeriod: null, euYear });

  it('(1) 1,000 lent, 1,200 repaid after 546 days (1 Jan 1994 → 1 Jul 1995): 12.96 %, 13.0 % at one decimal', () => {
    const r = eu([advance('1994-01-01', '1000.00'), payment('1995-07-01', '1200.00')]);
    expect(percent(r, 2)).toBe('12.96');
    expect(percent(r, 1)).toBe('13.0');
    expect(r.apr).toBe('0.129620'); // 1.2^(365/546) − 1
    expect(r.apr).toBe(r.effectiveAnnualRate);
    expect(r.oddDaysFraction).toBeNull();
  });

  it('(2) the same with a 50 fee withheld (950 advanced): 16.9 %', () => {
    const r = eu([advance('1994-01-01', '1000.00'), { date: date('1994-01-01'), amount: c('50.00'), kind: 'fee' }, payment('1995-07-01', '1200.00')]);
    expect(percent(r, 1)).toBe('16.9');
    expect(r.apr).toBe('0.169026');
    expect(r.amountFinanced).toBe(95000n);
  });

  it('(3) 1,000 repaid by 600 after one year and 600 after two: 13.07 %', () => {
    const r = eu([advance('1994-01-01', '1000.00'), payment('1995-01-01', '600.00'), payment('1996-01-01', '600.00')]);
    expect(percent(r, 2)).toBe('13.07');
    expect(r.exact.apr.toFixed(7, Decimal.ROUND_HALF_UP)).toBe('0.1306624');
  });

  it('12 equal months: monthly flows give exactly (1 + r)^12 − 1 of the monthly rate', () => {
    const flows = [advance('2026-01-10', '12000.00'), ...series('2026-02-10', 'month', 12, '1072.00')];
    const byMonths = eu(flows, 'months');
    const byUnit = computeApr({ flows, currency: EUR, method: 'unit-period', unitPeriod: 'month' });
    expect(byMonths.apr).toBe(byUnit.effectiveAnnualRate);
    expect(byMonths.nominalAnnualRate).toBe(byUnit.apr);
  });
});

describe('China: bill instalment at a flat monthly fee (DOMAIN.md §1.7 table, IRR method)', () => {
  // ¥12,000, principal P/n plus a fee P·a each month for n months
  const cases: [string, number, string, string, string][] = [
    // fee a, n, monthly payment, nominal APR %, EAR %
    ['0.006', 3, '4072.00', '10.77', '11.32'],
    ['0.006', 12, '1072.00', '13.03', '13.84'],
    ['0.006', 24, '572.00', '13.27', '14.10'],
    ['0.006', 60, '272.00', '12.83', '13.61'],
    ['0.005', 12, '1060.00', '10.90', '11.46'],
    ['0.005', 60, '260.00', '10.85', '11.40'],
    ['0.0066', 12, '1079.20', '14.31', '15.29'],
    ['0.0075', 12, '1090.00', '16.22', '17.48'],
  ];
  for (const [a, n, pay, apr, ear] of cases) {
    it(`${a} a month over ${n} periods: APR ${apr} %, EAR ${ear} %`, () => {
      const r = computeApr({
        flows: [advance('2026-01-10', '12000.00'), ...series('2026-02-10', 'month', n, pay)],
        currency: CNY,
        method: 'unit-period',
        unitPeriod: 'month',
      });
      expect(percent(r, 2)).toBe(apr);
      expect(r.exact.effective.times(100).toFixed(2, Decimal.ROUND_HALF_UP)).toBe(ear);
    });
  }

  it('the headline case: 13.03 % by IRR, not the nominal 0.6 % × 12 = 7.2 %', () => {
    const r = computeApr({
      flows: [advance('2026-01-10', '12000.00'), ...series('2026-02-10', 'month', 12, '1072.00')],
      currency: CNY,
      method: 'unit-period',
      unitPeriod: 'month',
    });
    expect(r.apr).toBe('0.130342'); // 12 × 1.08618 % a month
    expect(r.financeCharge).toBe(86400n);
  });
});
