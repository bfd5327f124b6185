/**
 * The cross-field half of policy validation (§3): small named rules that JSON Schema cannot
 * express (numeric ranges of decimal strings, bucket order, names used across the document,
 * terms against limits, amounts against the currency). Each rule reads the raw JSON
 * defensively — it runs even when the structural check found problems elsewhere, and simply
 * skips any part whose shape is wrong (the schema reports those) — and returns every issue it
 * finds, never just the first.
 *
 * Paths: `$` is the root; keys follow with dots (`currency.code`), array items with brackets
 * (`offers[1].terms[2]`), and a key that is not an identifier is quoted in brackets
 * (`offers[2].waivers["M7+"].fees`).
 */
import type { FieldIssue } from '../errors.js';
import { compareRatio, parseRatio } from '../money/rational.js';
import { msg, said, type MessageRef } from '../messages/index.js';
import { DECIMAL_PATTERN, type DecimalRange } from './schema.js';
import { schemaValidator } from './schema-check.js';

type Json = unknown;
type Obj = Record<string, Json>;

const DECIMAL_RE = new RegExp(DECIMAL_PATTERN);
const IDENT_RE = /^[A-Za-z_][A-Za-z0-9_]*$/;

// ---------------------------------------------------------------------------------------------
// Paths, values, issues

/** The path of a key under `parent` (`$` for the root). */
export function keyPath(parent: string, key: string): string {
  if (IDENT_RE.test(key)) return parent === '$' ? key : `${parent}.${key}`;
  return `${parent}[${JSON.stringify(key)}]`;
}

/** The path of an array item under `parent`. */
export function indexPath(parent: string, index: number): string {
  return `${parent}[${index}]`;
}

/** The text of a value for FieldIssue.value: strings as they are, other JSON compactly. */
export function valueText(value: Json): string | null {
  if (value === undefined) return null;
  if (typeof value === 'string') return value;
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** How a value reads in a message, as a catalogue message: `"0,5"`, `the JSON number 0.5`, `a list`… */
export function describeValue(value: Json): MessageRef {
  if (typeof value === 'string') return said('policy.value.string', { text: JSON.stringify(value) });
  if (typeof value === 'number') return said('policy.value.number', { text: String(value) });
  if (typeof value === 'boolean') return said('policy.value.boolean', { text: String(value) });
  if (value === null) return said('policy.value.null');
  if (Array.isArray(value)) return said('policy.value.list');
  return said('policy.value.object');
}

/** An issue whose message (after "<path>: ") comes from the catalogue (src/messages/policy.ts). */
export function issueAt(code: string, field: string, value: Json, text: string): FieldIssue {
  return { code, field, value: valueText(value), message: `${field}: ${text}` };
}

function obj(x: Json): Obj | null {
  return x !== null && typeof x === 'object' && !Array.isArray(x) ? (x as Obj) : null;
}
function arr(x: Json): Json[] | null {
  return Array.isArray(x) ? x : null;
}
function str(x: Json): string | null {
  return typeof x === 'string' ? x : null;
}
function int(x: Json): number | null {
  return typeof x === 'number' && Number.isInteger(x) ? x : null;
}
function decimal(x: Json): string | null {
  return typeof x === 'string' && DECIMAL_RE.test(x) ? x : null;
}
function quoteList(all: readonly string[], max = 12): string {
  const names = [...new Set(all)];
  const shown = names.slice(0, max).map((n) => JSON.stringify(n));
  return names.length > max ? `${shown.join(', ')}, …` : shown.join(', ');
}

/** The offers of a document with their paths (only those that are objects). */
function offers(p: Obj): { o: Obj; path: string; i: number }[] {
  return (arr(p.offers) ?? []).flatMap((o, i) => {
    const offer = obj(o);
    return offer ? [{ o: offer, path: indexPath('offers', i), i }] : [];
  });
}

/** Names of the well-formed buckets, or null when the bucket list itself is unusable. */
function bucketNames(p: Obj): string[] | null {
  const list = arr(p.buckets);
  if (!list || list.length === 0) return null;
  const names: string[] = [];
  for (const b of list) {
    const name = str(obj(b)?.name);
    if (name === null) return null;
    names.push(name);
  }
  return names;
}

// ---------------------------------------------------------------------------------------------
// Rules

/** The path of an ajv instance pointer ("/offers/0/terms/2" → offers[0].terms[2]). */
export function pointerPath(pointer: string): string {
  if (pointer === '') return '$';
  return pointer
    .slice(1)
    .split('/')
    .map((raw) => raw.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((path, seg) => (/^\d+$/.test(seg) ? indexPath(path, Number(seg)) : keyPath(path, seg)), '$');
}

/**
 * Every decimal-string rate and share lies in its range: the `decimalRange` keyword the schema
 * puts on the field (schema.ts), evaluated by ajv. Reported in document order, offers last.
 */
export function decimalRanges(p: Obj): FieldIssue[] {
  const validate = schemaValidator();
  validate(p);
  const out = (validate.errors ?? [])
    .filter((e) => e.keyword === 'decimalRange')
    .map((e) => {
      const r = e.schema as DecimalRange;
      const path = pointerPath(e.instancePath);
      const text = String(e.data);
      return {
        code: 'policy.out-of-range',
        field: path,
        value: text,
        message: `${path}: ${msg('en', 'policy.decimal-out-of-range', { value: JSON.stringify(text), ...r })}`,
      };
    });
  return [...out.filter((i) => !i.field.startsWith('offers')), ...out.filter((i) => i.field.startsWith('offers'))];
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
  return [issueAt('policy.currency-digits', 'currency.minorDigits', digits, msg('en', 'policy.rule.currency-digits', { code, iso, digits }))];
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
      issueAt(
        'policy.money-decimals',
        path,
        text,
        msg('en', 'policy.rule.money-decimals', { value: JSON.stringify(text), decimals, digits, code, suggestion }),
      ),
    );
  };
  const lf = obj(p.lateFee);
  check(lf?.min, 'lateFee.min');
  check(lf?.max, 'lateFee.max');
  check(lf?.amount, 'lateFee.amount');
  check(obj(p.limits)?.minInstallment, 'limits.minInstallment');
  return out;
}

/** Bucket names are unique, and "*" (the waiver wildcard) is not one of them. */
export function bucketNamesUnique(p: Obj): FieldIssue[] {
  const out: FieldIssue[] = [];
  const seen = new Map<string, number>();
  (arr(p.buckets) ?? []).forEach((b, i) => {
    const name = str(obj(b)?.name);
    if (name === null || name === '') return;
    const path = keyPath(indexPath('buckets', i), 'name');
    if (name === '*') {
      out.push(issueAt('policy.bucket-name', path, name, msg('en', 'policy.rule.bucket-star')));
      return;
    }
    const first = seen.get(name);
    if (first !== undefined) {
      out.push(issueAt('policy.duplicate-bucket', path, name, msg('en', 'policy.rule.duplicate-bucket', { value: JSON.stringify(name), first })));
    } else {
      seen.set(name, i);
    }
  });
  return out;
}

/** maxDays strictly increase from one bucket to the next. */
export function bucketOrder(p: Obj): FieldIssue[] {
  const out: FieldIssue[] = [];
  let prev: { days: number; i: number } | null = null;
  (arr(p.buckets) ?? []).forEach((b, i) => {
    const days = int(obj(b)?.maxDays);
    if (days === null || days < 0) return;
    if (prev && days <= prev.days) {
      out.push(
        issueAt(
          'policy.bucket-order',
          keyPath(indexPath('buckets', i), 'maxDays'),
          days,
          msg('en', 'policy.rule.bucket-order', { days, prev: prev.i, prevDays: prev.days }),
        ),
      );
    }
    prev = { days, i };
  });
  return out;
}

/** `maxDays: null` closes the list: only on the last bucket, and always there. */
export function bucketOpenEnd(p: Obj): FieldIssue[] {
  const list = arr(p.buckets);
  if (!list || list.length === 0) return [];
  const out: FieldIssue[] = [];
  list.forEach((b, i) => {
    const bucket = obj(b);
    if (!bucket || !('maxDays' in bucket)) return;
    const path = keyPath(indexPath('buckets', i), 'maxDays');
    const last = i === list.length - 1;
    if (bucket.maxDays === null && !last) {
      out.push(issueAt('policy.bucket-open-end', path, null, msg('en', 'policy.rule.null-not-last')));
    }
    if (last && bucket.maxDays !== null && int(bucket.maxDays) !== null) {
      out.push(issueAt('policy.bucket-open-end', path, bucket.maxDays, msg('en', 'policy.rule.last-not-null', { days: String(bucket.maxDays) })));
    }
  });
  return out;
}

/** Offer ids are unique (plan ids are built from them). */
export function offerIdsUnique(p: Obj): FieldIssue[] {
  const out: FieldIssue[] = [];
  const seen = new Map<string, number>();
  for (const { o, path, i } of offers(p)) {
    const id = str(o.id);
    if (id === null) continue;
    const first = seen.get(id);
    if (first !== undefined) {
      out.push(
        issueAt('policy.duplicate-offer-id', keyPath(path, 'id'), id, msg('en', 'policy.rule.duplicate-offer-id', { value: JSON.stringify(id), first })),
      );
    } else {
      seen.set(id, i);
    }
  }
  return out;
}

/** Every bucket an offer is open to is a bucket of the policy. */
export function offerBucketsExist(p: Obj): FieldIssue[] {
  const names = bucketNames(p);
  if (!names) return [];
  const known = new Set(names);
  const out: FieldIssue[] = [];
  for (const { o, path } of offers(p)) {
    (arr(o.buckets) ?? []).forEach((b, j) => {
      const name = str(b);
      if (name === null || name === '' || known.has(name)) return;
      out.push(
        issueAt(
          'policy.unknown-bucket',
          indexPath(keyPath(path, 'buckets'), j),
          name,
          msg('en', 'policy.rule.unknown-bucket', { value: JSON.stringify(name), names: quoteList(names) }),
        ),
      );
    });
  }
  return out;
}

/** Every key of a waiver table is a bucket of the policy or "*". */
export function waiverBucketsExist(p: Obj): FieldIssue[] {
  const names = bucketNames(p);
  if (!names) return [];
  const known = new Set(names);
  const out: FieldIssue[] = [];
  for (const { o, path } of offers(p)) {
    for (const key of Object.keys(obj(o.waivers) ?? {})) {
      if (key === '*' || known.has(key)) continue;
      out.push(
        issueAt(
          'policy.unknown-bucket',
          keyPath(keyPath(path, 'waivers'), key),
          key,
          msg('en', 'policy.rule.unknown-waiver-bucket', { value: JSON.stringify(key), names: quoteList(names) }),
        ),
      );
    }
  }
  return out;
}

/** No plan runs longer than limits.maxTermMonths, grace months included (§3, §4.5). */
export function termsWithinLimit(p: Obj): FieldIssue[] {
  const limit = int(obj(p.limits)?.maxTermMonths);
  if (limit === null || limit < 1) return [];
  const out: FieldIssue[] = [];
  for (const { o, path } of offers(p)) {
    const termsPath = keyPath(path, 'terms');
    const deferral = o.family === 'deferral';
    const graces = deferral
      ? (arr(o.graceMonths) ?? []).map((g, k) => ({ g: int(g), k })).filter((x): x is { g: number; k: number } => x.g !== null && x.g >= 1)
      : [];
    const longest = graces.reduce<{ g: number; k: number } | null>((m, x) => (m === null || x.g > m.g ? x : m), null);
    (arr(o.terms) ?? []).forEach((t, j) => {
      const n = int(t);
      if (n === null || n < 1) return;
      const termPath = indexPath(termsPath, j);
      if (n > limit) {
        out.push(issueAt('policy.term-too-long', termPath, n, msg('en', 'policy.rule.term-too-long', { n, limit })));
      } else if (longest && n + longest.g > limit) {
        const gPath = indexPath(keyPath(path, 'graceMonths'), longest.k);
        out.push(issueAt('policy.term-too-long', termPath, n, msg('en', 'policy.rule.term-grace-too-long', { n, grace: longest.g, gracePath: gPath, limit })));
      }
    });
  }
  return out;
}

/** A deferral's grace payments leave something to schedule: graceShare × the longest grace < 1. */
export function graceShareLeavesBalance(p: Obj): FieldIssue[] {
  const out: FieldIssue[] = [];
  for (const { o, path } of offers(p)) {
    if (o.family !== 'deferral') continue;
    const share = decimal(o.graceShare);
    const x = share === null ? null : parseRatio(share);
    const graces = (arr(o.graceMonths) ?? []).map(int).filter((g): g is number => g !== null && g >= 1);
    if (!x || graces.length === 0) continue;
    const g = Math.max(...graces);
    if (x.num * BigInt(g) >= x.den) {
      out.push(
        issueAt(
          'policy.grace-share',
          keyPath(path, 'graceShare'),
          share,
          msg('en', 'policy.rule.grace-share', { grace: g, value: JSON.stringify(share), below: formatOneOver(g) }),
        ),
      );
    }
  }
  return out;
}

function formatOneOver(g: number): string {
  // 1/g to 4 decimals, truncated, as plain text (no binary float).
  const scaled = 10000n / BigInt(g);
  return `0.${scaled.toString().padStart(4, '0')}`;
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
  return [
    issueAt('policy.late-fee-bounds', 'lateFee.min', min, msg('en', 'policy.rule.late-fee-bounds', { min: JSON.stringify(min), max: JSON.stringify(max) })),
  ];
}

/** The cross-field rules, in the order their issues are reported. */
export const RULES: ReadonlyArray<{ name: string; check: (policy: Obj) => FieldIssue[] }> = [
  { name: 'currencyMinorDigits', check: currencyMinorDigits },
  { name: 'decimalRanges', check: decimalRanges },
  { name: 'moneyDecimals', check: moneyDecimals },
  { name: 'lateFeeBounds', check: lateFeeBounds },
  { name: 'bucketNamesUnique', check: bucketNamesUnique },
  { name: 'bucketOrder', check: bucketOrder },
  { name: 'bucketOpenEnd', check: bucketOpenEnd },
  { name: 'offerIdsUnique', check: offerIdsUnique },
  { name: 'offerBucketsExist', check: offerBucketsExist },
  { name: 'waiverBucketsExist', check: waiverBucketsExist },
  { name: 'termsWithinLimit', check: termsWithinLimit },
  { name: 'graceShareLeavesBalance', check: graceShareLeavesBalance },
];

/** Runs every rule over a JSON object; returns all their issues. */
export function checkRules(policy: Obj): FieldIssue[] {
  return RULES.flatMap((r) => r.check(policy));
}
