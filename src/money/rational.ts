/**
 * Exact arithmetic on integers of minor units (bigint) and exact decimal ratios.
 * Nothing here ever touches a binary float: every rate is an exact fraction num/den parsed
 * from its decimal string, every product is formed before the one division that rounds.
 */
import { InternalError } from '../errors.js';

export type RoundingMode = 'half-up' | 'half-even';

/** An exact non-negative rational number, e.g. "0.0005" → 5/10000. */
export interface Ratio {
  readonly num: bigint;
  readonly den: bigint;
}

export const ZERO_RATIO: Ratio = { num: 0n, den: 1n };
export const ONE_RATIO: Ratio = { num: 1n, den: 1n };

const DECIMAL_RE = /^(\d+)(?:\.(\d+))?$/;

/** Parses a plain decimal string ("0.0005", "1", "24.5") into an exact ratio; null when malformed. */
export function parseRatio(text: string): Ratio | null {
  const m = DECIMAL_RE.exec(text);
  if (!m) return null;
  const frac = m[2] ?? '';
  return { num: BigInt((m[1] ?? '0') + frac), den: 10n ** BigInt(frac.length) };
}

/** Like parseRatio but for trusted (already validated) text. */
export function ratio(text: string): Ratio {
  const r = parseRatio(text);
  if (!r) throw new InternalError(`not a decimal ratio: ${JSON.stringify(text)}`);
  return r;
}

/**
 * n / d rounded to an integer with the given mode, exactly. d must be positive.
 * half-up rounds a tie away from zero (四舍五入); half-even to the even neighbour.
 */
export function divRound(n: bigint, d: bigint, mode: RoundingMode): bigint {
  if (d <= 0n) throw new InternalError('divRound: divisor must be positive');
  const negative = n < 0n;
  const a = negative ? -n : n;
  let q = a / d;
  const twice = (a - q * d) * 2n;
  if (twice > d || (twice === d && (mode === 'half-up' || q % 2n === 1n))) q += 1n;
  return negative ? -q : q;
}

/** round(x · r) in minor units. */
export function mulRatio(x: bigint, r: Ratio, mode: RoundingMode): bigint {
  return divRound(x * r.num, r.den, mode);
}

/** Compares two ratios: -1, 0 or 1. */
export function compareRatio(a: Ratio, b: Ratio): number {
  const l = a.num * b.den;
  const r = b.num * a.den;
  return l < r ? -1 : l > r ? 1 : 0;
}

/** Formats an exact fraction num/den with `digits` decimals, rounded half-up (rates, shares). */
export function formatFraction(num: bigint, den: bigint, digits: number): string {
  const scaled = divRound(num * 10n ** BigInt(digits), den, 'half-up');
  return formatScaled(scaled, digits);
}

/** Formats an integer holding `digits` implied decimals: (12345n, 2) → "123.45". */
export function formatScaled(value: bigint, digits: number): string {
  const negative = value < 0n;
  const s = (negative ? -value : value).toString();
  if (digits === 0) return (negative ? '-' : '') + s;
  const padded = s.padStart(digits + 1, '0');
  return `${negative ? '-' : ''}${padded.slice(0, -digits)}.${padded.slice(-digits)}`;
}
