/** The lender's expected NPV, recovery rate and the recommendation (§4.8). */
import { said } from '../messages/index.js';
import type { Minor } from '../money/amount.js';
import { divRound, formatFraction } from '../money/rational.js';
import type { Policy } from '../policy/types.js';
import type { Plan, Recommendation } from './types.js';

/** Fixed-point scale of the precomputed discount factors: 10^40 (far beyond the 34 digits asked). */
export const SCALE = 10n ** 40n;
const prefixCache = new WeakMap<Policy, bigint[]>();

/**
 * Prefix sums Fₖ = Σ_{j ≤ k} fⱼ of the discount factors fⱼ = ((1 − q) / (1 + a/12))^j, each
 * factor exactly rounded to 40 decimals. Computed once per policy (no per-row policy work).
 * Because Σ p·fⱼ over a run of equal payments is p·(F_to − F_from−1) in integers, NPV from
 * runs is bit-identical to NPV row by row.
 */
export function discountPrefix(policy: Policy, maxK: number): bigint[] {
  let prefix = prefixCache.get(policy);
  if (prefix && prefix.length > maxK) return prefix;
  const q = policy.monthlyBreakRate;
  const a = policy.annualDiscountRate;
  // (1 − q) / (1 + a/12) = ((q.den − q.num) · 12·a.den) / (q.den · (12·a.den + a.num))
  const num = (q.den - q.num) * 12n * a.den;
  const den = q.den * (12n * a.den + a.num);
  const size = Math.max(maxK + 1, policy.maxTermMonths + 1, prefix?.length ?? 0);
  prefix = [];
  let pn = 1n;
  let pd = 1n;
  let sum = 0n;
  for (let k = 0; k < size; k++) {
    sum += divRound(pn * SCALE, pd, 'half-up');
    prefix.push(sum);
    pn *= num;
    pd *= den;
  }
  prefixCache.set(policy, prefix);
  return prefix;
}

/** NPV = Σ paymentₖ · (1 − q)^k / (1 + a/12)^k over runs of equal payments, rounded with the policy's mode. */
export function npvFor(runs: readonly { from: number; to: number; payment: Minor }[], policy: Policy): Minor {
  const maxK = runs.reduce((m, r) => (r.to > m ? r.to : m), 0);
  const prefix = discountPrefix(policy, maxK);
  let sum = 0n;
  for (const r of runs) {
    const upTo = prefix[r.to] as bigint;
    const before = r.from > 0 ? (prefix[r.from - 1] as bigint) : 0n;
    sum += r.payment * (upTo - before);
  }
  return divRound(sum, SCALE, policy.currency.rounding);
}

/** npv / T, half-up, 4 decimals (§5). */
export function recoveryRateFor(npv: Minor, total: Minor): string {
  return formatFraction(npv, total, 4);
}

function best(plans: Plan[]): Plan | null {
  let top: Plan | null = null;
  for (const p of plans) {
    if (!top || p.npv > top.npv || (p.npv === top.npv && p.months < top.months)) top = p;
  }
  return top;
}

/** Highest NPV among affordable plans, else among unknown ones; ties to fewer months (§4.8, §5). */
export function recommend(plans: Plan[], cap: Minor | null): Recommendation {
  if (plans.length === 0) {
    return { planId: null, code: 'no-plans', reason: said('recommendation.no-plans'), closest: null };
  }
  const yes = best(plans.filter((p) => p.affordable === true));
  if (yes) return { planId: yes.id, code: 'best-npv-affordable', reason: said('recommendation.best-npv-affordable'), closest: null };
  const maybe = best(plans.filter((p) => p.affordable === null));
  if (maybe) {
    return { planId: maybe.id, code: 'best-npv-unknown', reason: said('recommendation.best-npv-unknown'), closest: null };
  }
  // none affordable: the plan asking the least each month, and what it would need against C
  let closest: Plan | null = null;
  for (const p of plans) {
    if (p.regularPayment === null) continue;
    if (
      !closest ||
      (closest.regularPayment !== null && p.regularPayment < closest.regularPayment) ||
      (p.regularPayment === closest.regularPayment && p.months < closest.months)
    )
      closest = p;
  }
  return {
    planId: null,
    code: 'none-affordable',
    reason: closest && cap !== null ? said('recommendation.none-affordable.above-cap') : said('recommendation.none-affordable'),
    closest: closest && closest.regularPayment !== null ? { planId: closest.id, regularPayment: closest.regularPayment } : null,
  };
}
