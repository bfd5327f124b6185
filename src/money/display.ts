/**
 * The one place money and rates are shown to people (tables, scripts, counter-offers, the live
 * call): the currency sign, thousands separators and the currency's own digits; rates as
 * percentages. The JSON keeps the plain `formatMoney` form.
 */
import { formatMoneyGrouped, type Minor } from './amount.js';
import { currencySymbol, type Currency } from './currency.js';
import { formatFraction, parseRatio, type Ratio } from './rational.js';

/** An amount as people read it: "¥20,965.85", "-$12.00"; a currency without a sign: "1,234.500 KWD". */
export function moneyText(amount: Minor, currency: Currency): string {
  return withSign(formatMoneyGrouped(amount < 0n ? -amount : amount, currency), amount < 0n, currency.code);
}

/** An exact decimal string of the JSON documents ("-1234567.80") shown like `moneyText`: "-¥1,234,567.80". */
export function decimalMoneyText(amount: string, code: string): string {
  const negative = amount.startsWith('-');
  const [whole = '', frac] = (negative ? amount.slice(1) : amount).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return withSign(`${grouped}${frac === undefined ? '' : `.${frac}`}`, negative, code);
}

/** The currency's sign before the digits (or its code after them), the minus before both: never "¥-1,200.00". */
function withSign(body: string, negative: boolean, code: string): string {
  const sign = currencySymbol(code);
  const text = sign ? `${sign}${body}` : `${body} ${code}`;
  return negative ? `-${text}` : text;
}

/** An annual fraction string of the JSON ("0.108964") as a percentage with two decimals ("10.90%"). */
export function rateText(fraction: string): string {
  const r = parseRatio(fraction);
  if (!r) return fraction;
  return `${formatFraction(r.num * 100n, r.den, 2)}%`;
}

/** A ratio as a percentage with at least `min` and at most `max` decimals: 5/10000 → "0.05%". */
export function percentText(r: Ratio, min = 2, max = 4): string {
  return `${percentNumber(r, min, max)}%`;
}

/**
 * The number of a percentage, without its sign, with at least `min` and at most `max` decimals
 * (rounded half up beyond `max`, trailing zeros dropped down to `min`): 5/10000 → "0.05",
 * (1/1, 0) → "100". For a text that places the sign itself (the catalogue's `common.percent`).
 */
export function percentNumber(r: Ratio, min = 2, max = 4): string {
  let s = formatFraction(r.num * 100n, r.den, max);
  while (s.includes('.') && s.split('.')[1]!.length > min && s.endsWith('0')) s = s.slice(0, -1);
  return s.endsWith('.') ? s.slice(0, -1) : s;
}
