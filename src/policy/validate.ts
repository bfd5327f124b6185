/**
 * Policy validation (§3): unknown JSON → PolicyDoc, or every issue with its JSON path.
 *
 * Two passes, both always run so that one report lists everything:
 * 1. structural: the JSON Schema of `schema.ts` (published as schema/policy.schema.json),
 *    checked by ajv with all errors collected; each ajv error becomes a FieldIssue with a
 *    stable code, the JSON path, the bad value and a message saying what would be valid;
 * 2. cross-field: the named rules of `rules.ts`.
 * A rule issue on a path the schema already reported is dropped, so a value is blamed once.
 */
import { createRequire } from 'node:module';
import type Ajv2020Module from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import type { FieldIssue } from '../errors.js';
import { checkRules, describeValue, indexPath, issue, keyPath, valueText } from './rules.js';
import { DECIMAL_PATTERN, POLICY_SCHEMA, ZERO_PATTERN } from './schema.js';
import type { PolicyDoc } from './types.js';

export type PolicyValidation = { ok: true; doc: PolicyDoc } | { ok: false; issues: FieldIssue[] };

type Json = unknown;
type Obj = Record<string, Json>;

let compiled: ValidateFunction | null = null;

/**
 * The compiled schema validator, built on first use. ajv is loaded lazily (synchronously, via
 * require) so that commands which never validate a file — `plan` with a preset — do not pay
 * for it at start-up (SPEC §8). The schema itself is checked against the 2020-12 meta-schema
 * in strict mode by the test suite, so it is not re-checked here (`validateSchema: false`).
 */
function schemaValidator(): ValidateFunction {
  if (!compiled) {
    const require = createRequire(import.meta.url);
    const Ajv2020 = (require('ajv/dist/2020.js') as typeof Ajv2020Module).default;
    const ajv = new Ajv2020(AJV_OPTIONS);
    compiled = ajv.compile(POLICY_SCHEMA);
  }
  return compiled;
}

/** ajv options: every error, with the data and schema of each (for the messages). */
export const AJV_OPTIONS = {
  allErrors: true,
  verbose: true,
  allowUnionTypes: true,
  strict: false,
  validateSchema: false,
  code: { optimize: false },
} as const;

/** Examples used in "add it" and "wrong type" messages, by key. */
const EXAMPLES: Readonly<Record<string, string>> = {
  name: '"my-policy"',
  version: '"1"',
  description: '"what this policy is for"',
  currency: '{ "code": "CNY", "minorDigits": 2, "rounding": "half-up" }',
  code: '"CNY"',
  minorDigits: '2',
  rounding: '"half-up"',
  cycleDays: '30',
  aprDisplay: '"nominal"',
  interest: '{ "dailyRate": "0.0005", "compounding": "monthly" }',
  dailyRate: '"0.0005"',
  compounding: '"monthly"',
  lateFee: '{ "type": "flat", "amount": "30.00" }',
  type: '"percentOfMinimumDue"',
  rate: '"0.05"',
  min: '"10.00" (or null for no lower bound)',
  max: 'null (no upper bound) or "500.00"',
  amount: '"30.00"',
  minimumPayment: '{ "rate": "0.10" }',
  chargesCap: 'null (no cap) or { "annualRate": "0.24" }',
  annualRate: '"0.0699"',
  buckets: '[{ "name": "M1", "maxDays": 30 }, { "name": "M2+", "maxDays": null }]',
  maxDays: '30 (or null on the last bucket)',
  offers: '[{ "id": "installment", "family": "installment", … }]',
  id: '"installment"',
  family: '"installment"',
  label: '{ "zh": "个性化分期", "en": "Hardship installment" }',
  zh: '"个性化分期"',
  en: '"Hardship installment"',
  terms: '[12, 24, 36]',
  method: '"flat-fee"',
  monthlyFeeRate: '"0.005"',
  graceMonths: '[3, 6]',
  graceShare: '"0.01"',
  lumpSumDays: '30',
  waivers: '{ "*": { "fees": "1", "interest": "0", "principal": "0" } }',
  fees: '"1"',
  principal: '"0"',
  affordability: '{ "maxShareOfSurplus": "0.5" }',
  maxShareOfSurplus: '"0.5"',
  recovery: '{ "annualDiscountRate": "0.08", "monthlyBreakRate": "0.02" }',
  annualDiscountRate: '"0.08"',
  monthlyBreakRate: '"0.02"',
  limits: '{ "maxTermMonths": 60, "minInstallment": "100.00" }',
  maxTermMonths: '60',
  minInstallment: '"100.00"',
};

/** Walks an ajv instance pointer ("/offers/0/terms/2") into our path and the value there. */
function resolvePointer(pointer: string, data: Json): { path: string; value: Json; parent: Json; key: string | null } {
  let path = '$';
  let value: Json = data;
  let parent: Json = undefined;
  let key: string | null = null;
  if (pointer === '') return { path, value, parent, key };
  for (const raw of pointer.slice(1).split('/')) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    parent = value;
    key = seg;
    if (Array.isArray(value)) {
      path = indexPath(path, Number(seg));
      value = value[Number(seg)];
    } else {
      path = keyPath(path, seg);
      value = value !== null && typeof value === 'object' ? (value as Obj)[seg] : undefined;
    }
  }
  return { path, value, parent, key };
}

function lastKey(path: string): string {
  const m = /(?:^|\.)([A-Za-z_][A-Za-z0-9_]*)$/.exec(path);
  return m?.[1] ?? '';
}

function editDistance(a: string, b: string): number {
  const d = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0] ?? 0;
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = d[j] ?? 0;
      d[j] = Math.min((d[j] ?? 0) + 1, (d[j - 1] ?? 0) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return d[b.length] ?? 0;
}

function suggestKey(key: string, allowed: string[]): string | null {
  const lower = key.toLowerCase();
  const exact = allowed.find((k) => k.toLowerCase() === lower);
  if (exact) return exact;
  let best: { k: string; d: number } | null = null;
  for (const k of allowed) {
    const d = editDistance(lower, k.toLowerCase());
    if (d <= 2 && (!best || d < best.d)) best = { k, d };
  }
  if (best) return best.k;
  return allowed.find((k) => k.toLowerCase().startsWith(lower) || lower.startsWith(k.toLowerCase())) ?? null;
}

const RATE_KEYS = new Set(['dailyRate', 'rate', 'annualRate', 'monthlyFeeRate', 'graceShare', 'maxShareOfSurplus', 'annualDiscountRate', 'monthlyBreakRate']);
const AMOUNT_PATHS = new Set(['lateFee.min', 'lateFee.max', 'lateFee.amount', 'limits.minInstallment']);
const WAIVER_SHARE_RE = /\.waivers(?:\.[A-Za-z_][A-Za-z0-9_]*|\["(?:[^"\\]|\\.)*"\])\.(?:fees|interest|principal)$/;

/** Whether the field at a path is a decimal-string rate (or share), an amount, or neither. */
function fieldKind(path: string): 'rate' | 'share' | 'amount' | null {
  if (AMOUNT_PATHS.has(path)) return 'amount';
  if (WAIVER_SHARE_RE.test(path)) return 'share';
  if (RATE_KEYS.has(lastKey(path)) && !path.endsWith('.waivers')) return 'rate';
  return null;
}

/** An example value for the field at a path. */
function exampleFor(path: string): string | undefined {
  if (WAIVER_SHARE_RE.test(path)) return '"1" (all) or "0.5" (half)';
  if (/^buckets\[\d+\]\.name$/.test(path)) return '"M1"';
  if (/^offers\[\d+\]\.buckets$/.test(path)) return '["M1", "M2"]';
  if (/^offers\[\d+\]\.waivers\./.test(path)) return '{ "fees": "1", "interest": "0", "principal": "0" }';
  if (path === 'chargesCap.annualRate') return '"0.24"';
  if (path === 'lateFee.type') return '"percentOfMinimumDue", "flat" or "none"';
  return EXAMPLES[lastKey(path)];
}

/** What a decimal-string field given as a JSON number should have been written as. */
function asDecimalString(n: number, kind: 'rate' | 'share' | 'amount', minorDigits: number | null): string {
  const text = String(n);
  if (!new RegExp(DECIMAL_PATTERN).test(text)) return kind === 'amount' ? '100.00' : kind === 'share' ? '0.5' : '0.005';
  if (kind === 'amount' && minorDigits !== null && minorDigits > 0) {
    const [whole = '0', frac = ''] = text.split('.');
    if (frac.length <= minorDigits) return `${whole}.${frac.padEnd(minorDigits, '0')}`;
  }
  return text;
}

function describeTypes(types: string[], path: string): string {
  const parts = types.map((t) => {
    switch (t) {
      case 'string': return 'a string';
      case 'integer': return 'a whole number';
      case 'number': return 'a number';
      case 'object': return 'an object';
      case 'array': return 'a list';
      case 'null': return 'null';
      case 'boolean': return 'true or false';
      default: return t;
    }
  });
  const example = exampleFor(path);
  return `${parts.join(' or ')}${example ? `, e.g. ${example}` : ''}`;
}

/** "an installment", "a deferral". */
function withArticle(word: string): string {
  return `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;
}

/** Why a conditionally required key is needed (null for keys that are always required). */
function missingReason(parentPath: string, key: string, parent: Obj): string | null {
  if (/^offers\[\d+\]$/.test(parentPath)) {
    switch (key) {
      case 'method': return `${withArticle(String(parent.family))} offer needs a method: "flat-fee", "annuity" or "equal-principal"`;
      case 'monthlyFeeRate': return 'a flat-fee offer needs its monthly fee rate';
      case 'annualRate': return `${withArticle(String(parent.method))} offer needs its yearly interest rate`;
      case 'graceMonths': return 'a deferral offer needs the grace lengths it offers, in months';
      case 'graceShare': return 'a deferral offer needs the share of the debt paid each grace month';
      case 'lumpSumDays': return 'a reduction offer with term 1 (a lump sum) needs the days allowed to pay it';
      default: return null;
    }
  }
  if (parentPath === 'lateFee' && key !== 'type') {
    return key === 'amount' ? 'a flat late fee needs its amount' : 'a percentOfMinimumDue late fee needs rate, min and max (null for no bound)';
  }
  return null;
}

/** Why a key is not allowed next to its siblings: [what is wrong, the fix]. */
function notAllowed(path: string, key: string, parent: Obj): [string, string] {
  if (path.startsWith('lateFee.')) {
    return [`not used when lateFee.type is ${JSON.stringify(parent.type)}`, 'remove it'];
  }
  const family = String(parent.family);
  switch (key) {
    case 'method':
      return ['a reduction offer has no method (it is paid as a lump sum, or monthly at no fee)', 'remove it'];
    case 'monthlyFeeRate':
      return family === 'reduction'
        ? ['a reduction offer charges no fee', 'remove it']
        : [`${withArticle(String(parent.method))} offer charges annualRate, not monthlyFeeRate`, 'remove it, or set method to "flat-fee"'];
    case 'annualRate':
      return family === 'reduction'
        ? ['a reduction offer charges no interest', 'remove it']
        : ['a flat-fee offer charges monthlyFeeRate, not annualRate', 'remove it, or set method to "annuity" or "equal-principal"'];
    case 'graceMonths':
    case 'graceShare':
      return [`only a deferral offer has ${key}, not ${withArticle(family)} offer`, 'remove it, or set family to "deferral"'];
    case 'lumpSumDays':
      return [`only a reduction offer has lumpSumDays, not ${withArticle(family)} offer`, 'remove it'];
    default:
      return ['not allowed here', 'remove it'];
  }
}

/** Turns one ajv error into a FieldIssue, or null for errors that only echo another one. */
function issueFromAjv(e: ErrorObject, data: Json): FieldIssue | null {
  const at = resolvePointer(e.instancePath, data);
  const here = at.value;
  const schema = (e.parentSchema ?? {}) as Obj;
  const key = at.key ?? '';
  const minorDigits = (() => {
    const c = (data as Obj | null)?.currency as Obj | undefined;
    const d = c?.minorDigits;
    return typeof d === 'number' && Number.isInteger(d) && d >= 0 && d <= 4 ? d : null;
  })();
  switch (e.keyword) {
    case 'if':
      return null; // the failing branch reported its own error
    case 'additionalProperties': {
      const extra = String((e.params as { additionalProperty: string }).additionalProperty);
      const path = at.path === '$' && extra === '$' ? '$' : keyPath(at.path, extra);
      const allowed = Object.keys((schema.properties ?? {}) as Obj);
      const guess = suggestKey(extra, allowed);
      const where = at.path === '$' ? 'at the top level' : `in ${at.path}`;
      return issue('policy.unknown-key', path, (here as Obj)[extra], `unknown key ${JSON.stringify(extra)} ${where}`, `${guess ? `did you mean ${JSON.stringify(guess)}? ` : ''}the keys allowed here are ${allowed.join(', ')}`);
    }
    case 'required': {
      const missing = String((e.params as { missingProperty: string }).missingProperty);
      const path = keyPath(at.path, missing);
      const reason = missingReason(at.path, missing, (here ?? {}) as Obj);
      const example = exampleFor(path);
      return issue('policy.missing-key', path, undefined, reason ? `missing: ${reason}` : 'missing (required)', `add it${example ? `, e.g. ${JSON.stringify(missing)}: ${example}` : ''}`);
    }
    case 'false schema': {
      const [wrong, fix] = notAllowed(at.path, key, (at.parent ?? {}) as Obj);
      return issue('policy.key-not-allowed', at.path, here, wrong, fix);
    }
    case 'type': {
      const kind = fieldKind(at.path);
      const types = String((e.params as { type: string | string[] }).type).split(',');
      if (kind && typeof here === 'number') {
        const text = asDecimalString(here, kind, minorDigits);
        const code = 'policy.decimal-as-number';
        const msg = `${at.path}: the JSON number ${String(here)} is not a decimal string; give ${kind === 'amount' ? 'amounts' : kind === 'share' ? 'shares' : 'rates'} as decimal strings like "${text}", not the JSON number ${String(here)}`;
        return { code, field: at.path, value: valueText(here), message: msg };
      }
      if (kind) {
        return issue('policy.type', at.path, here, `${describeValue(here)} is not a decimal string`, `write ${kind === 'amount' ? 'the amount' : 'the number'} in quotes, e.g. "${kind === 'amount' ? '100.00' : '0.005'}"${types.includes('null') ? ', or null' : ''}`);
      }
      if (types.includes('integer') && typeof here === 'number') {
        return issue('policy.type', at.path, here, `${String(here)} is not a whole number`, `use ${describeRange(schema)}`);
      }
      if (types.includes('integer') && typeof here === 'string' && /^\s*\d+\s*$/.test(here)) {
        return issue('policy.type', at.path, here, `the string ${JSON.stringify(here)} is not a number`, `write the JSON number ${here.trim()} without quotes`);
      }
      return issue('policy.type', at.path, here, `${describeValue(here)} has the wrong type`, `give ${describeTypes(types, at.path)}`);
    }
    case 'pattern': {
      const text = String(here);
      if ((e.params as { pattern: string }).pattern === ZERO_PATTERN) {
        const [wrong, fix] = notAllowed(at.path, key, (at.parent ?? {}) as Obj);
        return issue('policy.key-not-allowed', at.path, here, wrong, `${fix} (only "0", which changes nothing, is tolerated)`);
      }
      if (fieldKind(at.path) === 'rate' || fieldKind(at.path) === 'share') {
        return issue('policy.decimal-format', at.path, here, `${JSON.stringify(text)} is not a plain decimal`, 'write digits with an optional decimal point, like "0.005" (no sign, exponent, percent sign, comma or spaces)');
      }
      if (fieldKind(at.path) === 'amount') {
        const d = minorDigits ?? 2;
        return issue('policy.decimal-format', at.path, here, `${JSON.stringify(text)} is not a plain amount`, `write digits with at most ${d} decimal${d === 1 ? '' : 's'}, like "${d === 0 ? '100' : `100.${'0'.repeat(d)}`}" (no currency sign, sign, comma or spaces)`);
      }
      if (lastKey(at.path) === 'id') {
        return issue('policy.offer-id', at.path, here, `${JSON.stringify(text)} is not a valid offer id`, 'use lowercase letters, digits and hyphens, starting with a letter, like "hardship-plan"');
      }
      if (at.path === 'currency.code') {
        return issue('policy.currency-code', at.path, here, `${JSON.stringify(text)} is not an ISO 4217 currency code`, 'use three capital letters, like "CNY", "USD" or "GBP"');
      }
      return issue('policy.format', at.path, here, `${JSON.stringify(text)} does not match ${String((e.params as { pattern: string }).pattern)}`, 'correct its format');
    }
    case 'enum':
    case 'const': {
      const allowed = ((e.params as { allowedValues?: Json[] }).allowedValues ?? [(e.params as { allowedValue?: Json }).allowedValue]).map((v) => JSON.stringify(v));
      return issue('policy.enum', at.path, here, `${describeValue(here)} is not one of the allowed values`, `use ${allowed.length > 1 ? `${allowed.slice(0, -1).join(', ')} or ${allowed[allowed.length - 1]}` : allowed[0]}`);
    }
    case 'minimum':
    case 'maximum':
      return issue('policy.out-of-range', at.path, here, `${String(here)} is out of range`, `use ${describeRange(schema)}`);
    case 'minItems':
      return issue('policy.empty', at.path, here, 'is empty', `list at least one ${itemNoun(at.path)}`);
    case 'minLength':
      return issue('policy.empty', at.path, here, 'is empty', `give a non-empty text${exampleFor(at.path) ? `, e.g. ${exampleFor(at.path)}` : ''}`);
    case 'uniqueItems': {
      const { i, j } = e.params as { i: number; j: number };
      const first = Math.min(i, j);
      const dup = Math.max(i, j);
      const list = Array.isArray(here) ? here : [];
      return issue('policy.duplicate', indexPath(at.path, dup), list[dup], `${JSON.stringify(list[dup])} repeats ${indexPath(at.path, first)}`, `list each ${itemNoun(at.path)} once`);
    }
    default:
      return issue(`policy.${e.keyword}`, at.path, here, e.message ?? 'is not valid', 'see schema/policy.schema.json');
  }
}

function describeRange(schema: Obj): string {
  const lo = typeof schema.minimum === 'number' ? schema.minimum : null;
  const hi = typeof schema.maximum === 'number' ? schema.maximum : null;
  if (lo !== null && hi !== null) return `a whole number from ${lo} to ${hi}`;
  if (lo !== null) return `a whole number, at least ${lo}`;
  if (hi !== null) return `a whole number, at most ${hi}`;
  return 'a whole number';
}

function itemNoun(path: string): string {
  switch (lastKey(path)) {
    case 'buckets': return path.startsWith('offers') ? 'bucket name' : 'bucket';
    case 'offers': return 'offer';
    case 'terms': return 'term (months)';
    case 'graceMonths': return 'grace length (months)';
    default: return 'item';
  }
}

/** Checks a parsed JSON value as a policy; on success the value itself is the PolicyDoc. */
export function validatePolicy(json: unknown): PolicyValidation {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return {
      ok: false,
      issues: [issue('policy.type', '$', json, `a policy must be a JSON object, not ${describeValue(json)}`, 'start from `repayplan policy init cn-standard`')],
    };
  }
  const validate = schemaValidator();
  const structural: FieldIssue[] = [];
  if (!validate(json)) {
    const seen = new Set<string>();
    for (const e of validate.errors ?? []) {
      const i = issueFromAjv(e, json);
      if (!i) continue;
      const k = `${i.code}\u0000${i.field}\u0000${i.message}`;
      if (seen.has(k)) continue;
      seen.add(k);
      structural.push(i);
    }
  }
  // One issue per path: the first found (structural before cross-field) names the problem.
  const blamed = new Set<string>();
  const issues = [...structural, ...checkRules(json as Obj)].filter((i) => {
    if (blamed.has(i.field)) return false;
    blamed.add(i.field);
    return true;
  });
  return issues.length === 0 ? { ok: true, doc: json as PolicyDoc } : { ok: false, issues };
}
