/**
 * Schedule methods of §4.5 over an amount A and n monthly periods: `flat-fee`, `annuity`,
 * `equal-principal`. A schedule is a list of runs — consecutive periods whose rows are
 * identical — so that totals, NPV and availability cost O(runs), not O(months); rows with dates
 * are expanded only when someone reads them.
 */
import type { Minor } from '../money/amount.js';
import { divRound, mulRatio, type Ratio, type RoundingMode } from '../money/rational.js';
import type { ScheduleMethod } from '../policy/types.js';

/** Periods `from`..`to` (inclusive), each with the same payment and parts. */
export interface Run {
  from: number;
  to: number;
  payment: Minor;
  principal: Minor;
  interest: Minor;
  fee: Minor;
}

/** One schedule row before its date is known. */
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

/** The runs of periods firstK+1 … firstK+n that pay off `amount` by `terms.method` (§4.5). */
export function amortizeRuns(amount: Minor, n: number, firstK: number, terms: MethodTerms, mode: RoundingMode): Run[] {
  const runs: Run[] = [];
  const { num, den } = terms.annualRate;
  const monthlyInterest = (balance: Minor): Minor => divRound(balance * num, den * 12n, mode);
  if (terms.method === 'flat-fee') {
    // principal round(A/n) for k < n and A − (n−1)·round(A/n) at k = n; fee round(A · rate) every period
    const count = BigInt(n);
    const part = divRound(amount, count, mode);
    const last = amount - (count - 1n) * part;
    const fee = mulRatio(amount, terms.monthlyFeeRate, mode);
    if (n > 1) runs.push({ from: firstK + 1, to: firstK + n - 1, payment: part + fee, principal: part, interest: 0n, fee });
    runs.push({ from: firstK + n, to: firstK + n, payment: last + fee, principal: last, interest: 0n, fee });
    return runs;
  }
  let balance = amount;
  if (terms.method === 'annuity') {
    const x = annuityPayment(amount, n, terms.annualRate, mode);
    for (let j = 1; j <= n; j++) {
      const interest = monthlyInterest(balance);
      const principal = j < n ? x - interest : balance; // the last period pays the whole remaining balance
      runs.push({ from: firstK + j, to: firstK + j, payment: principal + interest, principal, interest, fee: 0n });
      balance -= principal;
    }
    return runs;
  }
  // equal-principal (等额本金): principal as flat-fee, interest on the falling balance
  const count = BigInt(n);
  const part = divRound(amount, count, mode);
  const last = amount - (count - 1n) * part;
  for (let j = 1; j <= n; j++) {
    const principal = j < n ? part : last;
    const interest = monthlyInterest(balance);
    runs.push({ from: firstK + j, to: firstK + j, payment: principal + interest, principal, interest, fee: 0n });
    balance -= principal;
  }
  return runs;
}

/** Every period of a list of runs, in order. */
export function expandRuns(runs: readonly Run[]): Period[] {
  const rows: Period[] = [];
  for (const r of runs) {
    for (let k = r.from; k <= r.to; k++) rows.push({ k, payment: r.payment, principal: r.principal, interest: r.interest, fee: r.fee });
  }
  return rows;
}

/** The periods firstK+1 … firstK+n that pay off `amount` (expanded runs). */
export function amortize(amount: Minor, n: number, firstK: number, terms: MethodTerms, mode: RoundingMode): Period[] {
  return expandRuns(amortizeRuns(amount, n, firstK, terms, mode));
}
