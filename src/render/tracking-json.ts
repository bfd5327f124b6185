/**
 * A tracking result as a JSON document and as a CSV/NDJSON row (§10). Field names of the JSON are
 * normative (schema/tracking.schema.json): money as strings with the currency's digits, counts as
 * integers, dates as YYYY-MM-DD, breakDate null when never broken.
 */
import type { Account } from '../core/account.js';
import { formatCivilDate, type CivilDate } from '../dates/civil-date.js';
import { formatMoney, type Minor } from '../money/amount.js';
import type { Currency } from '../money/currency.js';
import type { Cell } from './csv-row.js';
import type { Agreement } from '../followup/agreement.js';
import { followUpToJson, type FollowUpConfig } from '../followup/config.js';
import type { Replan } from '../followup/replan.js';
import type { Tracking } from '../followup/track.js';

export const TRACKING_SCHEMA_VERSION = '1';

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

/** The closing summary of `track` (the stderr line and `--summary FILE`): counts and sums over the agreements and the ledger. */
export interface TrackingSummary {
  agreements: number;
  byStatus: Record<Tracking['status'], number>;
  currency: string;
  paid: string;
  applied: string;
  overpaid: string;
  dueToDate: string;
  arrears: string;
  remaining: string;
  ledger: { read: number; applied: number; rejected: number; received: string };
}

/** Counts and sums over the agreements (`ledgerRead` rows read, `rejected` of them rejected). */
export function trackingSummary(items: readonly { a: Agreement; t: Tracking }[], ledgerRead: number, rejected: number): TrackingSummary {
  const c = items[0]?.a.currency ?? { code: 'CNY', minorDigits: 2, rounding: 'half-up' as const };
  const sum = (f: (t: Tracking) => Minor) =>
    formatMoney(
      items.reduce((s, x) => s + f(x.t), 0n),
      c,
    );
  const by = { 'on-track': 0, late: 0, broken: 0, completed: 0 };
  for (const x of items) by[x.t.status]++;
  const applied = items.reduce((n, x) => n + x.t.payments.length, 0);
  return {
    agreements: items.length,
    byStatus: by,
    currency: c.code,
    paid: sum((t) => t.paid),
    applied: sum((t) => t.applied.total),
    overpaid: sum((t) => t.overpaid),
    dueToDate: sum((t) => t.dueToDate),
    arrears: sum((t) => t.arrears),
    remaining: sum((t) => t.remaining),
    ledger: { read: ledgerRead, applied, rejected, received: sum((t) => t.paid) },
  };
}

/** `track --format json` for many agreements: one list document. */
export function trackingListJson(asOf: CivilDate, agreements: unknown[], ledger: unknown, summary: TrackingSummary): Record<string, unknown> {
  return { schemaVersion: TRACKING_SCHEMA_VERSION, kind: 'repayplan.tracking-list', asOf: formatCivilDate(asOf), agreements, ledger, summary };
}
