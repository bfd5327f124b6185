/**
 * Where batch results go: the output stream (with back-pressure) and the rejected-rows sink
 * in one of three shapes: text lines on stderr, a CSV file, or an NDJSON file.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { UserError } from '../errors.js';
import { csvLine } from '../render/csv-row.js';
import type { RowError } from './score.js';

export const UTF8_BOM = '\uFEFF';

/** Writes text, waiting for 'drain' when the stream's buffer is full (back-pressure). */
export async function put(stream: Writable, text: string): Promise<void> {
  if (text === '') return;
  if (!stream.write(text)) await once(stream, 'drain');
}

/** Opens a file for writing; a user error (exit 2) when it cannot be created. */
export async function openFile(path: string, flag: string): Promise<Writable> {
  const stream = createWriteStream(path, { flags: 'w', highWaterMark: 256 * 1024 });
  try {
    await once(stream, 'open');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'its folder does not exist' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a folder' : String(code ?? error);
    throw new UserError('batch.output', `${flag}: cannot write ${JSON.stringify(path)}: ${why}`, { field: flag, value: path });
  }
  return stream;
}

/** Ends a stream we opened (a file) and waits until it is flushed; for stdout/stderr only flushes. */
export async function finish(stream: Writable, owned: boolean): Promise<void> {
  if (owned) {
    stream.end();
    if (!stream.writableFinished) await once(stream, 'finish');
  } else {
    await new Promise<void>((resolve) => stream.write('', () => resolve()));
  }
}

export type ErrorFormat = 'text' | 'csv' | 'ndjson';

export const ERROR_COLUMNS = ['row', 'line', 'id', 'column', 'value', 'code', 'reason'] as const;

/** The header line of an error file, if its format has one. */
export function errorHeader(format: ErrorFormat): string {
  return format === 'csv' ? csvLine([...ERROR_COLUMNS]) : '';
}

/** Serialises rejected rows for the sink's format. */
export function renderErrors(errors: readonly RowError[], format: ErrorFormat): string {
  let out = '';
  for (const e of errors) {
    if (format === 'csv') {
      out += csvLine([e.row, e.line, e.id, e.column, e.value, e.code, e.reason]);
    } else if (format === 'ndjson') {
      out += `${JSON.stringify({ row: e.row, line: e.line, id: e.id, column: e.column, value: e.value, code: e.code, reason: e.reason, issues: e.issues })}\n`;
    } else {
      const where = e.id === null ? `line ${e.line}` : `line ${e.line}, id ${e.id}`;
      out += `repayplan batch: row ${e.row} (${where}): ${e.reason}`.replace(/[\r\n]+/g, ' ') + '\n';
    }
  }
  return out;
}
