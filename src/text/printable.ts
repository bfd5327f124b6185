/**
 * Text that is safe to show on a terminal (issue #15): control characters (C0 including ESC,
 * line breaks and tabs, DEL, C1) and the bidirectional overrides that reorder what a reader
 * sees are written as escapes (`\x1b`, `\u202e`), so a value such as an id holding `ESC[2J`
 * cannot clear the analyst's screen. Used at the edges on every line written to stderr and on
 * values shown in tables. Pure.
 */

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const CONTROL_KEEP_NL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function escapeChar(ch: string): string {
  const c = ch.charCodeAt(0);
  return c < 0x100 ? `\\x${c.toString(16).padStart(2, '0')}` : `\\u${c.toString(16).padStart(4, '0')}`;
}

/** One line with every control character escaped (line breaks too). */
export function printable(text: string): string {
  return text.replace(CONTROL, escapeChar);
}

/** Like printable(), but line breaks (\n) are kept: for multi-line output such as a table. */
export function printableLines(text: string): string {
  return text.replace(CONTROL_KEEP_NL, escapeChar);
}

const CONTROL_DATA = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * A value carried as data (an account id): control characters escaped, but tabs and line
 * breaks kept (a quoted CSV field may hold them; messages escape them with printable()).
 */
export function printableData(text: string): string {
  // printable ASCII (most ids) has nothing to escape
  let plain = true;
  for (let i = 0; i < text.length && plain; i++) {
    const c = text.charCodeAt(i);
    plain = c >= 0x20 && c <= 0x7e;
  }
  return plain ? text : text.replace(CONTROL_DATA, escapeChar);
}

/** True when the text holds a character printable() would escape. */
export function hasControl(text: string): boolean {
  CONTROL.lastIndex = 0;
  return CONTROL.test(text);
}
