/** The analysis layer's values: APR, an evaluated plan, affordability, recommendation, status quo. */
import type { CivilDate } from '../dates/civil-date.js';
import type { MessageRef } from '../messages/index.js';
import type { Minor } from '../money/amount.js';
import type { ScheduleRow } from '../plans/types.js';
import type { OfferFamily } from '../policy/types.js';

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

export interface Affordability {
  surplus: Minor | null;
  cap: Minor | null;
  availableCash: Minor | null;
}

export interface Recommendation {
  planId: string | null;
  /** `best-npv-affordable`, `best-npv-unknown`, `none-affordable`, `no-plans`. */
  code: string;
  /** Why, as a catalogue message (`recommendation.*`); the JSON carries its English. */
  reason: MessageRef;
  /** When none is affordable: the plan with the lowest regular payment and that payment. */
  closest: { planId: string; regularPayment: Minor } | null;
}

export interface StatusQuo {
  months: 12;
  interest: Minor;
  fees: Minor;
  total: Minor;
}
