/**
 * evaluate(account, policy, asOf): the single pure entry point. Snapshot (§4.2–4.3), plans
 * (§4.4–4.5), APR (§4.6), affordability (§4.7), NPV and recommendation (§4.8), status quo (§4.9).
 */
import { affordabilityFor, isAffordable, paymentToSurplus } from '../analysis/affordability.js';
import { planRates } from '../analysis/irr.js';
import { npvFor, recommend, recoveryRateFor } from '../analysis/recovery.js';
import { statusQuoFor } from '../analysis/status-quo.js';
import type { Account } from '../core/account.js';
import { snapshotFor } from '../core/snapshot.js';
import type { CivilDate } from '../dates/civil-date.js';
import { said } from '../messages/index.js';
import { formatMoney } from '../money/amount.js';
import { downPaymentDrafts, generatePlans, waiverFor, type Hardship, scheduleRows, type DraftPlan } from '../plans/generate.js';
import type { Policy } from '../policy/types.js';
import { expandRuns } from '../plans/schedule.js';
import type { Affordability, Plan, PlanRates, Recommendation, StatusQuo } from '../analysis/types.js';
import type { Snapshot } from '../core/snapshot.js';
import type { ScheduleRow } from '../plans/types.js';
import type { DownPaymentAnswer, EvaluateOptions, Evaluation } from './types.js';

/**
 * A plan's figures from its runs (O(runs)). The dated rows, the IRR and the recovery-rate text
 * are computed on first read: batch scoring needs none of them for most plans.
 */
class EvaluatedPlan implements Plan {
  readonly id: string;
  readonly offerId: string;
  readonly family: Plan['family'];
  readonly label: Plan['label'];
  readonly months: number;
  readonly graceMonths: number;
  readonly waived: Plan['waived'];
  readonly amount: bigint;
  readonly paymentNow: bigint;
  readonly regularPayment: bigint | null;
  readonly totalPaid: bigint;
  readonly totalInterest: bigint;
  readonly totalFees: bigint;
  readonly npv: bigint;
  readonly affordable: boolean | null;
  readonly paymentToSurplus: string | null;
  readonly dueBy: Plan['dueBy'];
  #draft: DraftPlan;
  #asOf: CivilDate;
  #total: bigint;
  #minorDigits: number;
  #withRates: boolean;
  #schedule: ScheduleRow[] | null = null;
  #rates: PlanRates | null = null;
  #recoveryRate: string | null = null;

  constructor(d: DraftPlan, snapshot: Snapshot, affordability: Affordability, policy: Policy, withRates: boolean) {
    let paymentNow = 0n;
    let regular: bigint | null = null;
    let totalPaid = 0n;
    let totalInterest = 0n;
    let totalFees = 0n;
    for (const run of d.runs) {
      const count = BigInt(run.to - run.from + 1);
      if (run.from === 0) paymentNow += run.payment;
      else if (regular === null || run.payment > regular) regular = run.payment;
      totalPaid += count * run.payment;
      totalInterest += count * run.interest;
      totalFees += count * run.fee;
    }
    this.id = d.id;
    this.offerId = d.offer.id;
    this.family = d.offer.family;
    this.label = d.offer.label;
    this.months = d.months;
    this.graceMonths = d.graceMonths;
    this.waived = d.waived;
    this.amount = d.amount;
    this.paymentNow = paymentNow;
    this.regularPayment = regular;
    this.totalPaid = totalPaid;
    this.totalInterest = totalInterest;
    this.totalFees = totalFees;
    this.npv = npvFor(d.runs, policy);
    this.affordable = isAffordable(paymentNow, regular, affordability);
    this.paymentToSurplus = paymentToSurplus(regular, affordability);
    this.dueBy = d.dueBy;
    this.#draft = d;
    this.#asOf = snapshot.asOf;
    this.#total = snapshot.total;
    this.#minorDigits = policy.currency.minorDigits;
    this.#withRates = withRates;
  }

  get recoveryRate(): string {
    this.#recoveryRate ??= recoveryRateFor(this.npv, this.#total);
    return this.#recoveryRate;
  }

  get schedule(): ScheduleRow[] {
    this.#schedule ??= scheduleRows(this.#draft.runs, this.amount, this.#asOf);
    return this.#schedule;
  }

  get rates(): PlanRates | null {
    if (!this.#withRates) return null;
    this.#rates ??= planRates(this.amount, expandRuns(this.#draft.runs), this.#minorDigits);
    return this.#rates;
  }
}

/**
 * §4.10 "Y now and X a month": for each installment offer open to the bucket, the shortest
 * allowed down-payment variant whose regular payment ≤ X, or the allowed one asking least.
 */
function downPaymentAnswers(
  snapshot: Snapshot,
  policy: Policy,
  affordability: Affordability,
  hardship: Hardship,
  y: bigint,
  x: bigint,
  withRates: boolean,
): DownPaymentAnswer[] {
  const out: DownPaymentAnswer[] = [];
  for (const offer of policy.offers) {
    if (offer.family !== 'installment') continue;
    const base: DownPaymentAnswer = { offerId: offer.id, downPayment: y, monthly: x, plan: null, needed: null, code: null, amount: 0n, limit: null };
    if (!offer.buckets.has(snapshot.bucket)) {
      out.push({ ...base, code: 'bucket' });
      continue;
    }
    const a = snapshot.total - waiverFor(snapshot, offer, policy).total;
    if (y <= 0n || y >= a) {
      out.push({ ...base, amount: a, code: 'down-payment-range' });
      continue;
    }
    const { drafts, unavailable } = downPaymentDrafts(snapshot, policy, offer, y, hardship);
    const plans = drafts.map((d) => new EvaluatedPlan(d, snapshot, affordability, policy, withRates));
    if (plans.length === 0) {
      out.push({ ...base, amount: a, code: 'no-plan', limit: unavailable[0]?.code ?? null });
      continue;
    }
    // drafts come shortest term first: the first that fits is the answer
    const fit = plans.find((p) => (p.regularPayment ?? 0n) <= x) ?? null;
    let low: Plan | null = null;
    for (const p of plans) if (low === null || (p.regularPayment ?? 0n) < (low.regularPayment ?? 0n)) low = p;
    out.push({ ...base, amount: a, plan: fit, needed: fit ? null : low });
  }
  return out;
}

/** The recommendation (§4.8) over the evaluated plans, with its reason (shared with src/fast/). */
export function recommendationFor(plans: Plan[], affordability: Affordability, policy: Policy): Recommendation {
  const recommendation = recommend(plans, affordability.cap);
  if (recommendation.code === 'none-affordable' && recommendation.closest && affordability.cap !== null) {
    const c = policy.currency;
    recommendation.reason = said('recommendation.none-affordable.closest', {
      payment: formatMoney(recommendation.closest.regularPayment, c),
      plan: recommendation.closest.planId,
      cap: formatMoney(affordability.cap, c),
    });
  }
  return recommendation;
}

/** Everything about one account's plans as one value; renderers only read it. */
export function evaluate(account: Account, policy: Policy, asOf: CivilDate, options: EvaluateOptions = {}): Evaluation {
  const snapshot = snapshotFor(account, policy, asOf);
  const affordability = affordabilityFor(account, policy);
  const hardship = { stated: account.hardship !== null, willing: account.willingToRepay };
  const { drafts, unavailable } = generatePlans(snapshot, policy, hardship);
  const plans: Plan[] = drafts.map((d) => new EvaluatedPlan(d, snapshot, affordability, policy, options.rates !== false));
  const co = options.counterOffer;
  const downPayments =
    co && co.lump !== null && co.monthly !== null
      ? downPaymentAnswers(snapshot, policy, affordability, hardship, co.lump, co.monthly, options.rates !== false)
      : [];
  // a fitting down-payment variant is a plan like any other (§4.10)
  for (const d of downPayments) if (d.plan) plans.push(d.plan);
  const recommendation = recommendationFor(plans, affordability, policy);
  return evaluationOf({ policy, account, asOf, snapshot, affordability, plans, unavailable, recommendation, downPayments });
}

/**
 * The Evaluation from its parts, with the 12-month status quo computed on first read (batch
 * scoring never reads it); shared by this exact path and the fast engine (src/fast/evaluation.ts).
 */
export function evaluationOf(parts: Omit<Evaluation, 'statusQuo'>): Evaluation {
  const { snapshot, account, policy } = parts;
  let statusQuo: StatusQuo | null = null;
  return {
    ...parts,
    get statusQuo(): StatusQuo {
      statusQuo ??= statusQuoFor(snapshot, account.overdueDays, policy);
      return statusQuo;
    },
  };
}
