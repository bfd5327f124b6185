/**
 * The policy (§3): `PolicyDoc` is the written JSON shape (normative names, every rate and
 * amount a decimal string); `Policy` is the compiled form the engine uses (exact ratios,
 * minor units, lookups), built once per run by `compilePolicy`.
 */
import type { Minor } from '../money/amount.js';
import type { Currency } from '../money/currency.js';
import type { Ratio } from '../money/rational.js';
import type { FromSchema } from 'json-schema-to-ts';
import type { POLICY_SOURCE } from './schema.js';

export type Lang = 'zh' | 'en';
export type OfferFamily = OfferDoc['family'];
export type ScheduleMethod = NonNullable<OfferDoc['method']>;

/** The written policy document, derived from the schema (schema.ts): the two cannot disagree. */
export type PolicyDoc = FromSchema<typeof POLICY_SOURCE>;
export type OfferDoc = PolicyDoc['offers'][number];
export type LateFeeDoc = PolicyDoc['lateFee'];
export type WaiverSharesDoc = NonNullable<OfferDoc['waivers']>[string];

export interface WaiverShares {
  fees: Ratio;
  interest: Ratio;
  principal: Ratio;
}

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
  /** Open only to an account that states a hardship reason and has not said it will not repay (§3). */
  requiresHardship: boolean;
  /** Waiver shares for a bucket: its own entry, else "*", else none (§4.4). */
  waiverFor(bucket: string): WaiverShares;
}

export type LateFee = { type: 'percentOfMinimumDue'; rate: Ratio; min: Minor | null; max: Minor | null } | { type: 'flat'; amount: Minor } | { type: 'none' };

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
