/**
 * One pass over the common NDJSON row (issue #16), apart from the general strict reader
 * (json.ts), which tries it first: a flat object read in one walk gives what the four passes give.
 */

/** A JSON number token as the grammar has it. */
export const JSON_NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/;

/** True for the characters quoteJsonNumbers takes into a number token. */
function numberChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x2d || c === 0x2b || c === 0x65 || c === 0x45;
}

/**
 * One pass over the common NDJSON row (issue #16): one flat object of strings without escapes,
 * numbers, true, false and null, no key twice, JSON white space only. Gives exactly what the
 * four passes of parseJsonStrict(text, { exactNumbers: true }) give (numbers as their text),
 * or undefined for anything else — nesting, an escape, a repeated key, `__proto__`, any
 * syntax error — which the general path then reads (and refuses) as before.
 */
export function flatJsonObject(text: string): Record<string, unknown> | undefined {
  const n = text.length;
  let i = 0;
  const space = () => {
    for (let c = text.charCodeAt(i); c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d; c = text.charCodeAt(i)) i++;
  };
  /** The string at i (no escapes, no control characters), moving past it. */
  const string = (): string | undefined => {
    if (text.charCodeAt(i) !== 0x22) return undefined;
    const start = i + 1;
    for (let j = start; j < n; j++) {
      const c = text.charCodeAt(j);
      if (c === 0x22) {
        i = j + 1;
        return text.slice(start, j);
      }
      if (c === 0x5c || c < 0x20) return undefined;
    }
    return undefined;
  };
  space();
  if (text.charCodeAt(i) !== 0x7b) return undefined;
  i++;
  space();
  const out: Record<string, unknown> = {};
  if (text.charCodeAt(i) === 0x7d) {
    i++;
    space();
    return i === n ? out : undefined;
  }
  for (;;) {
    const key = string();
    if (key === undefined || key === '__proto__' || Object.hasOwn(out, key)) return undefined;
    space();
    if (text.charCodeAt(i) !== 0x3a) return undefined;
    i++;
    space();
    const c = text.charCodeAt(i);
    let value: unknown;
    if (c === 0x22) {
      value = string();
      if (value === undefined) return undefined;
    } else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
      let j = i + 1;
      while (j < n && numberChar(text.charCodeAt(j))) j++;
      const token = text.slice(i, j);
      if (!JSON_NUMBER.test(token)) return undefined;
      value = token;
      i = j;
    } else if (text.startsWith('true', i)) {
      value = true;
      i += 4;
    } else if (text.startsWith('false', i)) {
      value = false;
      i += 5;
    } else if (text.startsWith('null', i)) {
      value = null;
      i += 4;
    } else return undefined;
    out[key] = value;
    space();
    const d = text.charCodeAt(i);
    i++;
    if (d === 0x7d) {
      space();
      return i === n ? out : undefined;
    }
    if (d !== 0x2c) return undefined;
    space();
  }
}
