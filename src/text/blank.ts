/**
 * The padding rule (issue #15, docs/input.md): an amount, a number of days or a date is written
 * alone. Leading or trailing blank characters — space, tab, line break, no-break space (U+00A0),
 * ideographic space (U+3000), any other Unicode space, a byte-order mark — are refused, never
 * trimmed silently. The one exception is a CSV cell, whose surrounding ASCII spaces (U+0020
 * only) the batch reader trims before the value gets here. Pure.
 */

/** What a blank character is called in a message. */
export function blankName(ch: string): string {
  const c = ch.codePointAt(0) ?? 0;
  const hex = `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
  if (ch === ' ') return 'a space';
  if (ch === '\t') return 'a tab';
  if (ch === '\n' || ch === '\r') return 'a line break';
  if (ch === '\u00a0') return `a no-break space (${hex})`;
  if (ch === '\u3000') return `an ideographic space (${hex})`;
  return `a blank character (${hex})`;
}

/** The first blank character at the start or end of the text, or null when it has none. */
export function blankEnd(text: string): { char: string; end: 'start' | 'end' } | null {
  const first = /^\s/u.exec(text);
  if (first) return { char: blankName(first[0]), end: 'start' };
  const last = /\s$/u.exec(text);
  if (last) return { char: blankName(last[0]), end: 'end' };
  return null;
}
