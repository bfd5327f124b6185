/**
 * The oracle: an independent reference implementation of SPEC §4.2–4.5 (snapshot, schedules),
 * written from the SPEC text alone with exact rationals (exact.ts). The figures of a plan (APR,
 * affordability, NPV) are in figures.ts; counter-offers (§4.10) in counter.ts.
 */
import { add, type Mode, div, dec, minor, money, mul, plusDays, plusMonths, pow, type Q, q, round, sub } from './exact.js';

/** The parts of a policy document (§3) the oracle reads; presets are passed in as written. */
export interface OPolicy {
  currency: { minorDigits: number; rounding: Mode };
  cycleDays: number;
  interest: { dailyRate: string; compounding: 'monthly' | 'none' };
  lateFee: { type: string; rate?: string; min?: string | null; max?: string | null; amount?: string };
  minimumPayment: { rate: string };
  chargesCap: { annualRate: string } | null;
  buckets: { name: string; maxDays: number | null }[];
  offers: OOffer[];
  affordability: { maxShareOfSurplus: string };
  recovery: { annualDiscountRate: string; monthlyBreakRate: string };
  limits: { maxTermMonths: number; minInstallment: string };
}
export interface OOffer {
  id: string;
  family: 'installment' | 'deferral' | 'reduction';
  buckets: string[];
  terms: number[];
  method?: 'flat-fee' | 'annuity' | 'equal-principal';
  monthlyFeeRate?: string;
  annualRate?: string;
  graceMonths?: number[];
  graceShare?: string;
  lumpSumDays?: number;
  requiresHardship?: boolean;
  waivers?: Record<string, { fees: string; interest: string; principal: string }>;
}
/** An account in minor units (§2); undefined = not given. */
export interface OAccount {
  principal: bigint;
  interest?: bigint;
  fees?: bigint;
  overdueDays: number;
  minimumDue?: bigint;
  income?: bigint;
  expenses?: bigint;
  otherDebt?: bigint;
  cash?: bigint;
  hardship?: string;
  willing?: boolean;
  asOf: string;
}

export interface Snapshot {
  bucket: string;
  principal: bigint;
  interest: bigint;
  fees: bigint;
  total: bigint;
  minimumDue: bigint;
  estimated: { interest: boolean; fees: boolean };
}

export class Ctx {
  readonly digits: number;
  readonly mode: Mode;
  constructor(readonly policy: OPolicy) {
    this.digits = policy.currency.minorDigits;
    this.mode = policy.currency.rounding;
  }
  /** round(x) to the minor unit with the policy's mode. */
  r(x: Q): bigint {
    return round(x, this.mode);
  }
  amt(text: string): bigint {
    return minor(text, this.digits);
  }
  fmt(units: bigint): string {
    return money(units, this.digits);
  }
}

/** §4.2–4.4 as far as the plans need them. */
export function snapshot(c: Ctx, a: OAccount): Snapshot {
  const p = c.policy;
  const P = a.principal;
  const D = a.overdueDays;
  const bucket = (p.buckets.find((b) => b.maxDays === null || b.maxDays >= D) as { name: string }).name;
  const minimumDue = a.minimumDue ?? c.r(mul(dec(p.minimumPayment.rate), q(P)));
  let interest = a.interest;
  if (interest === undefined) {
    const k = Math.floor(D / p.cycleDays);
    const rest = D - k * p.cycleDays;
    const d = dec(p.interest.dailyRate);
    let B = P;
    let sum = 0n;
    for (let j = 1; j <= k; j++) {
      const i = c.r(mul(mul(q(B), d), q(BigInt(p.cycleDays))));
      sum += i;
      if (p.interest.compounding === 'monthly') B += i;
    }
    interest = sum + c.r(mul(mul(q(B), d), q(BigInt(rest))));
  }
  let fees = a.fees;
  if (fees === undefined) {
    const m = BigInt(Math.ceil(D / p.cycleDays));
    const lf = p.lateFee;
    let each = 0n;
    if (lf.type === 'flat') each = c.amt(lf.amount as string);
    if (lf.type === 'percentOfMinimumDue') {
      each = c.r(mul(dec(lf.rate as string), q(minimumDue)));
      if (lf.min != null && each < c.amt(lf.min)) each = c.amt(lf.min);
      if (lf.max != null && each > c.amt(lf.max)) each = c.amt(lf.max);
    }
    fees = m * each;
  }
  if (p.chargesCap) {
    const cap = c.r(div(mul(mul(q(P), dec(p.chargesCap.annualRate)), q(BigInt(D))), q(365n)));
    let excess = interest + fees - cap;
    if (excess > 0n && a.fees === undefined) {
      const cut = excess < fees ? excess : fees;
      fees -= cut;
      excess -= cut;
    }
    if (excess > 0n && a.interest === undefined) interest -= excess < interest ? excess : interest;
  }
  return {
    bucket,
    principal: P,
    interest,
    fees,
    total: P + interest + fees,
    minimumDue,
    estimated: { interest: a.interest === undefined, fees: a.fees === undefined },
  };
}

export interface Row {
  k: number;
  date: string;
  payment: bigint;
  principal: bigint;
  interest: bigint;
  fee: bigint;
  balance: bigint;
}

/** Monthly parts of `amount` over n periods by a method (§4.5); k counted from 1. */
export function methodParts(c: Ctx, method: string, amount: bigint, n: number, feeRate: string, annualRate: string): Omit<Row, 'date' | 'balance' | 'k'>[] {
  const rows: Omit<Row, 'date' | 'balance' | 'k'>[] = [];
  const p = c.r(q(amount, BigInt(n)));
  const last = amount - BigInt(n - 1) * p;
  if (method === 'flat-fee') {
    const f = c.r(mul(q(amount), dec(feeRate)));
    for (let k = 1; k <= n; k++) {
      const pr = k < n ? p : last;
      rows.push({ payment: pr + f, principal: pr, interest: 0n, fee: f });
    }
    return rows;
  }
  const ar = dec(annualRate);
  const monthlyInterest = (b: bigint) => c.r(div(mul(q(b), ar), q(12n)));
  let B = amount;
  let X = p;
  if (method === 'annuity' && ar.n !== 0n) {
    const i = div(ar, q(12n));
    const g = pow(add(q(1n), i), n);
    X = c.r(div(mul(mul(q(amount), i), g), sub(g, q(1n))));
  }
  for (let k = 1; k <= n; k++) {
    const int = monthlyInterest(B);
    let pr: bigint;
    if (method === 'annuity') pr = k < n ? X - int : B;
    else pr = k < n ? p : last;
    rows.push({ payment: pr + int, principal: pr, interest: int, fee: 0n });
    B -= pr;
  }
  return rows;
}

/** A plan as §4.5 builds it and §5 reports it; `down` > 0 makes it a down-payment variant (§4.10). */
export interface RefPlan {
  id: string;
  offerId: string;
  family: string;
  months: number;
  graceMonths: number;
  term: number;
  waived: { fees: bigint; interest: bigint; principal: bigint; total: bigint };
  amount: bigint;
  schedule: Row[];
  dueBy: string | null;
  /** null when offered, else why not (§4.5 last rule): 'principal' | 'min-installment' | 'max-term'. */
  unavailable: string | null;
}

export function waivedFor(c: Ctx, s: Snapshot, o: OOffer) {
  const w = o.waivers?.[s.bucket] ?? o.waivers?.['*'] ?? { fees: '0', interest: '0', principal: '0' };
  const fees = c.r(mul(q(s.fees), dec(w.fees)));
  const interest = c.r(mul(q(s.interest), dec(w.interest)));
  const principal = c.r(mul(q(s.principal), dec(w.principal)));
  return { fees, interest, principal, total: fees + interest + principal };
}

/** The plan of offer `o` with grace g (deferral), term n and down payment `down` (0 = none). */
export function buildPlan(c: Ctx, s: Snapshot, asOf: string, o: OOffer, g: number, n: number, down = 0n, idSuffix = ''): RefPlan {
  const waived = waivedFor(c, s, o);
  const A = s.total - waived.total;
  const parts: { k: number; payment: bigint; principal: bigint; interest: bigint; fee: bigint }[] = [];
  let dueBy: string | null = null;
  if (o.family === 'reduction' && n === 1) {
    parts.push({ k: 0, payment: A, principal: A, interest: 0n, fee: 0n });
    dueBy = plusDays(asOf, o.lumpSumDays ?? 0);
  } else {
    if (down > 0n) parts.push({ k: 0, payment: down, principal: down, interest: 0n, fee: 0n });
    let rest = A - down;
    if (o.family === 'deferral') {
      const gp = c.r(mul(q(A), dec(o.graceShare as string)));
      for (let k = 1; k <= g; k++) parts.push({ k, payment: gp, principal: gp, interest: 0n, fee: 0n });
      rest -= BigInt(g) * gp;
    }
    const method = o.family === 'reduction' ? 'flat-fee' : (o.method as string);
    const feeRate = o.family === 'reduction' ? '0' : (o.monthlyFeeRate ?? '0');
    methodParts(c, method, rest, n, feeRate, o.annualRate ?? '0').forEach((r, i) => {
      parts.push({ k: g + i + 1, ...r });
    });
  }
  let bal = A;
  const schedule = parts.map((r) => {
    bal -= r.principal;
    return { ...r, date: plusMonths(asOf, r.k), balance: bal };
  });
  const months = o.family === 'reduction' && n === 1 ? 0 : g + n;
  const minInst = c.amt(c.policy.limits.minInstallment);
  let unavailable: string | null = null;
  if (months > c.policy.limits.maxTermMonths) unavailable = 'max-term';
  else if (schedule.some((r) => r.k >= 1 && r.principal <= 0n)) unavailable = 'principal';
  else if (schedule.some((r) => r.k > g && r.payment < minInst)) unavailable = 'min-installment';
  const id = o.family === 'deferral' ? `${o.id}-${g}+${n}` : `${o.id}-${n}`;
  return { id: id + idSuffix, offerId: o.id, family: o.family, months, graceMonths: g, term: n, waived, amount: A, schedule, dueBy, unavailable };
}

/** Every variant the offer lists, in the policy's order (deferral: grace, then term). */
export function variants(c: Ctx, s: Snapshot, asOf: string, o: OOffer): RefPlan[] {
  const out: RefPlan[] = [];
  for (const g of o.family === 'deferral' ? (o.graceMonths ?? []) : [0]) for (const n of o.terms) out.push(buildPlan(c, s, asOf, o, g, n));
  return out;
}

/** Whether the offer is open to the account at all (bucket, §3 requiresHardship). */
export function offerOpen(s: Snapshot, a: OAccount, o: OOffer): boolean {
  if (!o.buckets.includes(s.bucket)) return false;
  if (o.requiresHardship && (a.hardship === undefined || a.willing === false)) return false;
  return true;
}

export const paymentNow = (p: RefPlan) => p.schedule.filter((r) => r.k === 0).reduce((t, r) => t + r.payment, 0n);
export function regularPayment(p: RefPlan): bigint | null {
  const monthly = p.schedule.filter((r) => r.k >= 1).map((r) => r.payment);
  return monthly.length ? monthly.reduce((m, x) => (x > m ? x : m)) : null;
}
