/**
 * The root finder: the rate x at which Σ sⱼ·aⱼ·Dⱼ(x) = 0 (payments positive, advances negative),
 * with Dⱼ the method's discount factor. decimal.js at 50 significant digits; Newton's method kept
 * inside a bracket [lo, hi] with F(lo) > 0 > F(hi), bisecting whenever a Newton step would leave
 * it or fails to halve the bracket's width.
 */
import { Decimal } from 'decimal.js';

/** 50 significant digits (§4.1 asks at least 34), half-up like every rate the tool prints. */
export const D = Decimal.clone({ precision: 50, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -60, toExpPos: 60 });
export type Dec = InstanceType<typeof D>;

export interface Term {
  /** Signed amount in currency units (payments +, advances −). */
  amount: Dec;
  /** Discount factor at x and its derivative with respect to x. */
  discount(x: Dec, cache: Map<number, Dec>): { d: Dec; dd: Dec };
}

export function presentValue(terms: readonly Term[], x: Dec): { f: Dec; df: Dec } {
  const cache = new Map<number, Dec>();
  let f = new D(0);
  let df = new D(0);
  for (const term of terms) {
    const { d, dd } = term.discount(x, cache);
    f = f.plus(term.amount.times(d));
    df = df.plus(term.amount.times(dd));
  }
  return { f, df };
}

export type SolveOutcome = { ok: true; x: Dec; residual: Dec } | { ok: false; reason: 'no-bracket' | 'no-convergence' };

const MAX_ITERATIONS = 400;
const STEP_EPSILON = new D('1e-40');

/** Solves F(x) = 0 for x > 0, given F(0) > 0 (payments exceed advances). */
export function solveRate(terms: readonly Term[]): SolveOutcome {
  let lo = new D(0);
  let hi = new D(1);
  let fHi = presentValue(terms, hi).f;
  for (let i = 0; fHi.greaterThan(0); i++) {
    if (i > 60) return { ok: false, reason: 'no-bracket' };
    lo = hi;
    hi = hi.times(2);
    fHi = presentValue(terms, hi).f;
  }
  let x = lo.plus(hi).div(2);
  let lastAbs: Dec | null = null;
  for (let i = 0; i < MAX_ITERATIONS; i++) {
    const { f, df } = presentValue(terms, x);
    if (f.isZero()) return { ok: true, x, residual: f };
    if (f.greaterThan(0)) lo = x;
    else hi = x;
    // Newton while it stays inside the bracket and at least halves |F|; else bisect
    const newton = df.isZero() ? null : x.minus(f.div(df));
    if (newton !== null && newton.minus(x).abs().lessThan(STEP_EPSILON)) return { ok: true, x: newton, residual: presentValue(terms, newton).f };
    const slow = lastAbs !== null && f.abs().greaterThan(lastAbs.div(2));
    lastAbs = f.abs();
    x = newton === null || slow || newton.lessThanOrEqualTo(lo) || newton.greaterThanOrEqualTo(hi) ? lo.plus(hi).div(2) : newton;
    if (hi.minus(lo).lessThan(STEP_EPSILON)) return { ok: true, x, residual: presentValue(terms, x).f };
  }
  return { ok: false, reason: 'no-convergence' };
}
