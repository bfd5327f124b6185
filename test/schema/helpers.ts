/**
 * The published JSON Schemas (schema/output.schema.json, schema/error.schema.json) compiled with
 * ajv in strict mode, and the one check a schema cannot make: every money string has exactly
 * the document's currency's minor digits (SPEC §5), found by walking the document beside the
 * schema, so a new money field is covered as soon as the schema says it is money.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020Module, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { ROOT } from '../cli/helpers.js';

const Ajv2020 = Ajv2020Module.default;

type Schema = Record<string, unknown>;

export const OUTPUT_SCHEMA = JSON.parse(readFileSync(join(ROOT, 'schema/output.schema.json'), 'utf8')) as Schema;
export const ERROR_SCHEMA = JSON.parse(readFileSync(join(ROOT, 'schema/error.schema.json'), 'utf8')) as Schema;

/** A third party's validator: ajv 8, draft 2020-12, strict mode (unknown keywords are errors). */
export function newAjv() {
  return new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
}

const ajv = newAjv();
export const validateOutput: ValidateFunction = ajv.compile(OUTPUT_SCHEMA);
export const validateError: ValidateFunction = ajv.compile(ERROR_SCHEMA);

function describeErrors(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`).join('\n');
}

/** ISO 4217 minor digits of the currencies the tests use. */
export const CURRENCY_DIGITS: Readonly<Record<string, number>> = { CNY: 2, USD: 2, GBP: 2, EUR: 2, HKD: 2, JPY: 0, KRW: 0, KWD: 3, BHD: 3, OMR: 3 };

const MONEY_REF = '#/$defs/money';
const DATE_REF = '#/$defs/date';

function resolve(schema: Schema, root: Schema): Schema {
  let s = schema;
  for (let guard = 0; typeof s.$ref === 'string' && guard < 20; guard++) {
    const ref = s.$ref;
    if (!ref.startsWith('#/')) throw new Error(`external $ref ${ref} is not supported by the walker`);
    let target: unknown = root;
    for (const part of ref.slice(2).split('/')) target = (target as Record<string, unknown>)[part];
    s = target as Schema;
  }
  return s;
}

function refsTo(schema: Schema, ref: string, root: Schema): boolean {
  if (schema.$ref === ref) return true;
  if (typeof schema.$ref === 'string') return refsTo(resolve(schema, root), ref, root);
  return false;
}

/**
 * Every value of the document that the schema says is money (`$defs/money`) or a date
 * (`$defs/date`), with its JSON pointer. Follows $ref, properties, items and anyOf/oneOf.
 */
export function typedLeaves(doc: unknown, root: Schema = OUTPUT_SCHEMA): { money: [string, string][]; dates: [string, string][] } {
  const money: [string, string][] = [];
  const dates: [string, string][] = [];
  const walk = (value: unknown, schema: Schema, at: string): void => {
    if (refsTo(schema, MONEY_REF, root)) {
      if (typeof value === 'string') money.push([at, value]);
      return;
    }
    if (refsTo(schema, DATE_REF, root)) {
      if (typeof value === 'string') dates.push([at, value]);
      return;
    }
    const s = resolve(schema, root);
    for (const branch of [...((s.anyOf as Schema[] | undefined) ?? []), ...((s.oneOf as Schema[] | undefined) ?? [])]) walk(value, branch, at);
    if (Array.isArray(value) && s.items)
      value.forEach((v, i) => {
        walk(v, s.items as Schema, `${at}/${i}`);
      });
    else if (value !== null && typeof value === 'object' && !Array.isArray(value) && s.properties) {
      const props = s.properties as Record<string, Schema>;
      for (const [k, v] of Object.entries(value)) if (props[k]) walk(v, props[k], `${at}/${k}`);
    }
  };
  walk(doc, root, '');
  return { money, dates };
}

/** Money strings without exactly `digits` decimals (JPY "1234", CNY "1234.50", KWD "1.234"). */
export function moneyDigitProblems(doc: unknown, digits: number): string[] {
  const re = digits === 0 ? /^-?\d+$/ : new RegExp(`^-?\\d+\\.\\d{${digits}}$`);
  return typedLeaves(doc)
    .money.filter(([, v]) => !re.test(v) || /^-?0\d/.test(v) || /^-0+(\.0+)?$/.test(v))
    .map(([p, v]) => `${p}: ${JSON.stringify(v)}`);
}

/** Dates that match the pattern but are not on the calendar (2026-02-30). */
export function impossibleDates(doc: unknown): string[] {
  return typedLeaves(doc)
    .dates.filter(([, v]) => {
      const [y, m, d] = v.split('-').map(Number) as [number, number, number];
      const t = new Date(Date.UTC(y, m - 1, d));
      return t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d;
    })
    .map(([p, v]) => `${p}: ${v}`);
}

/**
 * Asserts a `plan --format json` document is valid: the schema, the currency's exact minor
 * digits on every money string (digits from policy.currency, or given for a custom currency)
 * and real calendar dates. Throws with every problem listed.
 */
export function assertPlanDocument(doc: unknown, digits?: number): void {
  if (!validateOutput(doc)) throw new Error(`not valid against schema/output.schema.json:\n${describeErrors(validateOutput.errors)}`);
  const code = (doc as { policy: { currency: string } }).policy.currency;
  const d = digits ?? CURRENCY_DIGITS[code];
  if (d === undefined) throw new Error(`no minor digits known for ${code}: pass them`);
  const problems = [
    ...moneyDigitProblems(doc, d).map((p) => `money without exactly ${d} decimals (${code}): ${p}`),
    ...impossibleDates(doc).map((p) => `not a calendar date: ${p}`),
  ];
  if (problems.length > 0) throw new Error(problems.join('\n'));
}

/** Asserts a JSON error object is valid against schema/error.schema.json. */
export function assertErrorObject(doc: unknown): void {
  if (!validateError(doc)) throw new Error(`not valid against schema/error.schema.json:\n${describeErrors(validateError.errors)}`);
}
