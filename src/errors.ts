/**
 * The two kinds of failure (STYLE "Errors"): a UserError is something the user can fix
 * (bad flag, amount, policy, CSV row) and exits 2 with one line naming field, value and fix;
 * an InternalError is a broken invariant and exits 1 asking for a report.
 */
import { render, type MessageRef } from './messages/index.js';
import type { ErrorDoc } from './schema/error.js';

export const EXIT_OK = 0;
export const EXIT_INTERNAL = 1;
export const EXIT_USAGE = 2;
export const EXIT_REJECTED_ROWS = 3;

/** One problem with one input field or JSON path. */
export interface FieldIssue {
  /** Stable machine code, e.g. `amount.exponent`. */
  code: string;
  /** The field name (account field, flag or JSON path such as `offers[0].terms[2]`). */
  field: string;
  /** The offending value as text (already masked when personal), or null when absent. */
  value: string | null;
  /** What is wrong and how to fix it, in one sentence (English; the JSON error object's text). */
  message: string;
  /** The same as a message of the catalogue, for rendering in another language (absent: English only). */
  text?: MessageRef;
}

export class UserError extends Error {
  readonly code: string;
  readonly field: string | null;
  readonly value: string | null;
  readonly issues: FieldIssue[];
  /** The message as data (catalogue code and parameters), when it came from the catalogue. */
  readonly text: MessageRef | null;
  constructor(code: string, message: string, opts: { field?: string | null; value?: string | null; issues?: FieldIssue[]; text?: MessageRef } = {}) {
    super(message);
    this.text = opts.text ?? null;
    this.name = 'UserError';
    this.code = code;
    this.field = opts.field ?? null;
    this.value = opts.value ?? null;
    this.issues = opts.issues ?? [];
  }

  /** A user error whose text is a catalogue message: `message` is its English. */
  static said(code: string, text: MessageRef, opts: { field?: string | null; value?: string | null } = {}): UserError {
    return new UserError(code, render('en', text), { ...opts, text });
  }

  static fromIssue(issue: FieldIssue): UserError {
    return new UserError(issue.code, issue.message, { field: issue.field, value: issue.value, issues: [issue] });
  }

  static fromIssues(issues: FieldIssue[], summary?: string): UserError {
    const first = issues[0];
    if (!first) return new UserError('input.invalid', summary ?? 'invalid input');
    if (issues.length === 1 && !summary) return UserError.fromIssue(first);
    return new UserError(first.code, summary ?? first.message, { field: first.field, value: first.value, issues });
  }
}

export class InternalError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InternalError';
  }
}

/** Throws an InternalError when an invariant does not hold. */
export function invariant(condition: unknown, message: string): asserts condition {
  if (!condition) throw new InternalError(message);
}

/** The JSON error object printed on stdout under `--format json` (schema `error`). */
export function toErrorObject(error: UserError | InternalError): ErrorDoc {
  if (error instanceof UserError) {
    return {
      schemaVersion: '1',
      error: {
        code: error.code,
        message: error.message,
        field: error.field,
        value: error.value,
        issues: error.issues.map((i) => ({ code: i.code, field: i.field, value: i.value, message: i.message })),
        exitCode: EXIT_USAGE,
      },
    };
  }
  return { schemaVersion: '1', error: { code: 'internal', message: error.message, field: null, value: null, issues: [], exitCode: EXIT_INTERNAL } };
}
