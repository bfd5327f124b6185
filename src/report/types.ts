/**
 * The Evaluation: everything one account's plans are, as one pure value (STYLE "one pure entry
 * point"). Every renderer (JSON, table, CSV row, read-out script) reads this and only this.
 * Money is bigint minor units of `policy.currency`; renderers format it.
 */
import type { Affordability, Plan, Recommendation, StatusQuo } from '../analysis/types.js';
import type { Account } from '../core/account.js';
import type { Snapshot } from '../core/snapshot.js';
import type { CivilDate } from '../dates/civil-date.js';
import type { UnavailablePlan } from '../plans/types.js';
import type { Policy } from '../policy/types.js';

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
}

export interface EvaluateOptions {
  /** Offer APR/EAR by IRR (default true; computed lazily on first read of `plan.rates`). */
  rates?: boolean;
}
