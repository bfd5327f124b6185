/**
 * The follow-up's words and rows (§10): money and dates for people, the masked account reference,
 * ledger rejections in words and reminders as rows with their text (zh/en). A tracking result is
 * rendered by render/tracking-json.ts (JSON, CSV/NDJSON rows) and render/tracking-text.ts (text).
 */
import { maskValue } from '../core/privacy.js';
import { formatCivilDate, type CivilDate } from '../dates/civil-date.js';
import { msg, render, type Lang } from '../messages/index.js';
import { formatMoney } from '../money/amount.js';
import { moneyText } from '../money/display.js';
import type { Cell } from './csv-row.js';
import type { Agreement } from '../followup/agreement.js';
import type { LedgerRejection } from '../followup/ledger.js';
import type { Reminder } from '../followup/reminders.js';

/** An amount for people: sign, thousands separators ("¥1,851.98", "1,851.98 CHF"). */
export const moneyFor = moneyText;

/** A date for people: "28 February 2026" / "2026年2月28日". */
export function dateFor(d: CivilDate, lang: Lang): string {
  return msg(lang, 'date.long', { year: d.year, month: d.month, day: d.day });
}

/** The account reference as a reminder shows it: masked to its last four characters (§9). */
export function maskedRef(id: string | null): string {
  return id === null || id.trim() === '' ? '-' : maskValue(id);
}

/** A ledger rejection in words (zh/en). */
export function rejectionText(r: LedgerRejection, lang: Lang, agreementDate: string | null, asOf: string): string {
  switch (r.code) {
    case 'ledger.unreadable':
      return msg(lang, 'followup.reject.ledger.unreadable', { detail: r.detail });
    case 'ledger.unknown-account':
      return msg(lang, 'followup.reject.ledger.unknown-account', { id: JSON.stringify(r.row.id ?? '') });
    case 'ledger.bad-date':
      return msg(lang, 'followup.reject.ledger.bad-date', { value: JSON.stringify(r.row.date ?? '') });
    case 'ledger.bad-amount':
      // the money parser says what is wrong (a sign of another currency, too many decimals …)
      if (r.why) return msg(lang, 'followup.reject.ledger.bad-amount-why', { value: JSON.stringify(r.row.amount ?? ''), why: render(lang, r.why) });
      return msg(lang, 'followup.reject.ledger.bad-amount', { value: JSON.stringify(r.row.amount ?? '') });
    case 'ledger.before-agreement':
      return msg(lang, 'followup.reject.ledger.before-agreement', { date: agreementDate ?? '' });
    case 'ledger.after-as-of':
      return msg(lang, 'followup.reject.ledger.after-as-of', { date: asOf });
  }
}

/** One reminder's row fields and text. */
export interface ReminderRow {
  id: string;
  sendDate: string;
  kind: Reminder['kind'];
  dueDate: string;
  instalment: number;
  amount: string;
  paid: string;
  left: string;
  currency: string;
  lang: Lang;
  text: string;
}

export function reminderRow(a: Agreement, r: Reminder, lang: Lang): ReminderRow {
  const c = a.currency;
  const inst = r.instalment;
  // the instalment's number is its period k in the agreed schedule, as `track` reports it
  const n = inst.k;
  const params = {
    ref: maskedRef(a.id),
    n,
    amount: moneyFor(inst.amount, c),
    due: dateFor(inst.due, lang),
    paid: moneyFor(inst.paid, c),
    left: moneyFor(inst.unpaid, c),
  };
  const code = r.kind === 'before' ? 'followup.remind.before' : r.kind === 'due' ? 'followup.remind.due' : 'followup.remind.overdue';
  return {
    id: maskedRef(a.id),
    sendDate: formatCivilDate(r.send),
    kind: r.kind,
    dueDate: formatCivilDate(inst.due),
    instalment: n,
    amount: formatMoney(inst.amount, c),
    paid: formatMoney(inst.paid, c),
    left: formatMoney(inst.unpaid, c),
    currency: c.code,
    lang,
    text: msg(lang, code, params),
  };
}

export const REMIND_COLUMNS = ['id', 'send_date', 'kind', 'due_date', 'instalment', 'amount', 'paid', 'left', 'currency', 'lang', 'text'] as const;

export function reminderCells(r: ReminderRow): Cell[] {
  return [r.id, r.sendDate, r.kind, r.dueDate, r.instalment, r.amount, r.paid, r.left, r.currency, r.lang, r.text];
}

/** The rejected ledger rows as rows of `--errors` and of the JSON document's `ledger.rejections`. */
export function rejectionRows(
  rejected: readonly { rejection: LedgerRejection; agreementDate: string | null }[],
  asOf: CivilDate,
  lang: Lang,
): Record<string, unknown>[] {
  const day = formatCivilDate(asOf);
  return rejected.map(({ rejection: r, agreementDate }) => ({
    source: r.row.source,
    row: r.row.row,
    line: r.row.line,
    id: r.row.id,
    column: r.column,
    code: r.code,
    reason: rejectionText(r, lang, agreementDate, day),
  }));
}
