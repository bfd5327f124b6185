/**
 * The fast scoring engine (issue #16): the figures a batch row needs (snapshot, every plan's
 * payment now, regular payment, total paid, waived total, NPV, affordability, the
 * recommendation) computed with integer minor units held in plain numbers instead of bigint,
 * and without schedules or per-run objects. Pure: no I/O.
 *
 * Exactness (never assumed, always checked):
 * - Every integer operation (+, −, ×) is checked against 2^53 − 1 (`safe`): a true result beyond
 *   it rounds to at least 2^53 (rounding is monotone), so the check cannot miss. Integer
 *   division with rounding (`div`) is exact for |n| + d ≤ 2^53 − 1 (checked): the quotient of the
 *   double division is corrected by its exact remainder before the half-up/half-even rule.
 * - The two quantities that are not integers — the annuity payment A·i/(1 − (1+i)^−n) and the
 *   NPV Σ payment·discount — are computed as doubles with a proven error bound (below); when the
 *   true value could lie on the other side of a rounding boundary (…​.5) the bound cannot decide
 *   and the row goes to the exact bigint path.
 * - Anything the engine does not cover, and any failed check, throws FALLBACK: the caller
 *   scores that row with `evaluate()` (src/report/evaluate.ts), the exact path. The output is
 *   the same Evaluation either way (test/fast/engine.test.ts compares both paths).
 */
import type { Account } from '../core/account.js';
import { InternalError } from '../errors.js';
import type { CivilDate } from '../dates/civil-date.js';
import { formatScaled } from '../money/rational.js';
import { discountPrefix, recoveryRateFor, SCALE } from '../analysis/recovery.js';
import { paymentToSurplus } from '../analysis/affordability.js';
import { statusQuoFor } from '../analysis/status-quo.js';
import { unavailableMessage } from '../plans/generate.js';
import type { Policy } from '../policy/types.js';
import { evaluate, recommendationFor } from '../report/evaluate.js';
import type { Affordability, Plan, PlanRates, StatusQuo } from '../analysis/types.js';
import type { Snapshot } from '../core/snapshot.js';
import type { ScheduleRow, UnavailablePlan } from '../plans/types.js';
import type { Evaluation } from '../report/types.js';

/** Thrown when a row must be scored by the exact path instead. */
export const FALLBACK: unique symbol = Symbol('fast-path fallback');

const MAX = Number.MAX_SAFE_INTEGER; // 2^53 − 1
const MAX_BIG = BigInt(MAX);
/** Unit roundoff of a double, 2^−53. */
const U = 2 ** -53;

/** x when |x| ≤ 2^53 − 1, else FALLBACK. */
function safe(x: number): number {
  if (x > MAX || x < -MAX) throw FALLBACK;
  return x;
}

/** A bigint as a number, or FALLBACK when beyond 2^53 − 1. */
function num(x: bigint): number {
  if (x > MAX_BIG || x < -MAX_BIG) throw FALLBACK;
  return Number(x);
}

/**
 * n / d rounded to an integer (half-up: ties away from zero; half-even: to the even neighbour),
 * exactly: n, d integers, d > 0, |n| + d ≤ 2^53 − 1.
 */
function div(n: number, d: number, halfEven: boolean): number {
  const negative = n < 0;
  const a = negative ? -n : n;
  if (a + d > MAX) throw FALLBACK;
  let q = Math.floor(a / d);
  let r = a - q * d; // exact: q·d ≤ a + d ≤ 2^53 − 1
  if (r < 0) {
    q -= 1;
    r += d;
  } else if (r >= d) {
    q += 1;
    r -= d;
  }
  const twice = r * 2;
  if (twice > d || (twice === d && (!halfEven || q % 2 === 1))) q += 1;
  return negative ? -q : q;
}

/** round(x · num / den) with the product checked. */
function mulRatio(x: number, r: NRatio, halfEven: boolean): number {
  return div(safe(x * r.num), r.den, halfEven);
}

/**
 * v rounded to an integer when a double v̂ with |v̂ − v| ≤ err decides it, else FALLBACK. Only a
 * …​.5 boundary changes the rounded value, so v̂ decides unless it lies within err of one.
 */
function roundDecided(v: number, err: number, halfEven: boolean): number {
  if (!(v >= 0) || v >= 2 ** 52 || err >= 0.25) throw FALLBACK;
  const floor = Math.floor(v);
  const frac = v - floor; // exact for 0 ≤ v < 2^52
  if (Math.abs(frac - 0.5) <= err) throw FALLBACK; // a tie, or too close to call: exact path
  void halfEven; // away from a tie both modes round to the nearest integer
  return frac > 0.5 ? floor + 1 : floor;
}

interface NRatio {
  num: number;
  den: number;
}

function nratio(r: { num: bigint; den: bigint }): NRatio | null {
  if (r.num > MAX_BIG || r.den > MAX_BIG) return null;
  return { num: Number(r.num), den: Number(r.den) };
}

type Method = 'flat-fee' | 'annuity' | 'equal-principal';

/** One plan variant of the catalogue with everything that depends only on the policy. */
interface Variant {
  id: string;
  offerId: string;
  family: Plan['family'];
  label: Plan['label'];
  offerIndex: number;
  lump: boolean;
  grace: number;
  n: number;
  months: number;
  method: Method;
  /** flat-fee monthly fee rate. */
  fee: NRatio;
  /** annuity / equal-principal: interest = round(B · num / den12) with den12 = 12·den. */
  rateNum: number;
  rateDen12: number;
  graceShare: NRatio;
  /** annuity: i / (1 − (1+i)^−n) as a double with relative error ≤ 2^−52 (null: rate 0). */
  annuityFactor: number | null;
  /**
   * NPV weights: the exact discount sums F_to − F_from−1 (40-decimal fixed point, as
   * recovery.ts computes them) of this variant's runs, as doubles (relative error ≤ 3.01·2^−53).
   * flat-fee: [grace run, k = g+1 … g+n−1, k = g+n]; per-period methods: one per period.
   */
  weights: Float64Array;
}

/** Waiver shares of an offer for one bucket. */
interface Shares {
  fees: NRatio;
  interest: NRatio;
  principal: NRatio;
}

export interface FastEngine {
  policy: Policy;
  halfEven: boolean;
  minorDigits: number;
  cycleDays: number;
  daily: NRatio;
  compounding: boolean;
  lateFee: { type: 'none' } | { type: 'flat'; amount: number } | { type: 'percent'; rate: NRatio; min: number | null; max: number | null };
  minimumRate: NRatio;
  cap: NRatio | null;
  buckets: { name: string; maxDays: number | null }[];
  /** Per bucket index: the variants open to it, in catalogue order, and each one's waiver shares. */
  open: { variant: Variant; shares: Shares }[][];
  share: NRatio;
  maxTerm: number;
  minInstallment: number;
}

/** Compiles the per-policy constants once; null when the policy needs something not covered. */
export function compileFast(policy: Policy): FastEngine | null {
  const halfEven = policy.currency.rounding === 'half-even';
  const daily = nratio(policy.dailyRate);
  const minimumRate = nratio(policy.minimumPaymentRate);
  const share = nratio(policy.maxShareOfSurplus);
  const cap = policy.chargesCapRate === null ? null : nratio(policy.chargesCapRate);
  if (!daily || !minimumRate || !share || (policy.chargesCapRate !== null && !cap)) return null;
  if (policy.minInstallment > MAX_BIG) return null;
  // an offer closed without a hardship reason (§3) is decided by the exact path
  if (policy.offers.some((o) => o.requiresHardship)) return null;
  let lateFee: FastEngine['lateFee'];
  const lf = policy.lateFee;
  if (lf.type === 'none') lateFee = { type: 'none' };
  else if (lf.type === 'flat') {
    if (lf.amount > MAX_BIG) return null;
    lateFee = { type: 'flat', amount: Number(lf.amount) };
  } else {
    const rate = nratio(lf.rate);
    if (!rate || (lf.min !== null && lf.min > MAX_BIG) || (lf.max !== null && lf.max > MAX_BIG)) return null;
    lateFee = { type: 'percent', rate, min: lf.min === null ? null : Number(lf.min), max: lf.max === null ? null : Number(lf.max) };
  }
  let maxK = policy.maxTermMonths;
  for (const o of policy.offers) for (const n of o.terms) for (const g of o.graceMonths.length ? o.graceMonths : [0]) maxK = Math.max(maxK, g + n);
  const prefix = discountPrefix(policy, maxK);
  const F = (k: number): bigint => (k < 0 ? 0n : (prefix[k] as bigint));
  const weight = (from: number, to: number): number => Number(F(to) - F(from - 1)) / 1e40;
  if (SCALE !== 10n ** 40n) return null;

  const variants: { offerIndex: number; v: Variant }[] = [];
  for (const [offerIndex, o] of policy.offers.entries()) {
    const fee = nratio(o.monthlyFeeRate);
    const graceShare = nratio(o.graceShare);
    if (!fee || !graceShare) return null;
    if (o.annualRate.num > MAX_BIG || 12n * o.annualRate.den > MAX_BIG) return null;
    const make = (id: string, grace: number, n: number, lump: boolean): Variant => {
      const method = o.method as Method;
      let weights: number[];
      if (lump) weights = [1];
      else if (method === 'flat-fee') weights = [grace > 0 ? weight(1, grace) : 0, n > 1 ? weight(grace + 1, grace + n - 1) : 0, weight(grace + n, grace + n)];
      else {
        weights = [grace > 0 ? weight(1, grace) : 0];
        for (let j = 1; j <= n; j++) weights.push(weight(grace + j, grace + j));
      }
      let annuityFactor: number | null = null;
      if (method === 'annuity' && !lump && o.annualRate.num !== 0n) {
        // i/(1 − (1+i)^−n) = num·N^n / (d·(N^n − D^n)), d = 12·den, N = d + num, D = d; as a
        // double: the exact quotient scaled to ≥ 2^62, truncated (relative error < 2^−62), rounded once
        const d = 12n * o.annualRate.den;
        const big = (d + o.annualRate.num) ** BigInt(n);
        const small = d ** BigInt(n);
        const top = o.annualRate.num * big;
        const bottom = d * (big - small);
        let shift = 0n;
        while ((top << shift) / bottom < 1n << 62n) shift += 1n;
        annuityFactor = Number((top << shift) / bottom) / 2 ** Number(shift);
      }
      return {
        id,
        offerId: o.id,
        family: o.family,
        label: o.label,
        offerIndex,
        lump,
        grace,
        n,
        months: lump ? 0 : grace + n,
        method,
        fee,
        graceShare,
        rateNum: Number(o.annualRate.num),
        rateDen12: Number(12n * o.annualRate.den),
        annuityFactor,
        weights: Float64Array.from(weights),
      };
    };
    if (o.family === 'deferral') {
      for (const g of o.graceMonths) for (const n of o.terms) variants.push({ offerIndex, v: make(`${o.id}-${g}+${n}`, g, n, false) });
    } else if (o.family === 'reduction') {
      for (const n of o.terms) variants.push({ offerIndex, v: make(`${o.id}-${n}`, 0, n, n === 1) });
    } else {
      for (const n of o.terms) variants.push({ offerIndex, v: make(`${o.id}-${n}`, 0, n, false) });
    }
  }
  const open: FastEngine['open'] = [];
  for (const b of policy.buckets) {
    const list: FastEngine['open'][number] = [];
    for (const { offerIndex, v } of variants) {
      const o = policy.offers[offerIndex];
      if (!o?.buckets.has(b.name)) continue;
      const w = o.waiverFor(b.name);
      const fees = nratio(w.fees);
      const interest = nratio(w.interest);
      const principal = nratio(w.principal);
      if (!fees || !interest || !principal) return null;
      list.push({ variant: v, shares: { fees, interest, principal } });
    }
    open.push(list);
  }
  if (policy.buckets.length === 0) return null;
  return {
    policy,
    halfEven,
    minorDigits: policy.currency.minorDigits,
    cycleDays: policy.cycleDays,
    daily,
    compounding: policy.compounding === 'monthly',
    lateFee,
    minimumRate,
    cap,
    buckets: policy.buckets,
    open,
    share,
    maxTerm: policy.maxTermMonths,
    minInstallment: Number(policy.minInstallment),
  };
}

const optional = (x: bigint | null): number | null => (x === null ? null : num(x));
const big = (x: number | null): bigint | null => (x === null ? null : BigInt(x));

/**
 * A plan's batch figures. Money is held as numbers and handed out as bigint (the Plan
 * interface); the schedule and APR, which a batch row never reads, are not computed.
 */
class FastPlan implements Plan {
  readonly offerId: string;
  readonly family: Plan['family'];
  readonly label: Plan['label'];
  readonly months: number;
  readonly graceMonths: number;
  readonly affordable: boolean | null;
  #v: Variant;
  #wFees: number;
  #wInterest: number;
  #wPrincipal: number;
  #amount: number;
  #paymentNow: number;
  #regular: number | null;
  #totalPaid: number;
  #npv: number;
  #total: number;
  #npvBig: bigint | null = null;
  #regularBig: bigint | null = null;
  #affordability: Affordability;
  #exact: () => Evaluation;

  constructor(
    v: Variant,
    wFees: number,
    wInterest: number,
    wPrincipal: number,
    amount: number,
    paymentNow: number,
    regular: number | null,
    totalPaid: number,
    npv: number,
    total: number,
    affordable: boolean | null,
    affordability: Affordability,
    exact: () => Evaluation,
  ) {
    this.offerId = v.offerId;
    this.family = v.family;
    this.label = v.label;
    this.months = v.months;
    this.graceMonths = v.grace;
    this.affordable = affordable;
    this.#v = v;
    this.#wFees = wFees;
    this.#wInterest = wInterest;
    this.#wPrincipal = wPrincipal;
    this.#amount = amount;
    this.#paymentNow = paymentNow;
    this.#regular = regular;
    this.#totalPaid = totalPaid;
    this.#npv = npv;
    this.#total = total;
    this.#affordability = affordability;
    this.#exact = exact;
  }

  get id(): string {
    return this.#v.id;
  }
  get waived(): Plan['waived'] {
    return {
      fees: BigInt(this.#wFees),
      interest: BigInt(this.#wInterest),
      principal: BigInt(this.#wPrincipal),
      total: BigInt(this.#wFees + this.#wInterest + this.#wPrincipal),
    };
  }
  get amount(): bigint {
    return BigInt(this.#amount);
  }
  get paymentNow(): bigint {
    return BigInt(this.#paymentNow);
  }
  get regularPayment(): bigint | null {
    if (this.#regular === null) return null;
    this.#regularBig ??= BigInt(this.#regular);
    return this.#regularBig;
  }
  get totalPaid(): bigint {
    return BigInt(this.#totalPaid);
  }
  get npv(): bigint {
    this.#npvBig ??= BigInt(this.#npv);
    return this.#npvBig;
  }
  /** npv / T, half-up, 4 decimals (recoveryRateFor), from the exact integers. */
  get recoveryRate(): string {
    const scaled = this.#npv * 10_000;
    if (scaled > MAX || this.#npv + this.#total > MAX) return recoveryRateFor(this.npv, BigInt(this.#total));
    return formatScaled(BigInt(div(scaled, this.#total, false)), 4);
  }
  get paymentToSurplus(): string | null {
    return paymentToSurplus(this.regularPayment, this.#affordability);
  }
  // what a batch row does not read comes from the exact path, computed once per row on first read
  get dueBy(): CivilDate | null {
    return this.#exactPlan().dueBy;
  }
  get totalInterest(): bigint {
    return this.#exactPlan().totalInterest;
  }
  get totalFees(): bigint {
    return this.#exactPlan().totalFees;
  }
  get rates(): PlanRates | null {
    return this.#exactPlan().rates;
  }
  get schedule(): ScheduleRow[] {
    return this.#exactPlan().schedule;
  }

  #exactPlan(): Plan {
    const plan = this.#exact().plans.find((p) => p.id === this.#v.id);
    if (!plan) throw new InternalError(`fast path: plan ${this.#v.id} is missing on the exact path`);
    return plan;
  }
}

/**
 * evaluate() on the fast path when the engine covers the policy and the row, else on the exact
 * path; `fast` says which one answered.
 */
export function evaluateRow(e: FastEngine | null, policy: Policy, account: Account, asOf: CivilDate): { ev: Evaluation; fast: boolean } {
  if (e) {
    try {
      return { ev: fastEvaluate(e, account, asOf), fast: true };
    } catch (error) {
      if (error !== FALLBACK) throw error;
    }
  }
  return { ev: evaluate(account, policy, asOf, { rates: false }), fast: false };
}

/** Scratch results of one variant. */
let outNow = 0;
let outRegular: number | null = null;
let outTotalPaid = 0;
let outNpv = 0;
let outMonth = 0;

type Why = null | 'nothing-to-pay' | 'term-too-long' | 'principal-not-positive' | 'below-min-installment';

/**
 * The variant's figures into the scratch variables, or the reason it is not offered (and the
 * first month at fault in outMonth), as generatePlans / amortizeRuns / npvFor compute them.
 */
function variantFigures(e: FastEngine, v: Variant, amount: number): Why {
  const he = e.halfEven;
  if (amount <= 0) return 'nothing-to-pay';
  if (v.lump) {
    // one payment at k = 0; its discount factor is exactly 1
    outNow = amount;
    outRegular = null;
    outTotalPaid = amount;
    outNpv = amount;
    return null;
  }
  if (v.months > e.maxTerm) return 'term-too-long';
  const g = v.grace;
  const n = v.n;
  const w = v.weights;
  let rest = amount;
  let gp = 0;
  let regular: number | null = null;
  let totalPaid = 0;
  let npv = 0; // Σ payment · weight, as a double
  let mass = 0; // Σ |payment · weight|, for the error bound
  let terms = 0;
  let notPositive = 0; // first month repaying no principal
  let below = 0; // first month under the minimum installment (after grace)
  if (g > 0) {
    gp = mulRatio(amount, v.graceShare, he);
    rest = safe(amount - safe(g * gp));
    if (gp <= 0) notPositive = 1;
    regular = gp;
    totalPaid = safe(g * gp);
    const t = gp * (w[0] as number);
    npv += t;
    mass += Math.abs(t);
    terms++;
  }
  if (v.method === 'flat-fee') {
    const part = div(rest, n, he);
    const last = safe(rest - safe((n - 1) * part));
    const fee = mulRatio(rest, v.fee, he);
    const pay = safe(part + fee);
    const lastPay = safe(last + fee);
    if (n > 1) {
      if (part <= 0 && notPositive === 0) notPositive = g + 1;
      if (pay < e.minInstallment && below === 0) below = g + 1;
      if (regular === null || pay > regular) regular = pay;
      totalPaid = safe(totalPaid + safe((n - 1) * pay));
      const t = pay * (w[1] as number);
      npv += t;
      mass += Math.abs(t);
      terms++;
    }
    if (last <= 0 && notPositive === 0) notPositive = g + n;
    if (lastPay < e.minInstallment && below === 0) below = g + n;
    if (regular === null || lastPay > regular) regular = lastPay;
    totalPaid = safe(totalPaid + lastPay);
    const t = lastPay * (w[2] as number);
    npv += t;
    mass += Math.abs(t);
    terms++;
  } else {
    let x = 0;
    let part = 0;
    let last = 0;
    if (v.method === 'annuity') {
      if (v.annuityFactor === null) x = div(rest, n, he);
      else {
        if (rest < 0) throw FALLBACK;
        const xv = rest * v.annuityFactor;
        // |x̂ − x| ≤ x·(2^−52 + 2^−53 + …): factor error, one product rounding
        x = roundDecided(xv, xv * 4 * U + 1e-300, he);
      }
    } else {
      part = div(rest, n, he);
      last = safe(rest - safe((n - 1) * part));
    }
    let balance = rest;
    for (let j = 1; j <= n; j++) {
      const interest = div(safe(balance * v.rateNum), v.rateDen12, he);
      const principal = v.method === 'annuity' ? (j < n ? safe(x - interest) : balance) : j < n ? part : last;
      const pay = safe(principal + interest);
      balance = safe(balance - principal);
      if (principal <= 0 && notPositive === 0) notPositive = g + j;
      if (pay < e.minInstallment && below === 0) below = g + j;
      if (regular === null || pay > regular) regular = pay;
      totalPaid = safe(totalPaid + pay);
      const t = pay * (w[j] as number);
      npv += t;
      mass += Math.abs(t);
      terms++;
    }
  }
  if (notPositive > 0) {
    outMonth = notPositive;
    return 'principal-not-positive';
  }
  if (below > 0) {
    outMonth = below;
    return 'below-min-installment';
  }
  // |npv̂ − npv| ≤ (3.01u for each weight + u for each product + (terms − 1)u for the sum)·mass
  outNpv = roundDecided(npv, (terms + 6) * U * mass * 1.01 + 1e-300, he);
  outNow = 0;
  outRegular = regular;
  outTotalPaid = totalPaid;
  return null;
}

/** The interest estimate of §4.3 (estimateInterest) on numbers. */
function interestEstimate(e: FastEngine, principal: number, days: number): number {
  const c = e.cycleDays;
  const k = Math.floor(days / c);
  const r = days - k * c;
  const perCycle = safe(e.daily.num * c);
  let base = principal;
  let total = 0;
  for (let j = 1; j <= k; j++) {
    const charge = div(safe(base * perCycle), e.daily.den, e.halfEven);
    total = safe(total + charge);
    if (e.compounding) base = safe(base + charge);
  }
  return safe(total + div(safe(safe(base * e.daily.num) * r), e.daily.den, e.halfEven));
}

function lateFees(e: FastEngine, days: number, minimumDue: number): number {
  const charges = Math.ceil(days / e.cycleDays);
  const lf = e.lateFee;
  let fee = 0;
  if (lf.type === 'flat') fee = lf.amount;
  else if (lf.type === 'percent') {
    fee = mulRatio(minimumDue, lf.rate, e.halfEven);
    if (lf.min !== null && fee < lf.min) fee = lf.min;
    if (lf.max !== null && fee > lf.max) fee = lf.max;
  }
  return safe(charges * fee);
}

/**
 * evaluate(account, policy, asOf) for a batch row, on the fast path; throws FALLBACK when the
 * row must be scored exactly. The result is the Evaluation the exact path gives, for every
 * figure a batch row reads.
 */
export function fastEvaluate(e: FastEngine, account: Account, asOf: CivilDate): Evaluation {
  const he = e.halfEven;
  const policy = e.policy;
  const principal = num(account.principal);
  const days = account.overdueDays;
  const givenMinimum = optional(account.minimumDue);
  const givenInterest = optional(account.interest);
  const givenFees = optional(account.fees);
  // snapshot (§4.2, §4.3)
  const minimumDue = givenMinimum ?? mulRatio(principal, e.minimumRate, he);
  let interest = givenInterest ?? interestEstimate(e, principal, days);
  let fees = givenFees ?? lateFees(e, days, minimumDue);
  if (e.cap !== null && (givenInterest === null || givenFees === null)) {
    const cap = div(safe(safe(principal * e.cap.num) * days), safe(e.cap.den * 365), he);
    let excess = safe(safe(interest + fees) - cap);
    if (excess > 0) {
      if (givenFees === null) {
        const cut = excess < fees ? excess : fees;
        fees -= cut;
        excess -= cut;
      }
      if (givenInterest === null && excess > 0) interest -= excess < interest ? excess : interest;
    }
  }
  const total = safe(safe(principal + interest) + fees);
  let bucketIndex = e.buckets.length - 1;
  for (let i = 0; i < e.buckets.length; i++) {
    const m = (e.buckets[i] as { maxDays: number | null }).maxDays;
    if (m === null || m >= days) {
      bucketIndex = i;
      break;
    }
  }
  const snapshot: Snapshot = {
    asOf,
    bucket: (e.buckets[bucketIndex] as { name: string }).name,
    principal: account.principal,
    interest: BigInt(interest),
    fees: BigInt(fees),
    total: BigInt(total),
    minimumDue: BigInt(minimumDue),
    estimated: { interest: givenInterest === null, fees: givenFees === null },
  };
  // affordability (§4.7)
  const income = optional(account.monthlyIncome);
  const cash = optional(account.availableCash);
  let surplus: number | null = null;
  let capN: number | null = null;
  if (income !== null) {
    surplus = safe(safe(income - (optional(account.monthlyExpenses) ?? 0)) - (optional(account.otherDebtPayments) ?? 0));
    capN = mulRatio(surplus > 0 ? surplus : 0, e.share, he);
  }
  const affordability: Affordability = { surplus: big(surplus), cap: big(capN), availableCash: account.availableCash };
  // plans (§4.4–4.5, §4.8)
  const plans: Plan[] = [];
  const unavailable: UnavailablePlan[] = [];
  let exactEv: Evaluation | null = null;
  const exact = (): Evaluation => (exactEv ??= evaluate(account, policy, asOf, { rates: false }));
  for (const { variant: v, shares } of e.open[bucketIndex] ?? []) {
    const wFees = mulRatio(fees, shares.fees, he);
    const wInterest = mulRatio(interest, shares.interest, he);
    const wPrincipal = mulRatio(principal, shares.principal, he);
    const amount = safe(total - safe(safe(wFees + wInterest) + wPrincipal));
    const why = variantFigures(e, v, amount);
    if (why !== null) {
      unavailable.push({ id: v.id, offerId: v.offerId, code: why, reason: unavailableMessage(why, v.months, outMonth, policy) });
      continue;
    }
    // isAffordable (analysis/affordability.ts) on numbers
    let affordable: boolean | null = true;
    let unknown = false;
    if (outRegular !== null) {
      if (capN === null) unknown = true;
      else if (outRegular > capN) affordable = false;
    }
    if (affordable && outNow > 0) {
      if (cash === null) unknown = true;
      else if (outNow > cash) affordable = false;
    }
    if (affordable && unknown) affordable = null;
    plans.push(new FastPlan(v, wFees, wInterest, wPrincipal, amount, outNow, outRegular, outTotalPaid, outNpv, total, affordable, affordability, exact));
  }
  const recommendation = recommendationFor(plans, affordability, policy);
  let statusQuo: StatusQuo | null = null;
  return {
    policy,
    account,
    asOf,
    snapshot,
    affordability,
    get statusQuo(): StatusQuo {
      statusQuo ??= statusQuoFor(snapshot, account.overdueDays, policy);
      return statusQuo;
    },
    plans,
    unavailable,
    recommendation,
    downPayments: [],
  };
}
