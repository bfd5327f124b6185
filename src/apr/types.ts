/**
 * The APR of any set of dated cash flows (§11): the request and the result. Pure: no
 * terminal, files or clock. Amounts are exact minor units; rates come out of decimal.js at
 * 50 significant digits (beyond the 34 that §4.1 asks) and are shown as fraction strings.
 */
import type { Decimal } from 'decimal.js';
import type { CivilDate } from '../dates/civil-date.js';
import type { Minor } from '../money/amount.js';
import type { Currency } from '../money/currency.js';

/** The two methods: Regulation Z Appendix J / §4.6 (`unit-period`) and the EU/UK APRC (`eu`). */
export type AprMethod = 'unit-period' | 'eu';
export const APR_METHODS: readonly AprMethod[] = ['unit-period', 'eu'];

/** Standard intervals of Appendix J (b)(3)(iii) that `--every` can name. */
export type UnitPeriod = 'week' | '2weeks' | '4weeks' | 'semimonth' | 'month' | '2months' | 'quarter' | 'half-year' | 'year';
export const UNIT_PERIODS: readonly UnitPeriod[] = ['week', '2weeks', '4weeks', 'semimonth', 'month', '2months', 'quarter', 'half-year', 'year'];

/**
 * How the EU method measures time in years (Annex I remark (c)): `days` actual days / 365;
 * `leap` whole years counted back from each date plus the remaining days / 365, or / 366 when
 * that year-long stretch holds a 29 February; `months` whole months counted back / 12 plus the
 * remaining days / 365 (a month of 365/12 = 30.41666 days).
 */
export type EuYear = 'days' | 'leap' | 'months';
export const EU_YEARS: readonly EuYear[] = ['days', 'leap', 'months'];

/** `advance`: money lent to the borrower; `payment`: paid by the borrower; `fee`: a charge the borrower pays (a fee at the start reduces the amount financed). */
export type FlowKind = 'advance' | 'payment' | 'fee';

export interface Flow {
  date: CivilDate;
  /** > 0, in minor units; the direction comes from `kind`. */
  amount: Minor;
  kind: FlowKind;
  /**
   * The day of the month a monthly series is scheduled on (Appendix J (b)(3)(iv): a series on the
   * 29th–31st counts the last day of a shorter month as its date). Absent: the date's own day.
   */
  seriesDay?: number;
  /** Whole months from the first advance, when the flow comes from a plan (§4.6's k). */
  period?: number;
}

export interface CapRequest {
  /** The annual rate as a decimal fraction string ("0.24"). */
  rate: string;
  /** Where the cap comes from: `flag` (--cap), `policy` (chargesCap), `cn-36` (the 36 % line). */
  source: 'flag' | 'policy' | 'cn-36';
}

export interface AprRequest {
  flows: readonly Flow[];
  currency: Currency;
  method: AprMethod;
  /** unit-period: the unit period; null = inferred (Appendix J (b)(4)). */
  unitPeriod: UnitPeriod | null;
  /** eu: how time is measured; default `days`. */
  euYear?: EuYear;
  caps?: readonly CapRequest[];
}

/** One flow as used: net by date (advances and fees at the same date offset), with its time. */
export interface FlowOut {
  date: CivilDate;
  /** Signed from the lender's side: an advance is negative, a payment positive. */
  amount: Minor;
  /** unit-period: whole unit periods from the start; eu: null. */
  t: number | null;
  /** unit-period: the odd fraction of a unit period (6 decimals); eu: null. */
  f: string | null;
  /** eu: time from the first advance in years (12 decimals); unit-period: null. */
  years: string | null;
}

export interface CapResult {
  rate: string;
  source: CapRequest['source'];
  above: boolean;
  /** apr − cap as a fraction (negative when under the cap), 6 decimals. */
  margin: string;
  /** The regular payment (most frequent payment amount) and the largest one at or under the cap; null when there is no regular series. */
  regularPayment: Minor | null;
  paymentAtCap: Minor | null;
  /** All payments scaled alike: the largest total at or under the cap. */
  totalAtCap: Minor;
}

export interface AprResult {
  method: AprMethod;
  /** unit-period: the unit period, or `term` for a single advance and single payment; eu: `year`. */
  unitPeriod: UnitPeriod | 'term' | 'year';
  unitPeriodsPerYear: string;
  euYear: EuYear | null;
  /** unit-period: f of the first payment (Appendix J's odd first period), 6 decimals; eu: null. */
  oddDaysFraction: string | null;
  /** The rate the method defines: unit-period rate × unit periods a year, or the APRC. */
  apr: string;
  /** Unit-period rate × 12 under eu's monthly equivalent, the same as `apr` under unit-period. */
  nominalAnnualRate: string;
  effectiveAnnualRate: string;
  /** The rate per unit period (eu: per year), 12 decimals. */
  periodicRate: string;
  /** Σ PV(payments) − Σ PV(advances) at the rate found, in the currency (15 decimals). */
  residual: string;
  amountFinanced: Minor;
  totalPayments: Minor;
  financeCharge: Minor;
  flows: FlowOut[];
  caps: CapResult[];
  /** Full-precision values for callers that round on their own. */
  exact: { periodic: Decimal; apr: Decimal; effective: Decimal; nominal: Decimal };
}
