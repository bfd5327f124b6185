/**
 * Paths, values and issues of policy validation, shared by the schema pass (validate.ts) and the
 * cross-field rules (rules.ts, rules-amounts.ts): `$` is the root; keys follow with dots
 * (`currency.code`), array items with brackets (`offers[1].terms[2]`), and a key that is not an
 * identifier is quoted in brackets (`offers[2].waivers["M7+"].fees`). The readers (`obj`, `int`
 * …) read raw JSON defensively: a value of the wrong shape reads as null.
 */
import type { FieldIssue } from '../errors.js';
import { render, said, type MessageRef } from '../messages/index.js';
import { DECIMAL_PATTERN } from './schema.js';

export type Json = unknown;
export type Obj = Record<string, Json>;

const DECIMAL_RE = new RegExp(DECIMAL_PATTERN);
const IDENT_RE = /^[A-Za-z_][A-Za-z0-9_]*$/;

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
/**
 * One issue at a JSON path. `text` is the catalogue message (rendered in English for `message`,
 * kept as data for other languages), or English already written (`text` then says it in both).
 */
export function issueAt(code: string, field: string, value: Json, text: string | MessageRef): FieldIssue {
  if (typeof text === 'string') return { code, field, value: valueText(value), message: `${field}: ${text}` };
  return { code, field, value: valueText(value), message: `${field}: ${render('en', text)}`, text: said('policy.at', { path: field, why: text }) };
}

export function obj(x: Json): Obj | null {
  return x !== null && typeof x === 'object' && !Array.isArray(x) ? (x as Obj) : null;
}
export function arr(x: Json): Json[] | null {
  return Array.isArray(x) ? x : null;
}
export function str(x: Json): string | null {
  return typeof x === 'string' ? x : null;
}
export function int(x: Json): number | null {
  return typeof x === 'number' && Number.isInteger(x) ? x : null;
}
export function decimal(x: Json): string | null {
  return typeof x === 'string' && DECIMAL_RE.test(x) ? x : null;
}
export function quoteList(all: readonly string[], max = 12): string {
  const names = [...new Set(all)];
  const shown = names.slice(0, max).map((n) => JSON.stringify(n));
  return names.length > max ? `${shown.join(', ')}, …` : shown.join(', ');
}

/** The path of an ajv instance pointer ("/offers/0/terms/2" → offers[0].terms[2]). */
export function pointerPath(pointer: string): string {
  if (pointer === '') return '$';
  return pointer
    .slice(1)
    .split('/')
    .map((raw) => raw.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((path, seg) => (/^\d+$/.test(seg) ? indexPath(path, Number(seg)) : keyPath(path, seg)), '$');
}

/** Walks an ajv instance pointer ("/offers/0/terms/2") into our path, its segments and the value there. */
export function resolvePointer(pointer: string, data: Json): { path: string; segments: string[]; value: Json; parent: Json; key: string | null } {
  let path = '$';
  let value: Json = data;
  let parent: Json;
  let key: string | null = null;
  const segments =
    pointer === ''
      ? []
      : pointer
          .slice(1)
          .split('/')
          .map((raw) => raw.replace(/~1/g, '/').replace(/~0/g, '~'));
  for (const seg of segments) {
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
  return { path, segments, value, parent, key };
}
