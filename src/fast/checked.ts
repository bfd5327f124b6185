/**
 * Checked arithmetic of the fast engine (issue #16): integer minor units held in plain numbers,
 * every result checked against 2^53 − 1. Pure.
 *
 * - Every integer operation (+, −, ×) is checked against 2^53 − 1 (`safe`): a true result beyond
 *   it rounds to at least 2^53 (rounding is monotone), so the check cannot miss. Integer
 *   division with rounding (`div`) is exact for |n| + d ≤ 2^53 − 1 (checked): the quotient of the
 *   double division is corrected by its exact remainder before the half-up/half-even rule.
 * - A double that is not an integer (an annuity payment, an NPV) is rounded by `roundDecided`
 *   only when its proven error bound keeps it away from a …​.5 boundary.
 * - Any failed check throws FALLBACK: the caller scores that row on the exact bigint path.
 */

/** Thrown when a row must be scored by the exact path instead. */
export const FALLBACK: unique symbol = Symbol('fast-path fallback');

export const MAX = Number.MAX_SAFE_INTEGER; // 2^53 − 1
export const MAX_BIG = BigInt(MAX);
/** Unit roundoff of a double, 2^−53. */
export const U = 2 ** -53;

/** x when |x| ≤ 2^53 − 1, else FALLBACK. */
export function safe(x: number): number {
  if (x > MAX || x < -MAX) throw FALLBACK;
  return x;
}

/** A bigint as a number, or FALLBACK when beyond 2^53 − 1. */
export function num(x: bigint): number {
  if (x > MAX_BIG || x < -MAX_BIG) throw FALLBACK;
  return Number(x);
}

/**
 * n / d rounded to an integer (half-up: ties away from zero; half-even: to the even neighbour),
 * exactly: n, d integers, d > 0, |n| + d ≤ 2^53 − 1.
 */
export function div(n: number, d: number, halfEven: boolean): number {
  const negative = n < 0;
  const a = negative ? -n : n;
  if (a + d > MAX) throw FALLBACK;
  const q = rounded(a, d, Math.floor(a / d), halfEven);
  return negative ? -q : q;
}

/** 2^51: below it, a quotient estimated with a reciprocal is within 1/4 of the true one (divInv). */
const INV_LIMIT = 2 ** 51;

/**
 * div(n, d, halfEven) with the quotient estimated as |n| · inv, inv = 1/d as a double: a
 * multiplication instead of a division (d a policy constant, its reciprocal computed once). For
 * d ≥ 2 and |n| < 2^51: |inv − 1/d| ≤ u/d and the product rounds once, so the estimate is within
 * (|n|/d)·u·(2 + u) < 2^50 · 2^−53 · 2.01 < 1/4 of |n|/d (u = 2^−53); its floor is off by at
 * most one, which the exact remainder corrects as in div. d = 1 gives inv = 1 and an exact
 * product. Larger |n| take div's division.
 */
export function divInv(n: number, d: number, inv: number, halfEven: boolean): number {
  const negative = n < 0;
  const a = negative ? -n : n;
  if (a + d > MAX) throw FALLBACK;
  const q = rounded(a, d, Math.floor(a < INV_LIMIT ? a * inv : a / d), halfEven);
  return negative ? -q : q;
}

/**
 * a / d rounded (a ≥ 0, d > 0, a + d ≤ 2^53 − 1) from an estimate q of its floor that is off by
 * at most one: the remainder a − q·d is exact (q·d ≤ a + d), corrects q, then decides the rounding.
 */
function rounded(a: number, d: number, q: number, halfEven: boolean): number {
  let r = a - q * d;
  if (r < 0) {
    q -= 1;
    r += d;
  } else if (r >= d) {
    q += 1;
    r -= d;
  }
  const twice = r * 2;
  if (twice > d || (twice === d && (!halfEven || q % 2 === 1))) q += 1;
  return q;
}

export interface NRatio {
  num: number;
  den: number;
  /** 1 / den as a double (for divInv). */
  inv: number;
}

/** A policy ratio as numbers, or null when a part is beyond 2^53 − 1 (the policy is not covered). */
export function nratio(r: { num: bigint; den: bigint }): NRatio | null {
  if (r.num > MAX_BIG || r.den > MAX_BIG) return null;
  const den = Number(r.den);
  return { num: Number(r.num), den, inv: 1 / den };
}

/**
 * round(x · num / den) with the product checked; a ratio of 0 or 1 (most waiver shares, a zero
 * fee) gives 0 or x itself, exactly, without the product or the division.
 */
export function mulRatio(x: number, r: NRatio, halfEven: boolean): number {
  const num = r.num;
  if (num === 0) return 0;
  if (num === r.den) return x;
  return divInv(safe(x * num), r.den, r.inv, halfEven);
}

/**
 * v rounded to an integer when a double v̂ with |v̂ − v| ≤ err decides it, else FALLBACK. Only a
 * …​.5 boundary changes the rounded value, so v̂ decides unless it lies within err of one (away
 * from a tie half-up and half-even both round to the nearest integer).
 */
export function roundDecided(v: number, err: number): number {
  if (!(v >= 0) || v >= 2 ** 52 || err >= 0.25) throw FALLBACK;
  const floor = Math.floor(v);
  const frac = v - floor; // exact for 0 ≤ v < 2^52
  if (Math.abs(frac - 0.5) <= err) throw FALLBACK; // a tie, or too close to call: exact path
  return frac > 0.5 ? floor + 1 : floor;
}

/** 10^0 … 10^15. */
const POW10 = Array.from({ length: 16 }, (_, i) => 10 ** i);

/**
 * Integer minor units as text with `digits` decimals, like formatScaled on the bigint
 * (12345, 2 → "123.45"). x must be a safe integer (it always is: it passed `safe`); % and the
 * division of the difference by 10^digits are exact on such integers.
 */
export function formatMinor(x: number, digits: number): string {
  if (digits === 0) return String(x === 0 ? 0 : x);
  const negative = x < 0;
  const a = negative ? -x : x;
  const p = POW10[digits] as number;
  const frac = a % p;
  const whole = (a - frac) / p;
  // p + frac is "1" followed by frac padded to `digits` digits
  const text = `${whole}.${String(p + frac).slice(1)}`;
  return negative ? `-${text}` : text;
}
