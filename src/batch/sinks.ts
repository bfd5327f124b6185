/**
 * Where batch results go: the output stream (with back-pressure) and the rejected-rows sink
 * in one of three shapes: text lines on stderr, a CSV file, or an NDJSON file.
 */
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { openAtomicStream, type AtomicStream } from '../io/atomic.js';
import type { Writable } from 'node:stream';
import { UserError } from '../errors.js';
import { ioReason } from '../io/fs-error.js';
import { BATCH_COLUMNS, csvLine, PLAN_GROUP_FIELDS } from '../render/csv-row.js';
import { isMessageCode, msg, type Lang } from '../messages/index.js';
import type { RowError } from './score.js';
import { safeRowError } from './safe-text.js';

export const UTF8_BOM = '\uFEFF';

/** Where each watched stream writes, for the message when a write fails. */
const targets = new WeakMap<Writable, { flag: string; name: string; error: NodeJS.ErrnoException | null }>();

function writeFailed(flag: string, name: string, error: unknown): UserError {
  const why = ioReason(error, 'write').text;
  return UserError.said('batch.write', { code: 'io.write-failed', params: { flag, name, why } }, { field: flag, value: name });
}

/**
 * Turns a failed write on `stream` (disk full, I/O error) into one clear user error instead of
 * an unhandled 'error' event. A closed pipe on stdout (EPIPE, `| head`) is left to the
 * process-wide handler, which ends quietly.
 */
export function watchWrites(stream: Writable, flag: string, name: string): Writable {
  if (targets.has(stream)) return stream;
  const t = { flag, name, error: null as NodeJS.ErrnoException | null };
  targets.set(stream, t);
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') t.error ??= error;
  });
  return stream;
}

function check(stream: Writable, error?: unknown): void {
  const t = targets.get(stream);
  const e = t?.error ?? error ?? stream.errored;
  if (e === undefined || e === null) return;
  if ((e as NodeJS.ErrnoException).code === 'EPIPE') throw e;
  throw writeFailed(t?.flag ?? 'output', t?.name ?? 'the output', e);
}

/**
 * Writes text (or its UTF-8 bytes), waiting for 'drain' when the stream's buffer is full
 * (back-pressure); `written` is called once the stream no longer holds the bytes (not after a
 * failed write).
 */
export async function put(stream: Writable, text: string | Uint8Array, written?: () => void): Promise<void> {
  if (text.length === 0) {
    written?.(); // nothing to hold
    return;
  }
  check(stream);
  try {
    // An error raised inside write() marks the stream errored at once (no 'drain' will come);
    // one raised later rejects the wait.
    if (!stream.write(text, written && ((error) => error || written()))) {
      check(stream);
      await once(stream, 'drain');
    }
  } catch (error) {
    check(stream, error);
  }
  check(stream);
}

/** Files opened by openFile: written to a temporary file, renamed into place by finish(). */
const atomic = new WeakMap<Writable, AtomicStream>();

/**
 * Opens a file for writing through a temporary file in the same folder (renamed over `path`
 * when the run finishes, removed when it does not); a user error (exit 2) when it cannot be
 * created.
 */
export async function openFile(path: string, flag: string): Promise<Writable> {
  const file = openAtomicStream(path);
  const stream = file.stream;
  try {
    await once(stream, 'open');
  } catch (error) {
    file.abort();
    const why = ioReason(error, 'write').text;
    throw UserError.said('batch.output', { code: 'io.cannot-write', params: { flag, path: JSON.stringify(path), why } }, { field: flag, value: path });
  }
  atomic.set(stream, file);
  return watchWrites(stream, flag, JSON.stringify(path));
}

/** Drops a file opened by openFile without putting it in place (the run did not finish). */
export function discard(stream: Writable): void {
  const file = atomic.get(stream);
  if (!file) return;
  stream.destroy();
  file.abort();
}

/** Ends a stream we opened (a file) and waits until it is flushed; for stdout/stderr only flushes. */
export async function finish(stream: Writable, owned: boolean): Promise<void> {
  try {
    if (owned) {
      check(stream);
      stream.end();
      await finished(stream);
      check(stream);
      atomic.get(stream)?.commit();
    } else {
      await new Promise<void>((resolve, reject) => stream.write('', (error) => (error ? reject(error) : resolve())));
    }
  } catch (error) {
    atomic.get(stream)?.abort();
    check(stream, error);
  }
  check(stream);
}

export type ErrorFormat = 'text' | 'csv' | 'ndjson';

export const ERROR_COLUMNS = ['row', 'line', 'id', 'column', 'value', 'code', 'reason'] as const;

/** The header line of an error file, if its format has one. */
export function errorHeader(format: ErrorFormat): string {
  return format === 'csv' ? csvLine([...ERROR_COLUMNS]) : '';
}

/** Serialises rejected rows for the sink's format (the text lines in `lang`; the reasons are already in it). */
export function renderErrors(errors: readonly RowError[], format: ErrorFormat, lang: Lang = 'en'): string {
  let out = '';
  for (const raw of errors) {
    const e = safeRowError(raw);
    if (format === 'csv') {
      out += csvLine([e.row, e.line, e.id, e.column, e.value, e.code, e.reason]);
    } else if (format === 'ndjson') {
      out += `${JSON.stringify({ row: e.row, line: e.line, id: e.id, column: e.column, value: e.value, code: e.code, reason: e.reason, issues: e.issues })}\n`;
    } else {
      out += `repayplan batch: ${msg(lang, 'row.rejected', { row: e.row, line: e.line, id: e.id ?? '', reason: e.reason })}`.replace(/[\r\n]+/g, ' ') + '\n';
    }
  }
  return out;
}

/** The output headers in the language of `--headers` (kept input columns keep their names). */
export function headerCells(columns: readonly string[], lang: Lang, keep: readonly string[]): string[] {
  if (lang === 'en') return [...columns];
  const zh = (name: string) => {
    const code = `batch-col.${name}`;
    return isMessageCode(code) ? msg('zh', code as 'batch-col.row') : name;
  };
  return columns.map((c, i) => {
    if (i < BATCH_COLUMNS.length) return zh(c);
    if (i < BATCH_COLUMNS.length + keep.length) return c;
    const dot = c.lastIndexOf('.');
    const field = c.slice(dot + 1);
    return (PLAN_GROUP_FIELDS as readonly string[]).includes(field) ? `${c.slice(0, dot)}.${zh(field)}` : c;
  });
}
