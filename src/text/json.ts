/**
 * JSON text read strictly (issue #15): what JSON.parse lets through silently is found here, on
 * the text, so that every reader (policy files, `--input`, NDJSON batch rows) refuses the same
 * things the same way:
 * - nesting deeper than MAX_JSON_DEPTH (a 5,000-level document would otherwise overflow the
 *   stack of whatever walks it);
 * - a key given twice in one object (JSON.parse keeps the last one), with both values;
 * - every number literal is kept as its exact text (never a binary float).
 * Pure: no I/O.
 */
import { said, type MessageRef } from '../messages/index.js';
import { flatJsonObject, JSON_NUMBER } from './json-flat.js';

export { flatJsonObject } from './json-flat.js';

/** Deepest nesting of objects and arrays accepted; a policy is 4 levels deep, an account 2. */
export const MAX_JSON_DEPTH = 64;

const IDENT_RE = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `parent.key`, or `parent["odd key"]`; the root is `$` (`$.key` is written `key`). */
export function jsonKeyPath(parent: string, key: string): string {
  if (IDENT_RE.test(key)) return parent === '$' ? key : `${parent}.${key}`;
  return `${parent}[${JSON.stringify(key)}]`;
}

/** `parent[index]`. */
export function jsonIndexPath(parent: string, index: number): string {
  return `${parent}[${index}]`;
}

/**
 * End of the JSON string starting at `i` (the index of its closing quote): the first quote after
 * `i` preceded by an even run of backslashes. Found with indexOf, not a loop over every
 * character: at every `--policy FILE` that loop was hot enough for V8 to compile it optimized,
 * ~5 ms of CPU on a short run (#16). Without a closing quote, where `stringEndByWalk` ends.
 */
export function stringEnd(text: string, i: number): number {
  for (let q = text.indexOf('"', i + 1); q >= 0; q = text.indexOf('"', q + 1)) {
    let run = q;
    while (run > i + 1 && text.charCodeAt(run - 1) === 0x5c) run--;
    if ((q - run) % 2 === 0) return q;
  }
  return stringEndByWalk(text, i);
}

/** stringEnd character by character (a backslash skips the next one): the rule it follows. */
export function stringEndByWalk(text: string, i: number): number {
  let j = i + 1;
  while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
  return j;
}

/** The deepest nesting of objects/arrays in the text (strings skipped); works on any text. */
export function jsonDepth(text: string, stopAbove = Number.POSITIVE_INFINITY): number {
  let depth = 0;
  let max = 0;
  // from one quote or bracket to the next (a regular expression skips the rest: white space,
  // numbers, keys' colons), not character by character: a policy file's passes were hot loops (#16)
  const next = /["{}[\]]/g;
  for (let m = next.exec(text); m !== null; m = next.exec(text)) {
    const i = m.index;
    const c = text.charCodeAt(i);
    if (c === 0x22) next.lastIndex = stringEnd(text, i) + 1;
    else if (c === 0x7b || c === 0x5b) {
      depth++;
      if (depth > max) {
        max = depth;
        if (max > stopAbove) return max;
      }
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return max;
}

/** A key given twice in one object: where, and the two values as written (JSON text, clipped). */
export interface DuplicateKey {
  /** Path of the repeated key (`interest.dailyRate`, `offers[1].id`, `principal`). */
  path: string;
  key: string;
  first: string;
  second: string;
}

type Frame =
  | { kind: 'object'; path: string; keys: Map<string, string>; key: string | null; valueStart: number; dup: string | null }
  | { kind: 'array'; path: string; index: number };

function clipValue(text: string): string {
  const t = text.trim();
  return t.length > 40 ? `${t.slice(0, 40)}…` : t;
}

/** The first key repeated within one object of valid JSON text, with both values, or null. */
export function duplicateKey(text: string): DuplicateKey | null {
  const stack: Frame[] = [];
  const here = (): string => {
    const top = stack[stack.length - 1];
    if (!top) return '$';
    return top.kind === 'object' ? jsonKeyPath(top.path, top.key ?? '') : jsonIndexPath(top.path, top.index);
  };
  /** The value of the top object's current key ends at `end`: remember it, or report the repeat. */
  const closeValue = (end: number): DuplicateKey | null => {
    const top = stack[stack.length - 1];
    if (top?.kind !== 'object' || top.key === null || top.valueStart < 0) return null;
    const value = clipValue(text.slice(top.valueStart, end));
    top.valueStart = -1;
    if (top.dup !== null) return { path: jsonKeyPath(top.path, top.key), key: top.key, first: top.dup, second: value };
    top.keys.set(top.key, value);
    return null;
  };
  let expectKey = false;
  // from one structural character to the next, as jsonDepth
  const next = /["{}[\]:,]/g;
  for (let m = next.exec(text); m !== null; m = next.exec(text)) {
    const i = m.index;
    const c = text[i];
    if (c === '"') {
      const j = stringEnd(text, i);
      const top = stack[stack.length - 1];
      if (top?.kind === 'object' && expectKey) {
        const key = JSON.parse(text.slice(i, j + 1)) as string;
        top.dup = top.keys.get(key) ?? null;
        top.key = key;
        expectKey = false;
      }
      next.lastIndex = j + 1;
    } else if (c === ':') {
      const top = stack[stack.length - 1];
      if (top?.kind === 'object') top.valueStart = i + 1;
    } else if (c === '{' || c === '[') {
      const path = here();
      stack.push(c === '{' ? { kind: 'object', path, keys: new Map(), key: null, valueStart: -1, dup: null } : { kind: 'array', path, index: 0 });
      expectKey = c === '{';
    } else if (c === '}' || c === ']') {
      if (c === '}') {
        const d = closeValue(i);
        if (d) return d;
      }
      stack.pop();
      expectKey = false;
    } else if (c === ',') {
      const top = stack[stack.length - 1];
      if (top?.kind === 'object') {
        const d = closeValue(i);
        if (d) return d;
        expectKey = true;
      } else if (top?.kind === 'array') top.index++;
    }
  }
  return null;
}

/** Rewrites every JSON number token outside strings as a JSON string of the same text. */
export function quoteJsonNumbers(text: string): string {
  let out = '';
  let start = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x22) {
      inString = true;
    } else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
      let j = i + 1;
      while (j < text.length && /[0-9eE+\-.]/.test(text[j] as string)) j++;
      const token = text.slice(i, j);
      // a token that is not a JSON number stays as it is, so JSON.parse refuses it
      if (JSON_NUMBER.test(token)) {
        out += `${text.slice(start, i)}"${token}"`;
        start = j;
      }
      i = j - 1;
    }
  }
  return out + text.slice(start);
}

/** Where a JSON.parse error happened (line and column), when its message gives a position; 0s when not. */
export function jsonErrorPosition(text: string, message: string): { line: number; column: number } {
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const m = /position (\d+)/.exec(message);
  if (!m) return { line: 0, column: 0 };
  const pos = Number(m[1]);
  const before = text.slice(0, pos);
  return { line: before.split('\n').length, column: pos - before.lastIndexOf('\n') };
}

/**
 * JSON.parse's message as a catalogue message: the English is `detail` itself (with " (line L
 * column C)" added when `where` and the engine gave only a position), the Chinese its meaning.
 */
export function jsonSyntaxRef(text: string, detail: string, where = false): MessageRef {
  const { line, column } = jsonErrorPosition(text, detail);
  const shown = where && line > 0 && !/line \d+ column \d+/.test(detail) ? `${detail} (line ${line} column ${column})` : detail;
  return said('json.syntax', { detail: shown, end: /Unexpected end of JSON input/.test(detail) ? 1 : 0, line, column });
}

/** Why a JSON text was refused. `syntax.detail` is JSON.parse's message for the text as written. */
export type JsonProblem = { kind: 'syntax'; detail: string } | { kind: 'too-deep'; depth: number } | { kind: 'duplicate'; duplicate: DuplicateKey };

/**
 * Parses JSON text strictly: depth first (before any recursion), then syntax, then repeated
 * keys. `exactNumbers` turns every number literal into a string of its text.
 */
export function parseJsonStrict(text: string, options: { exactNumbers?: boolean } = {}): { json: unknown } | { problem: JsonProblem } {
  if (options.exactNumbers) {
    const flat = flatJsonObject(text);
    if (flat !== undefined) return { json: flat };
  }
  return parseJsonPasses(text, options);
}

/** parseJsonStrict without the one-pass shortcut (flatJsonObject): depth, numbers, JSON.parse, repeated keys. */
export function parseJsonPasses(text: string, options: { exactNumbers?: boolean } = {}): { json: unknown } | { problem: JsonProblem } {
  const depth = jsonDepth(text, MAX_JSON_DEPTH);
  if (depth > MAX_JSON_DEPTH) return { problem: { kind: 'too-deep', depth } };
  let json: unknown;
  try {
    json = JSON.parse(options.exactNumbers ? quoteJsonNumbers(text) : text);
  } catch (error) {
    let detail = error instanceof Error ? error.message : String(error);
    if (options.exactNumbers) {
      // report the syntax error at its position in the text as written
      try {
        JSON.parse(text);
      } catch (e) {
        detail = e instanceof Error ? e.message : String(e);
      }
    }
    return { problem: { kind: 'syntax', detail } };
  }
  const duplicate = duplicateKey(text);
  if (duplicate) return { problem: { kind: 'duplicate', duplicate } };
  return { json };
}
