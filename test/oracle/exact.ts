/**
 * Exact arithmetic for the oracle (issue #10, "How it is checked"): rationals of bigints,
 * rounding to an integer, money text and civil dates. Written from SPEC §4.1 and §4.5 alone,
 * sharing nothing with src/ so that the oracle and the engine cannot agree by construction.
 */

export interface Q {
  readonly n: bigint;
  readonly d: bigint;
}

const abs = (x: bigint) => (x < 0n ? -x : x);
function gcd(a: bigint, b: bigint): bigint {
  let x = abs(a);
  let y = abs(b);
  while (y) [x, y] = [y, x % y];
  return x;
}

export function q(n: bigint, d = 1n): Q {
  if (d === 0n) throw new Error('oracle: division by zero');
  const s = d < 0n ? -1n : 1n;
  const g = gcd(n, d) || 1n;
  return { n: (s * n) / g, d: (s * d) / g };
}
export const add = (a: Q, b: Q) => q(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a: Q, b: Q) => q(a.n * b.d - b.n * a.d, a.d * b.d);
export const mul = (a: Q, b: Q) => q(a.n * b.n, a.d * b.d);
export const div = (a: Q, b: Q) => q(a.n * b.d, a.d * b.n);
export const cmp = (a: Q, b: Q) => {
  const x = a.n * b.d - b.n * a.d;
  return x < 0n ? -1 : x > 0n ? 1 : 0;
};
export function pow(a: Q, k: number): Q {
  let r = q(1n);
  for (let i = 0; i < k; i++) r = mul(r, a);
  return r;
}

/** A decimal string ("0.0005", "-12.5") as an exact rational. */
export function dec(text: string): Q {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) throw new Error(`oracle: not a decimal: ${text}`);
  const frac = m[3] ?? '';
  const n = BigInt(`${m[2]}${frac}`) * (m[1] ? -1n : 1n);
  return q(n, 10n ** BigInt(frac.length));
}

export type Mode = 'half-up' | 'half-even';

/** Rounds to an integer: half-up is away from zero at .5 (SPEC §3 `rounding`). */
export function round(x: Q, mode: Mode): bigint {
  const s = x.n < 0n ? -1n : 1n;
  const a = abs(x.n);
  let t = a / x.d;
  const twice = 2n * (a % x.d);
  if (twice > x.d || (twice === x.d && (mode === 'half-up' || t % 2n === 1n))) t += 1n;
  return s * t;
}

/** Money text with exactly `digits` decimals → minor units (the oracle's own parser). */
export function minor(text: string, digits: number): bigint {
  const v = mul(dec(text), q(10n ** BigInt(digits)));
  if (v.d !== 1n) throw new Error(`oracle: ${text} has more than ${digits} decimals`);
  return v.n;
}

/** Minor units → "1234.50" (exactly `digits` decimals). */
export function money(units: bigint, digits: number): string {
  const s = units < 0n ? '-' : '';
  const a = abs(units)
    .toString()
    .padStart(digits + 1, '0');
  return digits === 0 ? `${s}${a}` : `${s}${a.slice(0, -digits)}.${a.slice(-digits)}`;
}

/** x rounded half-up to `places` decimals, as text (for ratios: recovery rate, payment/surplus). */
export function fixed(x: Q, places: number): string {
  return money(round(mul(x, q(10n ** BigInt(places))), 'half-up'), places);
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const ymd = (y: number, m: number, d: number) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** asOf plus k calendar months, the day clamped to the month's last day (SPEC §4.5). */
export function plusMonths(asOf: string, k: number): string {
  const [y, m, d] = asOf.split('-').map(Number) as [number, number, number];
  const idx = y * 12 + (m - 1) + k;
  const ny = Math.floor(idx / 12);
  const nm = (idx % 12) + 1;
  return ymd(ny, nm, Math.min(d, daysIn(ny, nm)));
}

export function plusDays(asOf: string, days: number): string {
  const [y, m, d] = asOf.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return ymd(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}
