/**
 * §10.3: a broken agreement becomes an account again, for the §4 engine to plan. Pure.
 *
 * principal = unpaid principal parts of every instalment (+ the waived principal when the
 * policy reinstates waivers); interest and fees = the unpaid interest / fee parts of the
 * instalments due on or before the break date (+ the waived interest / fees when reinstated);
 * overdueDays = days from the oldest unsettled due date to the tracking date; income, expenses,
 * other debts and cash as the agreement recorded them.
 */
import type { Account } from '../core/account.js';
import { daysBetween, dayNumber } from '../dates/civil-date.js';
import type { Minor } from '../money/amount.js';
import type { Agreement } from './agreement.js';
import type { FollowUpConfig } from './config.js';
import type { Tracking } from './track.js';

export interface Replan {
  /** The account to plan (principal may be 0, then it cannot be planned: see `plannable`). */
  account: Account;
  /** True when principal > 0 (§2 needs it). */
  plannable: boolean;
  reinstated: { principal: Minor; interest: Minor; fees: Minor };
}

/** The account of §10.3, or null when the agreement is not broken (or was paid off since). */
export function replanAccount(agreement: Agreement, t: Tracking, config: FollowUpConfig): Replan | null {
  if (t.status !== 'broken' || t.breakDate === null) return null;
  const open = t.instalments.filter((r) => r.settled === null);
  const oldest = open[0];
  if (!oldest) return null;
  const byBreak = dayNumber(t.breakDate);
  const dueByBreak = t.instalments.filter((r) => dayNumber(r.due) <= byBreak);
  const sum = (xs: readonly Minor[]) => xs.reduce((s, x) => s + x, 0n);
  const reinstate = config.onBreak.reinstateWaivers;
  const reinstated = reinstate ? { ...agreement.waived } : { principal: 0n, interest: 0n, fees: 0n };
  const principal = sum(t.instalments.map((r) => r.principal - r.applied.principal)) + reinstated.principal;
  const interest = sum(dueByBreak.map((r) => r.interest - r.applied.interest)) + reinstated.interest;
  const fees = sum(dueByBreak.map((r) => r.fee - r.applied.fee)) + reinstated.fees;
  const a = agreement.account;
  return {
    account: {
      id: a.id,
      principal,
      interest,
      fees,
      overdueDays: Math.max(0, daysBetween(oldest.due, t.asOf)),
      minimumDue: null,
      monthlyIncome: a.monthlyIncome,
      monthlyExpenses: a.monthlyExpenses,
      otherDebtPayments: a.otherDebtPayments,
      availableCash: a.availableCash,
      hardship: a.hardship,
      willingToRepay: a.willingToRepay,
    },
    plannable: principal > 0n,
    reinstated,
  };
}
