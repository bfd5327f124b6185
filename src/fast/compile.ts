/**
 * The per-policy constants of the fast engine (issue #16), compiled once per scorer: ratios as
 * numbers, bucket → open variants with their waiver shares, the NPV weight of every run of every
 * variant, the annuity factor of every term, and the row's preallocated figures. Pure.
 */
import { discountPrefix, SCALE } from '../analysis/recovery.js';
import type { Plan } from '../analysis/types.js';
import { InternalError } from '../errors.js';
import type { Policy } from '../policy/types.js';
import { MAX_BIG, type NRatio, nratio } from './checked.js';
import { untaughtField } from './coverage.js';
import { RowFigures } from './figures-store.js';

export type Method = 'flat-fee' | 'annuity' | 'equal-principal';

/** One plan variant of the catalogue with everything that depends only on the policy. */
export interface Variant {
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
  /** 1 / rateDen12 and 1 / n as doubles (checked.ts divInv). */
  rateInv12: number;
  nInv: number;
  graceShare: NRatio;
  /** annuity: i / (1 − (1+i)^−n) as a double with relative error ≤ 2^−52 (null: rate 0). */
  annuityFactor: number | null;
  /**
   * NPV weights: the exact discount sums F_to − F_from−1 (40-decimal fixed point, as
   * recovery.ts computes them) of this variant's runs, as doubles (relative error ≤ 3.01·2^−53).
   * flat-fee: [grace run, k = g+1 … g+n−1, k = g+n]; per-period methods: one per period.
   */
  weights: Float64Array;
  /** annuity: the run weight F_{g+n−1} − F_g of the equal payments x (months g+1 … g+n−1), as a double. */
  runWeight: number;
}

/** Waiver shares of an offer for one bucket. */
export interface Shares {
  fees: NRatio;
  interest: NRatio;
  principal: NRatio;
}

export type LateFee = { type: 'none' } | { type: 'flat'; amount: number } | { type: 'percent'; rate: NRatio; min: number | null; max: number | null };

export interface FastEngine {
  policy: Policy;
  halfEven: boolean;
  minorDigits: number;
  cycleDays: number;
  daily: NRatio;
  compounding: boolean;
  lateFee: LateFee;
  minimumRate: NRatio;
  cap: NRatio | null;
  /** The cap's denominator times 365 (checked per row: it may be beyond 2^53 − 1) and its reciprocal. */
  capDen365: number;
  capInv365: number;
  buckets: { name: string; maxDays: number | null }[];
  /** Per bucket index: the variants open to it, in catalogue order, and each one's waiver shares. */
  open: { variant: Variant; shares: Shares }[][];
  share: NRatio;
  maxTerm: number;
  minInstallment: number;
  /** The figures of the row being scored, overwritten by each row (no per-row allocation). */
  fig: RowFigures;
  /** Per bucket index: its maxDays, +Infinity for the last open-ended one. */
  bucketMax: Float64Array;
  /**
   * The interest estimate's state after `k` whole cycles on `principal` (charges.ts): the
   * estimate at D + 365 days (§4.9) goes on from the one at D instead of starting again.
   */
  memo: { principal: number; k: number; base: number; total: number };
}

function compileLateFee(policy: Policy): LateFee | null {
  const lf = policy.lateFee;
  if (lf.type === 'none') return { type: 'none' };
  if (lf.type === 'flat') return lf.amount > MAX_BIG ? null : { type: 'flat', amount: Number(lf.amount) };
  const rate = nratio(lf.rate);
  if (!rate || (lf.min !== null && lf.min > MAX_BIG) || (lf.max !== null && lf.max > MAX_BIG)) return null;
  return { type: 'percent', rate, min: lf.min === null ? null : Number(lf.min), max: lf.max === null ? null : Number(lf.max) };
}

/** i/(1 − (1+i)^−n) for a monthly rate num/d as a double (relative error < 2^−52). */
function annuityFactorOf(rateNum: bigint, d: bigint, n: number): number {
  // = num·N^n / (d·(N^n − D^n)), N = d + num, D = d: the exact quotient scaled to ≥ 2^62,
  // truncated (relative error < 2^−62), rounded once
  const big = (d + rateNum) ** BigInt(n);
  const small = d ** BigInt(n);
  const top = rateNum * big;
  const bottom = d * (big - small);
  let shift = 0n;
  while ((top << shift) / bottom < 1n << 62n) shift += 1n;
  return Number((top << shift) / bottom) / 2 ** Number(shift);
}

/** Every variant of the catalogue (§3 plan ids, catalogue order), or null when one is not covered. */
function compileVariants(policy: Policy): { offerIndex: number; v: Variant }[] | null {
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
    const method = o.method as Method;
    const make = (id: string, grace: number, n: number, lump: boolean): Variant => {
      let weights: number[];
      if (lump) weights = [1];
      else if (method === 'flat-fee') weights = [grace > 0 ? weight(1, grace) : 0, n > 1 ? weight(grace + 1, grace + n - 1) : 0, weight(grace + n, grace + n)];
      else {
        weights = [grace > 0 ? weight(1, grace) : 0];
        for (let j = 1; j <= n; j++) weights.push(weight(grace + j, grace + j));
      }
      const annuity = method === 'annuity' && !lump && o.annualRate.num !== 0n;
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
        rateInv12: 1 / Number(12n * o.annualRate.den),
        nInv: 1 / n,
        annuityFactor: annuity ? annuityFactorOf(o.annualRate.num, 12n * o.annualRate.den, n) : null,
        weights: Float64Array.from(weights),
        runWeight: !lump && n > 1 ? weight(grace + 1, grace + n - 1) : 0,
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
  return variants;
}

/** The variant in slot i of a bucket's open list. */
export function slotVariant(e: FastEngine, bucket: number, i: number): Variant {
  const slot = e.open[bucket]?.[i];
  if (!slot) throw new InternalError(`fast path: no variant in slot ${i} of bucket ${bucket}`);
  return slot.variant;
}

/** Compiles the per-policy constants once; null when the policy needs something not covered. */
export function compileFast(policy: Policy): FastEngine | null {
  // a field the engine has not been taught (coverage.ts) is left to the exact path
  if (untaughtField(policy.doc) !== null) return null;
  const daily = nratio(policy.dailyRate);
  const minimumRate = nratio(policy.minimumPaymentRate);
  const share = nratio(policy.maxShareOfSurplus);
  const cap = policy.chargesCapRate === null ? null : nratio(policy.chargesCapRate);
  if (!daily || !minimumRate || !share || (policy.chargesCapRate !== null && !cap)) return null;
  if (policy.minInstallment > MAX_BIG) return null;
  // an offer closed without a hardship reason (§3) is decided by the exact path
  if (policy.offers.some((o) => o.requiresHardship)) return null;
  const lateFee = compileLateFee(policy);
  const variants = compileVariants(policy);
  if (!lateFee || !variants || policy.buckets.length === 0) return null;
  const open: FastEngine['open'] = [];
  for (const b of policy.buckets) {
    const list: FastEngine['open'][number] = [];
    // one Shares object per offer: the slots of an offer share their waived amounts (figures.ts)
    let sharesOf = -1;
    let shares: Shares | null = null;
    for (const { offerIndex, v } of variants) {
      const o = policy.offers[offerIndex];
      if (!o?.buckets.has(b.name)) continue;
      if (offerIndex !== sharesOf || !shares) {
        const w = o.waiverFor(b.name);
        const fees = nratio(w.fees);
        const interest = nratio(w.interest);
        const principal = nratio(w.principal);
        if (!fees || !interest || !principal) return null;
        shares = { fees, interest, principal };
        sharesOf = offerIndex;
      }
      list.push({ variant: v, shares });
    }
    open.push(list);
  }
  return {
    policy,
    halfEven: policy.currency.rounding === 'half-even',
    minorDigits: policy.currency.minorDigits,
    cycleDays: policy.cycleDays,
    daily,
    compounding: policy.compounding === 'monthly',
    lateFee,
    minimumRate,
    cap,
    capDen365: cap ? cap.den * 365 : 1,
    capInv365: cap ? 1 / (cap.den * 365) : 1,
    buckets: policy.buckets,
    open,
    share,
    maxTerm: policy.maxTermMonths,
    minInstallment: Number(policy.minInstallment),
    fig: new RowFigures(Math.max(...open.map((l) => l.length))),
    bucketMax: Float64Array.from(policy.buckets, (b) => b.maxDays ?? Number.POSITIVE_INFINITY),
    memo: { principal: -1, k: 0, base: 0, total: 0 },
  };
}
