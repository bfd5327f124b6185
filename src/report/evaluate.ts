/**
 * evaluate(account, policy, asOf): the single pure entry point. Snapshot (§4.2–4.3), plans
 * (§4.4–4.5), APR (§4.6), affordability (§4.7), NPV and recommendation (§4.8), status quo (§4.9).
 */
import { affordabilityFor, isAffordable, paymentToSurplus } from '../analysis/affordability.js';
import { planRates } from '../analysis/irr.js';
import { npvFor, recommend, recoveryRateFor } from '../analysis/recovery.js';
import { statusQuoFor } from '../analysis/status-quo.js';
import type { Account } from '../core/account.js';
import { bucketFor, chargesFor, minimumDueFor } from '../core/charges.js';
import type { CivilDate } from '../dates/civil-date.js';
import { formatMoney } from '../money/amount.js';
import { generatePlans, type DraftPlan } from '../plans/generate.js';
import type { Policy } from '../policy/types.js';
import type { Affordability, EvaluateOptions, Evaluation, Plan, Snapshot } from './types.js';

/** The account as it stands on asOf: bucket, charges (given or estimated), total, minimum due. */
export function snapshotFor(account: Account, policy: Policy, asOf: CivilDate): Snapshot {
  const minimumDue = minimumDueFor(account.principal, account.minimumDue, policy);
  const charges = chargesFor(account.principal, account.overdueDays, { interest: account.interest, fees: account.fees }, minimumDue, policy);
  return {
    asOf,
    bucket: bucketFor(account.overdueDays, policy),
    principal: account.principal,
    interest: charges.interest,
    fees: charges.fees,
    total: account.principal + charges.interest + charges.fees,
    minimumDue,
    estimated: charges.estimated,
  };
}

function finishPlan(d: DraftPlan, snapshot: Snapshot, affordability: Affordability, policy: Policy, rates: boolean): Plan {
  let paymentNow = 0n;
  let regular: bigint | null = null;
  let totalPaid = 0n;
  let totalInterest = 0n;
  let totalFees = 0n;
  for (const row of d.schedule) {
    if (row.k === 0) paymentNow += row.payment;
    else if (regular === null || row.payment > regular) regular = row.payment;
    totalPaid += row.payment;
    totalInterest += row.interest;
    totalFees += row.fee;
  }
  const npv = npvFor(d.schedule, policy);
  return {
    id: d.id,
    offerId: d.offer.id,
    family: d.offer.family,
    label: d.offer.label,
    months: d.months,
    graceMonths: d.graceMonths,
    waived: d.waived,
    amount: d.amount,
    paymentNow,
    regularPayment: regular,
    totalPaid,
    totalInterest,
    totalFees,
    rates: rates ? planRates(d.amount, d.schedule, policy.currency.minorDigits) : null,
    npv,
    recoveryRate: recoveryRateFor(npv, snapshot.total),
    affordable: isAffordable(paymentNow, regular, affordability),
    paymentToSurplus: paymentToSurplus(regular, affordability),
    dueBy: d.dueBy,
    schedule: d.schedule,
  };
}

/** Everything about one account's plans as one value; renderers only read it. */
export function evaluate(account: Account, policy: Policy, asOf: CivilDate, options: EvaluateOptions = {}): Evaluation {
  const snapshot = snapshotFor(account, policy, asOf);
  const affordability = affordabilityFor(account, policy);
  const { drafts, unavailable } = generatePlans(snapshot, policy);
  const plans = drafts.map((d) => finishPlan(d, snapshot, affordability, policy, options.rates !== false));
  const recommendation = recommend(plans, affordability.cap);
  if (recommendation.code === 'none-affordable' && recommendation.closest && affordability.cap !== null) {
    const c = policy.currency;
    recommendation.reason = `no plan is affordable: the lowest monthly payment on offer is ${formatMoney(recommendation.closest.regularPayment, c)} (${recommendation.closest.planId}) against an affordable cap of ${formatMoney(affordability.cap, c)}`;
  }
  return {
    policy,
    account,
    asOf,
    snapshot,
    affordability,
    statusQuo: statusQuoFor(snapshot, account.overdueDays, policy),
    plans,
    unavailable,
    recommendation,
  };
}
