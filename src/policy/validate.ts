/**
 * Policy validation (§3): unknown JSON → PolicyDoc, or every issue with its JSON path.
 *
 * Two passes, both always run so that one report lists everything:
 * 1. structural: the JSON Schema of `schema.ts` (published as schema/policy.schema.json),
 *    checked by ajv with all errors collected; each ajv error becomes a FieldIssue with a
 *    stable code, the JSON path, the bad value and a message saying what would be valid. The
 *    message is chosen by the failing keyword and reads what it needs from the schema itself
 *    (the field's `examples`, the definition it refers to, the `if` branch of a conditional
 *    `required`), so nothing here names a policy field;
 * 2. cross-field: the named rules of `rules.ts` (including the `decimalRange` keyword).
 * A rule issue on a path the schema already reported is dropped, so a value is blamed once.
 */
import type { ErrorObject } from 'ajv/dist/2020.js';
import type { FieldIssue } from '../errors.js';
import { isMessageCode, msg, msgOf, render, said, type Lang } from '../messages/index.js';
import { describeValue, indexPath, issueAt, type Json, keyPath, type Obj, resolvePointer } from './paths.js';
import { suggestKey } from '../text/suggest.js';
import { checkRules } from './rules.js';
import { CURRENCY_CODE_PATTERN, DECIMAL_PATTERN, OFFER_ID_PATTERN, ZERO_PATTERN } from './schema.js';
import { decimalKind, fieldSchema, schemaValidator, type DecimalKind } from './schema-check.js';
import type { PolicyDoc } from './types.js';

export { AJV_OPTIONS } from './schema-check.js';

export type PolicyValidation = { ok: true; doc: PolicyDoc } | { ok: false; issues: FieldIssue[] };

/*
 * Each issue's words are made in English (the report's `message`) and in Chinese (its `text`,
 * shown under --lang zh): the functions below take the language they write in.
 */

/** An example as people write it in a policy: `{ "code": "CNY", "minorDigits": 2 }`, `[12, 24]`; a long object shows its first two keys. */
function exampleJson(value: Json): string {
  if (Array.isArray(value)) return `[${value.map(exampleJson).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Obj);
    const shown = entries.slice(0, entries.length > 4 ? 2 : entries.length).map(([k, v]) => `${JSON.stringify(k)}: ${exampleJson(v)}`);
    return `{ ${[...shown, ...(entries.length > 4 ? ['…'] : [])].join(', ')} }`;
  }
  return JSON.stringify(value);
}

/** "a, b or c" in the message language. */
function orList(items: string[], lang: Lang): string {
  return items.length > 1 ? `${items.slice(0, -1).join(msg(lang, 'policy.list-sep'))}${msg(lang, 'policy.or')}${items[items.length - 1]}` : (items[0] ?? '');
}

/** The schema's examples of the field at a path, rendered with their labels, or '' when it has none. */
function exampleAt(segments: readonly string[], lang: Lang): string {
  const s = fieldSchema(segments)?.schema;
  const examples = Array.isArray(s?.examples) ? (s.examples as Json[]) : [];
  const labels = Array.isArray(s?.exampleLabels) ? (s.exampleLabels as string[]) : [];
  return orList(
    examples.map((e, i) => {
      const label = labels[i] ? msgOf(lang, labels[i]) : '';
      return label ? msg(lang, 'policy.example-label', { example: exampleJson(e), label }) : exampleJson(e);
    }),
    lang,
  );
}

/** What a decimal-string field given as a JSON number should have been written as. */
function asDecimalString(n: number, kind: DecimalKind, minorDigits: number | null): string {
  const text = String(n);
  if (!new RegExp(DECIMAL_PATTERN).test(text)) return kind === 'amount' ? '100.00' : kind === 'share' ? '0.5' : '0.005';
  if (kind === 'amount' && minorDigits !== null && minorDigits > 0) {
    const [whole = '0', frac = ''] = text.split('.');
    if (frac.length <= minorDigits) return `${whole}.${frac.padEnd(minorDigits, '0')}`;
  }
  return text;
}

function describeRange(schema: Obj, lang: Lang): string {
  const lo = typeof schema.minimum === 'number' ? schema.minimum : null;
  const hi = typeof schema.maximum === 'number' ? schema.maximum : null;
  if (lo !== null && hi !== null) return msg(lang, 'policy.range.between', { lo, hi });
  if (lo !== null) return msg(lang, 'policy.range.min', { lo });
  if (hi !== null) return msg(lang, 'policy.range.max', { hi });
  return msg(lang, 'policy.range.any');
}

/** What one item of the list at a path is called ("bucket", "term (months)"…). */
function itemNoun(segments: readonly string[], lang: Lang): string {
  const last = segments[segments.length - 1] ?? '';
  const code = last === 'buckets' && segments[0] === 'offers' ? 'policy.item.offer-buckets' : `policy.item.${last}`;
  return isMessageCode(code) ? msgOf(lang, code) : msg(lang, 'policy.item.any');
}

/** What the object at a path is: the definition it refers to ('offer', 'bucket'…), else its key ('lateFee'). */
function ownerAt(segments: readonly string[]): string {
  return fieldSchema(segments)?.refs.at(-1) ?? segments.at(-1) ?? '';
}

/** Message parameters from the object around a key (its family, method, type). */
function siblings(parent: Json): { family: string; method: string; type: string } {
  const p = (parent ?? {}) as Obj;
  return { family: String(p.family), method: String(p.method), type: JSON.stringify(p.type) };
}

/** Why a key the schema forbids here is not allowed (the `false` schema of an `if` branch). */
function notAllowedText(segments: readonly string[], parent: Json, lang: Lang): string {
  const owner = ownerAt(segments.slice(0, -1));
  const key = segments.at(-1) ?? '';
  const code = [`policy.not-allowed.${owner}.${key}`, `policy.not-allowed.${owner}`].find(isMessageCode) ?? 'policy.not-allowed';
  return msgOf(lang, code, siblings(parent));
}

/** Turns one ajv error into a FieldIssue, or null for errors that only echo another one. */
function issueFromAjv(e: ErrorObject, data: Json, lang: Lang): FieldIssue | null {
  const at = resolvePointer(e.instancePath, data);
  const here = at.value;
  const schema = (e.parentSchema ?? {}) as Obj;
  const minorDigits = (() => {
    const c = (data as Obj | null)?.currency as Obj | undefined;
    const d = c?.minorDigits;
    return typeof d === 'number' && Number.isInteger(d) && d >= 0 && d <= 4 ? d : null;
  })();
  const field = fieldSchema(at.segments);
  const kind = decimalKind(field);
  const value = render(lang, describeValue(here));
  switch (e.keyword) {
    case 'if':
    case 'decimalRange':
      return null; // the failing branch reported its own error; ranges are the decimalRanges rule
    case 'additionalProperties': {
      const extra = String((e.params as { additionalProperty: string }).additionalProperty);
      const path = at.path === '$' && extra === '$' ? '$' : keyPath(at.path, extra);
      const allowed = Object.keys((schema.properties ?? {}) as Obj);
      const guess = suggestKey(extra, allowed);
      return issueAt(
        'policy.unknown-key',
        path,
        (here as Obj)[extra],
        msg(lang, 'policy.unknown-key', {
          key: JSON.stringify(extra),
          at: at.path === '$' ? '' : at.path,
          guess: guess ? JSON.stringify(guess) : '',
          allowed: allowed.join(', '),
        }),
      );
    }
    case 'required': {
      const missing = String((e.params as { missingProperty: string }).missingProperty);
      // A `required` inside an `if` branch (…/allOf/N/then/required) has a reason: policy.needs.<object>.<key>.
      const conditional = /\/then\/required$/.test(e.schemaPath);
      const owner = ownerAt(at.segments);
      const needs = [`policy.needs.${owner}.${missing}`, `policy.needs.${owner}`].find(isMessageCode);
      const reason = conditional && needs ? msgOf(lang, needs, siblings(here)) : '';
      return issueAt(
        'policy.missing-key',
        keyPath(at.path, missing),
        undefined,
        msg(lang, 'policy.missing-key', { reason, key: JSON.stringify(missing), example: exampleAt([...at.segments, missing], lang) }),
      );
    }
    case 'false schema':
      return issueAt('policy.key-not-allowed', at.path, here, notAllowedText(at.segments, at.parent, lang));
    case 'type': {
      const types = String((e.params as { type: string | string[] }).type).split(',');
      if (kind && typeof here === 'number') {
        return issueAt(
          'policy.decimal-as-number',
          at.path,
          here,
          msg(lang, 'policy.decimal-as-number', { number: String(here), kind, text: asDecimalString(here, kind, minorDigits) }),
        );
      }
      if (kind) return issueAt('policy.type', at.path, here, msg(lang, 'policy.not-decimal-string', { value, kind, nullable: types.includes('null') ? 1 : 0 }));
      if (types.includes('integer') && typeof here === 'number') {
        return issueAt('policy.type', at.path, here, msg(lang, 'policy.not-whole', { value: String(here), range: describeRange(schema, lang) }));
      }
      if (types.includes('integer') && typeof here === 'string' && /^\s*\d+\s*$/.test(here)) {
        return issueAt('policy.type', at.path, here, msg(lang, 'policy.quoted-number', { value: JSON.stringify(here), number: here.trim() }));
      }
      const names = types.map((t) => (isMessageCode(`policy.type.${t}`) ? msgOf(lang, `policy.type.${t}`) : t));
      return issueAt(
        'policy.type',
        at.path,
        here,
        msg(lang, 'policy.wrong-type', { value, types: names.join(msg(lang, 'policy.or')), example: exampleAt(at.segments, lang) }),
      );
    }
    case 'pattern': {
      const pattern = (e.params as { pattern: string }).pattern;
      const text = JSON.stringify(String(here));
      if (pattern === ZERO_PATTERN) {
        return issueAt('policy.key-not-allowed', at.path, here, `${notAllowedText(at.segments, at.parent, lang)}${msg(lang, 'policy.zero-tolerated')}`);
      }
      if (kind === 'amount') {
        const d = minorDigits ?? 2;
        return issueAt(
          'policy.decimal-format',
          at.path,
          here,
          msg(lang, 'policy.decimal-format.amount', { value: text, digits: d, example: d === 0 ? '100' : `100.${'0'.repeat(d)}` }),
        );
      }
      if (kind) return issueAt('policy.decimal-format', at.path, here, msg(lang, 'policy.decimal-format.rate', { value: text }));
      if (pattern === OFFER_ID_PATTERN) return issueAt('policy.offer-id', at.path, here, msg(lang, 'policy.offer-id', { value: text }));
      if (pattern === CURRENCY_CODE_PATTERN) return issueAt('policy.currency-code', at.path, here, msg(lang, 'policy.currency-code', { value: text }));
      return issueAt('policy.format', at.path, here, msg(lang, 'policy.format', { value: text, pattern }));
    }
    case 'enum':
    case 'const': {
      const allowed = ((e.params as { allowedValues?: Json[] }).allowedValues ?? [(e.params as { allowedValue?: Json }).allowedValue]).map((v) =>
        JSON.stringify(v),
      );
      return issueAt('policy.enum', at.path, here, msg(lang, 'policy.enum', { value, allowed: orList(allowed, lang) }));
    }
    case 'minimum':
    case 'maximum':
      return issueAt('policy.out-of-range', at.path, here, msg(lang, 'policy.out-of-range', { value: String(here), range: describeRange(schema, lang) }));
    case 'minItems':
      return issueAt('policy.empty', at.path, here, msg(lang, 'policy.empty-list', { item: itemNoun(at.segments, lang) }));
    case 'minLength':
      return issueAt('policy.empty', at.path, here, msg(lang, 'policy.empty-text', { example: exampleAt(at.segments, lang) }));
    case 'uniqueItems': {
      const { i, j } = e.params as { i: number; j: number };
      const first = Math.min(i, j);
      const dup = Math.max(i, j);
      const list = Array.isArray(here) ? here : [];
      return issueAt(
        'policy.duplicate',
        indexPath(at.path, dup),
        list[dup],
        msg(lang, 'policy.duplicate', { value: JSON.stringify(list[dup]), first: indexPath(at.path, first), item: itemNoun(at.segments, lang) }),
      );
    }
    default:
      return issueAt(`policy.${e.keyword}`, at.path, here, msg(lang, 'policy.invalid', { detail: e.message ?? 'is not valid' }));
  }
}

/** The English issue with its Chinese words as `text` (the path, then "：" and what is wrong). */
function inBothLanguages(en: FieldIssue, zh: FieldIssue | null): FieldIssue {
  const prefix = `${en.field}: `;
  const zhText = zh?.message.startsWith(prefix) ? `${en.field}：${zh.message.slice(prefix.length)}` : (zh?.message ?? en.message);
  return { ...en, text: said('text.pair', { en: en.message, zh: zhText }) };
}

/** Checks a parsed JSON value as a policy; on success the value itself is the PolicyDoc. */
export function validatePolicy(json: unknown): PolicyValidation {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return { ok: false, issues: [issueAt('policy.type', '$', json, said('policy.not-object', { value: describeValue(json) }))] };
  }
  const validate = schemaValidator();
  const structural: FieldIssue[] = [];
  // kept: validate.errors is the last run's, and the rules read these (decimalRanges)
  const schemaErrors = validate(json) ? [] : (validate.errors ?? []);
  if (schemaErrors.length > 0) {
    const seen = new Set<string>();
    for (const e of schemaErrors) {
      const en = issueFromAjv(e, json, 'en');
      if (!en) continue;
      const i = inBothLanguages(en, issueFromAjv(e, json, 'zh'));
      const k = `${i.code}\u0000${i.field}\u0000${i.message}`;
      if (seen.has(k)) continue;
      seen.add(k);
      structural.push(i);
    }
  }
  // One issue per path: the first found (structural before cross-field) names the problem.
  const blamed = new Set<string>();
  const issues = [...structural, ...checkRules(json as Obj, schemaErrors)].filter((i) => {
    if (blamed.has(i.field)) return false;
    blamed.add(i.field);
    return true;
  });
  return issues.length === 0 ? { ok: true, doc: json as PolicyDoc } : { ok: false, issues };
}
