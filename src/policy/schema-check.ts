/**
 * The compiled policy schema (ajv, draft 2020-12) and what validation messages read from the
 * schema: the schema of the field at a path (its examples, its decimal range, which `$defs` it
 * refers to). Pure; ajv is loaded on first use.
 */
import { createRequire } from 'node:module';
import type Ajv2020Module from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { compareRatio, parseRatio } from '../money/rational.js';
import { DECIMAL_PATTERN, POLICY_SOURCE, type DecimalRange } from './schema.js';

type Obj = Record<string, unknown>;

/** ajv options: every error, with the data and schema of each (for the messages). */
export const AJV_OPTIONS = {
  allErrors: true,
  verbose: true,
  allowUnionTypes: true,
  strict: false,
  validateSchema: false,
  code: { optimize: false },
} as const;

const DECIMAL_RE = new RegExp(DECIMAL_PATTERN);

/** Whether a decimal string lies outside a `decimalRange` (false for text that is not a decimal: `pattern` reports that). */
export function outOfRange(text: unknown, range: DecimalRange): boolean {
  if (typeof text !== 'string' || !DECIMAL_RE.test(text)) return false;
  const x = parseRatio(text);
  const lo = parseRatio(range.min);
  const hi = parseRatio(range.max);
  if (!x || !lo || !hi) return false;
  return compareRatio(x, lo) < 0 || compareRatio(x, hi) > 0;
}

let compiled: ValidateFunction | null = null;

/**
 * The compiled schema validator, built on first use. ajv is loaded lazily (synchronously, via
 * require) so that commands which never validate a file — `plan` with a preset — do not pay
 * for it at start-up (SPEC §8). The schema itself is checked against the 2020-12 meta-schema
 * in strict mode by the test suite, so it is not re-checked here (`validateSchema: false`).
 */
export function schemaValidator(): ValidateFunction {
  if (!compiled) {
    const require = createRequire(import.meta.url);
    const Ajv2020 = (require('ajv/dist/2020.js') as typeof Ajv2020Module).default;
    const ajv = new Ajv2020(AJV_OPTIONS);
    ajv.addKeyword({ keyword: 'exampleLabels', schemaType: 'array' });
    ajv.addKeyword({
      keyword: 'decimalRange',
      type: 'string',
      schemaType: 'object',
      errors: false,
      validate: (range: DecimalRange, data: unknown) => !outOfRange(data, range),
    });
    compiled = ajv.compile(POLICY_SOURCE);
  }
  return compiled;
}

/** A `#/$defs/name` reference → the definition and its name. */
function deref(ref: string): { name: string; schema: Obj } {
  const name = ref.replace('#/$defs/', '');
  return { name, schema: (POLICY_SOURCE.$defs as unknown as Record<string, Obj>)[name] ?? {} };
}

/** A schema with its `$ref`s followed: the keys at the reference site win; `refs` lists the definitions passed. */
function resolved(schema: Obj): { schema: Obj; refs: string[] } {
  let s = schema;
  const refs: string[] = [];
  while (typeof s.$ref === 'string' && refs.length < 10) {
    const { name, schema: target } = deref(s.$ref);
    refs.push(name);
    const { $ref: _drop, ...site } = s;
    s = { ...target, ...site };
  }
  return { schema: s, refs };
}

/** The kind of a decimal-string field, from the definition it refers to. */
export type DecimalKind = 'rate' | 'share' | 'amount';

export interface FieldSchema { schema: Obj; refs: string[] }

/**
 * The schema of the value at an instance path (keys and indexes), following `properties`,
 * `items`, `additionalProperties` and `$ref`; null where the schema says nothing.
 */
export function fieldSchema(segments: readonly string[]): FieldSchema | null {
  let at = resolved(POLICY_SOURCE as unknown as Obj);
  for (const seg of segments) {
    const s = at.schema;
    const props = s.properties as Record<string, Obj> | undefined;
    let next: Obj | undefined;
    if (props && Object.hasOwn(props, seg)) next = props[seg];
    else if (s.items && typeof s.items === 'object' && /^\d+$/.test(seg)) next = s.items as Obj;
    else if (s.additionalProperties && typeof s.additionalProperties === 'object') next = s.additionalProperties as Obj;
    if (!next) return null;
    at = resolved(next);
  }
  return at;
}

/** 'rate', 'share' or 'amount' for a decimal-string field, else null. */
export function decimalKind(field: FieldSchema | null): DecimalKind | null {
  const refs = field?.refs ?? [];
  if (refs.includes('money') || refs.includes('moneyOrNull')) return 'amount';
  if (refs.includes('share')) return 'share';
  if (refs.includes('decimal')) return 'rate';
  return null;
}
