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

/**
 * `decimalRange` as one self-contained function (no imports, only built-ins), so that its source
 * can be emitted into the standalone validator that the build generates. Same answer as
 * outOfRange (test/policy/validator.test.ts compares them).
 */
export function decimalOutOfRange(text: unknown, range: { min: string; max: string }): boolean {
  const re = /^([0-9]+)(?:\.([0-9]+))?$/;
  if (typeof text !== 'string') return false;
  const parts = (t: string): [bigint, number] | null => {
    const m = re.exec(t);
    if (!m) return null;
    const frac = m[2] ?? '';
    return [BigInt((m[1] ?? '0') + frac), frac.length];
  };
  const x = parts(text);
  const lo = parts(range.min);
  const hi = parts(range.max);
  if (!x || !lo || !hi) return false;
  const cmp = (a: [bigint, number], b: [bigint, number]) => {
    const l = a[0] * 10n ** BigInt(b[1]);
    const r = b[0] * 10n ** BigInt(a[1]);
    return l < r ? -1 : l > r ? 1 : 0;
  };
  return cmp(x, lo) < 0 || cmp(x, hi) > 0;
}

type AjvInstance = InstanceType<typeof Ajv2020Module.default>;

/**
 * A configured ajv instance for the policy schema: the options above, the two custom keywords.
 * `standalone` turns on source generation (the build writes the generated validator to
 * dist/policy/policy-validator.cjs, scripts/gen-validator.mjs).
 */
export function policyAjv(standalone = false): AjvInstance {
  const require = createRequire(import.meta.url);
  const Ajv2020 = (require('ajv/dist/2020.js') as typeof Ajv2020Module).default;
  const ajv = new Ajv2020(standalone ? { ...AJV_OPTIONS, code: { ...AJV_OPTIONS.code, source: true, lines: true } } : AJV_OPTIONS);
  ajv.addKeyword({ keyword: 'exampleLabels', schemaType: 'array' });
  if (standalone) {
    const { _ } = require('ajv/dist/compile/codegen/index.js') as typeof import('ajv/dist/compile/codegen/index.js');
    const { _Code } = require('ajv/dist/compile/codegen/code.js') as typeof import('ajv/dist/compile/codegen/code.js');
    const source = new _Code(`(${decimalOutOfRange.toString()})`);
    ajv.addKeyword({
      keyword: 'decimalRange',
      type: 'string',
      schemaType: 'object',
      code(cxt) {
        const fn = cxt.gen.scopeValue('func', { ref: decimalOutOfRange, code: source });
        cxt.fail(_`${fn}(${cxt.data}, ${cxt.schemaValue})`);
      },
    });
  } else {
    ajv.addKeyword({
      keyword: 'decimalRange',
      type: 'string',
      schemaType: 'object',
      errors: false,
      validate: (range: DecimalRange, data: unknown) => !outOfRange(data, range),
    });
  }
  return ajv;
}

let compiled: ValidateFunction | null = null;

/**
 * The schema validator. The build generates it ahead of time with ajv's standalone code
 * (dist/policy/policy-validator.cjs): loading that costs a few milliseconds where compiling the
 * schema cost 100–140 ms on every `--policy FILE` (issue #16). Run from the sources (tests),
 * where no generated file sits beside this module, the schema is compiled on first use, with
 * ajv loaded lazily so that `plan` with a preset never pays for it (§8). The schema itself
 * is checked against the 2020-12 meta-schema in strict mode by the test suite, so it is not
 * re-checked here (`validateSchema: false`).
 */
export function schemaValidator(): ValidateFunction {
  if (!compiled) {
    try {
      compiled = generatedValidator();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'MODULE_NOT_FOUND') throw error;
      compiled = policyAjv().compile(POLICY_SOURCE);
    }
  }
  return compiled;
}

/**
 * The validator the build generated next to this file (scripts/gen-validator.mjs). plan.cjs
 * bundles it instead (scripts/bundle-plan.mjs replaces this call), without making a require.
 */
function generatedValidator(): ValidateFunction {
  return createRequire(import.meta.url)('./policy-validator.cjs') as ValidateFunction;
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

export interface FieldSchema {
  schema: Obj;
  refs: string[];
}

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
