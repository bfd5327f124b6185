/**
 * Counter-offers (§4.10): "I can manage X a month" / "I can pay Y now", answered per offer
 * from the plans of one Evaluation. Pure: Evaluation in, verdicts out; every figure is a plan's
 * own figure, so the answer always matches the table and the JSON of the same account.
 */
import type { Plan } from '../analysis/types.js';
import type { CivilDate } from '../dates/civil-date.js';
import { said, type MessageRef } from '../messages/index.js';
import { formatMoney, type Minor } from '../money/amount.js';
import type { Offer, OfferFamily } from '../policy/types.js';
import type { Evaluation } from './types.js';

export interface CounterOfferRequest {
  /** X of `--offer-monthly`: the most the cardholder can pay each month; null = not asked. */
  monthly: Minor | null;
  /** Y of `--offer-lump`: what the cardholder can pay at once; null = not asked. */
  lump: Minor | null;
}

/** `monthly`: X a month; `lump`: Y now; `down-payment`: Y now and the rest at ≤ X a month (首付 + 分期). */
export type CounterOfferKind = 'monthly' | 'lump' | 'down-payment';

/**
 * `fits`: a plan of the offer meets the counter-offer; `short`: none does, and `needed` says
 * what would; `not-offered`: the offer has no plan that could answer (see `code`).
 */
export type CounterOfferVerdict = 'fits' | 'short' | 'not-offered';

/** Why an offer cannot answer a counter-offer at all. */
export type NotOfferedCode =
  /** The offer is not open to the account's bucket. */
  | 'bucket'
  /** Open to the bucket, but every term is unavailable (§4.5 limits). */
  | 'no-plan'
  /** A reduction offer without an available one-payment (term 1) variant. */
  | 'no-lump-sum'
  /** Down payment: Y is 0 or covers the whole amount A (no installments left to plan). */
  | 'down-payment-range';

/** A plan named in a verdict, with the one payment the verdict is about. */
export interface CounterOfferPlanRef {
  planId: string;
  /** Monthly periods, grace included; 0 for a lump sum. */
  months: number;
  graceMonths: number;
  /** Monthly: the plan's regularPayment (largest payment at k ≥ 1). Lump: its paymentNow (k = 0). */
  payment: Minor;
  paymentNow: Minor;
  /** Lump sum: the last day to pay it; else null. */
  dueBy: CivilDate | null;
  /** The plan's own affordability (§4.7) against the account's income and cash. */
  affordable: boolean | null;
}

export interface CounterOffer {
  kind: CounterOfferKind;
  offerId: string;
  family: OfferFamily;
  label: { zh: string; en: string };
  /** X or Y as the cardholder offered it (for `down-payment`: X, the monthly figure). */
  offered: Minor;
  /** `down-payment` only: Y, paid now; else null. */
  downPayment: Minor | null;
  verdict: CounterOfferVerdict;
  /**
   * fits: monthly → the shortest plan (fewest months, grace included) whose regular payment
   * ≤ X, ties to the lower payment; lump → the lump-sum plan. Otherwise null.
   */
  plan: CounterOfferPlanRef | null;
  /**
   * short: what would fit. Monthly → the offer's plan with the lowest regular payment (the
   * longest allowed term); lump → the lump-sum plan (the amount the policy needs now).
   */
  needed: CounterOfferPlanRef | null;
  /** short: needed.payment − offered, exact to the minor unit; else null. */
  shortfall: Minor | null;
  /** not-offered only. */
  code: NotOfferedCode | null;
  /** not-offered only: why, as a catalogue message (`counter-offer.reason.*`). */
  reason: MessageRef | null;
}

function refFor(p: Plan, kind: CounterOfferKind): CounterOfferPlanRef {
  return {
    planId: p.id,
    months: p.months,
    graceMonths: p.graceMonths,
    payment: kind === 'lump' ? p.paymentNow : (p.regularPayment ?? 0n),
    paymentNow: p.paymentNow,
    dueBy: p.dueBy,
    affordable: p.affordable,
  };
}

function base(offer: Offer, kind: CounterOfferKind, offered: Minor): Omit<CounterOffer, 'verdict'> {
  return {
    kind,
    offerId: offer.id,
    family: offer.family,
    label: { zh: offer.label.zh, en: offer.label.en },
    offered,
    downPayment: null,
    plan: null,
    needed: null,
    shortfall: null,
    code: null,
    reason: null,
  };
}

function notOffered(ev: Evaluation, offer: Offer, kind: CounterOfferKind, offered: Minor, code: NotOfferedCode): CounterOffer {
  let reason: MessageRef;
  if (code === 'bucket') {
    reason = said('counter-offer.reason.bucket', { offer: offer.id, bucket: ev.snapshot.bucket });
  } else if (code === 'no-lump-sum') {
    const un = ev.unavailable.find((u) => u.offerId === offer.id && u.id === `${offer.id}-1`);
    reason = un
      ? { code: 'counter-offer.reason.no-lump-sum', params: { offer: offer.id, why: un.reason } }
      : said('counter-offer.reason.no-lump-sum-term', { offer: offer.id });
  } else {
    const un = ev.unavailable.filter((u) => u.offerId === offer.id);
    const last = un[un.length - 1];
    reason = last
      ? { code: 'counter-offer.reason.no-plan', params: { offer: offer.id, why: last.reason } }
      : said('counter-offer.reason.no-term', { offer: offer.id });
  }
  return { ...base(offer, kind, offered), verdict: 'not-offered', code, reason };
}

/** Is `a` a better "fits" answer than `b`: fewer months, then the lower payment, then policy order. */
function shorter(a: Plan, b: Plan): boolean {
  if (a.months !== b.months) return a.months < b.months;
  return (a.regularPayment ?? 0n) < (b.regularPayment ?? 0n);
}

/** Is `a` a better "needed" answer than `b`: the lower payment, then fewer months. */
function cheaper(a: Plan, b: Plan): boolean {
  const pa = a.regularPayment ?? 0n;
  const pb = b.regularPayment ?? 0n;
  if (pa !== pb) return pa < pb;
  return a.months < b.months;
}

/** A down-payment variant (§4.10): an installment plan with a payment at k = 0. */
export function isDownPaymentPlan(p: Plan): boolean {
  return p.family === 'installment' && p.paymentNow > 0n;
}

/** Does the offer answer "X a month": installment, deferral, or a reduction with monthly terms (n > 1). */
export function answersMonthly(offer: Offer): boolean {
  return offer.family !== 'reduction' || offer.terms.some((n) => n > 1);
}

/**
 * `--offer-monthly X` for one installment, deferral or reduction offer (§4.10): its plans paid
 * monthly (a reduction's lump sum and the down-payment variants are not monthly answers).
 */
export function monthlyVerdict(ev: Evaluation, offer: Offer, x: Minor): CounterOffer {
  if (!offer.buckets.has(ev.snapshot.bucket)) return notOffered(ev, offer, 'monthly', x, 'bucket');
  const plans = ev.plans.filter((p) => p.offerId === offer.id && p.months > 0 && !isDownPaymentPlan(p));
  if (plans.length === 0) return notOffered(ev, offer, 'monthly', x, 'no-plan');
  let fit: Plan | null = null;
  let low: Plan | null = null;
  for (const p of plans) {
    if ((p.regularPayment ?? 0n) <= x && (fit === null || shorter(p, fit))) fit = p;
    if (low === null || cheaper(p, low)) low = p;
  }
  if (fit) return { ...base(offer, 'monthly', x), verdict: 'fits', plan: refFor(fit, 'monthly') };
  const needed = refFor(low as Plan, 'monthly');
  return { ...base(offer, 'monthly', x), verdict: 'short', needed, shortfall: needed.payment - x };
}

/** `--offer-lump Y` for one reduction offer: its term-1 plan's payment now (§4.10). */
export function lumpVerdict(ev: Evaluation, offer: Offer, y: Minor): CounterOffer {
  if (!offer.buckets.has(ev.snapshot.bucket)) return notOffered(ev, offer, 'lump', y, 'bucket');
  // The one-payment variant: everything at k = 0 (months 0, no regular payment).
  const lumpSum = ev.plans.find((p) => p.offerId === offer.id && p.months === 0 && p.regularPayment === null);
  if (!lumpSum) return notOffered(ev, offer, 'lump', y, ev.plans.some((p) => p.offerId === offer.id) ? 'no-lump-sum' : 'no-plan');
  const ref = refFor(lumpSum, 'lump');
  if (y >= ref.payment) return { ...base(offer, 'lump', y), verdict: 'fits', plan: ref };
  return { ...base(offer, 'lump', y), verdict: 'short', needed: ref, shortfall: ref.payment - y };
}

/**
 * "Y now and X a month" for one installment offer, from the evaluation's down-payment answers
 * (the evaluation must have been made with both figures: evaluate(…, { counterOffer })).
 */
export function downPaymentVerdict(ev: Evaluation, offer: Offer, y: Minor, x: Minor): CounterOffer {
  const base1 = { ...base(offer, 'down-payment', x), downPayment: y };
  const a = ev.downPayments.find((d) => d.offerId === offer.id && d.downPayment === y && d.monthly === x);
  if (!a || a.code === 'bucket') return { ...notOffered(ev, offer, 'down-payment', x, 'bucket'), downPayment: y };
  if (a.code === 'down-payment-range') {
    return {
      ...base1,
      verdict: 'not-offered',
      code: 'down-payment-range',
      reason: said('live.co.reason.range', { amount: formatMoney(a.amount, ev.policy.currency) }),
    };
  }
  if (a.code === 'no-plan' || (a.plan === null && a.needed === null)) {
    return { ...base1, verdict: 'not-offered', code: 'no-plan', reason: said('live.co.reason.no-plan', { limit: a.limit ?? '-' }) };
  }
  if (a.plan) return { ...base1, verdict: 'fits', plan: refFor(a.plan, 'down-payment') };
  const needed = refFor(a.needed as Plan, 'down-payment');
  return { ...base1, verdict: 'short', needed, shortfall: needed.payment - x };
}

/**
 * Every verdict asked for (§4.10), in the policy's offer order: monthly for each installment,
 * deferral and reduction-with-monthly-terms offer; lump for each reduction offer; and with both
 * figures, a down-payment verdict for each installment offer.
 */
export function computeCounterOffers(ev: Evaluation, req: CounterOfferRequest): CounterOffer[] {
  const out: CounterOffer[] = [];
  if (req.monthly !== null && req.lump !== null) {
    for (const offer of ev.policy.offers) {
      if (offer.family === 'installment') out.push(downPaymentVerdict(ev, offer, req.lump, req.monthly));
    }
  }
  if (req.monthly !== null) {
    for (const offer of ev.policy.offers) {
      if (answersMonthly(offer)) out.push(monthlyVerdict(ev, offer, req.monthly));
    }
  }
  if (req.lump !== null) {
    for (const offer of ev.policy.offers) {
      if (offer.family === 'reduction') out.push(lumpVerdict(ev, offer, req.lump));
    }
  }
  return out;
}

function rank(p: Plan): number {
  return p.affordable === true ? 0 : p.affordable === null ? 1 : 2;
}

/**
 * The plan that answers the counter-offer, for the script and the compact view: among the
 * fitting plans of the most specific kind asked (down payment, then monthly, then lump), the
 * affordable (then unknown) one with the highest NPV, ties to fewer months. Null when none fits.
 */
export function counterOfferAnswer(list: readonly CounterOffer[], ev: Evaluation): string | null {
  for (const kind of ['down-payment', 'monthly', 'lump'] as const) {
    let top: Plan | null = null;
    for (const o of list) {
      if (o.kind !== kind || o.verdict !== 'fits' || o.plan === null) continue;
      const p = ev.plans.find((q) => q.id === o.plan?.planId);
      if (!p) continue;
      if (!top || rank(p) < rank(top) || (rank(p) === rank(top) && (p.npv > top.npv || (p.npv === top.npv && p.months < top.months)))) top = p;
    }
    if (top) return top.id;
  }
  return null;
}
