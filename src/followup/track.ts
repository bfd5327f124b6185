/**
 * §10.1–10.2: a ledger applied to one agreement, and the agreement's status on a tracking
 * date. Pure and exact: money is bigint minor units, dates are civil dates.
 *
 * Payments dated on or after the agreement date and on or before the tracking date are taken in
 * date order (ties in the order given); each goes to the oldest instalment not yet fully paid,
 * split inside it by the allocation, then to the next; what is left after the last instalment
 * is `overpaid`. The break is found by replaying the days: the conditions of §10.2 can first
 * hold only on a day when an instalment passes its grace or its break-after-days threshold, so
 * those days are the ones checked (test/followup checks this against a literal day-by-day replay).
 */
import { addDays, compareCivilDates, dayNumber, type CivilDate } from '../dates/civil-date.js';
import type { Minor } from '../money/amount.js';
import type { Agreement, Instalment } from './agreement.js';
import { partOrder, type FollowUpConfig, type Part } from './config.js';

/** One ledger row matched to this agreement. */
export interface Payment {
  date: CivilDate;
  amount: Minor;
  /** Position in the ledger(s) as read: ties on a date are applied in this order. */
  seq: number;
  /** Where it came from, for reports (ledger file and row number); opaque here. */
  ref?: { source: string; row: number; line: number };
}

export type InstalmentStatus = 'on-time' | 'late' | 'missed' | 'pending';
export type AgreementStatus = 'on-track' | 'late' | 'broken' | 'completed';
export type Action = 'none' | 'remind' | 'call' | 're-plan';

export interface Parts {
  principal: Minor;
  interest: Minor;
  fee: Minor;
}

export interface InstalmentResult extends Instalment {
  /** What the payments put into each part. */
  applied: Parts;
  /** applied.principal + applied.interest + applied.fee. */
  paid: Minor;
  /** amount − paid. */
  unpaid: Minor;
  /** The date of the payment that completed it; null while unsettled. */
  settled: CivilDate | null;
  status: InstalmentStatus;
}

export interface PaymentResult {
  payment: Payment;
  /** The part of the payment that went to instalments. */
  applied: Minor;
  /** The part left after the last instalment. */
  overpaid: Minor;
}

/** A payment that could not be applied to this agreement, and why. */
export interface PaymentRejection {
  payment: Payment;
  /** `before-agreement`: dated before the agreement's asOf; `after-as-of`: after the tracking date. */
  code: 'before-agreement' | 'after-as-of';
}

export interface Tracking {
  asOf: CivilDate;
  status: AgreementStatus;
  /** The first day the agreement broke; null when it never did. */
  breakDate: CivilDate | null;
  paid: Minor;
  applied: { principal: Minor; interest: Minor; fees: Minor; total: Minor };
  dueToDate: Minor;
  arrears: Minor;
  missed: number;
  daysPastDue: number;
  nextDue: { date: CivilDate; amount: Minor } | null;
  remaining: Minor;
  overpaid: Minor;
  action: Action;
  /** Σ of every instalment (the schedule's total). */
  scheduleTotal: Minor;
  instalments: InstalmentResult[];
  payments: PaymentResult[];
  rejected: PaymentRejection[];
}

const PART_KEY: Record<Part, keyof Parts> = { principal: 'principal', interest: 'interest', fee: 'fee' };

/** Sorts payments by date, ties by their order in the ledger (stable). */
export function inDateOrder(payments: readonly Payment[]): Payment[] {
  return [...payments].sort((a, b) => dayNumber(a.date) - dayNumber(b.date) || a.seq - b.seq);
}

/** The largest number of days before a due date on which a reminder goes out (0 when none). */
export function reminderWindow(config: FollowUpConfig): number {
  return Math.max(0, ...config.reminders.daysBefore);
}

interface Applied {
  applied: Parts[];
  settled: (CivilDate | null)[];
  payments: PaymentResult[];
  overpaid: Minor;
}

/** §10.1: the payments (already in date order) put into the instalments. */
function applyPayments(instalments: readonly Instalment[], payments: readonly Payment[], order: readonly Part[]): Applied {
  const applied: Parts[] = instalments.map(() => ({ principal: 0n, interest: 0n, fee: 0n }));
  const settled: (CivilDate | null)[] = instalments.map(() => null);
  const results: PaymentResult[] = [];
  let i = 0;
  let overpaid = 0n;
  for (const p of payments) {
    let left = p.amount;
    while (left > 0n && i < instalments.length) {
      const inst = instalments[i] as Instalment;
      const a = applied[i] as Parts;
      for (const part of order) {
        const key = PART_KEY[part];
        const take = inst[key] - a[key] < left ? inst[key] - a[key] : left;
        a[key] += take;
        left -= take;
      }
      if (a.principal + a.interest + a.fee === inst.amount) {
        settled[i] = p.date;
        i++;
      }
    }
    overpaid += left;
    results.push({ payment: p, applied: p.amount - left, overpaid: left });
  }
  return { applied, settled, payments: results, overpaid };
}

/** True when instalment i is still unsettled at the end of day d. */
function openOn(settled: readonly (CivilDate | null)[], i: number, d: number): boolean {
  const s = settled[i];
  return s === null || s === undefined || dayNumber(s) > d;
}

/** The §10.2 break conditions at the end of day d (as a day number). */
export function brokenOn(instalments: readonly Instalment[], settled: readonly (CivilDate | null)[], d: number, config: FollowUpConfig): boolean {
  let missed = 0;
  let oldest = -1;
  for (let i = 0; i < instalments.length; i++) {
    if (!openOn(settled, i, d)) continue;
    const due = dayNumber((instalments[i] as Instalment).due);
    if (oldest < 0) oldest = i;
    if (d > due + config.graceDays) missed++;
  }
  if (config.breakAfterMissed !== null && missed >= config.breakAfterMissed && missed > 0) return true;
  if (config.breakAfterDays !== null && oldest >= 0 && d - dayNumber((instalments[oldest] as Instalment).due) > config.breakAfterDays) return true;
  return false;
}

/** The first day in [from, to] on which the agreement broke, or null. */
function findBreak(
  instalments: readonly Instalment[],
  settled: readonly (CivilDate | null)[],
  from: number,
  to: number,
  config: FollowUpConfig,
): number | null {
  const candidates = new Set<number>();
  for (const inst of instalments) {
    const due = dayNumber(inst.due);
    candidates.add(due + config.graceDays + 1);
    if (config.breakAfterDays !== null) candidates.add(due + config.breakAfterDays + 1);
  }
  for (const d of [...candidates].sort((a, b) => a - b)) {
    if (d < from || d > to) continue;
    if (brokenOn(instalments, settled, d, config)) return d;
  }
  return null;
}

function fromDayNumber(n: number): CivilDate {
  return addDays({ year: 1970, month: 1, day: 1 }, n);
}

/**
 * Tracks one agreement at `asOf` (the tracking date) with the payments matched to it (any
 * order; `seq` breaks ties). Payments before the agreement date or after the tracking date are
 * returned under `rejected`, not applied.
 */
export function track(agreement: Agreement, payments: readonly Payment[], asOf: CivilDate, config: FollowUpConfig): Tracking {
  const rejected: PaymentRejection[] = [];
  const taken: Payment[] = [];
  for (const p of payments) {
    if (compareCivilDates(p.date, agreement.asOf) < 0) rejected.push({ payment: p, code: 'before-agreement' });
    else if (compareCivilDates(p.date, asOf) > 0) rejected.push({ payment: p, code: 'after-as-of' });
    else taken.push(p);
  }
  const ordered = inDateOrder(taken);
  const insts = agreement.instalments;
  const order = partOrder(config.allocation, agreement.account.overdueDays);
  const run = applyPayments(insts, ordered, order);
  const today = dayNumber(asOf);
  const grace = config.graceDays;

  const results: InstalmentResult[] = insts.map((inst, i) => {
    const a = run.applied[i] as Parts;
    const paid = a.principal + a.interest + a.fee;
    const settled = run.settled[i] ?? null;
    const due = dayNumber(inst.due);
    let status: InstalmentStatus;
    if (settled !== null) status = dayNumber(settled) <= due + grace ? 'on-time' : 'late';
    else status = today > due + grace ? 'missed' : 'pending';
    return { ...inst, applied: { ...a }, paid, unpaid: inst.amount - paid, settled, status };
  });

  const breakDay = findBreak(insts, run.settled, dayNumber(agreement.asOf), today, config);
  const completed = results.every((r) => r.settled !== null);
  const missed = results.filter((r) => r.status === 'missed').length;
  const isDue = (r: InstalmentResult) => dayNumber(r.due) <= today;
  const sum = (xs: readonly Minor[]) => xs.reduce((s, x) => s + x, 0n);
  const open = results.filter((r) => r.settled === null);
  const oldest = open[0];
  const daysPastDue = oldest && dayNumber(oldest.due) < today ? today - dayNumber(oldest.due) : 0;
  const next = open.find((r) => dayNumber(r.due) >= today);
  const status: AgreementStatus = completed ? 'completed' : breakDay !== null ? 'broken' : missed > 0 ? 'late' : 'on-track';
  const window = reminderWindow(config);
  let action: Action = 'none';
  if (status === 'broken') action = 're-plan';
  else if (status === 'late') action = 'call';
  else if (status === 'on-track' && open.some((r) => dayNumber(r.due) <= today + window)) action = 'remind';

  const appliedPrincipal = sum(results.map((r) => r.applied.principal));
  const appliedInterest = sum(results.map((r) => r.applied.interest));
  const appliedFees = sum(results.map((r) => r.applied.fee));
  return {
    asOf,
    status,
    breakDate: breakDay === null ? null : fromDayNumber(breakDay),
    paid: sum(ordered.map((p) => p.amount)),
    applied: { principal: appliedPrincipal, interest: appliedInterest, fees: appliedFees, total: appliedPrincipal + appliedInterest + appliedFees },
    dueToDate: sum(results.filter(isDue).map((r) => r.amount)),
    arrears: sum(results.filter(isDue).map((r) => r.unpaid)),
    missed,
    daysPastDue,
    nextDue: next ? { date: next.due, amount: next.unpaid } : null,
    remaining: sum(results.map((r) => r.unpaid)),
    overpaid: run.overpaid,
    action,
    scheduleTotal: sum(insts.map((r) => r.amount)),
    instalments: results,
    payments: run.payments,
    rejected,
  };
}
