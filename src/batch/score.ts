/**
 * Scoring batch rows: raw fields → account (the §2 rules) → figures → one output line, or one
 * error record with the row number, column, masked value and reason. Runs in a worker thread
 * (worker.ts) or inline; the policy, the fast engine and the line writer are compiled once per
 * scorer.
 *
 * A row the fast engine covers (src/fast/) is written straight from its figures
 * (render/batch-line.ts) and summed into the summary per chunk (fast-tally.ts); a row it cannot
 * prove exact goes through evaluate() → batchCells → csvLine/ndjsonLine, with the same bytes.
 */
import { parseAccount, parseAsOf, type Account, type AccountField } from '../core/account.js';
import { formatCivilDate, parseCivilDate, type CivilDate } from '../dates/civil-date.js';
import { InternalError, UserError } from '../errors.js';
import { compileFast, computeFigures, computeFiguresOf, FALLBACK, owedIn12 } from '../fast/engine.js';
import { msg, render, type Lang } from '../messages/index.js';
import { isPersonalColumn } from '../core/privacy.js';
import { compilePolicy } from '../policy/compile.js';
import type { Policy } from '../policy/types.js';
import { batchLineWriter, type RowInput } from '../render/batch-line.js';
import { ByteSink } from '../render/byte-sink.js';
import { batchCells, csvLine, ndjsonLine } from '../render/csv-row.js';
import { evaluate } from '../report/evaluate.js';
import { addRejected, addScored, emptyTally, factsOf } from '../report/portfolio.js';
import { fastJsonReader } from './fast-json.js';
import { fastCsvReader, type FastRow } from './fast-row.js';
import { IdCollector } from './id-batch.js';
import { FastTally } from './fast-tally.js';
import type { InputRow } from './records.js';
import { maskedIssue, rowIssue, rowReader, STOPPING, type ReadRow } from './row-input.js';
import { rowWriter } from './row-output.js';
import type { ChunkResult, ChunkScorer, RowError, RowIssue, ScoreConfig } from './score-types.js';

export type { ChunkResult, ChunkScorer, RowError, ScoreConfig } from './score-types.js';
export { MAX_FIELD_CHARS } from './row-input.js';

/**
 * One row at a time, for a reader that splits its own input (the lower-level entry under
 * createScorer): `csv(fields, row, line)` scores a CSV record given its field values in header
 * order (`config.columns`), `json(text, row, line)` an NDJSON line. Each appends the row's output
 * line (none when the row is rejected and errors are not inline) to the chunk's output, which
 * rows scored on the fast path are formatted into as bytes; errors, counts, ids and the summary
 * tally accumulate too, until `take()` returns them as one ChunkResult and starts the next chunk.
 * No InputRow object is needed per row.
 */
export interface RowScorer {
  csv(fields: string[], row: number, line: number): void;
  /**
   * The unquoted CSV record text[start, end) scored on the fast path without splitting it into
   * strings; false (nothing done) when the row needs its fields: then `csv` must be called.
   */
  csvText(text: string, start: number, end: number, row: number, line: number): boolean;
  json(text: string, row: number, line: number): void;
  /** The NDJSON line text[start, end) scored on the fast path in place; false (nothing done) when `json` must be called. */
  jsonText(text: string, start: number, end: number, row: number, line: number): boolean;
  /** A row that could not even be split into fields (InputRow.fail). */
  failed(r: InputRow): void;
  take(): ChunkResult;
  /**
   * take() with the output as UTF-8 bytes in an ArrayBuffer of their own (to transfer to another
   * thread), never decoded: a copy, or with `fresh` the output buffer itself (the scorer goes on
   * in the buffer `fresh` gives; bytes at the start of the one taken).
   */
  takeBytes(fresh?: (min: number) => ArrayBuffer): ChunkResult<Uint8Array>;
}

/** Builds the row scorer for a config (compiles the policy, the fast engine and the line writer once). */
export function createRowScorer(config: ScoreConfig): RowScorer {
  const policy: Policy = compilePolicy(config.policyDoc);
  if (policy.sha256 !== config.policySha256) throw new InternalError(`batch worker compiled policy ${policy.sha256}, expected ${config.policySha256}`);
  // the fast engine (src/fast/) when it covers the policy; rows it cannot prove exact fall back to evaluate()
  const engine = config.engine === 'exact' ? null : compileFast(policy);
  const writeLine = engine ? batchLineWriter(engine, config.planIds, config.keep, config.output) : null;
  const fastTally = engine ? new FastTally(engine) : null;
  const input: RowInput = { row: 0, id: null, asOf: '', hardship: null, willing: null, kept: [] };
  const sink = new ByteSink();
  const currency = policy.currency;
  const lang: Lang = config.lang ?? 'en';
  const sep = msg(lang, 'row.issue-sep');
  const defaultAsOf = parseCivilDate(config.defaultAsOf);
  if (!defaultAsOf) throw new InternalError(`batch: bad default asOf ${config.defaultAsOf}`);
  const defaultAsOfText = formatCivilDate(defaultAsOf);
  const reader = rowReader(config.columns, lang);
  const { keptOf, inlineLine, outColumns } = rowWriter(config, lang);
  // plain CSV rows read straight into numbers (fast-row.ts); any other row is read the exact way
  const fastCsv = engine && config.columns && config.rowInput !== 'exact' ? fastCsvReader(config.columns, currency.minorDigits, defaultAsOfText) : null;
  // plain NDJSON lines likewise, in one walk over their text (fast-json.ts)
  const fastJson = engine && !config.columns && config.rowInput !== 'exact' ? fastJsonReader(currency.minorDigits, defaultAsOfText) : null;

  let errors: RowError[] = [];
  let scored = 0;
  let fallbacks = 0;
  let tally = emptyTally();
  const ids = new IdCollector();

  function reject(row: number, line: number, id: string | null, issues: RowIssue[]): RowError {
    const first = issues[0] ?? { column: null, value: null, code: 'row.invalid', reason: msg(lang, 'row.invalid') };
    return { row, line, id, column: first.column, value: first.value, code: first.code, reason: issues.map((i) => i.reason).join(sep), issues };
  }
  function fail(e: RowError, kept: () => readonly (string | null)[]): void {
    errors.push(e);
    addRejected(tally, e.code, e.row);
    if (config.inlineErrors) sink.text(inlineLine(e, kept()));
  }

  /** Appends the output line of a valid account: from the fast engine's figures, or the exact path's cells. */
  function lineOf(account: Account, asOf: CivilDate, asOfText: string, row: number, kept: readonly (string | null)[]): void {
    if (engine && writeLine && fastTally) {
      const mark = sink.n;
      try {
        const f = computeFigures(engine, account);
        const in12 = owedIn12(engine, f);
        // one RowInput for every row, overwritten (the writer reads it before returning)
        input.row = row;
        input.id = account.id;
        input.asOf = asOfText;
        input.hardship = account.hardship;
        input.willing = account.willingToRepay;
        input.kept = kept;
        writeLine(f, input, sink);
        fastTally.add(tally, f, in12);
        return;
      } catch (error) {
        sink.n = mark; // nothing of a row that failed half-way stays in the output
        if (error !== FALLBACK) throw error;
        fallbacks++;
      }
    }
    const ev = evaluate(account, policy, asOf, { rates: false });
    const cells = batchCells(ev, ev.account.id, config.planIds, row, kept);
    const text = config.output === 'csv' ? csvLine(cells) : ndjsonLine(outColumns, cells);
    addScored(tally, factsOf(ev));
    sink.text(text);
  }

  /**
   * A row on the fast path, once fast-row.ts or fast-json.ts has read it into `r` (null: it could
   * not), from its figures to its line; false (nothing written or counted) when it must go the exact way.
   */
  function fastLine(r: FastRow | null, fields: string[] | null, row: number): boolean {
    if (!r || !writeLine || !fastTally || !engine) return false;
    const mark = sink.n;
    try {
      const f = computeFiguresOf(engine, r.account);
      const in12 = owedIn12(engine, f);
      input.row = row;
      input.id = r.id;
      input.asOf = r.asOfText;
      input.hardship = r.hardship;
      input.willing = r.willing;
      input.kept = keptOf(fields, null, null);
      writeLine(f, input, sink);
      fastTally.add(tally, f, in12);
    } catch {
      // FALLBACK (or anything else): the exact path scores the row again and says what happened
      sink.n = mark;
      return false;
    }
    ids.add(r.id, row);
    scored++;
    return true;
  }

  function score(got: ReadRow, fields: string[] | null, json: string | null, row: number, line: number): void {
    const id = reader.shownId(got.raw);
    const kept = () => keptOf(fields, json, got.doc);
    ids.add(got.raw.id?.trim() || null, row);
    if (got.issues.some((i) => STOPPING.has(i.code))) {
      fail(reject(row, line, id, got.issues), kept);
      return;
    }
    const label = (f: AccountField | 'asOf') => got.label.get(f) ?? f;
    const issues = got.issues.slice();
    const parsed = parseAccount(got.raw, currency, label);
    if ('issues' in parsed) {
      // a field already reported (bad bytes, wrong JSON type) is not "missing" as well
      const reported = new Set(got.issues.map((i) => i.column));
      for (const i of parsed.issues) if (!(i.code === 'account.missing' && reported.has(i.field))) issues.push(maskedIssue(i, isPersonalColumn(i.field), lang));
    }
    let asOf: CivilDate = defaultAsOf as CivilDate;
    let asOfText = defaultAsOfText;
    const given = got.raw.asOf;
    if (given !== undefined && given !== '') {
      const d = parseAsOf(given, label('asOf'));
      if ('code' in d) issues.push(maskedIssue(d, false, lang));
      else {
        asOf = d;
        asOfText = formatCivilDate(d);
      }
    }
    if (issues.length > 0 || 'issues' in parsed) {
      fail(reject(row, line, id, issues), kept);
      return;
    }
    try {
      lineOf(parsed.account, asOf, asOfText, row, kept());
      scored++;
    } catch (error) {
      const user = error instanceof UserError;
      const message = error instanceof Error ? error.message : String(error);
      const reason = user ? (error.text ? render(lang, error.text) : message) : msg(lang, 'row.internal', { detail: message });
      fail(reject(row, line, id, [rowIssue(user ? error.code : 'row.internal', reason)]), kept);
    }
  }

  /** An NDJSON line text[start, end) on the fast path; false when it must be read the exact way. */
  const jsonText = (text: string, start: number, end: number, row: number) =>
    config.keep.length === 0 && fastLine(fastJson?.readLine(text, start, end) ? fastJson.row : null, null, row);

  return {
    csv(fields, row, line) {
      if (!fastLine(fastCsv?.read(fields) ? fastCsv.row : null, fields, row)) score(reader.fromCsv(fields), fields, null, row, line);
    },
    csvText: (text, start, end, row) => config.keep.length === 0 && fastLine(fastCsv?.readLine(text, start, end) ? fastCsv.row : null, null, row),
    json(text, row, line) {
      if (!jsonText(text, 0, text.length, row)) score(reader.fromJson(text), null, text, row, line);
    },
    jsonText,
    failed(r) {
      ids.add(null, r.row);
      const f = r.fail;
      const issue = rowIssue(f?.code ?? 'row.invalid', f ? (f.text ? render(lang, f.text) : f.message) : msg(lang, 'row.invalid'));
      fail(reject(r.row, r.line, null, [issue]), () => keptOf(r.fields, r.json));
    },
    take: () => finish(sink.take()),
    takeBytes: (fresh) => finish(fresh ? sink.takeView(fresh) : sink.takeBytes()),
  };

  /** The chunk's result around its output; the counts start again for the next chunk. */
  function finish<Out extends string | Uint8Array>(out: Out): ChunkResult<Out> {
    fastTally?.flush(tally);
    const result: ChunkResult<Out> = { out, errors, scored, rejected: errors.length, tally, ids: ids.take(), fallbacks };
    errors = [];
    scored = 0;
    fallbacks = 0;
    tally = emptyTally();
    return result;
  }
}

/** Hands rows read by the general reader (read.ts) to a row scorer, each by its kind. */
export function feedRows(s: RowScorer, rows: readonly InputRow[]): void {
  for (const r of rows) {
    if (r.fail) s.failed(r);
    else if (r.fields) s.csv(r.fields, r.row, r.line);
    else s.json(r.json ?? '', r.row, r.line);
  }
}

/** Builds the scorer for a config (compiles the policy once): a chunk of rows → its ChunkResult. */
export function createScorer(config: ScoreConfig): ChunkScorer {
  const s = createRowScorer(config);
  return (rows) => {
    feedRows(s, rows);
    return s.take();
  };
}
