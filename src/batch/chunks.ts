/**
 * Reading a batch input as byte jobs (issue #16): the main thread decodes (encoding.ts: GBK and
 * GB18030 become UTF-8 bytes, UTF-8 stays as read), cuts the bytes into jobs of about
 * JOB_BYTES on record boundaries (chunks-scan.ts) and counts their rows and lines, so that each
 * job carries the numbers its rows start from; a worker then splits and scores the job on its
 * own (chunks-rows.ts). The header line, and the first line --skip-header may drop, are read
 * here. Where the cutter cannot follow (an unclosed quote at the end, a record over the limit),
 * the rest of the input goes to the general reader (read.ts) and comes out as row jobs: the same
 * rows, numbered the same, as if the general reader had read the whole input.
 */
import { BytePool } from './byte-pool.js';
import { decoded, hasUtf8Bom } from './encoding.js';
import { FOUND, GIVE_UP, NEED_MORE, RecordScanner, recordFields } from './chunks-scan.js';
import { noHeader, readRows, type InputFormat, type ReadOptions } from './read.js';
import type { InputRow } from './records.js';

/** Bytes a job holds (it ends at the first record end at or after this many). */
export const JOB_BYTES = 256 * 1024;
/** Rows per job when rows come from the general reader. */
export const JOB_ROWS = 512;

/** Records as UTF-8 bytes, with the numbers their rows and lines start from. */
export interface ByteJob {
  kind: 'bytes';
  format: InputFormat;
  /** Whole records (each with its line end, the last one maybe without); its own ArrayBuffer. */
  bytes: Uint8Array;
  /** Rows and lines before the job's first record. */
  row0: number;
  line0: number;
  /** Rows in the job (records that are not blank), as counted here. */
  rows: number;
  /** CSV: some record has quotes or a lone CR (csv-parse reads the job, not the plain split). */
  quoted: boolean;
  /** The job starts at the input's first line (NDJSON drops a byte-order mark there). */
  firstLine: boolean;
}

/** Rows read by the general reader (read.ts). */
export interface RowJob {
  kind: 'rows';
  rows: InputRow[];
}

export type Job = ByteJob | RowJob;

export interface JobOptions extends ReadOptions {
  /** Job size in bytes (tests force it small to put a job boundary everywhere). */
  jobBytes?: number;
  /** Where a job's bytes and the bytes being gathered are put (buffers scored jobs give back); new buffers without it. */
  pool?: BytePool;
}

function asBuffer(chunk: Buffer | string): Buffer {
  return typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
}

/** The general reader's rows, in row jobs; when reading fails, the rows read before it still come out. */
export async function* rowJobs(rows: AsyncIterable<InputRow>): AsyncGenerator<Job> {
  let batch: InputRow[] = [];
  try {
    for await (const row of rows) {
      batch.push(row);
      if (batch.length >= JOB_ROWS) {
        yield { kind: 'rows', rows: batch };
        batch = [];
      }
    }
  } catch (error) {
    if (batch.length > 0) yield { kind: 'rows', rows: batch };
    throw error;
  }
  if (batch.length > 0) yield { kind: 'rows', rows: batch };
}

/** The jobs of an input, in order. Throws a UserError (exit 2) when the input cannot be read. */
export async function* readJobs(source: AsyncIterable<Buffer | string>, opts: JobOptions): AsyncGenerator<Job> {
  const csv = opts.format === 'csv';
  const target = opts.jobBytes ?? JOB_BYTES;
  const scanner = new RecordScanner(csv);
  let rows = opts.rowOffset ?? 0;
  let lines = opts.lineOffset ?? rows;
  const firstLine0 = lines;
  let headerPending = csv && opts.header;
  let firstPending = csv && opts.isHeader !== undefined;
  const it = decoded(source, opts, true)[Symbol.asyncIterator]();
  const pool = opts.pool ?? new BytePool();
  let buf: Buffer = Buffer.alloc(0);
  /** The pool's buffer `buf` is a view of (null: a chunk as read, not ours to give back). */
  let own: ArrayBuffer | null = null;
  let eof = false;
  let bomChecked = false;
  // the job being gathered: buf[jobStart, scan)
  let jobStart = 0;
  let scan = 0;
  let jobRow0 = rows;
  let jobLine0 = lines;
  let jobQuoted = false;
  const startJob = () => {
    jobStart = scan;
    jobRow0 = rows;
    jobLine0 = lines;
    jobQuoted = false;
  };
  const cut = (): ByteJob | null => {
    const n = rows - jobRow0;
    const job: ByteJob | null =
      n === 0
        ? null
        : {
            kind: 'bytes',
            format: opts.format,
            bytes: copied(pool, buf.subarray(jobStart, scan)),
            row0: jobRow0,
            line0: jobLine0,
            rows: n,
            quoted: jobQuoted,
            firstLine: jobLine0 === firstLine0,
          };
    startJob();
    return job;
  };

  for (;;) {
    if (!eof) {
      const next = await it.next();
      if (next.done) eof = true;
      else {
        const more = asBuffer(next.value);
        if (buf.length === 0) {
          if (own) pool.give(own);
          own = null;
          buf = more;
        } else {
          // the record not yet complete (and the job being gathered) then the new bytes, in a buffer of the pool
          const joined = Buffer.from(pool.take(buf.length + more.length), 0, buf.length + more.length);
          joined.set(buf, 0);
          joined.set(more, buf.length);
          if (own) pool.give(own);
          own = joined.buffer as ArrayBuffer;
          buf = joined;
        }
      }
    }
    if (!bomChecked) {
      if (buf.length < 3 && !eof) continue;
      bomChecked = true;
      if (hasUtf8Bom(buf)) buf = buf.subarray(3);
    }
    scanner.reset(buf);
    while (scan < buf.length) {
      const status = scanner.next(scan, eof);
      if (status === NEED_MORE) break;
      if (status === GIVE_UP) {
        const job = cut();
        if (job) yield job;
        yield* rowJobs(
          readRows(rest(buf.subarray(scan), it), {
            ...opts,
            continued: true,
            rowOffset: rows,
            lineOffset: lines,
            header: headerPending,
            isHeader: firstPending ? opts.isHeader : undefined,
          }),
        );
        return;
      }
      if (status !== FOUND) break;
      const rec = scanner.rec;
      const start = scan;
      scan = rec.end;
      lines += rec.lines;
      if (rec.quoted) jobQuoted = true;
      if (rec.blank) {
        // NDJSON: a blank last line without a line end is not counted (read.ts)
        if (csv || !eof || buf[scan - 1] === 0x0a) opts.onBlank?.();
        if (headerPending || firstPending) startJob();
        continue;
      }
      if (headerPending || firstPending) {
        const fields = recordFields(buf.subarray(start, scan));
        if (headerPending) {
          headerPending = false;
          opts.onHeader?.(fields);
          startJob();
          continue;
        }
        firstPending = false;
        if (opts.isHeader?.(fields)) {
          opts.onHeaderSkipped?.();
          startJob();
          continue;
        }
      }
      rows++;
      if (scan - jobStart >= target) {
        const job = cut();
        if (job) yield job;
      }
    }
    if (eof) break;
    // keep only the job being gathered and the record not yet complete
    buf = buf.subarray(jobStart);
    scan -= jobStart;
    jobStart = 0;
  }
  const job = cut();
  if (job) yield job;
  if (headerPending) throw noHeader(opts.source);
}

/** The bytes in a buffer of the pool, alone at its start (the job's own buffer, transferred to a worker and given back). */
function copied(pool: BytePool, bytes: Uint8Array): Uint8Array {
  const out = pool.bytes(bytes.length);
  out.set(bytes);
  return out;
}

/** The rest of the decoded input: the bytes not cut, then what is still to be read. */
async function* rest(first: Buffer, it: AsyncIterator<Buffer | string>): AsyncGenerator<Buffer> {
  if (first.length > 0) yield first;
  for (;;) {
    const next = await it.next();
    if (next.done) return;
    yield asBuffer(next.value);
  }
}
