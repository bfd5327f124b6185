/**
 * Amounts as integers of minor units: the one strict parser (string → bigint, §2) and the one
 * formatter (bigint → string with exactly the currency's minor digits, §5).
 */
import type { FieldIssue } from '../errors.js';
import { render, said, type MessageRef } from '../messages/index.js';
import { CURRENCY_SIGNS, currencySymbol, type Currency } from './currency.js';
import { formatScaled } from './rational.js';
import { blankEnd } from '../text/blank.js';

/** An amount in minor units of the policy currency (fen, cents, pence…). */
export type Minor = bigint;

/** Amounts up to 10^15 − 1 whole units: beyond any real card balance, well inside the 40-digit IRR. */
export const MAX_WHOLE_DIGITS = 15;

const PLAIN_RE = /^(\d+)(?:\.(\d*))?$/;
const SIMPLE_RE = /^(\d+)(?:\.(\d+))?$/;
const GROUPED_RE = /^(\d{1,3}(?:,\d{3})+)(?:\.(\d*))?$/;

export interface ParseAmountOptions {
  /** Zero is refused (principal must be > 0). */
  positive?: boolean;
}

function example(currency: Currency): string {
  return currency.minorDigits === 0 ? '1234' : `1234.${'5'.padEnd(currency.minorDigits, '0')}`;
}

/** The issue for a value with blank characters around it (the padding rule), or null. */
export function paddingIssue(text: string, field: string): FieldIssue | null {
  const blank = blankEnd(text);
  if (blank === null || text.trim() === '') return null;
  const ref = said('input.padding', { field, value: JSON.stringify(text), char: blank.char, end: blank.end });
  return { code: 'input.padding', field, value: text, message: render('en', ref), text: ref };
}

/**
 * Parses an amount written as text: optional currency sign (¥ ￥ $ £ €), optional comma
 * thousands separators in groups of three, at most `currency.minorDigits` decimals.
 * Returns the amount in minor units, or the issue that names the field, the value and the fix.
 */
export function parseAmount(text: string, field: string, currency: Currency, options: ParseAmountOptions = {}): Minor | FieldIssue {
  // the common case first (plain digits, at most the currency's decimals, at most 15 whole
  // digits, not a refused zero): the same value the full rules below give, without their regexes
  const plain = SIMPLE_RE.exec(text);
  if (plain) {
    const whole = plain[1] as string;
    const frac = plain[2] ?? '';
    if (frac.length <= currency.minorDigits && (whole.length <= MAX_WHOLE_DIGITS || whole.replace(/^0+/, '').length <= MAX_WHOLE_DIGITS)) {
      const minor = BigInt(whole + frac.padEnd(currency.minorDigits, '0'));
      if (!(options.positive && minor === 0n)) return minor;
    }
  }
  return parseAmountFullRules(text, field, currency, options);
}

/** parseAmount without the shortcut: every rule of §2 in order (the tests compare the two). */
export function parseAmountFullRules(text: string, field: string, currency: Currency, options: ParseAmountOptions = {}): Minor | FieldIssue {
  const value = text;
  const fail = (code: string, ref: MessageRef): FieldIssue => ({ code, field, value, message: render('en', ref), text: ref });
  // the message parameters, built only when the amount is refused (batch parses millions)
  const base = () => ({
    field,
    value: JSON.stringify(value),
    example: example(currency),
    code: currency.code,
    digits: currency.minorDigits,
    sign: currencySymbol(currency.code),
  });
  const negative = () => fail('amount.negative', said(options.positive ? 'amount.negative.positive' : 'amount.negative.non-negative', base()));
  if (text.trim() === '') return fail('amount.empty', said('amount.empty', base()));
  // the padding rule (docs/input.md): blanks around a value are refused, not trimmed
  const padded = paddingIssue(text, field);
  if (padded) return padded;
  let s = text;
  const sign = s[0] ?? '';
  if (sign === '-' || sign === '−') return negative();
  if (sign === '+') return fail('amount.plus-sign', said('amount.plus-sign', { field, value: JSON.stringify(value) }));
  const first = s[0] ?? '';
  if (first in CURRENCY_SIGNS) {
    const codes = CURRENCY_SIGNS[first] ?? [];
    if (!codes.includes(currency.code)) return fail('amount.currency', said('amount.currency', { ...base(), typed: first }));
    s = s.slice(first.length);
    if (/^\s/u.test(s)) return fail('amount.space-after-sign', said('amount.space-after-sign', { field, value: JSON.stringify(value) }));
    if (s.startsWith('-')) return negative();
  }
  if (/^[+-]?(nan|inf|infinity)$/i.test(s)) return fail('amount.not-a-number', said('amount.not-a-number', base()));
  if (/^[\d.,]*[eE][+-]?\d+$/.test(s)) return fail('amount.exponent', said('amount.exponent', base()));
  const m = PLAIN_RE.exec(s) ?? GROUPED_RE.exec(s);
  if (!m) {
    if ((s.match(/\./g) ?? []).length > 1) return fail('amount.two-points', said('amount.two-points', base()));
    if (/^[\d,]+(\.\d*)?$/.test(s)) return fail('amount.grouping', said('amount.grouping', base()));
    return fail('amount.malformed', said('amount.malformed', base()));
  }
  const whole = (m[1] ?? '').replaceAll(',', '');
  const frac = m[2] ?? '';
  if (m[2] !== undefined && frac === '') return fail('amount.malformed', said('amount.trailing-point', base()));
  if (frac.length > currency.minorDigits) return fail('amount.too-many-decimals', said('amount.too-many-decimals', { ...base(), decimals: frac.length }));
  if (whole.replace(/^0+/, '').length > MAX_WHOLE_DIGITS) return fail('amount.too-large', said('amount.too-large', { ...base(), max: MAX_WHOLE_DIGITS }));
  const minor = BigInt(whole + frac.padEnd(currency.minorDigits, '0'));
  if (options.positive && minor === 0n) return fail('amount.zero', said('amount.zero', base()));
  return minor;
}

/** True when parseAmount returned an issue. */
export function isIssue(x: Minor | FieldIssue): x is FieldIssue {
  return typeof x === 'object';
}

/** Formats minor units with exactly the currency's minor digits: 123450n → "1234.50". */
export function formatMoney(amount: Minor, currency: Currency): string {
  return formatScaled(amount, currency.minorDigits);
}

/**
 * Formats for people: thousands separators, e.g. 2230000n → "22,300.00". The commas go in by
 * slicing the whole part in threes (a table's first render calls this a few hundred times, and
 * a look-ahead regular expression run cold cost ~2–3 ms of `plan`'s start, issue #16).
 */
export function formatMoneyGrouped(amount: Minor, currency: Currency): string {
  const plain = formatMoney(amount, currency);
  const negative = plain.startsWith('-');
  const body = negative ? plain.slice(1) : plain;
  const dot = body.indexOf('.');
  const whole = dot < 0 ? body : body.slice(0, dot);
  let grouped = whole.slice(0, ((whole.length - 1) % 3) + 1);
  for (let i = grouped.length; i < whole.length; i += 3) grouped += `,${whole.slice(i, i + 3)}`;
  return `${negative ? '-' : ''}${grouped}${dot < 0 ? '' : body.slice(dot)}`;
}
