/**
 * How a failure reaches the user (§7): a user error as one line on stderr (and the JSON error
 * object on stdout under --format json), every line masked for numbers that look personal and
 * escaped for control characters. Used by the program's error output and by main's catch.
 */
import { textIn } from '../messages/index.js';
import { EXIT_USAGE, type InternalError, toErrorObject, type UserError } from '../errors.js';
import type { Context } from '../io/context.js';
import { maskNumbersIn } from '../core/privacy.js';
import { printable } from '../text/printable.js';

/** commander's message as one line, without its "error: " prefix. */
export function oneLine(message: string): string {
  return message
    .replace(/^error: /, '')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}

/** A line as it may reach a terminal: numbers that look personal masked, control characters escaped. */
export function safeLine(text: string): string {
  return printable(maskNumbersIn(text));
}

/** Every string in a JSON error object with the numbers that look personal masked. */
function masked(value: unknown): unknown {
  if (typeof value === 'string') return maskNumbersIn(value);
  if (Array.isArray(value)) return value.map(masked);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, masked(v)]));
  return value;
}

/** The JSON error object as printed on stdout. */
export function errorJson(error: UserError | InternalError, indent: number): string {
  return `${JSON.stringify(masked(toErrorObject(error)), null, indent)}\n`;
}

/** Prints a user error as one line (and the JSON error object under --format json). */
export function reportUserError(error: UserError, ctx: Context, json: boolean, indent = 2, lang: 'zh' | 'en' = 'en'): number {
  // under an explicit --lang zh a catalogue message is shown in Chinese (the JSON object stays English)
  ctx.stderr.write(`repayplan: ${safeLine(textIn(lang, error.text ?? error.issues[0]?.text, error.message))}\n`);
  for (const issue of error.issues.slice(1)) ctx.stderr.write(`repayplan: ${safeLine(textIn(lang, issue.text, issue.message))}\n`);
  if (json) ctx.stdout.write(errorJson(error, indent));
  return EXIT_USAGE;
}
