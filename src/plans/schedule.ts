/**
 * Schedule methods of §4.5 over an amount A and n monthly periods: `flat-fee`, `annuity`,
 * `equal-principal`. Rows carry bigint minor units; dates are filled in by the caller.
 */
import type { Minor } from '../money/amount.js';
import { divRound, mulRatio, type Ratio, type RoundingMode } from '../money/rational.js';
import type { ScheduleMethod } from '../policy/types.js';

/** A schedule row before its date is known. */
export interface Period {
  k: number;
  payment: Minor;
  principal: Minor;
  interest: Minor;
  fee: Minor;
}

export interface MethodTerms {
  method: ScheduleMethod;
  /** flat-fee: fee = round(A · monthlyFeeRate) every period. */
  monthlyFeeRate: Ratio;
  /** annuity / equal-principal: interest = round(B · annualRate / 12). */
  annualRate: Ratio;
}

/**
 * The annuity payment X = round(A · i / (1 − (1+i)^−n)), i = annualRate / 12, computed as one
 * exact fraction A·num·N^n / (12·den·(N^n − D^n)) with N = 12·den + num, D = 12·den.
 */
export function annuityPayment(amount: Minor, n: number, annualRate: Ratio, mode: RoundingMode): Minor {
  if (annualRate.num === 0n) return divRound(amount, BigInt(n), mode);
  const d = 12n * annualRate.den;
  const big = (d + annualRate.num) ** BigInt(n);
  const small = d ** BigInt(n);
  return divRound(amount * annualRate.num * big, d * (big - small), mode);
}

/** Periods firstK+1 … firstK+n that pay off `amount` by `terms.method` (§4.5). */
export function amortize(amount: Minor, n: number, firstK: number, terms: MethodTerms, mode: RoundingMode): Period[] {
  const rows: Period[] = [];
  const count = BigInt(n);
  const { num, den } = terms.annualRate;
  const monthlyInterest = (balance: Minor): Minor => divRound(balance * num, den * 12n, mode);
  let balance = amount;
  if (terms.method === 'annuity') {
    const x = annuityPayment(amount, n, terms.annualRate, mode);
    for (let j = 1; j <= n; j++) {
      const interest = monthlyInterest(balance);
      const principal = j < n ? x - interest : balance;
      rows.push({ k: firstK + j, payment: principal + interest, principal, interest, fee: 0n });
      balance -= principal;
    }
    return rows;
  }
  const part = divRound(amount, count, mode);
  const last = amount - (count - 1n) * part;
  const fee = terms.method === 'flat-fee' ? mulRatio(amount, terms.monthlyFeeRate, mode) : 0n;
  for (let j = 1; j <= n; j++) {
    const principal = j < n ? part : last;
    const interest = terms.method === 'equal-principal' ? monthlyInterest(balance) : 0n;
    rows.push({ k: firstK + j, payment: principal + interest + fee, principal, interest, fee });
    balance -= principal;
  }
  return rows;
}
