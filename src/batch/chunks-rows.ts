/**
 * A job's rows and its scoring, where the job is scored (a worker thread, or the main thread
 * under --jobs 1): the bytes of a job (chunks.ts) are split into lines and fields here — plain
 * lines by a split on the delimiter, a job with quotes or a lone CR by csv-parse, NDJSON lines
 * handed to the scorer's JSON.parse as they are — numbered from the job's row0 and line0 exactly
 * as the general reader (read.ts) numbers them.
 */
import { parse } from 'csv-parse/sync';
import { InternalError } from '../errors.js';
import { CSV_JOB_OPTIONS } from './chunks-scan.js';
import type { ByteJob, Job } from './chunks.js';
import { breaksIn, isBlankRecord, type InputRow } from './read.js';
import type { ChunkResult, ChunkScorer } from './score.js';

/** A job's result; `out` as UTF-8 bytes when it crosses from a worker (transferred). */
export interface JobResult extends Omit<ChunkResult, 'out'> {
  out: string | Uint8Array;
}

/** Splits a job into rows (blank records skipped, as the general reader skips them). */
export function rowsOfJob(job: ByteJob): InputRow[] {
  const rows: InputRow[] = [];
  let row = job.row0;
  let line = job.line0;
  const bytes = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength);
  if (job.format === 'csv' && job.quoted) {
    for (const fields of parse(bytes, CSV_JOB_OPTIONS) as string[][]) {
      const at = line + 1;
      line += 1 + breaksIn(fields);
      if (isBlankRecord(fields)) continue;
      rows.push({ row: ++row, line: at, fields, json: null, fail: null });
    }
  } else {
    const csv = job.format === 'csv';
    // CSV: what csv-parse does field by field (Buffer's decoding); NDJSON: read.ts's TextDecoder
    const text = csv ? bytes.toString('utf8') : new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    let start = 0;
    while (start < text.length) {
      let nl = text.indexOf('\n', start);
      if (nl < 0) nl = text.length;
      let piece = text.slice(start, nl);
      start = nl + 1;
      line++;
      if (piece.endsWith('\r')) piece = piece.slice(0, -1);
      if (csv) {
        const fields = piece.split(',');
        if (fields.length === 1 && piece.trim() === '') continue;
        rows.push({ row: ++row, line, fields, json: null, fail: null });
      } else {
        if (job.firstLine && line === job.line0 + 1) piece = piece.replace(/^\uFEFF/, '');
        if (piece.trim() === '') continue;
        rows.push({ row: ++row, line, fields: null, json: piece, fail: null });
      }
    }
  }
  if (rows.length !== job.rows) throw new InternalError(`batch: a job of ${job.rows} rows from row ${job.row0 + 1} split into ${rows.length}`);
  return rows;
}

/** Scores one job; `bytes` turns the output into UTF-8 bytes with an ArrayBuffer of its own (to transfer). */
export function scoreJob(score: ChunkScorer, job: Job, bytes: boolean): JobResult {
  const result = score(job.kind === 'rows' ? job.rows : rowsOfJob(job));
  if (!bytes) return result;
  const out = Buffer.allocUnsafeSlow(Buffer.byteLength(result.out));
  out.write(result.out);
  return { ...result, out: new Uint8Array(out.buffer, 0, out.length) };
}
