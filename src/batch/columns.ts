/**
 * Input columns of a batch (§2, §6): header names in English snake_case, the JSON camelCase
 * names or the Chinese names, mapped to account fields; and the privacy rules of §9 (columns
 * that look like card, ID or phone numbers are never echoed in full: core/privacy). Pure.
 */
import { said } from '../messages/index.js';
import { ACCOUNT_FIELDS, type AccountField } from '../core/account.js';
import { UserError } from '../errors.js';
import { isPersonalColumn, maskValue, safeValue } from '../core/privacy.js';

export type BatchField = AccountField | 'asOf';

/** Extra spellings accepted besides ACCOUNT_FIELDS' json/csv/zh names. */
const ALIASES: Readonly<Record<string, BatchField>> = {
  违约金及费用: 'fees',
  账号: 'id',
  账户号: 'id',
  账户编号: 'id',
  估值日: 'asOf',
  估值日期: 'asOf',
  计算日: 'asOf',
  计算日期: 'asOf',
};

const NAME_TO_FIELD: ReadonlyMap<string, BatchField> = (() => {
  const m = new Map<string, BatchField>();
  for (const f of ACCOUNT_FIELDS) {
    m.set(f.json.toLowerCase(), f.json);
    m.set(f.csv.toLowerCase(), f.json);
    if (f.zh) m.set(f.zh, f.json);
  }
  for (const [k, v] of Object.entries(ALIASES)) m.set(k, v);
  return m;
})();

/**
 * Normalises a header cell: BOM, surrounding space, a unit in brackets ("本金（元）",
 * "principal (CNY)"), case, and spaces or dashes between words ("Overdue Days" = overdue_days).
 */
export function normaliseHeader(name: string): string {
  return name
    .replace(/^\uFEFF/, '')
    .trim()
    .replace(/\s*[(\uFF08][^()\uFF08\uFF09]*[)\uFF09]$/u, '') // （ ）: full-width parentheses, escaped so that the bundles stay ASCII
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

/** The account field a header names, or null when the column is not one of §2. */
export function fieldForHeader(name: string): BatchField | null {
  return NAME_TO_FIELD.get(normaliseHeader(name)) ?? null;
}

/**
 * A column as a reason names it: under zh an English header also gets the field's Chinese name
 * (`本金（principal）`); a Chinese header, an unknown column or en stays as written.
 */
export function columnText(name: string, lang: 'zh' | 'en'): string {
  if (lang === 'en' || /[\u3400-\u9fff]/u.test(name)) return name;
  const field = fieldForHeader(name);
  const zh = field === 'asOf' ? '估值日' : ACCOUNT_FIELDS.find((f) => f.json === field)?.zh;
  return zh ? `${zh}（${name}）` : name;
}

/** The value as it may be echoed in a message or error file: masked when personal (§9). */
export function echoValue(value: string, personalColumn = false): string {
  return personalColumn ? maskValue(value) : safeValue(value);
}

/** How the columns of a CSV map to fields; built once from the header (or --columns). */
export interface ColumnMap {
  /** The column names as written. */
  names: string[];
  /** For each column index, the field it feeds, or null when ignored. */
  fields: (BatchField | null)[];
  /** Columns ignored because they are not account fields (names as written). */
  ignored: string[];
}

/**
 * Maps header names to fields. Throws a UserError (exit 2) when no column is known (the first
 * line is not a header), a required column is missing, or two columns name the same field.
 */
export function mapColumns(names: string[], source: string): ColumnMap {
  const fields: (BatchField | null)[] = [];
  const seen = new Map<BatchField, string>();
  const ignored: string[] = [];
  for (const name of names) {
    const f = fieldForHeader(name);
    fields.push(f);
    if (f === null) {
      ignored.push(name);
      continue;
    }
    const before = seen.get(f);
    if (before !== undefined) {
      throw UserError.said(
        'batch.duplicate-column',
        said('batch.duplicate-column', { source, first: JSON.stringify(before), second: JSON.stringify(name), field: f }),
        { field: name, value: null },
      );
    }
    seen.set(f, name);
  }
  if (seen.size === 0) {
    const shown = names
      .slice(0, 6)
      .map((n) => JSON.stringify(isPersonalColumn(n) ? n : safeValue(n)))
      .join(', ');
    throw UserError.said('batch.no-header', said('batch.no-known-column', { source, shown, more: names.length > 6 ? 1 : 0 }), { field: 'header', value: null });
  }
  const missing = (['principal', 'overdueDays'] as const).filter((f) => !seen.has(f));
  if (missing.length > 0) {
    const say = missing.map((f) => {
      const row = ACCOUNT_FIELDS.find((x) => x.json === f);
      return row ? `${row.csv} (${row.zh})` : f;
    });
    throw UserError.said('batch.missing-column', said('batch.missing-column', { source, first: say[0] ?? '', second: say[1] ?? '' }), {
      field: missing[0] ?? null,
      value: null,
    });
  }
  return { names, fields, ignored };
}
