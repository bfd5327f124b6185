/** Counter-offers, §4.10 — PLACEHOLDER, issue #5 implements. Pure: Evaluation in, verdicts out. */
import type { Minor } from '../money/amount.js';
import type { Evaluation } from '../report/types.js';

export interface CounterOfferRequest {
  monthly: Minor | null;
  lump: Minor | null;
}

/** One verdict per offer (installment/deferral for monthly, reduction for lump). Shape owned by #5. */
export interface CounterOffer {
  kind: 'monthly' | 'lump';
  offerId: string;
  accepted: boolean;
  planId: string | null;
}

export function computeCounterOffers(_ev: Evaluation, _req: CounterOfferRequest): CounterOffer[] {
  return [];
}

/** The JSON form of `counterOffers` (§5), money as strings. */
export function counterOffersToJson(list: CounterOffer[], _ev: Evaluation): unknown[] {
  return list.map((c) => ({ ...c }));
}
