/**
 * Amounts as integers of minor units: the one strict parser (string → bigint, §2) and the one
 * formatter (bigint → string with exactly the currency's minor digits, §5).
 */
import type { FieldIssue } from '../errors.js';
import { CURRENCY_SIGNS, type Currency } from './currency.js';
import { formatScaled } from './rational.js';
import { msg } from '../messages/index.js';
import { blankEnd } from '../text/blank.js';

/** An amount in minor units of the policy currency (fen, cents, pence…). */
export type Minor = bigint;

/** Amounts up to 10^15 − 1 whole units: beyond any real card balance, well inside the 40-digit IRR. */
export const MAX_WHOLE_DIGITS = 15;

const PLAIN_RE = /^(\d+)(?:\.(\d*))?$/;
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
  return { code: 'input.padding', field, value: text, message: msg('en', 'input.padding', { field, value: JSON.stringify(text), char: blank.char, end: blank.end }) };
}

/**
 * Parses an amount written as text: optional currency sign (¥ ￥ $ £ €), optional comma
 * thousands separators in groups of three, at most `currency.minorDigits` decimals.
 * Returns the amount in minor units, or the issue that names the field, the value and the fix.
 */
export function parseAmount(text: string, field: string, currency: Currency, options: ParseAmountOptions = {}): Minor | FieldIssue {
  const value = text;
  const fail = (code: string, why: string): FieldIssue => ({
    code,
    field,
    value,
    message: `${field}: ${JSON.stringify(value)} ${why}`,
  });
  if (text.trim() === '') return fail('amount.empty', `is empty: give an amount such as ${example(currency)}`);
  // the padding rule (docs/input.md): blanks around a value are refused, not trimmed
  const padded = paddingIssue(text, field);
  if (padded) return padded;
  let s = text;
  const sign = s[0] ?? '';
  if (sign === '-' || sign === '−') return fail('amount.negative', `is negative: ${field} must be ${options.positive ? 'greater than 0' : '0 or more'}`);
  if (sign === '+') return { code: 'amount.plus-sign', field, value, message: msg('en', 'amount.plus-sign', { field, value: JSON.stringify(value) }) };
  const first = s[0] ?? '';
  if (first in CURRENCY_SIGNS) {
    const codes = CURRENCY_SIGNS[first] ?? [];
    if (!codes.includes(currency.code)) {
      return fail('amount.currency', `has the sign ${first} but the policy currency is ${currency.code}: drop the sign or use a ${currency.code} policy`);
    }
    s = s.slice(first.length);
    if (/^\s/u.test(s)) return { code: 'amount.space-after-sign', field, value, message: msg('en', 'amount.space-after-sign', { field, value: JSON.stringify(value) }) };
    if (s.startsWith('-')) return fail('amount.negative', `is negative: ${field} must be ${options.positive ? 'greater than 0' : '0 or more'}`);
  }
  if (/^[+-]?(nan|inf|infinity)$/i.test(s)) return fail('amount.not-a-number', `is not a number: give an amount such as ${example(currency)}`);
  if (/^[\d.,]*[eE][+-]?\d+$/.test(s)) return fail('amount.exponent', `uses an exponent: write the amount out in full, e.g. ${example(currency)}`);
  const m = PLAIN_RE.exec(s) ?? GROUPED_RE.exec(s);
  if (!m) {
    if ((s.match(/\./g) ?? []).length > 1) return fail('amount.two-points', `has more than one decimal point: give an amount such as ${example(currency)}`);
    if (/^[\d,]+(\.\d*)?$/.test(s)) return fail('amount.grouping', `has misplaced thousands separators: group digits by three (1,234,567.89) or leave the commas out`);
    return fail('amount.malformed', `is not an amount: use digits with an optional currency sign and at most ${currency.minorDigits} decimals, e.g. ${example(currency)}`);
  }
  const whole = (m[1] ?? '').replaceAll(',', '');
  const frac = m[2] ?? '';
  if (m[2] !== undefined && frac === '') return fail('amount.malformed', `ends with a decimal point: give an amount such as ${example(currency)}`);
  if (frac.length > currency.minorDigits) {
    return fail('amount.too-many-decimals', `has ${frac.length} decimals but ${currency.code} has ${currency.minorDigits}: round it to ${currency.minorDigits} decimal${currency.minorDigits === 1 ? '' : 's'}`);
  }
  if (whole.replace(/^0+/, '').length > MAX_WHOLE_DIGITS) {
    return fail('amount.too-large', `is larger than repayplan handles (at most ${MAX_WHOLE_DIGITS} digits before the decimal point): check the figure`);
  }
  const minor = BigInt(whole + frac.padEnd(currency.minorDigits, '0'));
  if (options.positive && minor === 0n) return fail('amount.zero', `is zero: ${field} must be greater than 0`);
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

/** Formats for people: thousands separators, e.g. 2230000n → "22,300.00". */
export function formatMoneyGrouped(amount: Minor, currency: Currency): string {
  const plain = formatMoney(amount, currency);
  const negative = plain.startsWith('-');
  const body = negative ? plain.slice(1) : plain;
  const [whole = '', frac] = body.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${grouped}${frac === undefined ? '' : `.${frac}`}`;
}
