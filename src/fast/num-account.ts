/**
 * A batch row's account in numbers (issue #16): every amount a safe integer of minor units, NaN
 * where not given, in one object per scorer that every row overwrites. Pure.
 */
import type { Account } from '../core/account.js';
import { num } from './checked.js';

/**
 * An account's amounts as safe integers of minor units, NaN where not given (one object per
 * scorer, overwritten by every row: batch/fast-row.ts fills it straight from the row's text).
 */
export interface NumAccount {
  principal: number;
  overdueDays: number;
  interest: number;
  fees: number;
  minimumDue: number;
  monthlyIncome: number;
  monthlyExpenses: number;
  otherDebtPayments: number;
  availableCash: number;
}

/** A NumAccount with nothing given. */
export function emptyNumAccount(): NumAccount {
  const n = Number.NaN;
  return { principal: 0, overdueDays: 0, interest: n, fees: n, minimumDue: n, monthlyIncome: n, monthlyExpenses: n, otherDebtPayments: n, availableCash: n };
}

const optionalOf = (x: bigint | null): number => (x === null ? Number.NaN : num(x));

/** The account's amounts into `into` (FALLBACK when one is beyond 2^53 − 1). */
export function numAccountOf(account: Account, into: NumAccount): NumAccount {
  into.principal = num(account.principal);
  into.overdueDays = account.overdueDays;
  into.interest = optionalOf(account.interest);
  into.fees = optionalOf(account.fees);
  into.minimumDue = optionalOf(account.minimumDue);
  into.monthlyIncome = optionalOf(account.monthlyIncome);
  into.monthlyExpenses = optionalOf(account.monthlyExpenses);
  into.otherDebtPayments = optionalOf(account.otherDebtPayments);
  into.availableCash = optionalOf(account.availableCash);
  return into;
}
