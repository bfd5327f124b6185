/**
 * JSON without binary floats: every number literal is turned into a string holding its exact
 * text before JSON.parse sees it, so `{"principal": 1e5}` reaches the amount parser as "1e5"
 * (and is refused there) instead of becoming the double 100000.
 */

const JSON_NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/;

/** Rewrites every JSON number token outside strings as a JSON string of the same text. */
export function quoteJsonNumbers(text: string): string {
  let out = '';
  let start = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
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

/** JSON.parse with every number kept as its literal text. */
export function parseJsonExact(text: string): unknown {
  try {
    return JSON.parse(quoteJsonNumbers(text));
  } catch (error) {
    // report the syntax error at its position in the text as written
    JSON.parse(text);
    throw error;
  }
}
