/**
 * `computeApr`: dated flows → the rate the chosen method defines (SPEC §11), with the nominal and
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
import { formatCivilDate, type CivilDate } from '../dates/civil-date.js';
import { UserError } from '../errors.js';
import type { Minor } from '../money/amount.js';
import { formatMoney } from '../money/amount.js';
import { msgOf, type MessageCode, type Params } from '../messages/index.js';
import { D, solveRate, type Dec, type Term } from './solve.js';
import {
  compareDates,
  daysBetween,
  euYears,
  monthsBack,
  nominalDay,
  sameDate,
  seriesDate,
  seriesDayOf,
  shiftMonths,
  unitPeriodTime,
  type Fraction,
} from './time.js';
import type { AprRequest, AprResult, CapRequest, CapResult, EuYear, Flow, FlowOut, UnitPeriod } from './types.js';

/** A user error from the APR core: a message code and its parameters, rendered at the edge in the user's language. */
export class AprError extends UserError {
  readonly messageCode: MessageCode;
  readonly params: Params;
  constructor(code: MessageCode & `apr.${string}`, params: Params, field = 'flows') {
    super(code, msgOf('en', code, params), { field, value: null });
    this.messageCode = code;
    this.params = params;
  }
}

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

/** A regular series of payments: `count` payments of `amount` from `first`, every `every`. */
export function seriesFlows(s: { first: CivilDate; every: UnitPeriod; count: number; amount: Minor; from?: number }): Flow[] {
  const flows: Flow[] = [];
  const from = s.from ?? 0;
  for (let n = from; n < from + s.count; n++) {
    const seriesDay = seriesDayOf(s.first, s.every, n);
    flows.push({ date: seriesDate(s.first, s.every, n), amount: s.amount, kind: 'payment', ...(seriesDay === undefined ? {} : { seriesDay }) });
  }
  return flows;
}

interface NetFlow {
  date: CivilDate;
  /** Signed minor units: advances −, payments and fees +. */
  amount: Minor;
  seriesDay?: number;
  period?: number;
}

/** Nets the flows by date (a fee on the advance's date reduces the amount financed) and checks their shape. */
function netFlows(flows: readonly Flow[], currency: AprRequest['currency']): { net: NetFlow[]; start: CivilDate } {
  const advances = flows.filter((f) => f.kind === 'advance');
  if (advances.length === 0) throw new AprError('apr.no-advance', {});
  for (const f of flows) {
    if (f.amount <= 0n) throw new AprError('apr.amount-not-positive', { date: formatCivilDate(f.date), amount: formatMoney(f.amount, currency) });
  }
  const start = advances.reduce((a, f) => (compareDates(f.date, a) < 0 ? f.date : a), advances[0]!.date);
  const early = flows.find((f) => compareDates(f.date, start) < 0);
  if (early) throw new AprError('apr.before-advance', { date: formatCivilDate(early.date), start: formatCivilDate(start) });
  const byDay = new Map<number, NetFlow>();
  for (const f of [...flows].sort((a, b) => compareDates(a.date, b.date))) {
    const key = daysBetween(start, f.date);
    const signed = f.kind === 'advance' ? -f.amount : f.amount;
    const entry = byDay.get(key) ?? { date: f.date, amount: 0n };
    entry.amount += signed;
    if (f.seriesDay !== undefined && entry.seriesDay === undefined) entry.seriesDay = f.seriesDay;
    if (f.period !== undefined && entry.period === undefined) entry.period = f.period;
    byDay.set(key, entry);
  }
  const net = [...byDay.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([, v]) => v)
    .filter((v) => v.amount !== 0n);
  // everything paid on the day it was lent (a lump sum at k = 0): nothing is financed over time, APR 0 (§4.6)
  if (net.length === 0) return { net, start };
  const first = net[0];
  if (!first || first.amount > 0n || !sameDate(first.date, start)) {
    throw new AprError('apr.nothing-financed', { date: formatCivilDate(start) });
  }
  // one sign change only: every advance before every payment (else several rates may solve)
  let seenPayment = false;
  for (const n of net) {
    if (n.amount > 0n) seenPayment = true;
    else if (seenPayment) throw new AprError('apr.sign-changes', { date: formatCivilDate(n.date) });
  }
  if (!seenPayment) throw new AprError('apr.no-payment', {});
  return { net, start };
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

/** Appendix J (b)(4): the most frequent common period (ties: the smaller); none: the average period, to the nearest standard interval. */
export function inferUnitPeriod(start: CivilDate, dates: readonly CivilDate[]): UnitPeriod {
  const counts = new Map<UnitPeriod, number>();
  let prev = start;
  let totalDays = 0;
  for (const d of dates) {
    const u = classify(prev, d);
    if (u) counts.set(u, (counts.get(u) ?? 0) + 1);
    totalDays += daysBetween(prev, d);
    prev = d;
  }
  let best: UnitPeriod | null = null;
  for (const u of UNIT_ORDER) {
    const n = counts.get(u) ?? 0;
    if (n >= 2 && (best === null || n > (counts.get(best) ?? 0))) best = u;
  }
  if (best) return best;
  const average = dates.length === 0 ? 30 : totalDays / dates.length;
  let nearest: UnitPeriod = 'month';
  let distance = Infinity;
  for (const u of UNIT_ORDER) {
    const gap = Math.abs(STANDARD_DAYS[u] - average);
    if (gap < distance) {
      distance = gap;
      nearest = u;
    }
  }
  return nearest;
}

/** Smallest first, so that a tie goes to the smaller period. */
const UNIT_ORDER: readonly UnitPeriod[] = ['week', '2weeks', 'semimonth', '4weeks', 'month', '2months', 'quarter', 'half-year', 'year'];
const STANDARD_DAYS: Record<UnitPeriod, number> = {
  week: 7,
  '2weeks': 14,
  semimonth: 365 / 24,
  '4weeks': 28,
  month: 365 / 12,
  '2months': 365 / 6,
  quarter: 365 / 4,
  'half-year': 365 / 2,
  year: 365,
};

function classify(a: CivilDate, b: CivilDate): UnitPeriod | null {
  const days = daysBetween(a, b);
  if (days === 7) return 'week';
  if (days === 14) return '2weeks';
  if (days === 28) return '4weeks';
  for (const [months, unit] of [
    [1, 'month'],
    [2, '2months'],
    [3, 'quarter'],
    [6, 'half-year'],
    [12, 'year'],
  ] as const) {
    const back = shiftMonths(b, months, nominalDay({ date: b }));
    if (sameDate(back, a) || (a.day >= 28 && sameDate(shiftMonths(b, months, a.day), a))) return unit;
  }
  if (days >= 13 && days <= 16) {
    const aEnd = a.day === shiftMonths(a, 0, 31).day;
    if (a.year === b.year && a.month === b.month && (b.day - a.day === 15 || (a.day === 15 && b.day === shiftMonths(b, 0, 31).day))) return 'semimonth';
    if (b.day === a.day - 15 || (aEnd && b.day === 15)) return 'semimonth';
  }
  return null;
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
