/**
 * Amounts as agents type them on a call: `2万`, `1.5万`, `3千`, `2w`, `5k` (万 = 10,000,
 * 千 = 1,000). The multiplier is applied to the decimal text by moving the decimal point, so
 * the result is exact (no binary float); the expanded text then goes through the one strict
 * parser (parseAmount), which enforces the currency's digits and the other rules of §2.
 */

const UNITS: Readonly<Record<string, number>> = { 万: 4, w: 4, W: 4, 千: 3, k: 3, K: 3 };

// /^([¥￥$£€]?)\s*(\d+(?:,\d{3})*)(?:\.(\d+))?\s*([万wW千kK])(?:元)?$/u with its non-ASCII characters escaped: the
// bundle is ASCII, which bin/start-plan.js decodes as a plain copy (issue #16)
const SPOKEN_RE = /^([\u00a5\uffe5$\u00a3\u20ac]?)\s*(\d+(?:,\d{3})*)(?:\.(\d+))?\s*([\u4e07wW\u5343kK])(?:\u5143)?$/u;

/**
 * `2万` → `20000`, `1.5万` → `15000`, `¥3千` → `¥3000`, `1.23456万` → `12345.6`; null when the
 * text has no unit (then it is an ordinary amount, parsed as it is).
 */
export function expandSpokenAmount(text: string): string | null {
  const m = SPOKEN_RE.exec(text.trim());
  if (!m) return null;
  const sign = m[1] ?? '';
  const whole = (m[2] ?? '').replaceAll(',', '');
  const frac = m[3] ?? '';
  const shift = UNITS[m[4] ?? ''] ?? 0;
  const digits = whole + frac.padEnd(shift, '0');
  const point = whole.length + shift;
  const intPart = digits.slice(0, point).replace(/^0+(?=\d)/, '');
  const fracPart = digits.slice(point).replace(/0+$/, '');
  return `${sign}${intPart}${fracPart === '' ? '' : `.${fracPart}`}`;
}

/** True when the text uses a unit (万 / 千 / w / k) and so should be echoed back before use. */
export function isSpokenAmount(text: string): boolean {
  return expandSpokenAmount(text) !== null;
}
