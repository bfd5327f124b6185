/**
 * The ledger of payments received (§10): rows with `id`, `date` and `amount`, matched to
 * agreements by account reference. Pure: rows arrive as text from the edge (CSV or NDJSON);
 * each one is routed to exactly one agreement or rejected with a code.
 *
 * When several agreements share an account reference (a broken agreement and the new one that
 * replaced it), a payment goes to the latest of them made on or before its date.
 */
import type { MessageRef } from '../messages/index.js';
import { dayNumber, parseCivilDate } from '../dates/civil-date.js';
import { isIssue, parseAmount } from '../money/amount.js';
import type { Agreement } from './agreement.js';
import type { Payment } from './track.js';

export interface LedgerRow {
  /** Ledger file name as given (for reports). */
  source: string;
  /** 1-based data row within its file. */
  row: number;
  /** 1-based line of its file. */
  line: number;
  id: string | null;
  date: string | null;
  amount: string | null;
  /** A row that could not be read at all (bad JSON, wrong shape): its code and English reason. */
  fail?: { code: string; message: string };
}

export type LedgerRejectCode =
  | 'ledger.unreadable'
  | 'ledger.unknown-account'
  | 'ledger.bad-date'
  | 'ledger.bad-amount'
  | 'ledger.before-agreement'
  | 'ledger.after-as-of';

export interface LedgerRejection {
  row: LedgerRow;
  code: LedgerRejectCode;
  /** The column at fault (`id`, `date`, `amount`), or null. */
  column: 'id' | 'date' | 'amount' | null;
  /** English detail (e.g. the parser's message); renderers translate by code. */
  detail: string;
  /** The parser's own reason as a catalogue message (a bad amount), when it has one. */
  why?: MessageRef;
}

export interface RoutedLedger {
  /** Payments per agreement index (same order as the agreements given). */
  payments: Payment[][];
  rejected: LedgerRejection[];
  /** For each payment `seq`: its ledger row. */
  rows: LedgerRow[];
}

function key(id: string | null): string {
  return (id ?? '').trim();
}

/** Routes every row to one agreement or a rejection (dates before / after are judged by track()). */
export function routeLedger(rows: readonly LedgerRow[], agreements: readonly Agreement[]): RoutedLedger {
  const byId = new Map<string, number[]>();
  agreements.forEach((a, i) => {
    const k = key(a.id);
    byId.set(k, [...(byId.get(k) ?? []), i]);
  });
  for (const list of byId.values()) list.sort((x, y) => dayNumber((agreements[x] as Agreement).asOf) - dayNumber((agreements[y] as Agreement).asOf) || x - y);
  const payments: Payment[][] = agreements.map(() => []);
  const rejected: LedgerRejection[] = [];
  const seqRows: LedgerRow[] = [];
  for (const row of rows) {
    if (row.fail) {
      rejected.push({ row, code: 'ledger.unreadable', column: null, detail: row.fail.message });
      continue;
    }
    const candidates = byId.get(key(row.id));
    if (!candidates || candidates.length === 0) {
      rejected.push({ row, code: 'ledger.unknown-account', column: 'id', detail: `no agreement for account ${JSON.stringify(row.id ?? '')}` });
      continue;
    }
    const date = row.date === null ? null : parseCivilDate(row.date);
    if (date === null) {
      rejected.push({ row, code: 'ledger.bad-date', column: 'date', detail: `${JSON.stringify(row.date ?? '')} is not a date YYYY-MM-DD` });
      continue;
    }
    const d = dayNumber(date);
    let target = candidates[0] as number;
    for (const i of candidates) if (dayNumber((agreements[i] as Agreement).asOf) <= d) target = i;
    const agreement = agreements[target] as Agreement;
    const amount = parseAmount(row.amount ?? '', 'amount', agreement.currency, { positive: true });
    if (isIssue(amount)) {
      rejected.push({ row, code: 'ledger.bad-amount', column: 'amount', detail: amount.message, ...(amount.text ? { why: amount.text } : {}) });
      continue;
    }
    const seq = seqRows.length;
    seqRows.push(row);
    (payments[target] as Payment[]).push({ date, amount, seq, ref: { source: row.source, row: row.row, line: row.line } });
  }
  return { payments, rejected, rows: seqRows };
}
