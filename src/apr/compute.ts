/**
 * `computeApr`: dated flows → the rate the chosen method defines (§11), with the nominal and
 * effective rates, the unit period, the odd-days fraction, the residual and the caps. Pure.
 *
 * unit-period (Regulation Z Appendix J (b)(8), and §4.6 for whole months): the unit-period rate i solves
 *   Σ advances / ((1 + f·i)(1 + i)^t) = Σ payments / ((1 + f·i)(1 + i)^t),
 * t full unit periods and f the fraction left, both counted back from each date to the first
 * advance; APR = i × unit periods a year. A single advance and a single payment use the term as
 * the unit period (365 / days, or 12 / months, a year) when it is under a year.
 *
 * eu (Directive 2008/48/EC Annex I, UK CONC App 1): the APRC X solves
 *   Σ advances · (1 + X)^(−tₖ) = Σ payments · (1 + X)^(−sₗ), times in years from the first advance.
 */
import type { CivilDate } from '../dates/civil-date.js';
import type { Minor } from '../money/amount.js';
import { formatMoney } from '../money/amount.js';
import { D, solveRate, type Dec, type Term } from './solve.js';
import { daysBetween, euYears, monthsBack, nominalDay, sameDate, unitPeriodTime, type Fraction } from './time.js';
import { AprError } from './error.js';
import { netFlows, type NetFlow } from './flows.js';
import { inferUnitPeriod } from './unit-period.js';
import type { AprRequest, AprResult, CapRequest, CapResult, EuYear, FlowOut, UnitPeriod } from './types.js';

const PER_YEAR: Record<UnitPeriod, number> = {
  week: 52,
  '2weeks': 26,
  '4weeks': 13,
  semimonth: 24,
  month: 12,
  '2months': 6,
  quarter: 4,
  'half-year': 2,
  year: 1,
};

/** A rate (fraction) as percent digits with `digits` decimals, half up, no sign: "0.130342" → "13.03" (money/display.ts percentText is the exact ratio with its sign). */
export function percentDigits(rate: string | Dec, digits = 2): string {
  return new D(rate).times(100).toFixed(digits);
}

/** The size of a margin (fraction) in percentage points: "-0.109658" → "10.97". */
export function pointsText(margin: string, digits = 2): string {
  return new D(margin).abs().times(100).toFixed(digits);
}

function toCurrency(minor: Minor, digits: number): Dec {
  return new D(minor.toString()).div(new D(10).pow(digits));
}

function fixed(x: Dec, digits: number): string {
  const s = x.toFixed(digits);
  return /^-0\.?0*$/.test(s) ? s.slice(1) : s;
}

function fractionText(f: Fraction): string {
  return fixed(new D(f.num).div(f.den), 6);
}

interface Timed {
  flow: NetFlow;
  out: FlowOut;
  term: Term;
}

/** Builds the discount terms of the unit-period method. */
function unitPeriodTerms(net: NetFlow[], start: CivilDate, unit: UnitPeriod, digits: number): Timed[] {
  return net.map((flow) => {
    const { t, f } = flow.period !== undefined && unit === 'month' ? { t: flow.period, f: { num: 0, den: 1 } } : unitPeriodTime(start, flow, unit);
    const fd = new D(f.num).div(f.den);
    const amount = toCurrency(flow.amount, digits);
    const term: Term = {
      amount,
      discount(x) {
        const simple = fd.times(x).plus(1);
        const d = new D(1).div(simple.times(x.plus(1).pow(t)));
        const dd = d.neg().times(fd.div(simple).plus(new D(t).div(x.plus(1))));
        return { d, dd };
      },
    };
    return { flow, term, out: { date: flow.date, amount: flow.amount, t, f: fractionText(f), years: null } };
  });
}

/** Builds the discount terms of the EU method: (1 + X)^(−Σ n/D), with (1 + X)^(1/D) computed once per D. */
function euTerms(net: NetFlow[], start: CivilDate, basis: EuYear, digits: number): Timed[] {
  return net.map((flow) => {
    const parts = euYears(start, flow, basis).filter((p) => p.num !== 0);
    const years = parts.reduce((s, p) => s.plus(new D(p.num).div(p.den)), new D(0));
    const amount = toCurrency(flow.amount, digits);
    const term: Term = {
      amount,
      discount(x, cache) {
        let d = new D(1);
        for (const p of parts) {
          let root = cache.get(p.den);
          if (root === undefined) {
            root = p.den === 1 ? x.plus(1) : x.plus(1).pow(new D(1).div(p.den));
            cache.set(p.den, root);
          }
          d = d.div(root.pow(p.num));
        }
        return { d, dd: d.neg().times(years).div(x.plus(1)) };
      },
    };
    return { flow, term, out: { date: flow.date, amount: flow.amount, t: null, f: null, years: fixed(years, 12) } };
  });
}

/** Computes the APR of a flow set; a set with no rate or several possible rates is an AprError. */
export function computeApr(req: AprRequest): AprResult {
  const digits = req.currency.minorDigits;
  const { net, start } = netFlows(req.flows, req.currency);
  if (net.length === 0) return paidAtOnce(req, start);
  const amountFinanced = net.filter((n) => n.amount < 0n).reduce((s, n) => s - n.amount, 0n);
  const totalPayments = net.filter((n) => n.amount > 0n).reduce((s, n) => s + n.amount, 0n);
  if (totalPayments < amountFinanced) {
    throw new AprError('apr.payments-below-advance', {
      payments: formatMoney(totalPayments, req.currency),
      financed: formatMoney(amountFinanced, req.currency),
    });
  }

  let timed: Timed[];
  let unitPeriod: AprResult['unitPeriod'];
  let perYear: Dec;
  const euYear: EuYear | null = req.method === 'eu' ? (req.euYear ?? 'days') : null;
  if (req.method === 'eu') {
    timed = euTerms(net, start, euYear ?? 'days', digits);
    unitPeriod = 'year';
    perYear = new D(1);
  } else if (net.length === 2 && net[1]!.period === undefined) {
    // a single advance and a single payment: the term is the unit period when under a year (Appendix J (b)(4)(ii), (b)(5)(vii)–(viii))
    const pay = net[1]!;
    const back = monthsBack(start, pay.date, nominalDay(pay));
    if (back.months < 12) {
      unitPeriod = 'term';
      perYear = back.days === 0 ? new D(12).div(back.months) : new D(365).div(daysBetween(start, pay.date));
      timed = net.map((flow, i) => ({
        flow,
        out: { date: flow.date, amount: flow.amount, t: i, f: fractionText({ num: 0, den: 1 }), years: null },
        term: unitPeriodTerms([{ ...flow, period: i }], start, 'month', digits)[0]!.term,
      }));
    } else {
      unitPeriod = 'year';
      perYear = new D(1);
      timed = unitPeriodTerms(net, start, 'year', digits);
    }
  } else {
    const unit =
      req.unitPeriod ??
      (net.every((n) => n.period !== undefined)
        ? 'month'
        : inferUnitPeriod(
            start,
            net.slice(1).map((n) => n.date),
          ));
    unitPeriod = unit;
    perYear = new D(PER_YEAR[unit]);
    timed = unitPeriodTerms(net, start, unit, digits);
  }

  const terms = timed.map((t) => t.term);
  let x: Dec;
  let residual: Dec;
  if (totalPayments === amountFinanced) {
    x = new D(0);
    residual = new D(0);
  } else {
    const outcome = solveRate(terms);
    if (!outcome.ok) throw new AprError(outcome.reason === 'no-bracket' ? 'apr.rate-out-of-range' : 'apr.no-convergence', {});
    x = outcome.x;
    residual = outcome.residual;
  }
  if (residual.abs().greaterThanOrEqualTo('0.000001')) throw new AprError('apr.no-convergence', {});

  const one = new D(1);
  const apr = req.method === 'eu' ? x : x.times(perYear);
  const effective = req.method === 'eu' ? x : x.plus(1).pow(perYear).minus(1);
  const nominal = req.method === 'eu' ? x.plus(1).pow(one.div(12)).minus(1).times(12) : apr;
  const firstPayment = timed.find((t) => t.flow.amount > 0n);

  const caps = (req.caps ?? []).map((cap) => capResult(cap, req, timed, apr, perYear, totalPayments));
  return {
    method: req.method,
    unitPeriod,
    unitPeriodsPerYear: perYear.isInteger() ? perYear.toFixed(0) : fixed(perYear, 6),
    euYear,
    oddDaysFraction: req.method === 'eu' ? null : (firstPayment?.out.f ?? null),
    apr: fixed(apr, 6),
    nominalAnnualRate: fixed(nominal, 6),
    effectiveAnnualRate: fixed(effective, 6),
    periodicRate: fixed(x, 12),
    residual: fixed(residual, 15),
    amountFinanced,
    totalPayments,
    financeCharge: totalPayments - amountFinanced,
    flows: timed.map((t) => t.out),
    caps,
    exact: { periodic: x, apr, effective, nominal },
  };
}

/** Every payment on the day of the advance, netting to nothing: rate 0 (§4.6), with no time to measure. */
function paidAtOnce(req: AprRequest, start: CivilDate): AprResult {
  const advanced = req.flows.filter((f) => f.kind === 'advance').reduce((s, f) => s + f.amount, 0n);
  const zero = new D(0);
  const unit: AprResult['unitPeriod'] = req.method === 'eu' ? 'year' : (req.unitPeriod ?? 'month');
  const perYear = req.method === 'eu' ? 1 : PER_YEAR[req.unitPeriod ?? 'month'];
  return {
    method: req.method,
    unitPeriod: unit,
    unitPeriodsPerYear: String(perYear),
    euYear: req.method === 'eu' ? (req.euYear ?? 'days') : null,
    oddDaysFraction: req.method === 'eu' ? null : '0.000000',
    apr: '0.000000',
    nominalAnnualRate: '0.000000',
    effectiveAnnualRate: '0.000000',
    periodicRate: '0.000000000000',
    residual: fixed(zero, 15),
    amountFinanced: advanced,
    totalPayments: advanced,
    financeCharge: 0n,
    flows: [
      {
        date: start,
        amount: 0n,
        t: req.method === 'eu' ? null : 0,
        f: req.method === 'eu' ? null : '0.000000',
        years: req.method === 'eu' ? fixed(zero, 12) : null,
      },
    ],
    caps: (req.caps ?? []).map((cap) => ({
      rate: cap.rate,
      source: cap.source,
      above: false,
      margin: fixed(zero.minus(cap.rate), 6),
      regularPayment: null,
      paymentAtCap: null,
      totalAtCap: advanced,
    })),
    exact: { periodic: zero, apr: zero, effective: zero, nominal: zero },
  };
}

/** Whether the offer is above a cap, by how much, and the regular payment or total that would sit at it. */
function capResult(cap: CapRequest, req: AprRequest, timed: Timed[], apr: Dec, perYear: Dec, totalPayments: Minor): CapResult {
  const digits = req.currency.minorDigits;
  const rate = new D(cap.rate);
  const xCap = req.method === 'eu' ? rate : rate.div(perYear);
  const cache = new Map<number, Dec>();
  const discountAt = new Map<number, Dec>();
  let pvPayments = new D(0);
  let pvAdvances = new D(0);
  timed.forEach((t, i) => {
    const { d } = t.term.discount(xCap, cache);
    discountAt.set(i, d);
    if (t.flow.amount > 0n) pvPayments = pvPayments.plus(t.term.amount.times(d));
    else pvAdvances = pvAdvances.minus(t.term.amount.times(d));
  });
  const scale = new D(10).pow(digits);
  const totalAtCap = BigInt(pvAdvances.div(pvPayments).times(totalPayments.toString()).floor().toFixed(0));

  // the regular payment: the most frequent payment amount (at least twice)
  const counts = new Map<Minor, number>();
  for (const f of req.flows) if (f.kind === 'payment') counts.set(f.amount, (counts.get(f.amount) ?? 0) + 1);
  let regular: Minor | null = null;
  for (const [amount, n] of counts) if (n >= 2 && (regular === null || n > (counts.get(regular) ?? 0))) regular = amount;
  let paymentAtCap: Minor | null = null;
  if (regular !== null) {
    // PV is linear in the regular payment R: PV(R) = PV(now) + (R − now)·S, S = Σ discount of its dates
    let s = new D(0);
    for (const f of req.flows) {
      if (f.kind !== 'payment' || f.amount !== regular) continue;
      const i = timed.findIndex((t) => sameDate(t.flow.date, f.date));
      s = s.plus(discountAt.get(i) ?? 0);
    }
    const pvNow = pvPayments.minus(pvAdvances);
    const r = toCurrency(regular, digits).minus(pvNow.div(s));
    paymentAtCap = r.greaterThan(0) ? BigInt(r.times(scale).floor().toFixed(0)) : null;
  }
  return {
    rate: cap.rate,
    source: cap.source,
    above: apr.greaterThan(rate),
    margin: fixed(apr.minus(rate), 6),
    regularPayment: regular,
    paymentAtCap,
    totalAtCap,
  };
}
