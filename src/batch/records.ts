/**
 * A batch input's rows as the reader (read.ts) and the byte jobs (chunks-rows.ts) number them.
 * Apart from read.ts so that a worker thread, which splits byte jobs but never decodes a file,
 * does not load the decoders (iconv-lite and its tables: ~0.45 MB of the worker bundle, #16).
 */
import type { MessageRef } from '../messages/index.js';

/** Longest CSV record or NDJSON line accepted (a longer one is almost surely an unclosed quote). */
export const MAX_RECORD_BYTES = 1024 * 1024;

export interface InputRow {
  /** 1-based data row (the header is not counted; blank lines are not rows). */
  row: number;
  /** 1-based line of the file where the row starts (the header, when there is one, is line 1). */
  line: number;
  /** CSV fields, or null. */
  fields: string[] | null;
  /** NDJSON line text, or null. */
  json: string | null;
  /** A row that could not even be split into fields (`message` English, `text` for any language). */
  fail: { code: string; message: string; text?: MessageRef } | null;
}

/** Line breaks inside a record's fields (a quoted field may span lines; CRLF counts once). */
export function breaksIn(fields: readonly string[]): number {
  let n = 0;
  for (const f of fields) {
    if (f.indexOf('\n') < 0 && f.indexOf('\r') < 0) continue;
    for (let i = 0; i < f.length; i++) {
      const c = f.charCodeAt(i);
      if (c === 10) n++;
      else if (c === 13 && f.charCodeAt(i + 1) !== 10) n++;
    }
  }
  return n;
}

/** A record that is one empty (or blank) field: a blank line, skipped and not a row. */
export function isBlankRecord(fields: string[]): boolean {
  return fields.length === 1 && (fields[0] ?? '').trim() === '';
}
