/**
 * The figures of one batch row on the fast path, held in numbers and typed arrays that are
 * allocated once per engine and overwritten by every row (issue #16: no per-row plan objects).
 * Money is integer minor units (every value passed the engine's 2^53 checks). Pure.
 */

/** Why a variant is not offered (plans/generate.ts codes), by status number. */
export const WHY = ['', 'nothing-to-pay', 'term-too-long', 'principal-not-positive', 'below-min-installment'] as const;
export type WhyCode = Exclude<(typeof WHY)[number], ''>;

export const OFFERED = 0;
export const NOTHING_TO_PAY = 1;
export const TERM_TOO_LONG = 2;
export const PRINCIPAL_NOT_POSITIVE = 3;
export const BELOW_MIN_INSTALLMENT = 4;

/** Recommendation codes (analysis/recovery.ts recommend), by number. */
export const REC_CODES = ['no-plans', 'best-npv-affordable', 'best-npv-unknown', 'none-affordable'] as const;
export const NO_PLANS = 0;
export const BEST_AFFORDABLE = 1;
export const BEST_UNKNOWN = 2;
export const NONE_AFFORDABLE = 3;

/** affordable: 1 yes, 0 no, −1 unknown (null). */
export const UNKNOWN = -1;

export class RowFigures {
  // snapshot (§4.2, §4.3)
  principal = 0;
  interest = 0;
  fees = 0;
  total = 0;
  minimumDue = 0;
  overdueDays = 0;
  /** Index of the bucket in the policy's bucket list. */
  bucket = 0;
  estimatedInterest = false;
  estimatedFees = false;
  // affordability (§4.7): surplus and cap exist together (a monthly income was given)
  hasSurplus = false;
  surplus = 0;
  cap = 0;
  hasCash = false;
  cash = 0;
  /** How many variants are open to the bucket; slot i is engine.open[bucket][i]. */
  count = 0;
  /** Per slot: OFFERED or the reason number (WHY), and the month at fault. */
  readonly status: Int8Array;
  readonly month: Int32Array;
  readonly wFees: Float64Array;
  readonly wInterest: Float64Array;
  readonly wPrincipal: Float64Array;
  readonly amount: Float64Array;
  readonly now: Float64Array;
  /** The largest regular payment, NaN when none (a lump sum). */
  readonly regular: Float64Array;
  readonly totalPaid: Float64Array;
  readonly npv: Float64Array;
  readonly affordable: Int8Array;
  // the recommendation (§4.8): code number, recommended slot (−1 none), closest slot (−1 none)
  rec = -1;
  /** The recommended plan's recovery rate ×10^4 (recRateScaled): NaN until asked, −1 beyond 2^53 − 1. */
  recRate = Number.NaN;
  recCode = NO_PLANS;
  closest = -1;

  constructor(slots: number) {
    this.status = new Int8Array(slots);
    this.month = new Int32Array(slots);
    this.wFees = new Float64Array(slots);
    this.wInterest = new Float64Array(slots);
    this.wPrincipal = new Float64Array(slots);
    this.amount = new Float64Array(slots);
    this.now = new Float64Array(slots);
    this.regular = new Float64Array(slots);
    this.totalPaid = new Float64Array(slots);
    this.npv = new Float64Array(slots);
    this.affordable = new Int8Array(slots);
  }
}
