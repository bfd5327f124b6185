/**
 * Tracking results and reminders as JSON documents, CSV/NDJSON rows and zh/en text (SPEC §10).
 * Field names of the JSON are normative (schema/tracking.schema.json): money as strings with the
 * currency's digits, counts as integers, dates as YYYY-MM-DD, breakDate null when never broken.
 */
import type { Account } from '../core/account.js';
import { maskValue } from '../core/privacy.js';
import { formatCivilDate, type CivilDate } from '../dates/civil-date.js';
import { msg, render, type Lang } from '../messages/index.js';
import { formatMoney, type Minor } from '../money/amount.js';
import { moneyText } from '../money/display.js';
import type { Currency } from '../money/currency.js';
import type { Cell } from './csv-row.js';
import { displayWidth } from './layout.js';
import type { Agreement } from '../followup/agreement.js';
import { followUpToJson, type FollowUpConfig } from '../followup/config.js';
import type { LedgerRejection } from '../followup/ledger.js';
import type { Reminder } from '../followup/reminders.js';
import type { Replan } from '../followup/replan.js';
import type { Tracking } from '../followup/track.js';

export const TRACKING_SCHEMA_VERSION = '1';

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

function money(x: Minor, c: Currency): string {
  return formatMoney(x, c);
}

function accountJson(a: Account, c: Currency, asOf: CivilDate): Record<string, unknown> {
  const opt = (x: Minor | null) => (x === null ? null : money(x, c));
  return {
    id: a.id,
    principal: money(a.principal, c),
    interest: opt(a.interest),
    fees: opt(a.fees),
    overdueDays: String(a.overdueDays),
    minimumDue: opt(a.minimumDue),
    monthlyIncome: opt(a.monthlyIncome),
    monthlyExpenses: opt(a.monthlyExpenses),
    otherDebtPayments: opt(a.otherDebtPayments),
    availableCash: opt(a.availableCash),
    asOf: formatCivilDate(asOf),
  };
}

export interface TrackingJsonOptions {
  tool: { name: string; version: string };
  followUp: FollowUpConfig;
  /** Where the follow-up settings came from: `record`, `policy` or `defaults`. */
  followUpSource: 'record' | 'policy' | 'defaults';
  replan: Replan | null;
  /** The §5 plan document of the re-plan (track --replan), or null. */
  replanEvaluation: Record<string, unknown> | null;
}

/** The tracking document of one agreement (schema/tracking.schema.json). */
export function trackingJson(a: Agreement, t: Tracking, o: TrackingJsonOptions): Record<string, unknown> {
  const c = a.currency;
  const date = (x: CivilDate | null) => (x === null ? null : formatCivilDate(x));
  return {
    schemaVersion: TRACKING_SCHEMA_VERSION,
    kind: 'repayplan.tracking',
    tool: { ...o.tool },
    id: a.id,
    planId: a.planId,
    family: a.family,
    agreementDate: formatCivilDate(a.asOf),
    asOf: formatCivilDate(t.asOf),
    currency: c.code,
    policy: { name: a.policy.name, version: a.policy.version, sha256: a.policy.sha256 },
    followUp: { ...followUpToJson(o.followUp), source: o.followUpSource },
    status: t.status,
    breakDate: date(t.breakDate),
    paid: money(t.paid, c),
    applied: {
      principal: money(t.applied.principal, c),
      interest: money(t.applied.interest, c),
      fees: money(t.applied.fees, c),
      total: money(t.applied.total, c),
    },
    dueToDate: money(t.dueToDate, c),
    arrears: money(t.arrears, c),
    missed: t.missed,
    daysPastDue: t.daysPastDue,
    nextDue: t.nextDue === null ? null : { date: formatCivilDate(t.nextDue.date), amount: money(t.nextDue.amount, c) },
    remaining: money(t.remaining, c),
    overpaid: money(t.overpaid, c),
    action: t.action,
    scheduleTotal: money(t.scheduleTotal, c),
    instalments: t.instalments.map((r) => ({
      k: r.k,
      dueDate: formatCivilDate(r.due),
      amount: money(r.amount, c),
      principal: money(r.principal, c),
      interest: money(r.interest, c),
      fee: money(r.fee, c),
      paid: money(r.paid, c),
      applied: { principal: money(r.applied.principal, c), interest: money(r.applied.interest, c), fee: money(r.applied.fee, c) },
      unpaid: money(r.unpaid, c),
      settledDate: date(r.settled),
      status: r.status,
    })),
    payments: t.payments.map((p) => ({
      source: p.payment.ref?.source ?? null,
      row: p.payment.ref?.row ?? null,
      date: formatCivilDate(p.payment.date),
      amount: money(p.payment.amount, c),
      applied: money(p.applied, c),
      overpaid: money(p.overpaid, c),
    })),
    replan:
      o.replan === null
        ? null
        : {
            account: accountJson(o.replan.account, c, t.asOf),
            plannable: o.replan.plannable,
            reinstated: {
              principal: money(o.replan.reinstated.principal, c),
              interest: money(o.replan.reinstated.interest, c),
              fees: money(o.replan.reinstated.fees, c),
            },
            evaluation: o.replanEvaluation,
          },
  };
}

/** The CSV / NDJSON columns of `track` for many agreements (one row each). */
export const TRACK_COLUMNS = [
  'id',
  'plan_id',
  'agreement_date',
  'as_of',
  'status',
  'break_date',
  'paid',
  'applied_principal',
  'applied_interest',
  'applied_fees',
  'due_to_date',
  'arrears',
  'missed',
  'days_past_due',
  'next_due_date',
  'next_due_amount',
  'remaining',
  'overpaid',
  'action',
  'currency',
] as const;

export function trackCells(a: Agreement, t: Tracking): Cell[] {
  const c = a.currency;
  return [
    a.id,
    a.planId,
    formatCivilDate(a.asOf),
    formatCivilDate(t.asOf),
    t.status,
    t.breakDate && formatCivilDate(t.breakDate),
    money(t.paid, c),
    money(t.applied.principal, c),
    money(t.applied.interest, c),
    money(t.applied.fees, c),
    money(t.dueToDate, c),
    money(t.arrears, c),
    t.missed,
    t.daysPastDue,
    t.nextDue && formatCivilDate(t.nextDue.date),
    t.nextDue && money(t.nextDue.amount, c),
    money(t.remaining, c),
    money(t.overpaid, c),
    t.action,
    c.code,
  ];
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
    amount: money(inst.amount, c),
    paid: money(inst.paid, c),
    left: money(inst.unpaid, c),
    currency: c.code,
    lang,
    text: msg(lang, code, params),
  };
}

export const REMIND_COLUMNS = ['id', 'send_date', 'kind', 'due_date', 'instalment', 'amount', 'paid', 'left', 'currency', 'lang', 'text'] as const;

export function reminderCells(r: ReminderRow): Cell[] {
  return [r.id, r.sendDate, r.kind, r.dueDate, r.instalment, r.amount, r.paid, r.left, r.currency, r.lang, r.text];
}

function pad(text: string, width: number, right = false): string {
  const w = displayWidth(text);
  const fill = ' '.repeat(Math.max(0, width - w));
  return right ? fill + text : text + fill;
}

/** A plain text table (columns padded by display width; numbers right-aligned). */
function textTable(header: string[], rows: string[][], rightCols: ReadonlySet<number>): string {
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const line = (cells: string[]) =>
    cells
      .map((x, i) => pad(x, widths[i] ?? 0, rightCols.has(i)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** One agreement's tracking as a zh/en text table. */
export function trackingText(a: Agreement, t: Tracking, lang: Lang, replan: Replan | null): string {
  const c = a.currency;
  const mf = (x: Minor) => moneyFor(x, c);
  const none = msg(lang, 'followup.field.none');
  const fields: [string, string][] = [
    [msg(lang, 'followup.field.status'), msg(lang, `followup.status.${t.status}`)],
    [msg(lang, 'followup.field.breakDate'), t.breakDate ? formatCivilDate(t.breakDate) : none],
    [msg(lang, 'followup.field.paid'), mf(t.paid)],
    [msg(lang, 'followup.field.applied'), `${mf(t.applied.principal)} / ${mf(t.applied.interest)} / ${mf(t.applied.fees)}`],
    [msg(lang, 'followup.field.dueToDate'), mf(t.dueToDate)],
    [msg(lang, 'followup.field.arrears'), mf(t.arrears)],
    [msg(lang, 'followup.field.missed'), String(t.missed)],
    [msg(lang, 'followup.field.daysPastDue'), msg(lang, 'followup.days', { n: t.daysPastDue })],
    [msg(lang, 'followup.field.nextDue'), t.nextDue ? `${formatCivilDate(t.nextDue.date)} ${mf(t.nextDue.amount)}` : none],
    [msg(lang, 'followup.field.remaining'), mf(t.remaining)],
    [msg(lang, 'followup.field.overpaid'), mf(t.overpaid)],
    [msg(lang, 'followup.field.action'), msg(lang, `followup.action.${t.action}`)],
  ];
  const labelWidth = Math.max(...fields.map(([k]) => displayWidth(k)));
  const head = msg(lang, 'followup.table.title', { ref: a.id ?? '-', plan: a.planId, date: formatCivilDate(a.asOf), asOf: formatCivilDate(t.asOf) });
  const block = fields.map(([k, v]) => `${pad(k, labelWidth)}  ${v}`).join('\n');
  const table = textTable(
    ['followup.col.k', 'followup.col.due', 'followup.col.amount', 'followup.col.paid', 'followup.col.settled', 'followup.col.state'].map((k) =>
      msg(lang, k as 'followup.col.k'),
    ),
    t.instalments.map((r) => [
      String(r.k),
      formatCivilDate(r.due),
      mf(r.amount),
      mf(r.paid),
      r.settled ? formatCivilDate(r.settled) : '',
      msg(lang, `followup.instalment.${r.status}`),
    ]),
    new Set([0, 2, 3]),
  );
  let out = `${head}\n\n${block}\n\n${table}\n`;
  if (replan) {
    out += `\n${
      replan.plannable
        ? msg(lang, 'followup.replan.title', {
            principal: mf(replan.account.principal),
            interest: mf(replan.account.interest ?? 0n),
            fees: mf(replan.account.fees ?? 0n),
            days: replan.account.overdueDays,
          })
        : msg(lang, 'followup.replan.none')
    }\n`;
  }
  return out;
}

/** Many agreements as one text table (id, status, paid, arrears, remaining, next due, action). */
export function trackingListText(items: readonly { a: Agreement; t: Tracking }[], lang: Lang): string {
  return `${textTable(
    [
      msg(lang, 'followup.col.id'),
      msg(lang, 'followup.field.status'),
      msg(lang, 'followup.field.paid'),
      msg(lang, 'followup.field.arrears'),
      msg(lang, 'followup.field.remaining'),
      msg(lang, 'followup.field.nextDue'),
      msg(lang, 'followup.field.action'),
    ],
    items.map(({ a, t }) => [
      a.id ?? '-',
      msg(lang, `followup.status.${t.status}`),
      moneyFor(t.paid, a.currency),
      moneyFor(t.arrears, a.currency),
      moneyFor(t.remaining, a.currency),
      t.nextDue ? `${formatCivilDate(t.nextDue.date)} ${moneyFor(t.nextDue.amount, a.currency)}` : '',
      msg(lang, `followup.action.${t.action}`),
    ]),
    new Set([2, 3, 4]),
  )}\n`;
}
