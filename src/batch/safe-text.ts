/**
 * A rejected row as it may be written anywhere (stderr, an error file, the output with
 * `--errors inline`): numbers that look like a card, ID or phone number masked wherever they sit,
 * control characters (ESC, NUL …) escaped (issue #15).
 */
import { maskNumbersIn } from '../core/privacy.js';
import { printable } from '../text/printable.js';

/** The shape of a rejected row (score.ts RowError), kept structural to avoid an import circle. */
interface RowErrorLike {
  id: string | null;
  column: string | null;
  value: string | null;
  reason: string;
  issues: { column: string | null; value: string | null; code: string; reason: string }[];
}

/** Masked and printable text, or null. */
export function safeText<T extends string | null>(text: T): T {
  return (text === null ? null : printable(maskNumbersIn(text))) as T;
}

export function safeRowError<E extends RowErrorLike>(e: E): E {
  return {
    ...e,
    id: safeText(e.id),
    column: safeText(e.column),
    value: safeText(e.value),
    reason: safeText(e.reason),
    issues: e.issues.map((i) => ({ column: safeText(i.column), value: safeText(i.value), code: i.code, reason: safeText(i.reason) })),
  };
}
