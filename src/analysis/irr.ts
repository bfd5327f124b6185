/**
 * APR by the internal-rate-of-return method (§4.6): the monthly rate r solving
 * A = Σ paymentₖ / (1 + r)^k; APR = 12·r and the effective rate (1 + r)^12 − 1.
 *
 * Newton's method on v = 1 / (1 + r) in bigint fixed point with 40 decimals (beyond the 34
 * digits §4.1 asks). g(v) = Σ pₖ·vᵏ − A is increasing and convex for v > 0, and
 * g(1) = Σ p − A ≥ 0, so Newton from v = 1 falls monotonically onto the root. A solver that
 * does not reach |residual| < 0.000001 of the currency is an error, never a silent number.
 */
import { InternalError } from '../errors.js';
import type { Minor } from '../money/amount.js';
import { formatFraction } from '../money/rational.js';
import type { PlanRates } from './types.js';

const SCALE = 10n ** 40n;
const STEP_EPSILON = 10n ** 4n; // stop when a Newton step is below 1e-36
const MAX_ITERATIONS = 200;

export class SolverError extends InternalError {}

/** v = 1/(1+r) scaled by 10^40, for an amount financed and its payments at months k ≥ 0. */
export function discountRoot(amount: Minor, payments: readonly { k: number; payment: Minor }[], minorDigits: number): bigint {
  let last = 0;
  let total = 0n;
  for (const p of payments) {
    total += p.payment;
    if (p.k > last) last = p.k;
  }
  if (last === 0 || total === amount) return SCALE; // paid now, or nothing over the amount: r = 0
  if (total < amount) throw new SolverError('IRR: the payments are less than the amount financed');
  const c: bigint[] = new Array<bigint>(last + 1).fill(0n);
  for (const p of payments) c[p.k] = (c[p.k] ?? 0n) + p.payment;
  const target = amount * SCALE;
  // 0.000001 of the currency in minor units, times SCALE
  const tolerance = minorDigits >= 6 ? SCALE * 10n ** BigInt(minorDigits - 6) : SCALE / 10n ** BigInt(6 - minorDigits);
  const evaluate = (v: bigint): [bigint, bigint] => {
    let g = (c[last] as bigint) * SCALE;
    let dg = 0n;
    for (let k = last - 1; k >= 0; k--) {
      dg = (dg * v) / SCALE + g;
      g = (g * v) / SCALE + (c[k] as bigint) * SCALE;
    }
    return [g - target, dg];
  };
  let v = SCALE;
  for (let i = 0; i < MAX_ITERATIONS; i++) {
    const [residual, slope] = evaluate(v);
    if (slope <= 0n) break;
    const step = (residual * SCALE) / slope;
    v -= step;
    if (v <= 0n) break;
    if ((step < 0n ? -step : step) < STEP_EPSILON) {
      const [check] = evaluate(v);
      if ((check < 0n ? -check : check) < tolerance) return v;
      break;
    }
  }
  throw new SolverError(`IRR did not converge to |residual| < 0.000001 within ${MAX_ITERATIONS} iterations`);
}

/** Monthly rate, APR (12·r) and effective annual rate ((1+r)^12 − 1) as decimal strings (§4.6, §5). */
export function planRates(amount: Minor, payments: readonly { k: number; payment: Minor }[], minorDigits: number): PlanRates {
  const v = discountRoot(amount, payments, minorDigits);
  // r = (S − v) / v exactly, given v
  const excess = SCALE - v;
  const v12 = v ** 12n;
  return {
    monthly: formatFraction(excess, v, 12),
    apr: formatFraction(12n * excess, v, 6),
    effectiveAnnualRate: formatFraction(SCALE ** 12n - v12, v12, 6),
  };
}
