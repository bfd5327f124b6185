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
  const sign = currencySymbol(currency.code);
  const body = formatMoneyGrouped(amount < 0n ? -amount : amount, currency);
  const text = sign ? `${sign}${body}` : `${body} ${currency.code}`;
  return amount < 0n ? `-${text}` : text;
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
