/** Bucket (§4.2) and the estimate of charges an input leaves out (§4.3). */
import type { Minor } from '../money/amount.js';
import { divRound, mulRatio } from '../money/rational.js';
import type { Policy } from '../policy/types.js';

/** The first bucket whose maxDays ≥ overdueDays (maxDays null = no bound), §4.2. */
export function bucketFor(overdueDays: number, policy: Policy): string {
  for (const b of policy.buckets) {
    if (b.maxDays === null || b.maxDays >= overdueDays) return b.name;
  }
  // validated policies end with maxDays null; keep a total function anyway
  return policy.buckets[policy.buckets.length - 1]?.name ?? '';
}

/** Interest for D days on principal P, monthly compounding or none, each posting rounded (§4.3). */
export function estimateInterest(principal: Minor, overdueDays: number, policy: Policy): Minor {
  const c = policy.cycleDays;
  const k = Math.floor(overdueDays / c);
  const r = overdueDays - k * c;
  const { num, den } = policy.dailyRate;
  const mode = policy.currency.rounding;
  const compounding = policy.compounding === 'monthly';
  let base = principal;
  let total = 0n;
  const perCycle = num * BigInt(c);
  for (let j = 1; j <= k; j++) {
    const charge = divRound(base * perCycle, den, mode);
    total += charge;
    if (compounding) base += charge;
  }
  return total + divRound(base * num * BigInt(r), den, mode);
}

/** The minimum due M: the input's, or round(minimumPayment.rate · P) (§4.3). */
export function minimumDueFor(principal: Minor, given: Minor | null, policy: Policy): Minor {
  return given ?? mulRatio(principal, policy.minimumPaymentRate, policy.currency.rounding);
}

/** One late-fee charge for minimum due M (§4.3). */
export function lateFeeCharge(minimumDue: Minor, policy: Policy): Minor {
  const lf = policy.lateFee;
  if (lf.type === 'none') return 0n;
  if (lf.type === 'flat') return lf.amount;
  let fee = mulRatio(minimumDue, lf.rate, policy.currency.rounding);
  if (lf.min !== null && fee < lf.min) fee = lf.min;
  if (lf.max !== null && fee > lf.max) fee = lf.max;
  return fee;
}

/** Late fees for D days: ⌈D / c⌉ charges, none when D = 0 (§4.3). */
export function estimateLateFees(overdueDays: number, minimumDue: Minor, policy: Policy): Minor {
  const charges = Math.ceil(overdueDays / policy.cycleDays);
  return BigInt(charges) * lateFeeCharge(minimumDue, policy);
}

/** round(P · annualRate · D / 365), or null when the policy has no cap (§4.3). */
export function chargesCapFor(principal: Minor, overdueDays: number, policy: Policy): Minor | null {
  const cap = policy.chargesCapRate;
  if (cap === null) return null;
  return divRound(principal * cap.num * BigInt(overdueDays), cap.den * 365n, policy.currency.rounding);
}

export interface Charges {
  interest: Minor;
  fees: Minor;
  estimated: { interest: boolean; fees: boolean };
}

/**
 * The account's interest and fees: the given figures are facts; a missing one is estimated,
 * and estimated components are cut (fees first, then interest, never below zero) until the
 * sum meets the cap (§4.3).
 */
export function chargesFor(
  principal: Minor,
  overdueDays: number,
  given: { interest: Minor | null; fees: Minor | null },
  minimumDue: Minor,
  policy: Policy,
): Charges {
  const estimated = { interest: given.interest === null, fees: given.fees === null };
  let interest = given.interest ?? estimateInterest(principal, overdueDays, policy);
  let fees = given.fees ?? estimateLateFees(overdueDays, minimumDue, policy);
  const cap = chargesCapFor(principal, overdueDays, policy);
  if (cap !== null && interest + fees > cap && (estimated.interest || estimated.fees)) {
    let excess = interest + fees - cap;
    if (estimated.fees) {
      const cut = excess < fees ? excess : fees;
      fees -= cut;
      excess -= cut;
    }
    if (estimated.interest && excess > 0n) {
      const cut = excess < interest ? excess : interest;
      interest -= cut;
    }
  }
  return { interest, fees, estimated };
}
