/**
 * The cross-field rules about numbers (§3): decimal strings within their ranges (the schema's
 * `decimalRange` keyword, evaluated by ajv), a currency's minor digits, amounts with no more
 * decimals than the currency has, and a late fee's bounds in order. Each returns every issue.
 */
import type { ErrorObject } from 'ajv/dist/2020.js';
import type { FieldIssue } from '../errors.js';
import { compareRatio, parseRatio } from '../money/rational.js';
import { said } from '../messages/index.js';
import { decimal, int, issueAt, obj, pointerPath, str, type Json, type Obj } from './paths.js';
import type { DecimalRange } from './schema.js';
import { schemaValidator } from './schema-check.js';

/**
 * Every decimal-string rate and share lies in its range: the `decimalRange` keyword the schema
 * puts on the field (schema.ts), evaluated by ajv. Reported in document order, offers last.
 * `schemaErrors`: the validator's errors on this very object when the caller has just run it
 * (validatePolicy; none when it passed), so that it is not run twice (~0.5 ms per policy file, #16).
 */
export function decimalRanges(p: Obj, schemaErrors?: readonly ErrorObject[]): FieldIssue[] {
  const out = (schemaErrors ?? schemaErrorsOf(p))
    .filter((e) => e.keyword === 'decimalRange')
    .map((e) => {
      const r = e.schema as DecimalRange;
      const path = pointerPath(e.instancePath);
      const text = String(e.data);
      return issueAt('policy.out-of-range', path, text, said('policy.decimal-out-of-range', { value: JSON.stringify(text), ...r }));
    });
  return [...out.filter((i) => !i.field.startsWith('offers')), ...out.filter((i) => i.field.startsWith('offers'))];
}

/** The schema validator's errors on `p` (none when it passes). */
function schemaErrorsOf(p: Obj): readonly ErrorObject[] {
  const validate = schemaValidator();
  validate(p);
  return validate.errors ?? [];
}

/** ISO 4217 minor digits of common currencies whose practice agrees with the standard. */
const ISO_MINOR_DIGITS: Readonly<Record<string, number>> = {
  CNY: 2,
  USD: 2,
  GBP: 2,
  EUR: 2,
  HKD: 2,
  MOP: 2,
  SGD: 2,
  AUD: 2,
  NZD: 2,
  CAD: 2,
  CHF: 2,
  SEK: 2,
  NOK: 2,
  DKK: 2,
  PLN: 2,
  CZK: 2,
  INR: 2,
  MYR: 2,
  THB: 2,
  PHP: 2,
  MXN: 2,
  BRL: 2,
  ZAR: 2,
  JPY: 0,
  KRW: 0,
  VND: 0,
  CLP: 0,
  PYG: 0,
  UGX: 0,
  XOF: 0,
  XAF: 0,
  BHD: 3,
  KWD: 3,
  OMR: 3,
  JOD: 3,
  TND: 3,
  LYD: 3,
  IQD: 3,
};

/** A well-known currency has its ISO 4217 number of minor digits. */
export function currencyMinorDigits(p: Obj): FieldIssue[] {
  const c = obj(p.currency);
  const code = str(c?.code);
  const digits = int(c?.minorDigits);
  if (code === null || digits === null) return [];
  const iso = ISO_MINOR_DIGITS[code];
  if (iso === undefined || iso === digits) return [];
  return [issueAt('policy.currency-digits', 'currency.minorDigits', digits, said('policy.rule.currency-digits', { code, iso, digits }))];
}

/** Every amount has at most currency.minorDigits decimals. */
export function moneyDecimals(p: Obj): FieldIssue[] {
  const c = obj(p.currency);
  const digits = int(c?.minorDigits);
  if (digits === null || digits < 0 || digits > 4) return [];
  const code = str(c?.code) ?? 'the currency';
  const out: FieldIssue[] = [];
  const check = (value: Json, path: string): void => {
    const text = decimal(value);
    if (text === null) return;
    const decimals = (text.split('.')[1] ?? '').length;
    if (decimals <= digits) return;
    const [whole = '0', frac = ''] = text.split('.');
    const suggestion = digits === 0 ? whole : `${whole}.${frac.slice(0, digits)}`;
    out.push(
      issueAt('policy.money-decimals', path, text, said('policy.rule.money-decimals', { value: JSON.stringify(text), decimals, digits, code, suggestion })),
    );
  };
  const lf = obj(p.lateFee);
  check(lf?.min, 'lateFee.min');
  check(lf?.max, 'lateFee.max');
  check(lf?.amount, 'lateFee.amount');
  check(obj(p.limits)?.minInstallment, 'limits.minInstallment');
  return out;
}

/** A percentOfMinimumDue late fee has min ≤ max when both are set. */
export function lateFeeBounds(p: Obj): FieldIssue[] {
  const lf = obj(p.lateFee);
  if (lf?.type !== 'percentOfMinimumDue') return [];
  const min = decimal(lf.min);
  const max = decimal(lf.max);
  const a = min === null ? null : parseRatio(min);
  const b = max === null ? null : parseRatio(max);
  if (!a || !b || compareRatio(a, b) <= 0) return [];
  return [issueAt('policy.late-fee-bounds', 'lateFee.min', min, said('policy.rule.late-fee-bounds', { min: JSON.stringify(min), max: JSON.stringify(max) }))];
}
