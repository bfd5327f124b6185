/**
 * The Evaluation: everything one account's plans are, as one pure value (STYLE "one pure entry
 * point"). Every renderer (JSON, table, CSV row, read-out script) reads this and only this.
 * Money is bigint minor units of `policy.currency`; renderers format it.
 */
import type { Affordability, Plan, Recommendation, StatusQuo } from '../analysis/types.js';
import type { Account } from '../core/account.js';
import type { Snapshot } from '../core/snapshot.js';
import type { CivilDate } from '../dates/civil-date.js';
import type { Minor } from '../money/amount.js';
import type { UnavailablePlan } from '../plans/types.js';
import type { Policy } from '../policy/types.js';

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
