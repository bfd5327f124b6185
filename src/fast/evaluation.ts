/**
 * The fast engine's figures as the Evaluation that evaluate() returns (what `fastEvaluate`
 * hands to readers of the generic shape: the tests that compare both paths, and any caller that
 * wants plan objects). The batch row itself is written straight from the figures
 * (render/batch-line.ts) and never builds these objects. Pure.
 */
import { paymentToSurplus } from '../analysis/affordability.js';
import { recoveryRateFor } from '../analysis/recovery.js';
import type { Affordability, Plan, PlanRates, Recommendation } from '../analysis/types.js';
import type { Account } from '../core/account.js';
import type { Snapshot } from '../core/snapshot.js';
import type { CivilDate } from '../dates/civil-date.js';
import { InternalError } from '../errors.js';
import { said, type MessageRef } from '../messages/index.js';
import { unavailableMessage } from '../plans/generate.js';
import type { ScheduleRow, UnavailablePlan } from '../plans/types.js';
import { evaluate, evaluationOf } from '../report/evaluate.js';
import type { Evaluation } from '../report/types.js';
import { div, formatMinor, MAX } from './checked.js';
import { type FastEngine, slotVariant, type Variant } from './compile.js';
import { computeFigures } from './figures.js';
import { NONE_AFFORDABLE, OFFERED, REC_CODES, type RowFigures, UNKNOWN, WHY, type WhyCode } from './figures-store.js';

/** round(npv · 10^4 / T) half-up as an integer, or null when beyond 2^53 − 1 (then use recoveryRateOf). */
export function recoveryRateScaled(npv: number, total: number): number | null {
  const scaled = npv * 10_000;
  if (scaled > MAX || npv + total > MAX) return null;
  return div(scaled, total, false);
}

/**
 * The recommended plan's recoveryRateScaled, computed once per row (the line and the summary
 * both read it); −1 when beyond 2^53 − 1 (then recoveryRateOf).
 */
export function recRateScaled(f: RowFigures): number {
  let r = f.recRate;
  if (Number.isNaN(r)) r = f.recRate = recoveryRateScaled(f.npv[f.rec] as number, f.total) ?? -1;
  return r;
}

/** npv / T, half-up, 4 decimals (recoveryRateFor), from the exact integers. */
export function recoveryRateOf(npv: number, total: number): string {
  const scaled = recoveryRateScaled(npv, total);
  return scaled === null ? recoveryRateFor(BigInt(npv), BigInt(total)) : formatMinor(scaled, 4);
}

/** The recommendation's reason (recommend + recommendationFor), from the figures. */
export function recommendationReason(e: FastEngine, f: RowFigures): MessageRef {
  const code = REC_CODES[f.recCode] as (typeof REC_CODES)[number];
  if (code !== 'none-affordable') return said(`recommendation.${code}`);
  if (f.closest < 0 || !f.hasSurplus) return said('recommendation.none-affordable');
  const digits = e.minorDigits;
  return said('recommendation.none-affordable.closest', {
    payment: formatMinor(f.regular[f.closest] as number, digits),
    plan: slotVariant(e, f.bucket, f.closest).id,
    cap: formatMinor(f.cap, digits),
  });
}

/**
 * A plan's batch figures. Money is held as numbers and handed out as bigint (the Plan
 * interface); what a batch row never reads (schedule, APR, dates) comes from the exact path,
 * computed once per row on first read.
 */
class FastPlan implements Plan {
  readonly id: string;
  readonly offerId: string;
  readonly family: Plan['family'];
  readonly label: Plan['label'];
  readonly months: number;
  readonly graceMonths: number;
  readonly affordable: boolean | null;
  readonly waived: Plan['waived'];
  readonly amount: bigint;
  readonly paymentNow: bigint;
  readonly regularPayment: bigint | null;
  readonly totalPaid: bigint;
  readonly npv: bigint;
  readonly recoveryRate: string;
  #affordability: Affordability;
  #exact: () => Evaluation;

  constructor(v: Variant, f: RowFigures, i: number, affordability: Affordability, exact: () => Evaluation) {
    this.id = v.id;
    this.offerId = v.offerId;
    this.family = v.family;
    this.label = v.label;
    this.months = v.months;
    this.graceMonths = v.grace;
    const a = f.affordable[i];
    this.affordable = a === UNKNOWN ? null : a === 1;
    const fees = f.wFees[i] as number;
    const interest = f.wInterest[i] as number;
    const principal = f.wPrincipal[i] as number;
    this.waived = { fees: BigInt(fees), interest: BigInt(interest), principal: BigInt(principal), total: BigInt(fees + interest + principal) };
    this.amount = BigInt(f.amount[i] as number);
    this.paymentNow = BigInt(f.now[i] as number);
    const regular = f.regular[i] as number;
    this.regularPayment = Number.isNaN(regular) ? null : BigInt(regular);
    this.totalPaid = BigInt(f.totalPaid[i] as number);
    this.npv = BigInt(f.npv[i] as number);
    this.recoveryRate = recoveryRateOf(f.npv[i] as number, f.total);
    this.#affordability = affordability;
    this.#exact = exact;
  }

  get paymentToSurplus(): string | null {
    return paymentToSurplus(this.regularPayment, this.#affordability);
  }
  get dueBy(): CivilDate | null {
    return this.#exactPlan().dueBy;
  }
  get totalInterest(): bigint {
    return this.#exactPlan().totalInterest;
  }
  get totalFees(): bigint {
    return this.#exactPlan().totalFees;
  }
  get rates(): PlanRates | null {
    return this.#exactPlan().rates;
  }
  get schedule(): ScheduleRow[] {
    return this.#exactPlan().schedule;
  }

  #exactPlan(): Plan {
    const plan = this.#exact().plans.find((p) => p.id === this.id);
    if (!plan) throw new InternalError(`fast path: plan ${this.id} is missing on the exact path`);
    return plan;
  }
}

/**
 * evaluate(account, policy, asOf) for a batch row, on the fast path; throws FALLBACK when the
 * row must be scored exactly. The result is the Evaluation the exact path gives, for every
 * figure a batch row reads.
 */
export function fastEvaluate(e: FastEngine, account: Account, asOf: CivilDate): Evaluation {
  const policy = e.policy;
  const f = computeFigures(e, account);
  const snapshot: Snapshot = {
    asOf,
    bucket: (e.buckets[f.bucket] as { name: string }).name,
    principal: account.principal,
    interest: BigInt(f.interest),
    fees: BigInt(f.fees),
    total: BigInt(f.total),
    minimumDue: BigInt(f.minimumDue),
    estimated: { interest: f.estimatedInterest, fees: f.estimatedFees },
  };
  const affordability: Affordability = {
    surplus: f.hasSurplus ? BigInt(f.surplus) : null,
    cap: f.hasSurplus ? BigInt(f.cap) : null,
    availableCash: account.availableCash,
  };
  let exactEv: Evaluation | null = null;
  const exact = (): Evaluation => (exactEv ??= evaluate(account, policy, asOf, { rates: false }));
  const plans: Plan[] = [];
  const unavailable: UnavailablePlan[] = [];
  for (let i = 0; i < f.count; i++) {
    const v = slotVariant(e, f.bucket, i);
    const status = f.status[i] as number;
    if (status === OFFERED) plans.push(new FastPlan(v, f, i, affordability, exact));
    else {
      const why = WHY[status] as WhyCode;
      unavailable.push({ id: v.id, offerId: v.offerId, code: why, reason: unavailableMessage(why, v.months, f.month[i] as number, policy) });
    }
  }
  const closest = f.recCode === NONE_AFFORDABLE && f.closest >= 0 ? f.closest : -1;
  const recommendation: Recommendation = {
    planId: f.rec >= 0 ? slotVariant(e, f.bucket, f.rec).id : null,
    code: REC_CODES[f.recCode] as string,
    reason: recommendationReason(e, f),
    closest: closest >= 0 ? { planId: slotVariant(e, f.bucket, closest).id, regularPayment: BigInt(f.regular[closest] as number) } : null,
  };
  return evaluationOf({ policy, account, asOf, snapshot, affordability, plans, unavailable, recommendation, downPayments: [] });
}
