/**
 * Scoring a chunk of batch rows: raw fields → account (the §2 rules) → evaluate → one output
 * line, or one error record with the row number, column, masked value and reason. Runs in a
 * worker thread (worker.ts) or inline; the policy is compiled once per scorer.
 */
import { parseAccount, parseAsOf, type AccountField, type RawAccount } from '../core/account.js';
import { parseCivilDate, type CivilDate } from '../dates/civil-date.js';
import { InternalError, UserError, type FieldIssue } from '../errors.js';
import { compilePolicy } from '../policy/compile.js';
import type { Policy, PolicyDoc } from '../policy/types.js';
import { compileFast, evaluateRow } from '../fast/engine.js';
import { batchCells, batchColumns, csvLine, ndjsonLine } from '../render/csv-row.js';
import { parseJsonStrict, MAX_JSON_DEPTH } from '../text/json.js';
import { printable, printableData } from '../text/printable.js';
import { msg, render, said, type Lang } from '../messages/index.js';
import { isPersonalColumn, safeValue } from '../core/privacy.js';
import { addRejected, addScored, emptyTally, factsOf, type Tally } from '../report/portfolio.js';
import { columnText, echoValue, fieldForHeader, type BatchField } from './columns.js';
import { safeRowError } from './safe-text.js';
import type { InputRow } from './read.js';

/** Everything a scorer needs; plain data so that it crosses to a worker thread. */
export interface ScoreConfig {
  policyDoc: PolicyDoc;
  policySha256: string;
  /** asOf for rows without an as_of column, YYYY-MM-DD. */
  defaultAsOf: string;
  /** CSV column names and the field each feeds (null for NDJSON input). */
  columns: { names: string[]; fields: (BatchField | null)[] } | null;
  output: 'csv' | 'ndjson';
  /** Plan ids for --plans column groups, or null. */
  planIds: string[] | null;
  /** `--errors inline`: rejected rows also go into the output, in input order. */
  inlineErrors: boolean;
  /** 'exact' scores every row with evaluate() (tests compare it with the fast engine); default fast with fallback. */
  engine?: 'fast' | 'exact';
  /** `--keep`: input columns (CSV header names or NDJSON keys) passed through, masked when personal. */
  keep: string[];
  /** Language of the rejected rows' reasons (`--lang`; default en). */
  lang?: Lang;
}

/** One rejected row (§6): where, what, why. Values are already masked where personal (§9). */
export interface RowError {
  row: number;
  line: number;
  id: string | null;
  column: string | null;
  value: string | null;
  code: string;
  reason: string;
  /** Every issue of the row (the first one is repeated in column/value/code). */
  issues: { column: string | null; value: string | null; code: string; reason: string }[];
}

export interface ChunkResult {
  /** The output lines of the scored rows, in order, already serialised. */
  out: string;
  errors: RowError[];
  scored: number;
  rejected: number;
  /** The chunk's part of the portfolio summary (merged in input order by the caller). */
  tally: Tally;
  /** Row numbers and raw account ids (trimmed; null when none), for duplicate checks. */
  idRows: number[];
  ids: (string | null)[];
}

export type ChunkScorer = (rows: readonly InputRow[]) => ChunkResult;

const REPLACEMENT = '\uFFFD';

/** Longest value an account field may hold; longer ones are rejected, never echoed in full. */
export const MAX_FIELD_CHARS = 256;

/** A value shortened for messages. */
function clip(text: string): string {
  return text.length > 64 ? `${text.slice(0, 64)}…` : text;
}

/** An issue's text in `lang` (English as the core wrote it); under zh the field also by its Chinese name. */
function reasonOf(issue: FieldIssue, lang: Lang): string {
  const ref = issue.text;
  if (lang === 'en' || !ref) return issue.message;
  const field = ref.params.field;
  return render(lang, typeof field === 'string' ? { ...ref, params: { ...ref.params, field: columnText(field, lang) } } : ref);
}

/** Masks a value for echo and rewrites the message that quotes it. */
function maskedIssue(issue: FieldIssue, personalColumn: boolean, lang: Lang): { column: string | null; value: string | null; code: string; reason: string } {
  const value = issue.value;
  const text = reasonOf(issue, lang);
  if (value === null) return { column: issue.field, value: null, code: issue.code, reason: text };
  const shown = echoValue(value, personalColumn);
  let reason = text;
  if (shown !== value) reason = reason.split(JSON.stringify(value)).join(JSON.stringify(shown)).split(value).join(shown);
  return { column: issue.field, value: shown, code: issue.code, reason };
}

function jsonScalar(value: unknown, key: string): string | undefined | FieldIssue {
  if (value === null || value === undefined) return undefined;
  // numbers arrive as their literal text (parseJsonExact), never as a double
  if (typeof value === 'string') return value;
  const text = said('row.type', { key, kind: Array.isArray(value) ? 'array' : typeof value });
  return { code: 'row.type', field: key, value: null, message: render('en', text), text };
}

/** The 1-based character a JSON.parse message points at ("… at position 4"), or 0 when it names none. */
function jsonErrorAt(detail: string): number {
  const m = /position (\d+)/.exec(detail);
  return m ? Number(m[1]) + 1 : 0;
}

/** Builds the scorer for a config (compiles the policy once). */
export function createScorer(config: ScoreConfig): ChunkScorer {
  const policy: Policy = compilePolicy(config.policyDoc);
  if (policy.sha256 !== config.policySha256) throw new InternalError(`batch worker compiled policy ${policy.sha256}, expected ${config.policySha256}`);
  // the fast engine (src/fast/) when it covers the policy; rows it cannot prove exact fall back to evaluate()
  const engine = config.engine === 'exact' ? null : compileFast(policy);
  const currency = policy.currency;
  const lang: Lang = config.lang ?? 'en';
  const sep = msg(lang, 'row.issue-sep');
  const defaultAsOf = parseCivilDate(config.defaultAsOf);
  if (!defaultAsOf) throw new InternalError(`batch: bad default asOf ${config.defaultAsOf}`);
  const outColumns = batchColumns(config.planIds, config.keep);
  const cols = config.columns;
  const keepIndex = cols ? config.keep.map((k) => cols.names.indexOf(k)) : [];
  const personalCol = cols ? cols.names.map((n) => isPersonalColumn(n)) : [];
  const width = cols ? cols.names.length : 0;
  const idIndex = cols ? cols.fields.indexOf('id') : -1;

  function reject(r: InputRow, id: string | null, issues: { column: string | null; value: string | null; code: string; reason: string }[]): RowError {
    const first = issues[0] ?? { column: null, value: null, code: 'row.invalid', reason: msg(lang, 'row.invalid') };
    return { row: r.row, line: r.line, id, column: first.column, value: first.value, code: first.code, reason: issues.map((i) => i.reason).join(sep), issues };
  }
  const rowIssue = (code: string, reason: string, column: string | null = null, value: string | null = null) => ({ column, value, code, reason });

  /** Raw account + labels from a CSV record, or the issues that stop it. */
  function fromCsv(fields: string[]): { raw: RawAccount; label: Map<BatchField, string>; issues: ReturnType<typeof rowIssue>[] } {
    const raw: RawAccount = {};
    const label = new Map<BatchField, string>();
    const issues: ReturnType<typeof rowIssue>[] = [];
    if (!cols) throw new InternalError('batch: CSV row without columns');
    let allEmpty = true;
    for (const f of fields)
      if (f.trim() !== '') {
        allEmpty = false;
        break;
      }
    if (allEmpty) {
      issues.push(rowIssue('row.empty', msg(lang, 'row.empty', { n: fields.length })));
      return { raw, label, issues };
    }
    if (fields.length !== width) {
      // a shifted row would put figures under the wrong columns: never guess, reject it
      if (idIndex >= 0 && idIndex < fields.length) raw.id = fields[idIndex];
      issues.push(rowIssue('row.field-count', msg(lang, 'row.field-count', { got: fields.length, width })));
      return { raw, label, issues };
    }
    // a NUL byte anywhere in the row, even in a column that is not read, rejects the row
    for (let i = 0; i < width; i++) {
      const v = fields[i] ?? '';
      if ((cols.fields[i] === null || cols.fields[i] === undefined) && v.includes('\0')) {
        const name = cols.names[i] || `column ${i + 1}`;
        issues.push(
          rowIssue(
            'row.nul',
            msg(lang, 'row.nul', { field: cols.names[i] ? columnText(name, lang) : msg(lang, 'row.column-n', { n: i + 1 }) }),
            name,
            isPersonalColumn(name) ? null : printable(safeValue(v)),
          ),
        );
      }
    }
    for (let i = 0; i < width; i++) {
      const field = cols.fields[i];
      if (field === null || field === undefined) continue;
      // the padding rule: a CSV cell loses its surrounding ASCII spaces, nothing else
      const v = (fields[i] ?? '').replace(/^ +| +$/g, '');
      const name = cols.names[i] ?? field;
      label.set(field, name);
      if (v.length > MAX_FIELD_CHARS) {
        issues.push(
          rowIssue(
            'row.field-too-long',
            msg(lang, 'row.field-too-long', { field: columnText(name, lang), length: v.length, max: MAX_FIELD_CHARS }),
            name,
            clip(echoValue(v, personalCol[i])),
          ),
        );
        continue;
      }
      if (v.includes('\0')) {
        issues.push(rowIssue('row.nul', msg(lang, 'row.nul', { field: columnText(name, lang) }), name, printable(echoValue(v, personalCol[i]))));
        continue;
      }
      if (v.includes(REPLACEMENT)) {
        issues.push(rowIssue('row.encoding', msg(lang, 'row.encoding', { field: columnText(name, lang) }), name, echoValue(v, personalCol[i])));
        continue;
      }
      raw[field] = v;
    }
    return { raw, label, issues };
  }

  function fromJson(text: string): { raw: RawAccount; label: Map<BatchField, string>; issues: ReturnType<typeof rowIssue>[] } {
    const raw: RawAccount = {};
    const label = new Map<BatchField, string>();
    const issues: ReturnType<typeof rowIssue>[] = [];
    const parsed = parseJsonStrict(text, { exactNumbers: true });
    if ('problem' in parsed) {
      const p = parsed.problem;
      if (p.kind === 'syntax') {
        issues.push(rowIssue('row.json', msg(lang, 'row.json', { detail: p.detail, at: jsonErrorAt(p.detail) })));
      } else if (p.kind === 'too-deep') {
        issues.push(rowIssue('row.too-deep', msg(lang, 'input.too-deep', { where: msg(lang, 'row.the-line'), max: MAX_JSON_DEPTH })));
      } else {
        const d = p.duplicate;
        const show = (v: string) => safeValue(printable(v));
        issues.push(
          rowIssue('row.duplicate-key', msg(lang, 'input.duplicate-key', { where: '', path: d.path, first: show(d.first), second: show(d.second) }), d.path),
        );
      }
      return { raw, label, issues };
    }
    const doc: unknown = parsed.json;
    if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
      issues.push(rowIssue('row.not-object', msg(lang, 'row.not-object', { kind: Array.isArray(doc) ? 'array' : doc === null ? 'null' : typeof doc })));
      return { raw, label, issues };
    }
    for (const [key, value] of Object.entries(doc as Record<string, unknown>)) {
      const field = fieldForHeader(key);
      if (field === null) continue;
      const before = label.get(field);
      if (before !== undefined) {
        issues.push(rowIssue('row.duplicate-field', msg(lang, 'row.duplicate-field', { key, field, before }), key));
        continue;
      }
      label.set(field, key);
      const text = jsonScalar(value, key);
      if (text === undefined) continue;
      if (typeof text === 'object') {
        issues.push(maskedIssue(text, isPersonalColumn(key), lang));
        continue;
      }
      if (text.length > MAX_FIELD_CHARS) {
        issues.push(
          rowIssue(
            'row.field-too-long',
            msg(lang, 'row.field-too-long', { field: columnText(key, lang), length: text.length, max: MAX_FIELD_CHARS }),
            key,
            clip(safeValue(printable(text))),
          ),
        );
        continue;
      }
      if (text.includes('\0')) {
        issues.push(rowIssue('row.nul', msg(lang, 'row.nul', { field: columnText(key, lang) }), key, printable(echoValue(text, isPersonalColumn(key)))));
        continue;
      }
      if (text.includes(REPLACEMENT)) {
        issues.push(rowIssue('row.encoding', msg(lang, 'row.encoding', { field: columnText(key, lang) }), key, echoValue(text, isPersonalColumn(key))));
        continue;
      }
      raw[field] = text;
    }
    return { raw, label, issues };
  }

  function shownId(raw: RawAccount): string | null {
    const id = raw.id?.trim();
    if (!id) return null;
    return clip(safeValue(printableData(id)));
  }

  /** The `--keep` values of a row, verbatim but masked when personal (§9). */
  function keptOf(r: InputRow): (string | null)[] {
    if (config.keep.length === 0) return [];
    if (r.fields && cols) {
      return keepIndex.map((i, j) => {
        const v = i >= 0 ? r.fields?.[i] : undefined;
        return v === undefined || v === '' ? null : safeValue(v, config.keep[j]);
      });
    }
    if (r.json !== null) {
      let doc: unknown = null;
      const parsed = parseJsonStrict(r.json, { exactNumbers: true });
      doc = 'json' in parsed ? parsed.json : null;
      const o = doc !== null && typeof doc === 'object' && !Array.isArray(doc) ? (doc as Record<string, unknown>) : {};
      return config.keep.map((k) => {
        const v = o[k];
        if (v === undefined || v === null) return null;
        return safeValue(typeof v === 'string' ? v : JSON.stringify(v), k);
      });
    }
    return config.keep.map(() => null);
  }

  const rowCol = outColumns.indexOf('row');
  const idCol = outColumns.indexOf('id');
  const keepCol = outColumns.indexOf(config.keep[0] ?? '\u0000');
  const recCol = outColumns.indexOf('recommendation');
  const reasonCol = outColumns.indexOf('reason');
  /** A rejected row as an output line (`--errors inline`). */
  function inlineLine(raw: RowError, kept: (string | null)[]): string {
    const e = safeRowError(raw);
    if (config.output === 'ndjson') {
      const keptObj: Record<string, string | null> = {};
      config.keep.forEach((k, j) => {
        keptObj[k] = kept[j] ?? null;
      });
      return `${JSON.stringify({ id: e.id, row: e.row, line: e.line, ...keptObj, error: { column: e.column, value: e.value, code: e.code, reason: e.reason } })}\n`;
    }
    const cells: (string | number | null)[] = outColumns.map(() => null);
    cells[rowCol] = e.row;
    cells[idCol] = e.id;
    if (keepCol >= 0)
      kept.forEach((v, j) => {
        cells[keepCol + j] = v;
      });
    cells[recCol] = 'rejected';
    cells[reasonCol] = msg(lang, 'row.rejected', { row: e.row, line: e.line, id: '', reason: e.reason });
    return csvLine(cells);
  }

  return (rows) => {
    let out = '';
    const errors: RowError[] = [];
    let scored = 0;
    const tally = emptyTally();
    const idRows: number[] = [];
    const ids: (string | null)[] = [];
    let current: InputRow | null = null;
    const fail = (e: RowError) => {
      errors.push(e);
      addRejected(tally, e.code, e.row);
      if (config.inlineErrors) out += inlineLine(e, current ? keptOf(current) : []);
    };
    for (const r of rows) {
      current = r;
      if (r.fail) {
        idRows.push(r.row);
        ids.push(null);
        fail(reject(r, null, [rowIssue(r.fail.code, r.fail.text ? render(lang, r.fail.text) : r.fail.message)]));
        continue;
      }
      const got = r.fields ? fromCsv(r.fields) : fromJson(r.json ?? '');
      const id = shownId(got.raw);
      idRows.push(r.row);
      ids.push(got.raw.id?.trim() || null);
      if (
        got.issues.length > 0 &&
        got.issues.some(
          (i) =>
            i.code === 'row.empty' ||
            i.code === 'row.field-count' ||
            i.code === 'row.json' ||
            i.code === 'row.too-deep' ||
            i.code === 'row.duplicate-key' ||
            i.code === 'row.not-object',
        )
      ) {
        fail(reject(r, id, got.issues));
        continue;
      }
      const label = (f: AccountField | 'asOf') => got.label.get(f) ?? f;
      const issues = [...got.issues];
      const parsed = parseAccount(got.raw, currency, label);
      if ('issues' in parsed) {
        // a field already reported (bad bytes, wrong JSON type) is not "missing" as well
        const reported = new Set(got.issues.map((i) => i.column));
        for (const i of parsed.issues)
          if (!(i.code === 'account.missing' && reported.has(i.field))) issues.push(maskedIssue(i, isPersonalColumn(i.field), lang));
      }
      let asOf: CivilDate = defaultAsOf;
      const asOfText = got.raw.asOf;
      if (asOfText !== undefined && asOfText !== '') {
        const d = parseAsOf(asOfText, label('asOf'));
        if ('code' in d) issues.push(maskedIssue(d, false, lang));
        else asOf = d;
      }
      if (issues.length > 0 || 'issues' in parsed) {
        fail(reject(r, id, issues));
        continue;
      }
      let cellsLine: string;
      try {
        const { ev } = evaluateRow(engine, policy, parsed.account, asOf);
        const cells = batchCells(ev, ev.account.id, config.planIds, r.row, keptOf(r));
        cellsLine = config.output === 'csv' ? csvLine(cells) : ndjsonLine(outColumns, cells);
        addScored(tally, factsOf(ev));
      } catch (error) {
        const user = error instanceof UserError;
        const message = error instanceof Error ? error.message : String(error);
        fail(
          reject(r, id, [
            rowIssue(
              user ? error.code : 'row.internal',
              user ? (error.text ? render(lang, error.text) : message) : msg(lang, 'row.internal', { detail: message }),
            ),
          ]),
        );
        continue;
      }
      out += cellsLine;
      scored++;
    }
    return { out, errors, scored, rejected: errors.length, tally, idRows, ids };
  };
}
