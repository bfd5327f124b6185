/**
 * Finding where the records of a batch input end, on UTF-8 bytes, without building them
 * (issue #16): the main thread cuts the input into byte jobs on record boundaries and counts
 * rows and lines there, so that the workers can parse their jobs on their own and still number
 * every row and line as the general reader (read.ts) does.
 *
 * CSV follows csv-parse as read.ts configures it (quote `"`, escape `""`, delimiter `,`, record
 * delimiters CRLF, LF and a lone CR, relax_quotes): a quote opens a quoted field only at the
 * start of a field; inside one, `""` is a quote and a quote followed by a delimiter, a line
 * break, a NUL or the end of the input closes it; a quote followed by anything else ends the
 * quoting and the rest of the field is plain (relax_quotes). A record left open at the end of
 * the input (an unclosed quote) or longer than MAX_RECORD_BYTES is not cut here: the caller
 * hands the rest of the input to the general reader, which reports it as today.
 */
import { parse, type Options } from 'csv-parse/sync';
import { MAX_RECORD_BYTES } from './records.js';

/** One record found: where it ends and what the counts need. Reused between calls. */
export interface RecordScan {
  /** Index just past the record and its delimiter. */
  end: number;
  /** Lines it spans (1 + line breaks inside quoted fields). */
  lines: number;
  /** True when it is blank (one field that trims to nothing): not a row. */
  blank: boolean;
  /** True when its bytes need csv-parse (quotes or a lone CR) rather than the plain split. */
  quoted: boolean;
}

/** The record needs bytes not read yet. */
export const NEED_MORE = 0;
/** A record was found (in the RecordScan). */
export const FOUND = 1;
/** The rest cannot be cut here (unclosed quote at the end, or a record over the limit). */
export const GIVE_UP = 2;
export type ScanStatus = typeof NEED_MORE | typeof FOUND | typeof GIVE_UP;

const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;
const COMMA = 0x2c;

/** Options of the csv-parse that reads a job (read.ts's, without the BOM: only the input's very start has one). */
export const CSV_JOB_OPTIONS: Options = {
  bom: false,
  record_delimiter: ['\r\n', '\n', '\r'],
  relax_column_count: true,
  relax_quotes: true,
  skip_records_with_error: true,
};

/** True for the bytes a blank record may hold: ASCII white space, a quote, or any non-ASCII byte. */
function mayBeBlankByte(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === QUOTE || c >= 0x80;
}

/** JS `trim()` white space only: decides a record whose bytes alone cannot tell. */
function blankText(bytes: Uint8Array, csv: boolean): boolean {
  if (!csv) return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).trim() === '';
  const records = parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), CSV_JOB_OPTIONS) as string[][];
  const fields = records[0] ?? [];
  return records.length === 1 && fields.length === 1 && (fields[0] ?? '').trim() === '';
}

/** A finder of record ends over one buffer at a time (caches where the next quote and CR are). */
export class RecordScanner {
  private buf: Uint8Array = new Uint8Array(0);
  private nextQuote = -1;
  private nextCr = -1;
  readonly rec: RecordScan = { end: 0, lines: 1, blank: false, quoted: false };

  constructor(private readonly csv: boolean) {}

  /** Looks at a new buffer (the old one's unscanned rest plus new bytes). */
  reset(buf: Uint8Array): void {
    this.buf = buf;
    this.nextQuote = -1;
    this.nextCr = -1;
  }

  private quoteFrom(pos: number): number {
    if (this.nextQuote < pos && this.nextQuote !== Number.MAX_SAFE_INTEGER) {
      const i = this.buf.indexOf(QUOTE, pos);
      this.nextQuote = i < 0 ? Number.MAX_SAFE_INTEGER : i;
    }
    return this.nextQuote;
  }

  private crFrom(pos: number): number {
    if (this.nextCr < pos && this.nextCr !== Number.MAX_SAFE_INTEGER) {
      const i = this.buf.indexOf(CR, pos);
      this.nextCr = i < 0 ? Number.MAX_SAFE_INTEGER : i;
    }
    return this.nextCr;
  }

  /** Scans the record starting at `pos`; `eof` when no byte follows the buffer. */
  next(pos: number, eof: boolean): ScanStatus {
    const buf = this.buf;
    const nl = buf.indexOf(LF, pos);
    if (nl < 0 && !eof) return buf.length - pos > MAX_RECORD_BYTES ? GIVE_UP : NEED_MORE;
    const lineEnd = nl < 0 ? buf.length : nl;
    if (lineEnd - pos > MAX_RECORD_BYTES) return GIVE_UP;
    const rec = this.rec;
    if (!this.csv) {
      rec.end = nl < 0 ? buf.length : nl + 1;
      rec.lines = 1;
      rec.quoted = false;
      rec.blank = this.blankLine(pos, lineEnd > pos && buf[lineEnd - 1] === CR ? lineEnd - 1 : lineEnd);
      return FOUND;
    }
    const cr = this.crFrom(pos);
    const crlf = nl > pos && buf[nl - 1] === CR;
    const loneCr = cr < lineEnd && !(crlf && cr === nl - 1);
    if (loneCr || this.quoteFrom(pos) < lineEnd) return this.quotedRecord(pos, eof);
    rec.end = nl < 0 ? buf.length : nl + 1;
    rec.lines = 1;
    rec.quoted = false;
    rec.blank = this.blankLine(pos, crlf ? nl - 1 : lineEnd);
    return FOUND;
  }

  /** A line without quotes or a lone CR (CSV) or any line (NDJSON): blank when it trims to nothing. */
  private blankLine(start: number, end: number): boolean {
    const buf = this.buf;
    let other = false;
    for (let i = start; i < end; i++) {
      const c = buf[i] as number;
      if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) continue;
      if (c < 0x80) return false;
      other = true;
    }
    return !other || blankText(buf.subarray(start, end), this.csv);
  }

  /** csv-parse's walk over one record with quotes or a lone CR (see the file's comment). */
  private quotedRecord(pos: number, eof: boolean): ScanStatus {
    const buf = this.buf;
    const n = buf.length;
    const rec = this.rec;
    let i = pos;
    let breaks = 0;
    let quoting = false;
    let fieldStart = true;
    let maybeBlank = true;
    let end = -1;
    while (end < 0) {
      if (i - pos > MAX_RECORD_BYTES) return GIVE_UP;
      if (i >= n) {
        if (!eof) return NEED_MORE;
        if (quoting) return GIVE_UP;
        end = n;
        break;
      }
      const c = buf[i] as number;
      if (maybeBlank && !mayBeBlankByte(c)) maybeBlank = false;
      if (quoting) {
        if (c === QUOTE) {
          if (i + 1 >= n && !eof) return NEED_MORE;
          const next = i + 1 < n ? (buf[i + 1] as number) : -1;
          if (next === QUOTE) {
            i += 2;
            continue;
          }
          // closed (before a delimiter, line break, NUL or the end), or relaxed: plain from here
          quoting = false;
          fieldStart = false;
          i++;
          continue;
        }
        if (c === LF) breaks++;
        else if (c === CR) {
          if (i + 1 >= n && !eof) return NEED_MORE;
          if (buf[i + 1] !== LF) breaks++;
        }
        i++;
        continue;
      }
      if (c === QUOTE && fieldStart) {
        quoting = true;
        fieldStart = false;
        i++;
      } else if (c === COMMA) {
        fieldStart = true;
        maybeBlank = false;
        i++;
      } else if (c === LF) {
        end = i + 1;
      } else if (c === CR) {
        if (i + 1 >= n && !eof) return NEED_MORE;
        end = buf[i + 1] === LF ? i + 2 : i + 1;
      } else {
        fieldStart = false;
        i++;
      }
    }
    rec.end = end;
    rec.lines = 1 + breaks;
    rec.quoted = true;
    rec.blank = maybeBlank && blankText(buf.subarray(pos, end), true);
    return FOUND;
  }
}

/** The fields of one CSV record's bytes (the header, or a first line --skip-header may drop). */
export function recordFields(bytes: Uint8Array): string[] {
  const records = parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), CSV_JOB_OPTIONS) as string[][];
  return records[0] ?? [''];
}
