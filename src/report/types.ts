/**
 * The Evaluation: everything one account's plans are, as one pure value (STYLE "one pure entry
 * point"). Every renderer (JSON, table, CSV row, read-out script) reads this and only this.
 * Money is bigint minor units of `policy.currency`; renderers format it.
 */
import type { Account } from '../core/account.js';
import type { CivilDate } from '../dates/civil-date.js';
import type { Minor } from '../money/amount.js';
import type { OfferFamily, Policy } from '../policy/types.js';

export interface Snapshot {
  asOf: CivilDate;
  bucket: string;
  principal: Minor;
  interest: Minor;
  fees: Minor;
  /** T = P + I + F (§4.4). */
  total: Minor;
  minimumDue: Minor;
  estimated: { interest: boolean; fees: boolean };
}

export interface ScheduleRow {
  /** Period: 0 = now (asOf), 1..n = asOf + k calendar months. */
  k: number;
  date: CivilDate;
  payment: Minor;
  principal: Minor;
  interest: Minor;
  fee: Minor;
  /** What is left of the amount A after this payment. */
  balance: Minor;
}

/** APR by IRR (§4.6), as exact decimal strings of the annual fraction. */
export interface PlanRates {
  /** Monthly IRR r as a decimal string (≥ 12 decimals). */
  monthly: string;
  /** 12·r, 6 decimals ("0.110345"). */
  apr: string;
  /** (1+r)^12 − 1, 6 decimals. */
  effectiveAnnualRate: string;
}

export interface Plan {
  id: string;
  offerId: string;
  family: OfferFamily;
  label: { zh: string; en: string };
  /** Monthly periods, grace included; 0 for a lump sum. */
  months: number;
  graceMonths: number;
  waived: { fees: Minor; interest: Minor; principal: Minor; total: Minor };
  /** A = T − W (§4.4). */
  amount: Minor;
  paymentNow: Minor;
  /** Largest payment at k ≥ 1, null when none. */
  regularPayment: Minor | null;
  totalPaid: Minor;
  totalInterest: Minor;
  totalFees: Minor;
  /** APR by IRR, computed on first read; null only when the evaluation was asked for no rates. */
  readonly rates: PlanRates | null;
  npv: Minor;
  /** npv / T, half-up, 4 decimals. */
  readonly recoveryRate: string;
  affordable: boolean | null;
  paymentToSurplus: string | null;
  /** For a lump sum: the last day it may be paid (asOf + lumpSumDays); else null. */
  dueBy: CivilDate | null;
  /** Every row, dated (expanded on first read). */
  readonly schedule: ScheduleRow[];
}

export interface UnavailablePlan {
  id: string;
  offerId: string;
  /** Stable code: `principal-not-positive`, `below-min-installment`, `nothing-to-pay`, `term-too-long`. */
  code: string;
  /** Human reason (English; renderers may translate by code). */
  reason: string;
}

export interface Recommendation {
  planId: string | null;
  /** `best-npv-affordable`, `best-npv-unknown`, `none-affordable`, `no-plans`. */
  code: string;
  reason: string;
  /** When none is affordable: the plan with the lowest regular payment and that payment. */
  closest: { planId: string; regularPayment: Minor } | null;
}

export interface Affordability {
  surplus: Minor | null;
  cap: Minor | null;
  availableCash: Minor | null;
}

export interface StatusQuo {
  months: 12;
  interest: Minor;
  fees: Minor;
  total: Minor;
}

/**
 * "Y now and the rest at no more than X a month" for one installment offer (§4.10): the
 * down-payment variant that fits (also listed in `plans`), or what would.
 */
export interface DownPaymentAnswer {
  offerId: string;
  /** Y: paid at k = 0, all of it to principal. */
  downPayment: Minor;
  /** X: the most the cardholder can pay each month after it. */
  monthly: Minor;
  /** The shortest allowed variant whose regular payment ≤ X (it is in `plans` too); else null. */
  plan: Plan | null;
  /** None fits: the allowed variant with the lowest regular payment (the longest term); else null. */
  needed: Plan | null;
  /**
   * Why the offer gives no variant at all: `bucket` (not open to the bucket), `down-payment-range`
   * (Y ≤ 0 or Y ≥ A), `no-plan` (every term breaks `limits`); null otherwise.
   */
  code: 'bucket' | 'down-payment-range' | 'no-plan' | null;
  /** The restructured amount A of the offer (0 when not open to the bucket). */
  amount: Minor;
  /** For `no-plan`: the limit the shortest term breaks (an UnavailablePlan code). */
  limit: string | null;
}

export interface Evaluation {
  policy: Policy;
  account: Account;
  asOf: CivilDate;
  snapshot: Snapshot;
  affordability: Affordability;
  /** Computed on first read. */
  readonly statusQuo: StatusQuo;
  plans: Plan[];
  unavailable: UnavailablePlan[];
  recommendation: Recommendation;
  /** Down-payment answers (§4.10), one per installment offer; empty unless both figures were offered. */
  downPayments: DownPaymentAnswer[];
}

export interface EvaluateOptions {
  /** Offer APR/EAR by IRR (default true; computed lazily on first read of `plan.rates`). */
  rates?: boolean;
  /**
   * A counter-offer (§4.10). With both figures ("Y now and X a month") the down-payment
   * variants of every installment offer are built and the fitting ones join `plans`.
   */
  counterOffer?: { monthly: Minor | null; lump: Minor | null };
}
