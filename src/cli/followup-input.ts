/**
 * Reading for `track` and `remind` (§10): agreement records (a JSON record per file, NDJSON
 * of records, or a folder of them, in the order given) and ledgers of payments (CSV or NDJSON,
 * UTF-8 or GBK, headers id/date/amount or 账户/还款日期/还款金额), every row numbered.
 */
import { createReadStream, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { formatFromName, readRows, type InputFormat } from '../batch/read.js';
import { normaliseHeader } from '../batch/columns.js';
import { parseJsonExact } from '../core/json-text.js';
import { UserError } from '../errors.js';
import { ioReason } from '../io/fs-error.js';
import { said } from '../messages/index.js';
import { jsonSyntaxRef } from '../text/json.js';
import { parseAgreement, type Agreement, type LedgerRow } from '../followup/index.js';
import type { Context } from '../io/context.js';

export interface LoadedAgreement {
  agreement: Agreement;
  /** File (and line, for NDJSON) it came from. */
  source: string;
}

function readText(path: string, ctx: Context, flag: string): string {
  try {
    return readFileSync(resolve(ctx.cwd, path), 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    const quoted = JSON.stringify(path);
    if (flag === '--payments')
      throw UserError.said('ledger.unreadable', said('ledger.unreadable', { path: quoted, why: ioReason(error, 'read').text }), { field: flag, value: path });
    throw UserError.said('agreement.unreadable', said('agreement.unreadable', { flag, path: quoted, why: ioReason(error, 'read-any').text }), {
      field: flag,
      value: path,
    });
  }
}

/** Records in one text: one JSON document, else one record a line (NDJSON). */
function agreementsInText(text: string, source: string): LoadedAgreement[] {
  const trimmed = text.trim();
  if (trimmed === '')
    throw UserError.said('agreement.empty', said('agreement.empty', { source }), {
      field: 'agreement',
      value: source,
    });
  try {
    const doc = JSON.parse(trimmed) as unknown;
    return [{ agreement: parseAgreement(doc, source), source }];
  } catch (error) {
    if (error instanceof UserError) throw error;
  }
  const out: LoadedAgreement[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const where = `${source} line ${i + 1}`;
    let doc: unknown;
    try {
      doc = JSON.parse(line);
    } catch (error) {
      const detail = jsonSyntaxRef(line, error instanceof Error ? error.message : String(error));
      throw UserError.said('agreement.not-json', said('agreement.not-json', { where, detail }), { field: 'agreement', value: where });
    }
    out.push({ agreement: parseAgreement(doc, where), source: where });
  });
  return out;
}

/** Every agreement named on the command line, in order (a folder: its .json/.ndjson files by name). */
export async function readAgreements(paths: readonly string[], ctx: Context): Promise<LoadedAgreement[]> {
  const out: LoadedAgreement[] = [];
  for (const path of paths) {
    if (path === '-') {
      const chunks: Buffer[] = [];
      for await (const chunk of ctx.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
      out.push(...agreementsInText(Buffer.concat(chunks).toString('utf8'), 'stdin'));
      continue;
    }
    const full = resolve(ctx.cwd, path);
    let folder = false;
    try {
      folder = statSync(full).isDirectory();
    } catch {
      /* reported by readText */
    }
    if (folder) {
      const names = readdirSync(full)
        .filter((n) => /\.(json|ndjson|jsonl)$/i.test(n) && !n.startsWith('.'))
        .sort();
      if (names.length === 0) throw UserError.said('agreement.empty-folder', said('agreement.empty-folder', { path }), { field: 'agreement', value: path });
      for (const n of names) out.push(...agreementsInText(readText(join(path, n), ctx, 'agreement'), join(path, n)));
    } else {
      out.push(...agreementsInText(readText(path, ctx, 'agreement'), path));
    }
  }
  if (out.length === 0)
    throw UserError.said('agreement.none', said('agreement.none'), {
      field: 'agreement',
      value: null,
    });
  return out;
}

const LEDGER_NAMES: Readonly<Record<string, 'id' | 'date' | 'amount'>> = {
  id: 'id',
  account: 'id',
  account_id: 'id',
  账户: 'id',
  账号: 'id',
  账户编号: 'id',
  date: 'date',
  payment_date: 'date',
  还款日期: 'date',
  日期: 'date',
  amount: 'amount',
  payment_amount: 'amount',
  还款金额: 'amount',
  金额: 'amount',
};

function ledgerField(name: string): 'id' | 'date' | 'amount' | null {
  return LEDGER_NAMES[normaliseHeader(name)] ?? null;
}

function scalar(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  return typeof v === 'string' ? v : JSON.stringify(v);
}

/** Every row of the ledger files, in order (file by file), each numbered within its file. */
export async function readLedger(paths: readonly string[], ctx: Context, encoding: 'auto' | 'utf8' | 'gbk' | 'gb18030' = 'auto'): Promise<LedgerRow[]> {
  const rows: LedgerRow[] = [];
  for (const path of paths) {
    const source = path === '-' ? 'stdin' : path;
    let format: InputFormat | null = path === '-' ? null : formatFromName(path);
    if (format === null) {
      const head = path === '-' ? '' : readText(path, ctx, '--payments').trimStart();
      format = head.startsWith('{') ? 'ndjson' : 'csv';
    }
    let stream: AsyncIterable<Buffer | string>;
    if (path === '-') stream = ctx.stdin as AsyncIterable<Buffer>;
    else {
      try {
        if (statSync(resolve(ctx.cwd, path)).isDirectory())
          throw UserError.said('ledger.is-folder', said('ledger.is-folder', { path: JSON.stringify(path) }), {
            field: '--payments',
            value: path,
          });
      } catch (error) {
        if (error instanceof UserError) throw error;
        throw UserError.said('ledger.unreadable', said('ledger.unreadable', { path: JSON.stringify(path), why: ioReason(error, 'read').text }), {
          field: '--payments',
          value: path,
        });
      }
      stream = createReadStream(resolve(ctx.cwd, path));
    }
    let columns: ('id' | 'date' | 'amount' | null)[] = [];
    const onHeader = (names: string[]) => {
      columns = names.map(ledgerField);
      const missing = (['id', 'date', 'amount'] as const).filter((f) => !columns.includes(f));
      if (missing.length > 0)
        throw UserError.said('ledger.header', said('ledger.header', { source, missing: missing.join(', '), header: JSON.stringify(names.join(',')) }), {
          field: 'header',
          value: names.join(','),
        });
    };
    for await (const r of readRows(stream, { format, encoding, source, header: true, onHeader })) {
      const base = { source, row: r.row, line: r.line };
      if (r.fail) {
        rows.push({ ...base, id: null, date: null, amount: null, fail: r.fail });
        continue;
      }
      if (r.fields) {
        const get = (f: 'id' | 'date' | 'amount') => {
          const i = columns.indexOf(f);
          return i < 0 ? null : (r.fields?.[i] ?? null);
        };
        rows.push({ ...base, id: get('id'), date: get('date'), amount: get('amount') });
        continue;
      }
      let doc: unknown;
      try {
        doc = parseJsonExact(r.json ?? '');
      } catch (error) {
        rows.push({
          ...base,
          id: null,
          date: null,
          amount: null,
          fail: { code: 'row.not-json', message: `not valid JSON (${error instanceof Error ? error.message : String(error)})` },
        });
        continue;
      }
      if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
        rows.push({
          ...base,
          id: null,
          date: null,
          amount: null,
          fail: { code: 'row.not-object', message: 'not a JSON object: give {"id": …, "date": "YYYY-MM-DD", "amount": "…"}' },
        });
        continue;
      }
      const got: Record<'id' | 'date' | 'amount', string | null> = { id: null, date: null, amount: null };
      for (const [k, v] of Object.entries(doc as Record<string, unknown>)) {
        const f = ledgerField(k);
        if (f) got[f] = scalar(v);
      }
      rows.push({ ...base, ...got });
    }
  }
  return rows;
}
