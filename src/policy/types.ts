/**
 * The policy (§3): `PolicyDoc` is the written JSON shape (normative names, every rate and
 * amount a decimal string); `Policy` is the compiled form the engine uses (exact ratios,
 * minor units, lookups), built once per run by `compilePolicy`.
 */
import type { Minor } from '../money/amount.js';
import type { Currency } from '../money/currency.js';
import type { Ratio, RoundingMode } from '../money/rational.js';

export type Lang = 'zh' | 'en';
export type OfferFamily = 'installment' | 'deferral' | 'reduction';
export type ScheduleMethod = 'flat-fee' | 'annuity' | 'equal-principal';

export interface WaiverSharesDoc { fees: string; interest: string; principal: string }

export interface OfferDoc {
  id: string;
  family: OfferFamily;
  label: { zh: string; en: string };
  buckets: string[];
  terms: number[];
  method?: ScheduleMethod;
  monthlyFeeRate?: string;
  annualRate?: string;
  graceMonths?: number[];
  graceShare?: string;
  lumpSumDays?: number;
  waivers?: Record<string, WaiverSharesDoc>;
}

export type LateFeeDoc =
  | { type: 'percentOfMinimumDue'; rate: string; min: string | null; max: string | null }
  | { type: 'flat'; amount: string }
  | { type: 'none' };

export interface PolicyDoc {
  name: string;
  version: string;
  description?: string;
  currency: { code: string; minorDigits: number; rounding: RoundingMode };
  cycleDays: number;
  aprDisplay: 'nominal' | 'effective';
  interest: { dailyRate: string; compounding: 'monthly' | 'none' };
  lateFee: LateFeeDoc;
  minimumPayment: { rate: string };
  chargesCap: { annualRate: string } | null;
  buckets: { name: string; maxDays: number | null }[];
  offers: OfferDoc[];
  affordability: { maxShareOfSurplus: string };
  recovery: { annualDiscountRate: string; monthlyBreakRate: string };
  limits: { maxTermMonths: number; minInstallment: string };
}

export interface WaiverShares { fees: Ratio; interest: Ratio; principal: Ratio }

export interface Offer {
  id: string;
  family: OfferFamily;
  label: { zh: string; en: string };
  buckets: ReadonlySet<string>;
  terms: number[];
  /** Installment/deferral method; reductions pay as §4.5 says (flat-fee at rate 0). */
  method: ScheduleMethod;
  monthlyFeeRate: Ratio;
  annualRate: Ratio;
  graceMonths: number[];
  graceShare: Ratio;
  lumpSumDays: number;
  /** Waiver shares for a bucket: its own entry, else "*", else none (§4.4). */
  waiverFor(bucket: string): WaiverShares;
}

export type LateFee =
  | { type: 'percentOfMinimumDue'; rate: Ratio; min: Minor | null; max: Minor | null }
  | { type: 'flat'; amount: Minor }
  | { type: 'none' };

export interface Policy {
  /** The written document as validated: what is shown, hashed and saved. */
  doc: PolicyDoc;
  name: string;
  version: string;
  /** SHA-256 (hex) of the canonical JSON of `doc`. */
  sha256: string;
  currency: Currency;
  cycleDays: number;
  aprDisplay: 'nominal' | 'effective';
  dailyRate: Ratio;
  compounding: 'monthly' | 'none';
  lateFee: LateFee;
  minimumPaymentRate: Ratio;
  chargesCapRate: Ratio | null;
  buckets: { name: string; maxDays: number | null }[];
  offers: Offer[];
  maxShareOfSurplus: Ratio;
  annualDiscountRate: Ratio;
  monthlyBreakRate: Ratio;
  maxTermMonths: number;
  minInstallment: Minor;
}
