/**
 * Reading a batch input (§6) as a stream of numbered rows: bytes → encoding → CSV records
 * (csv-parse) or NDJSON lines. Nothing here scores; every record that is not blank comes out
 * as exactly one row, numbered 1, 2, … after the header, with the line of the file it starts on.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parse } from 'csv-parse';
import { UserError } from '../errors.js';
import { render, said, type MessageRef } from '../messages/index.js';
import { decoded, type DecodeOptions } from './encoding.js';
import { breaksIn, type InputRow, isBlankRecord, MAX_RECORD_BYTES } from './records.js';

/** A row's failure as a catalogue message (its English kept in `message`). */
function failed(code: string, text: MessageRef): { code: string; message: string; text: MessageRef } {
  return { code, message: render('en', text), text };
}

/** The input ended before its header line. */
export function noHeader(source: string): UserError {
  return UserError.said('batch.no-header', said('batch.empty-input', { source }), { field: 'header', value: null });
}

export type InputFormat = 'csv' | 'ndjson';

export interface ReadOptions extends DecodeOptions {
  format: InputFormat;
  /** True when the CSV has a header line (no --columns). */
  header: boolean;
  /** Called with the header names (CSV with a header) before the first row; may throw. */
  onHeader?: (names: string[]) => void;
  /** Rows and lines are numbered from rowOffset + 1 (default 0). */
  rowOffset?: number;
  /** Lines are numbered from lineOffset + 1 (default: rowOffset). */
  lineOffset?: number;
  /**
   * The source is the rest of an input already decoded to UTF-8, cut at the start of a record
   * (chunks.ts hands it over): no encoding step, no byte-order mark, no byte count.
   */
  continued?: boolean;
  /** Headerless CSV: true when the first record is a header line to drop (--skip-header). */
  isHeader?: (fields: string[]) => boolean;
  /** Called when isHeader dropped the first record. */
  onHeaderSkipped?: () => void;
  /** Counts blank lines / records skipped. */
  onBlank?: () => void;
}

/** The rows of a CSV input; the header (if any) goes to onHeader first. */
async function* readCsv(source: AsyncIterable<Buffer | string>, opts: ReadOptions): AsyncGenerator<InputRow> {
  let quoteNotClosed = false;
  let tooLong = false;
  // Blank lines come out as one empty field and are skipped below, so that every line is
  // counted: a record starts on the line after the previous one and its quoted line breaks.
  const parser = parse({
    bom: !opts.continued,
    // any line end, even mixed in one file (Windows CRLF, Unix LF, old Mac CR)
    record_delimiter: ['\r\n', '\n', '\r'],
    relax_column_count: true,
    relax_quotes: true,
    skip_records_with_error: true,
    max_record_size: MAX_RECORD_BYTES,
    on_skip: (err) => {
      if (!err) return undefined;
      if (err.code === 'CSV_MAX_RECORD_SIZE') tooLong = true;
      else quoteNotClosed = true;
      return undefined;
    },
  });
  const feeding = pipeline(Readable.from(opts.continued ? source : decoded(source, opts, true)), parser);
  feeding.catch(() => undefined); // surfaced through the iteration below
  let linesBefore = opts.lineOffset ?? opts.rowOffset ?? 0;
  let row = opts.rowOffset ?? 0;
  let headerSeen = !opts.header;
  let firstRecord = true;
  const tooLongError = (line: number) =>
    UserError.said('batch.record-too-long', said('batch.record-too-long', { source: opts.source, line, mib: MAX_RECORD_BYTES / 1024 / 1024 }), {
      field: 'line',
      value: String(line),
    });
  for await (const fields of parser as AsyncIterable<string[]>) {
    const line = linesBefore + 1;
    linesBefore += 1 + breaksIn(fields);
    if (isBlankRecord(fields)) {
      opts.onBlank?.();
      continue;
    }
    if (!headerSeen) {
      headerSeen = true;
      opts.onHeader?.(fields);
      continue;
    }
    if (firstRecord) {
      firstRecord = false;
      if (opts.isHeader?.(fields)) {
        opts.onHeaderSkipped?.();
        continue;
      }
    }
    row++;
    yield { row, line, fields, json: null, fail: null };
  }
  await feeding;
  if (tooLong as boolean) throw tooLongError(linesBefore + 1);
  if (!headerSeen) throw noHeader(opts.source);
  if (quoteNotClosed as boolean) {
    row++;
    const line = linesBefore + 1;
    yield {
      row,
      line,
      fields: null,
      json: null,
      fail: failed('row.quote-not-closed', said('row.quote-not-closed', { line })),
    };
  }
}

/** The rows of an NDJSON input: one JSON object a line; blank lines are skipped. */
async function* readNdjson(source: AsyncIterable<Buffer | string>, opts: ReadOptions): AsyncGenerator<InputRow> {
  let pending = '';
  // a continued input does not start at the file's first line: no byte-order mark to drop
  const firstLine = opts.continued ? -1 : (opts.lineOffset ?? opts.rowOffset ?? 0) + 1;
  let lineNo = opts.lineOffset ?? opts.rowOffset ?? 0;
  let row = opts.rowOffset ?? 0;
  let overflow = false;
  function* lines(text: string, final: boolean): Generator<InputRow> {
    let start = 0;
    for (;;) {
      const nl = text.indexOf('\n', start);
      if (nl < 0) break;
      let piece = text.slice(start, nl);
      start = nl + 1;
      lineNo++;
      if (overflow) {
        overflow = false;
        row++;
        yield {
          row,
          line: lineNo,
          fields: null,
          json: null,
          fail: failed('row.too-long', said('row.too-long', { mib: MAX_RECORD_BYTES / 1024 / 1024 })),
        };
        continue;
      }
      if (piece.length > MAX_RECORD_BYTES) {
        row++;
        yield {
          row,
          line: lineNo,
          fields: null,
          json: null,
          fail: failed('row.too-long', said('row.too-long', { mib: MAX_RECORD_BYTES / 1024 / 1024 })),
        };
        continue;
      }
      if (piece.endsWith('\r')) piece = piece.slice(0, -1);
      if (lineNo === firstLine) piece = piece.replace(/^\uFEFF/, '');
      if (piece.trim() === '') {
        opts.onBlank?.();
        continue;
      }
      row++;
      yield { row, line: lineNo, fields: null, json: piece, fail: null };
    }
    pending = text.slice(start);
    if (pending.length > MAX_RECORD_BYTES && !overflow) {
      overflow = true;
    }
    if (overflow) pending = '';
    if (final && (pending.trim() !== '' || overflow)) {
      lineNo++;
      row++;
      if (overflow) {
        yield {
          row,
          line: lineNo,
          fields: null,
          json: null,
          fail: failed('row.too-long', said('row.too-long', { mib: MAX_RECORD_BYTES / 1024 / 1024 })),
        };
      } else {
        let piece = pending.endsWith('\r') ? pending.slice(0, -1) : pending;
        if (lineNo === firstLine) piece = piece.replace(/^\uFEFF/, '');
        yield { row, line: lineNo, fields: null, json: piece, fail: null };
      }
      pending = '';
    }
  }
  if (opts.continued) {
    const d = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
    for await (const chunk of source) yield* lines(pending + (typeof chunk === 'string' ? chunk : d.decode(chunk, { stream: true })), false);
    yield* lines(pending + d.decode(), false);
  } else {
    for await (const chunk of decoded(source, opts, false)) {
      yield* lines(pending + (typeof chunk === 'string' ? chunk : chunk.toString('utf8')), false);
    }
  }
  yield* lines(pending, true);
}

/** Rows of the input, in order. Throws a UserError (exit 2) when the input cannot be read. */
export function readRows(source: AsyncIterable<Buffer | string>, opts: ReadOptions): AsyncGenerator<InputRow> {
  return opts.format === 'csv' ? readCsv(source, opts) : readNdjson(source, opts);
}

/** Guesses the input format: by file name, else by the first non-blank character. */
export function formatFromName(path: string): InputFormat | null {
  const lower = path.toLowerCase();
  if (/\.(ndjson|jsonl|json)$/.test(lower)) return 'ndjson';
  if (/\.(csv|txt)$/.test(lower)) return 'csv';
  return null;
}
