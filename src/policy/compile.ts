/** Compiles a validated PolicyDoc into the engine's form: exact ratios, minor units, lookups. */
import { parseAmount, isIssue, type Minor } from '../money/amount.js';
import type { Currency } from '../money/currency.js';
import { ratio, ZERO_RATIO } from '../money/rational.js';
import { InternalError } from '../errors.js';
import { canonicalJson, sha256Hex } from './canonical.js';
import type { LateFee, Offer, OfferDoc, Policy, PolicyDoc, WaiverShares } from './types.js';

const NO_WAIVER: WaiverShares = { fees: ZERO_RATIO, interest: ZERO_RATIO, principal: ZERO_RATIO };

function money(text: string, currency: Currency, path: string): Minor {
  const m = parseAmount(text, path, currency);
  if (isIssue(m)) throw new InternalError(`policy not validated: ${m.message}`);
  return m;
}

function compileOffer(o: OfferDoc): Offer {
  const table = new Map<string, WaiverShares>();
  for (const [bucket, w] of Object.entries(o.waivers ?? {})) {
    table.set(bucket, { fees: ratio(w.fees), interest: ratio(w.interest), principal: ratio(w.principal) });
  }
  const star = table.get('*') ?? NO_WAIVER;
  return {
    id: o.id,
    family: o.family,
    label: { zh: o.label.zh, en: o.label.en },
    buckets: new Set(o.buckets),
    terms: [...o.terms],
    method: o.family === 'reduction' ? 'flat-fee' : (o.method ?? 'flat-fee'),
    monthlyFeeRate: o.family === 'reduction' ? ZERO_RATIO : ratio(o.monthlyFeeRate ?? '0'),
    annualRate: ratio(o.annualRate ?? '0'),
    graceMonths: o.family === 'deferral' ? [...(o.graceMonths ?? [])] : [],
    graceShare: ratio(o.graceShare ?? '0'),
    lumpSumDays: o.lumpSumDays ?? 30,
    requiresHardship: o.requiresHardship ?? false,
    waiverFor: (bucket: string) => table.get(bucket) ?? star,
  };
}

/**
 * Builds the engine policy from a document that `validatePolicy` accepted. `sha256`, when given,
 * is the document's known hash (a built-in preset's, src/policy/presets.ts); otherwise it is
 * computed from the canonical JSON.
 */
export function compilePolicy(doc: PolicyDoc, sha256?: string): Policy {
  const currency: Currency = { code: doc.currency.code, minorDigits: doc.currency.minorDigits, rounding: doc.currency.rounding };
  let lateFee: LateFee;
  const lf = doc.lateFee;
  // The schema requires rate, min and max for percentOfMinimumDue and amount for flat.
  if (lf.type === 'percentOfMinimumDue') {
    lateFee = {
      type: lf.type,
      rate: ratio(lf.rate ?? '0'),
      min: lf.min == null ? null : money(lf.min, currency, 'lateFee.min'),
      max: lf.max == null ? null : money(lf.max, currency, 'lateFee.max'),
    };
  } else if (lf.type === 'flat') {
    lateFee = { type: 'flat', amount: money(lf.amount ?? '0', currency, 'lateFee.amount') };
  } else {
    lateFee = { type: 'none' };
  }
  return {
    doc,
    name: doc.name,
    version: doc.version,
    sha256: sha256 ?? sha256Hex(canonicalJson(doc)),
    currency,
    cycleDays: doc.cycleDays,
    aprDisplay: doc.aprDisplay,
    dailyRate: ratio(doc.interest.dailyRate),
    compounding: doc.interest.compounding,
    lateFee,
    minimumPaymentRate: ratio(doc.minimumPayment.rate),
    chargesCapRate: doc.chargesCap === null ? null : ratio(doc.chargesCap.annualRate),
    buckets: doc.buckets.map((b) => ({ name: b.name, maxDays: b.maxDays })),
    offers: doc.offers.map(compileOffer),
    maxShareOfSurplus: ratio(doc.affordability.maxShareOfSurplus),
    annualDiscountRate: ratio(doc.recovery.annualDiscountRate),
    monthlyBreakRate: ratio(doc.recovery.monthlyBreakRate),
    maxTermMonths: doc.limits.maxTermMonths,
    minInstallment: money(doc.limits.minInstallment, currency, 'limits.minInstallment'),
  };
}
