/**
 * What a batch row carries to its output besides the figures: the `--keep` values (masked when
 * personal, §9) and, under `--errors inline`, a rejected row as an output line.
 */
import { safeValue } from '../core/privacy.js';
import { msg, type Lang } from '../messages/index.js';
import { batchColumns, csvLine } from '../render/csv-row.js';
import { parseJsonStrict } from '../text/json.js';
import { safeRowError } from './safe-text.js';
import type { RowError, ScoreConfig } from './score-types.js';

export function rowWriter(config: ScoreConfig, lang: Lang) {
  const cols = config.columns;
  const keep = config.keep;
  const keepIndex = cols ? keep.map((k) => cols.names.indexOf(k)) : [];
  const outColumns = batchColumns(config.planIds, keep);
  const none: (string | null)[] = keep.map(() => null);
  const nothingKept: readonly (string | null)[] = [];

  /**
   * The `--keep` values of a row, verbatim but masked when personal (§9): from its CSV fields, or
   * from its NDJSON object (`doc`, when the reader parsed it already, else parsed from `json`).
   */
  function keptOf(fields: readonly string[] | null, json: string | null, doc?: Record<string, unknown> | null): readonly (string | null)[] {
    if (keep.length === 0) return nothingKept;
    if (fields && cols) {
      return keepIndex.map((i, j) => {
        const v = i >= 0 ? fields[i] : undefined;
        return v === undefined || v === '' ? null : safeValue(v, keep[j]);
      });
    }
    if (doc === undefined && json !== null) {
      const parsed = parseJsonStrict(json, { exactNumbers: true });
      const d = 'json' in parsed ? parsed.json : null;
      doc = d !== null && typeof d === 'object' && !Array.isArray(d) ? (d as Record<string, unknown>) : null;
    }
    if (!doc) return none.slice();
    const o = doc;
    return keep.map((k) => {
      const v = o[k];
      if (v === undefined || v === null) return null;
      return safeValue(typeof v === 'string' ? v : JSON.stringify(v), k);
    });
  }

  const rowCol = outColumns.indexOf('row');
  const idCol = outColumns.indexOf('id');
  const keepCol = outColumns.indexOf(keep[0] ?? '\u0000');
  const recCol = outColumns.indexOf('recommendation');
  const reasonCol = outColumns.indexOf('reason');
  /** A rejected row as an output line (`--errors inline`). */
  function inlineLine(raw: RowError, kept: readonly (string | null)[]): string {
    const e = safeRowError(raw);
    if (config.output === 'ndjson') {
      const keptObj: Record<string, string | null> = {};
      keep.forEach((k, j) => {
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

  return { keptOf, inlineLine, outColumns };
}
