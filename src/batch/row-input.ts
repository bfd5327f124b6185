/**
 * Reading one batch row (§2, §6): a CSV record or an NDJSON line → the raw account fields and
 * their column labels, or the issues that stop the row (empty, shifted, bad bytes, too long,
 * bad JSON). Values are masked where personal (§9) and reasons are in the scorer's language.
 */
import type { RawAccount } from '../core/account.js';
import { isPersonalColumn, safeValue } from '../core/privacy.js';
import { InternalError, type FieldIssue } from '../errors.js';
import { msg, render, said, type Lang } from '../messages/index.js';
import { parseJsonStrict, MAX_JSON_DEPTH } from '../text/json.js';
import { printable, printableData } from '../text/printable.js';
import { columnText, echoValue, fieldForHeader, type BatchField } from './columns.js';
import type { RowIssue } from './score-types.js';

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
export function maskedIssue(
  issue: FieldIssue,
  personalColumn: boolean,
  lang: Lang,
): { column: string | null; value: string | null; code: string; reason: string } {
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

export const rowIssue = (code: string, reason: string, column: string | null = null, value: string | null = null): RowIssue => ({
  column,
  value,
  code,
  reason,
});

/** A row read: its raw account fields, the column each came from, the issues; `doc` the parsed NDJSON object. */
export interface ReadRow {
  raw: RawAccount;
  label: Map<BatchField, string>;
  issues: RowIssue[];
  doc: Record<string, unknown> | null;
}

/** The codes of issues that stop a row before its fields are parsed. */
export const STOPPING = new Set(['row.empty', 'row.field-count', 'row.json', 'row.too-deep', 'row.duplicate-key', 'row.not-object']);

/** The readers of one scorer: CSV columns (or null for NDJSON input) and the language of reasons. */
export function rowReader(cols: { names: string[]; fields: (BatchField | null)[] } | null, lang: Lang) {
  const personalCol = cols ? cols.names.map((n) => isPersonalColumn(n)) : [];
  const width = cols ? cols.names.length : 0;
  const idIndex = cols ? cols.fields.indexOf('id') : -1;

  /** Raw account + labels from a CSV record, or the issues that stop it. */
  function fromCsv(fields: string[]): ReadRow {
    const raw: RawAccount = {};
    const label = new Map<BatchField, string>();
    const issues: RowIssue[] = [];
    if (!cols) throw new InternalError('batch: CSV row without columns');
    let allEmpty = true;
    for (const f of fields)
      if (f.trim() !== '') {
        allEmpty = false;
        break;
      }
    if (allEmpty) {
      issues.push(rowIssue('row.empty', msg(lang, 'row.empty', { n: fields.length })));
      return { raw, label, issues, doc: null };
    }
    if (fields.length !== width) {
      // a shifted row would put figures under the wrong columns: never guess, reject it
      if (idIndex >= 0 && idIndex < fields.length) raw.id = fields[idIndex];
      issues.push(rowIssue('row.field-count', msg(lang, 'row.field-count', { got: fields.length, width })));
      return { raw, label, issues, doc: null };
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
    return { raw, label, issues, doc: null };
  }

  function fromJson(text: string): ReadRow {
    const raw: RawAccount = {};
    const label = new Map<BatchField, string>();
    const issues: RowIssue[] = [];
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
      return { raw, label, issues, doc: null };
    }
    const doc: unknown = parsed.json;
    if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
      issues.push(rowIssue('row.not-object', msg(lang, 'row.not-object', { kind: Array.isArray(doc) ? 'array' : doc === null ? 'null' : typeof doc })));
      return { raw, label, issues, doc: null };
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
    return { raw, label, issues, doc: doc as Record<string, unknown> };
  }

  function shownId(raw: RawAccount): string | null {
    const id = raw.id?.trim();
    if (!id) return null;
    return clip(safeValue(printableData(id)));
  }

  return { fromCsv, fromJson, shownId };
}
