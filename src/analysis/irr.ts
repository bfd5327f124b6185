/**
 * APR by the internal-rate-of-return method (§4.6): the monthly rate r solving
 * A = Σ paymentₖ / (1 + r)^k; APR = 12·r and the effective rate (1 + r)^12 − 1.
 * Newton's method on v = 1 / (1 + r) in 40-digit decimals. g(v) = Σ pₖ·vᵏ − A is increasing
 * and convex for v > 0 and g(1) = Σ p − A ≥ 0, so Newton from v = 1 falls monotonically onto
 * the root; a solver that does not reach |residual| < 0.000001 of the currency is an error.
 */
import { InternalError } from '../errors.js';
import type { Minor } from '../money/amount.js';
import { Dec } from '../money/decimal.js';
import type { PlanRates } from '../report/types.js';

const MAX_ITERATIONS = 200;

export class SolverError extends InternalError {}

/** The monthly IRR of an amount financed and its payments at month offsets k ≥ 0. */
export function monthlyIrr(amount: Minor, payments: readonly { k: number; payment: Minor }[], minorDigits: number): InstanceType<typeof Dec> {
  const byK = new Map<number, bigint>();
  let total = 0n;
  let last = 0;
  for (const p of payments) {
    byK.set(p.k, (byK.get(p.k) ?? 0n) + p.payment);
    total += p.payment;
    if (p.k > last) last = p.k;
  }
  if (last === 0) return new Dec(0); // everything paid now: APR 0 (§4.6)
  if (total === amount) return new Dec(0);
  if (total < amount) throw new SolverError('IRR: payments are less than the amount financed (negative rate)');
  const coefficients: InstanceType<typeof Dec>[] = [];
  for (let k = 0; k <= last; k++) coefficients.push(new Dec((byK.get(k) ?? 0n).toString()));
  const a = new Dec(amount.toString());
  const tolerance = new Dec(10).pow(-6 + minorDigits); // 0.000001 of the currency, in minor units
  const epsilon = new Dec(10).pow(-36);
  let v = new Dec(1);
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    // Horner: g = Σ cₖ vᵏ, g' = Σ k cₖ vᵏ⁻¹
    let g = coefficients[last] as InstanceType<typeof Dec>;
    let dg = new Dec(0);
    for (let k = last - 1; k >= 0; k--) {
      dg = dg.times(v).plus(g);
      g = g.times(v).plus(coefficients[k] as InstanceType<typeof Dec>);
    }
    const residual = g.minus(a);
    const step = residual.div(dg);
    v = v.minus(step);
    if (step.abs().lt(epsilon)) {
      // residual at the final v
      let check = coefficients[last] as InstanceType<typeof Dec>;
      for (let k = last - 1; k >= 0; k--) check = check.times(v).plus(coefficients[k] as InstanceType<typeof Dec>);
      if (check.minus(a).abs().gte(tolerance) || v.lte(0)) break;
      return new Dec(1).div(v).minus(1);
    }
  }
  throw new SolverError(`IRR did not converge to |residual| < 0.000001 in ${MAX_ITERATIONS} iterations`);
}

/** APR, effective annual rate and the monthly rate as decimal strings (§4.6, §5). */
export function planRates(amount: Minor, payments: readonly { k: number; payment: Minor }[], minorDigits: number): PlanRates {
  const r = monthlyIrr(amount, payments, minorDigits);
  return {
    monthly: r.toFixed(12),
    apr: r.times(12).toFixed(6),
    effectiveAnnualRate: r.plus(1).pow(12).minus(1).toFixed(6),
  };
}
