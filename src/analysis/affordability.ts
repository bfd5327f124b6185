/** Affordability (§4.7, §5): surplus, cap, and true/false/null per plan. */
import type { Account } from '../core/account.js';
import type { Minor } from '../money/amount.js';
import { formatFraction, mulRatio } from '../money/rational.js';
import type { Policy } from '../policy/types.js';
import type { Affordability } from './types.js';

/** S = income − expenses − otherDebtPayments (unknown without income); C = round(max(S, 0) · share). */
export function affordabilityFor(account: Account, policy: Policy): Affordability {
  if (account.monthlyIncome === null) return { surplus: null, cap: null, availableCash: account.availableCash };
  const surplus = account.monthlyIncome - (account.monthlyExpenses ?? 0n) - (account.otherDebtPayments ?? 0n);
  const cap = mulRatio(surplus > 0n ? surplus : 0n, policy.maxShareOfSurplus, policy.currency.rounding);
  return { surplus, cap, availableCash: account.availableCash };
}

/**
 * A plan is affordable when its largest regular payment ≤ C and its payment now ≤ cash:
 * false when a known condition fails, null when a needed figure is missing, else true.
 */
export function isAffordable(paymentNow: Minor, regularPayment: Minor | null, a: Affordability): boolean | null {
  let unknown = false;
  if (regularPayment !== null) {
    if (a.cap === null) unknown = true;
    else if (regularPayment > a.cap) return false;
  }
  if (paymentNow > 0n) {
    if (a.availableCash === null) unknown = true;
    else if (paymentNow > a.availableCash) return false;
  }
  return unknown ? null : true;
}

/** regularPayment / surplus, 4 decimals half-up; null without both or when the surplus is ≤ 0. */
export function paymentToSurplus(regularPayment: Minor | null, a: Affordability): string | null {
  if (regularPayment === null || a.surplus === null || a.surplus <= 0n) return null;
  return formatFraction(regularPayment, a.surplus, 4);
}
