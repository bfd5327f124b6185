/**
 * A job's rows and its scoring, where the job is scored (a worker thread, or the main thread
 * under --jobs 1): the bytes of a job (chunks.ts) are split into lines and fields here — plain
 * lines by a split on the delimiter, a job with quotes or a lone CR by csv-parse, NDJSON lines
 * read in place by the scorer or handed on as they are — numbered from the job's row0 and line0
 * exactly as the general reader (read.ts) numbers them, and each record goes straight to the
 * engine's row scorer (score.ts createRowScorer), which formats the output into the job's bytes:
 * no row object.
 */
import { parse } from 'csv-parse/sync';
import { InternalError } from '../errors.js';
import type { BytePool } from './byte-pool.js';
import { CSV_JOB_OPTIONS } from './chunks-scan.js';
import type { ByteJob, Job } from './chunks.js';
import { breaksIn, isBlankRecord, type InputRow } from './records.js';
import { feedRows, type ChunkResult, type RowScorer } from './score.js';

/** A job's result; `out` as UTF-8 bytes with an ArrayBuffer of their own (transferred from a worker). */
export type JobResult = ChunkResult<Uint8Array>;

/** Where a job's records go: the row scorer itself, or a list (tests, bench/reader.mjs). */
export interface RecordSink {
  csv(fields: string[], row: number, line: number): void;
  json(text: string, row: number, line: number): void;
  /** An unquoted CSV record as text[start, end), taken as it is (true) or declined (then `csv` gets its fields). */
  csvText?(text: string, start: number, end: number, row: number, line: number): boolean;
  /** An NDJSON line as text[start, end), taken as it is (true) or declined (then `json` gets it as a string). */
  jsonText?(text: string, start: number, end: number, row: number, line: number): boolean;
}

/** Bytes of a job decoded into one string at most (whole lines; a longer line is one piece of its own). */
export const PIECE_BYTES = 64 * 1024;

/** The end of the piece of whole lines that starts at `from`: just past the last line end before from + PIECE_BYTES, else past the next one, else the end. */
export function pieceEnd(bytes: Uint8Array, from: number, pieceBytes = PIECE_BYTES): number {
  const n = bytes.length;
  if (n - from <= pieceBytes) return n;
  const last = bytes.lastIndexOf(0x0a, from + pieceBytes - 1);
  if (last >= from) return last + 1;
  const next = bytes.indexOf(0x0a, from + pieceBytes);
  return next < 0 ? n : next + 1;
}

/** Splits a job into records (blank records skipped, as the general reader skips them) and hands them to `sink`. */
export function splitJob(job: ByteJob, sink: RecordSink, pieceBytes = PIECE_BYTES): void {
  let row = job.row0;
  let line = job.line0;
  const bytes = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength);
  if (job.format === 'csv' && job.quoted) {
    for (const fields of parse(bytes, CSV_JOB_OPTIONS) as string[][]) {
      const at = line + 1;
      line += 1 + breaksIn(fields);
      if (isBlankRecord(fields)) continue;
      sink.csv(fields, ++row, at);
    }
  } else {
    const csv = job.format === 'csv';
    const direct = csv ? sink.csvText !== undefined : sink.jsonText !== undefined;
    // CSV: what csv-parse does field by field (Buffer's decoding); NDJSON: read.ts's TextDecoder.
    // Decoded a piece of whole lines at a time: a string of PIECE_BYTES or more goes to V8's
    // large-object space, fresh pages mapped for each one (bench/RESULTS.md: 35 times the cost of
    // the same bytes decoded as smaller strings). A line end (0x0a) is never inside a UTF-8
    // sequence, so the pieces decode to the same text as the whole.
    const decoder = csv ? null : new TextDecoder('utf-8', { ignoreBOM: true });
    const n = bytes.length;
    for (let from = 0; from < n; ) {
      const to = pieceEnd(bytes, from, pieceBytes);
      const piece = bytes.subarray(from, to);
      from = to;
      const text = decoder === null ? piece.toString('utf8') : decoder.decode(piece);
      let start = 0;
      while (start < text.length) {
        let nl = text.indexOf('\n', start);
        if (nl < 0) nl = text.length;
        line++;
        // the row scorer reads a plain record or line in place (a blank one it never takes)
        if (direct) {
          const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
          if (csv ? sink.csvText?.(text, start, end, row + 1, line) : sink.jsonText?.(text, start, end, row + 1, line)) {
            row++;
            start = nl + 1;
            continue;
          }
        }
        let record = text.slice(start, nl);
        start = nl + 1;
        if (record.endsWith('\r')) record = record.slice(0, -1);
        if (csv) {
          const fields = record.split(',');
          if (fields.length === 1 && record.trim() === '') continue;
          sink.csv(fields, ++row, line);
        } else {
          if (job.firstLine && line === job.line0 + 1) record = record.replace(/^\uFEFF/, '');
          if (record.trim() === '') continue;
          sink.json(record, ++row, line);
        }
      }
    }
  }
  if (row - job.row0 !== job.rows) throw new InternalError(`batch: a job of ${job.rows} rows from row ${job.row0 + 1} split into ${row - job.row0}`);
}

/** A job's rows as the general reader gives them (the property test compares the two; bench/reader.mjs times the split). */
export function rowsOfJob(job: ByteJob, pieceBytes = PIECE_BYTES): InputRow[] {
  const rows: InputRow[] = [];
  splitJob(
    job,
    {
      csv: (fields, row, line) => rows.push({ row, line, fields, json: null, fail: null }),
      json: (json, row, line) => rows.push({ row, line, fields: null, json, fail: null }),
    },
    pieceBytes,
  );
  return rows;
}

/**
 * Scores one job through the row scorer; the output comes back as bytes (to transfer, or to write
 * as they are): a copy, or with `outputs` the scorer's own output buffer, the scorer going on in
 * one of the pool's (see RowScorer.takeBytes).
 */
export function scoreJob(scorer: RowScorer, job: Job, outputs?: BytePool): JobResult {
  if (job.kind === 'bytes') splitJob(job, scorer);
  else feedRows(scorer, job.rows);
  return scorer.takeBytes(outputs && ((min) => outputs.take(min)));
}
