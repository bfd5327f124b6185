/**
 * Amounts as integers of minor units: the one strict parser (string → bigint, §2) and the one
 * formatter (bigint → string with exactly the currency's minor digits, §5).
 */
import type { FieldIssue } from '../errors.js';
import { CURRENCY_SIGNS, type Currency } from './currency.js';
import { formatScaled } from './rational.js';

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
  const fail = (code: string, why: string): FieldIssue => ({
    code,
    field,
    value,
    message: `${field}: ${JSON.stringify(value)} ${why}`,
  });
  let s = text.trim();
  if (s === '') return fail('amount.empty', `is empty: give an amount such as ${example(currency)}`);
  const sign = s[0] ?? '';
  if (sign === '-' || sign === '−') return fail('amount.negative', `is negative: ${field} must be ${options.positive ? 'greater than 0' : '0 or more'}`);
  if (sign === '+') s = s.slice(1);
  const first = s[0] ?? '';
  if (first in CURRENCY_SIGNS) {
    const codes = CURRENCY_SIGNS[first] ?? [];
    if (!codes.includes(currency.code)) {
      return fail('amount.currency', `has the sign ${first} but the policy currency is ${currency.code}: drop the sign or use a ${currency.code} policy`);
    }
    s = s.slice(first.length).trimStart();
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
