/**
 * The fast reading of an NDJSON batch row (issue #16): one walk over the line's text, in place,
 * straight into the same NumAccount and FastRow the CSV fast path fills (fast-row.ts, whose
 * cell reader reads every value here too), with no object, no JSON.parse and no second pass.
 *
 * It answers only for the plain rows it can read with certainty — one flat object whose keys are
 * written without escapes, no key or field given twice, values that are strings without escapes
 * or control characters, unsigned numbers without an exponent (kept as their text, as the exact
 * reader keeps them), null, or true/false under a key that is not an account field; every field
 * value plain as fast-row.ts reads it — and returns false for anything else (a syntax error,
 * nesting, a `__proto__` key, a wrong type, a value the exact path would refuse or change): the
 * caller then reads the line the exact way (row-input.ts fromJson → core/account.ts
 * parseAccount), which gives every value, error record and message. The property test in
 * test/batch/fast-json.property.test.ts compares the two on random and malformed lines.
 */
import { ACCOUNT_FIELDS } from '../core/account.js';
import { fieldForHeader } from './columns.js';
import { CASH, DAYS, fastCellReader, KIND, PRINCIPAL, SKIP } from './fast-row.js';

/** A key the fast path does not read at all (the caller reads the line the exact way). */
const REFUSE = -1;
/** Other key spellings remembered (they repeat from line to line); beyond this many, looked up each time. */
const MAX_CACHED_KEYS = 1024;
/** Keys that are no field read on one line at most (beyond, the exact way). */
const MAX_OTHER_KEYS = 32;
const REQUIRED = (1 << PRINCIPAL) | (1 << DAYS);

/** The fields' JSON names by their first character, with the kind of cell each feeds. */
const BY_FIRST: { name: string; kind: number }[][] = [];
for (const f of ACCOUNT_FIELDS) {
  const c = f.json.charCodeAt(0);
  const list = BY_FIRST[c] ?? [];
  list.push({ name: f.json, kind: KIND[f.json] });
  BY_FIRST[c] = list;
}

/** The first index from i on, below end, that is not JSON white space (what JSON.parse skips between tokens), or end. */
function skip(s: string, i: number, end: number): number {
  for (; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return i;
  }
  return end;
}

/** The fast reader of NDJSON lines for one scorer. */
export function fastJsonReader(minorDigits: number, defaultAsOfText: string) {
  const { row, clear, cell } = fastCellReader(minorDigits, defaultAsOfText);
  const otherKeys = new Map<string, number>();
  /** Keys of this line that are not account fields (a repeated one is the exact path's error). */
  const unknown: string[] = [];

  /** The kind of cell the last key found by namedKeyEnd feeds. */
  let namedKind = SKIP;

  /** The closing quote of the key at s[i] (its opening quote) when it is a field's JSON name as written (its kind in namedKind), else −1. */
  function namedKeyEnd(s: string, i: number): number {
    const named = BY_FIRST[s.charCodeAt(i + 1)];
    if (named === undefined) return -1;
    for (let k = 0; k < named.length; k++) {
      const f = named[k] as { name: string; kind: number };
      const name = f.name;
      const n = name.length;
      let j = 1;
      while (j < n && name.charCodeAt(j) === s.charCodeAt(i + 1 + j)) j++;
      if (j === n && s.charCodeAt(i + 1 + n) === 0x22) {
        namedKind = f.kind;
        return i + 1 + n;
      }
    }
    return -1;
  }

  /** The kind of cell another key, s[start, end), feeds: SKIP for a key that is no field, REFUSE for `__proto__` or a repeated key. */
  function otherKind(s: string, start: number, end: number): number {
    const key = s.slice(start, end);
    let kind = otherKeys.get(key);
    if (kind === undefined) {
      const field = key === '__proto__' ? undefined : fieldForHeader(key);
      kind = field === undefined ? REFUSE : field === null ? SKIP : KIND[field];
      if (otherKeys.size < MAX_CACHED_KEYS) otherKeys.set(key, kind);
    }
    if (kind === SKIP) {
      // a line of many other keys goes the exact way (its repeat check is not quadratic)
      if (unknown.length >= MAX_OTHER_KEYS || unknown.includes(key)) return REFUSE;
      unknown.push(key);
    }
    return kind;
  }

  /** The end of the string whose opening quote is at s[i] (its closing quote), or −1 for an escape, a control character or no end. */
  function stringEnd(s: string, i: number, end: number): number {
    for (let j = i + 1; j < end; j++) {
      const c = s.charCodeAt(j);
      if (c === 0x22) return j;
      if (c === 0x5c || c < 0x20) return -1;
    }
    return -1;
  }

  /** The end of the unsigned number without exponent at s[i] (digits, no leading zero, maybe a fraction), or −1. */
  function numberEnd(s: string, i: number, end: number): number {
    let j = i;
    while (j < end && s.charCodeAt(j) >= 0x30 && s.charCodeAt(j) <= 0x39) j++;
    if (j === i || (s.charCodeAt(i) === 0x30 && j > i + 1)) return -1;
    if (j < end && s.charCodeAt(j) === 0x2e) {
      const point = ++j;
      while (j < end && s.charCodeAt(j) >= 0x30 && s.charCodeAt(j) <= 0x39) j++;
      if (j === point) return -1;
    }
    const c = s.charCodeAt(j);
    return c === 0x65 || c === 0x45 || c === 0x2e || c === 0x2d || c === 0x2b ? -1 : j;
  }

  /** Reads the line s[start, end) into the reader's FastRow; false when it must be read the exact way. */
  function readLine(s: string, start: number, end: number): boolean {
    clear();
    if (unknown.length !== 0) unknown.length = 0;
    let i = start;
    // white space is skipped only where there is some (c ≤ 0x20): most lines have none
    let c = s.charCodeAt(i);
    if (c <= 0x20) {
      i = skip(s, i, end);
      c = s.charCodeAt(i);
    }
    if (c !== 0x7b || i >= end) return false;
    c = s.charCodeAt(++i);
    let seen = 0;
    for (;;) {
      // a key
      if (c <= 0x20) {
        i = skip(s, i, end);
        c = s.charCodeAt(i);
      }
      if (c !== 0x22) return false;
      let keyEnd = namedKeyEnd(s, i);
      let kind = namedKind;
      if (keyEnd < 0 || keyEnd >= end) {
        keyEnd = stringEnd(s, i, end);
        if (keyEnd < 0) return false;
        kind = otherKind(s, i + 1, keyEnd);
        if (kind === REFUSE) return false;
      }
      if (kind !== SKIP) {
        if ((seen & (1 << kind)) !== 0) return false; // a key or field given twice
        seen |= 1 << kind;
      }
      i = keyEnd + 1;
      c = s.charCodeAt(i);
      if (c <= 0x20) {
        i = skip(s, i, end);
        c = s.charCodeAt(i);
      }
      if (c !== 0x3a) return false;
      c = s.charCodeAt(++i);
      if (c <= 0x20) {
        i = skip(s, i, end);
        c = s.charCodeAt(i);
      }
      // its value
      if (c === 0x22) {
        // an amount's or the days' cell takes digits and a point only: an escape or control character in it is refused there
        const valueEnd = kind >= PRINCIPAL && kind <= CASH ? s.indexOf('"', i + 1) : stringEnd(s, i, end);
        if (valueEnd < 0 || valueEnd >= end || !cell(kind, s, i + 1, valueEnd)) return false;
        i = valueEnd + 1;
      } else if (c >= 0x30 && c <= 0x39) {
        const valueEnd = numberEnd(s, i, end);
        if (valueEnd < 0 || !cell(kind, s, i, valueEnd)) return false;
        i = valueEnd;
      } else if (c === 0x6e && i + 4 <= end && s.startsWith('null', i)) {
        if (kind === PRINCIPAL || kind === DAYS) return false; // not given: the exact path's message
        i += 4;
      } else if (kind === SKIP && c === 0x74 && i + 4 <= end && s.startsWith('true', i)) i += 4;
      else if (kind === SKIP && c === 0x66 && i + 5 <= end && s.startsWith('false', i)) i += 5;
      else return false; // nesting, a sign, a wrong type, a syntax error
      c = s.charCodeAt(i);
      if (c <= 0x20) {
        i = skip(s, i, end);
        c = s.charCodeAt(i);
      }
      if (i >= end) return false;
      c = s.charCodeAt(i++);
      if (c === 0x7d) break;
      if (c !== 0x2c) return false;
      c = s.charCodeAt(i);
    }
    return skip(s, i, end) === end && (seen & REQUIRED) === REQUIRED;
  }

  return { row, readLine };
}
