/**
 * Every plan variant the policy's offers allow for a bucket (§4.4, §4.5): waivers, the
 * restructured amount A, the schedule (as runs), and the availability rule.
 */
import { addDays, addMonthsClamped, type CivilDate } from '../dates/civil-date.js';
import { said, type MessageRef } from '../messages/index.js';
import { formatMoney, type Minor } from '../money/amount.js';
import { mulRatio } from '../money/rational.js';
import type { Offer, Policy } from '../policy/types.js';
import type { Snapshot } from '../core/snapshot.js';
import type { ScheduleRow, UnavailablePlan } from './types.js';
import { amortizeRuns, type Run } from './schedule.js';

/** A variant with its schedule runs, before affordability, NPV and APR are added. */
export interface DraftPlan {
  id: string;
  offer: Offer;
  months: number;
  graceMonths: number;
  waived: { fees: Minor; interest: Minor; principal: Minor; total: Minor };
  amount: Minor;
  dueBy: CivilDate | null;
  runs: Run[];
}

/** Waived W and A = T − W for an offer in the snapshot's bucket (§4.4). */
export function waiverFor(snapshot: Snapshot, offer: Offer, policy: Policy): DraftPlan['waived'] {
  const shares = offer.waiverFor(snapshot.bucket);
  const mode = policy.currency.rounding;
  const fees = mulRatio(snapshot.fees, shares.fees, mode);
  const interest = mulRatio(snapshot.interest, shares.interest, mode);
  const principal = mulRatio(snapshot.principal, shares.principal, mode);
  return { fees, interest, principal, total: fees + interest + principal };
}

/** The dated rows of a schedule, with the balance of A left after each payment. */
export function scheduleRows(runs: readonly Run[], amount: Minor, asOf: CivilDate): ScheduleRow[] {
  const rows: ScheduleRow[] = [];
  let balance = amount;
  for (const r of runs) {
    for (let k = r.from; k <= r.to; k++) {
      balance -= r.principal;
      rows.push({ k, date: addMonthsClamped(asOf, k), payment: r.payment, principal: r.principal, interest: r.interest, fee: r.fee, balance });
    }
  }
  return rows;
}

/** The reason of an unavailable variant (§4.5), by code; `month` is the first month at fault. */
export function unavailableMessage(
  code: 'nothing-to-pay' | 'term-too-long' | 'principal-not-positive' | 'below-min-installment',
  months: number,
  month: number,
  policy: Policy,
): MessageRef {
  switch (code) {
    case 'nothing-to-pay':
      return said('plan.unavailable.nothing-to-pay');
    case 'term-too-long':
      return said('plan.unavailable.term-too-long', { months, limit: policy.maxTermMonths });
    case 'principal-not-positive':
      return said('plan.unavailable.principal-not-positive', { month, months });
    default:
      return said('plan.unavailable.below-min-installment', { month });
  }
}

/** Why a variant may not be offered (§4.5), or null when it may. */
export function unavailableReason(plan: DraftPlan, policy: Policy): { code: string; reason: MessageRef } | null {
  if (plan.amount <= 0n) return { code: 'nothing-to-pay', reason: unavailableMessage('nothing-to-pay', plan.months, 0, policy) };
  if (plan.months > policy.maxTermMonths) {
    return { code: 'term-too-long', reason: unavailableMessage('term-too-long', plan.months, 0, policy) };
  }
  for (const run of plan.runs) {
    if (run.to >= 1 && run.principal <= 0n) {
      return { code: 'principal-not-positive', reason: unavailableMessage('principal-not-positive', plan.months, Math.max(run.from, 1), policy) };
    }
  }
  for (const run of plan.runs) {
    if (run.to > plan.graceMonths && run.payment < policy.minInstallment) {
      return {
        code: 'below-min-installment',
        reason: unavailableMessage('below-min-installment', plan.months, Math.max(run.from, plan.graceMonths + 1), policy),
      };
    }
  }
  return null;
}

function draft(offer: Offer, snapshot: Snapshot, policy: Policy, id: string, grace: number, n: number, lump: boolean): DraftPlan {
  const mode = policy.currency.rounding;
  const waived = waiverFor(snapshot, offer, policy);
  const amount = snapshot.total - waived.total;
  let runs: Run[];
  if (lump) {
    runs = [{ from: 0, to: 0, payment: amount, principal: amount, interest: 0n, fee: 0n }];
  } else {
    // deferral: g grace months of round(A · graceShare), all principal, no interest or fee (停息)
    runs = [];
    let rest = amount;
    if (grace > 0) {
      const gracePayment = mulRatio(amount, offer.graceShare, mode);
      runs.push({ from: 1, to: grace, payment: gracePayment, principal: gracePayment, interest: 0n, fee: 0n });
      rest -= BigInt(grace) * gracePayment;
    }
    runs.push(...amortizeRuns(rest, n, grace, offer, mode));
  }
  return {
    id,
    offer,
    months: lump ? 0 : grace + n,
    graceMonths: grace,
    waived,
    amount,
    dueBy: lump ? addDays(snapshot.asOf, offer.lumpSumDays) : null,
    runs,
  };
}

/** What an offer with `requiresHardship` looks at (§2, §3): a stated hardship reason and the will to repay. */
export interface Hardship {
  /** A hardship reason is stated. */
  stated: boolean;
  /** The stated will to repay: false = said will not repay; null = not stated. */
  willing: boolean | null;
}

/** Why an offer that requires a hardship reason is closed to this account, or null when it is open (§3). */
export function hardshipReason(offer: Offer, hardship: Hardship): { code: string; reason: MessageRef } | null {
  if (!offer.requiresHardship) return null;
  if (!hardship.stated) return { code: 'hardship-required', reason: said('plan.unavailable.hardship-required', { offer: offer.id }) };
  if (hardship.willing === false) return { code: 'hardship-required', reason: said('plan.unavailable.not-willing', { offer: offer.id }) };
  return null;
}

/** The variants of every offer open to the bucket, in catalogue order, and those not offered. */
export function generatePlans(
  snapshot: Snapshot,
  policy: Policy,
  hardship: Hardship = { stated: false, willing: null },
): { drafts: DraftPlan[]; unavailable: UnavailablePlan[] } {
  const drafts: DraftPlan[] = [];
  const unavailable: UnavailablePlan[] = [];
  const consider = (plan: DraftPlan) => {
    const why = hardshipReason(plan.offer, hardship) ?? unavailableReason(plan, policy);
    if (why) unavailable.push({ id: plan.id, offerId: plan.offer.id, ...why });
    else drafts.push(plan);
  };
  for (const offer of policy.offers) {
    if (!offer.buckets.has(snapshot.bucket)) continue;
    if (offer.family === 'deferral') {
      for (const g of offer.graceMonths) {
        for (const n of offer.terms) consider(draft(offer, snapshot, policy, `${offer.id}-${g}+${n}`, g, n, false));
      }
    } else if (offer.family === 'reduction') {
      for (const n of offer.terms) consider(draft(offer, snapshot, policy, `${offer.id}-${n}`, 0, n, n === 1));
    } else {
      for (const n of offer.terms) consider(draft(offer, snapshot, policy, `${offer.id}-${n}`, 0, n, false));
    }
  }
  return { drafts, unavailable };
}

/**
 * The id of a down-payment variant (§4.10): the installment id and the down payment in the
 * currency's units, trailing zero decimals dropped (`installment-24+dp5000`, `…+dp5000.5`).
 */
export function downPaymentId(offerId: string, n: number, downPayment: Minor, policy: Policy): string {
  const text = formatMoney(downPayment, policy.currency)
    .replace(/\.0+$/, '')
    .replace(/(\.\d*?)0+$/, '$1');
  return `${offerId}-${n}+dp${text}`;
}

/** Does the id name a down-payment variant (`<offerId>-<n>+dp<Y>`)? */
export function isDownPaymentId(id: string): boolean {
  return /-\d+\+dp\d+(\.\d+)?$/.test(id);
}

/**
 * "Y now and the rest monthly" for one installment offer (§4.10): for each of the offer's terms n
 * (shortest first), Y at k = 0 (all of it to principal) and A − Y scheduled over n months by the
 * offer's method. Each variant is checked against `limits` like any other (§4.5). Callers check
 * 0 < Y < A first.
 */
export function downPaymentDrafts(
  snapshot: Snapshot,
  policy: Policy,
  offer: Offer,
  downPayment: Minor,
  hardship: Hardship = { stated: false, willing: null },
): { drafts: DraftPlan[]; unavailable: UnavailablePlan[] } {
  const mode = policy.currency.rounding;
  const waived = waiverFor(snapshot, offer, policy);
  const amount = snapshot.total - waived.total;
  const drafts: DraftPlan[] = [];
  const unavailable: UnavailablePlan[] = [];
  for (const n of [...offer.terms].sort((a, b) => a - b)) {
    const plan: DraftPlan = {
      id: downPaymentId(offer.id, n, downPayment, policy),
      offer,
      months: n,
      graceMonths: 0,
      waived,
      amount,
      dueBy: null,
      runs: [{ from: 0, to: 0, payment: downPayment, principal: downPayment, interest: 0n, fee: 0n }, ...amortizeRuns(amount - downPayment, n, 0, offer, mode)],
    };
    const why = hardshipReason(offer, hardship) ?? unavailableReason(plan, policy);
    if (why) unavailable.push({ id: plan.id, offerId: offer.id, ...why });
    else drafts.push(plan);
  }
  return { drafts, unavailable };
}
