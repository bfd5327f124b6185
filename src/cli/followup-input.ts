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
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(
      flag === '--payments' ? 'ledger.unreadable' : 'agreement.unreadable',
      `${flag}: ${JSON.stringify(path)}: ${code === 'ENOENT' ? 'no such file or folder' : String(code ?? error)}: give an agreement record (JSON), an NDJSON file of records or a folder of them`,
      { field: flag, value: path },
    );
  }
}

/** Records in one text: one JSON document, else one record a line (NDJSON). */
function agreementsInText(text: string, source: string): LoadedAgreement[] {
  const trimmed = text.trim();
  if (trimmed === '')
    throw new UserError('agreement.empty', `${source}: the file is empty: give an agreement record written by \`repayplan agree\` or \`negotiate --save\``, {
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
      throw new UserError(
        'agreement.not-json',
        `${where}: not valid JSON (${error instanceof Error ? error.message : String(error)}): give one agreement record a line`,
        { field: 'agreement', value: where },
      );
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
      if (names.length === 0)
        throw new UserError('agreement.empty-folder', `${path}: the folder holds no .json or .ndjson agreement records`, { field: 'agreement', value: path });
      for (const n of names) out.push(...agreementsInText(readText(join(path, n), ctx, 'agreement'), join(path, n)));
    } else {
      out.push(...agreementsInText(readText(path, ctx, 'agreement'), path));
    }
  }
  if (out.length === 0)
    throw new UserError('agreement.none', 'no agreement given: name one or more agreement records (JSON), NDJSON files of records or folders', {
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
          throw new UserError('ledger.is-folder', `--payments: ${JSON.stringify(path)} is a folder: give a CSV or NDJSON file of payments`, {
            field: '--payments',
            value: path,
          });
      } catch (error) {
        if (error instanceof UserError) throw error;
        throw new UserError(
          'ledger.unreadable',
          `--payments: ${JSON.stringify(path)}: no such file: give a CSV or NDJSON file of payments (id, date, amount)`,
          { field: '--payments', value: path },
        );
      }
      stream = createReadStream(resolve(ctx.cwd, path));
    }
    let columns: ('id' | 'date' | 'amount' | null)[] = [];
    const onHeader = (names: string[]) => {
      columns = names.map(ledgerField);
      const missing = (['id', 'date', 'amount'] as const).filter((f) => !columns.includes(f));
      if (missing.length > 0)
        throw new UserError(
          'ledger.header',
          `--payments: ${source}: no ${missing.join(', ')} column in the header ${JSON.stringify(names.join(','))}: the ledger needs id, date and amount (or 账户, 还款日期, 还款金额)`,
          { field: 'header', value: names.join(',') },
        );
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
