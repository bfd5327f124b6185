/**
 * The charges of §4.3 on the fast engine's checked numbers: the interest estimate, the late
 * fees, the cap (chargesFor), and the status quo in 12 months (statusQuoFor, §4.9). Pure.
 */
import { divInv, mulRatio, safe } from './checked.js';
import type { FastEngine } from './compile.js';
import type { RowFigures } from './figures-store.js';

/**
 * The interest estimate of §4.3 (estimateInterest) on numbers. The state after k whole cycles
 * depends only on the principal, so it is kept (e.memo): the estimate at D + 365 days (owedIn12)
 * goes on from the k cycles already charged at D, through the same steps as from the start.
 */
function interestEstimate(e: FastEngine, principal: number, days: number): number {
  const c = e.cycleDays;
  const k = Math.floor(days / c);
  const r = days - k * c;
  const num = e.daily.num;
  const den = e.daily.den;
  const inv = e.daily.inv;
  const he = e.halfEven;
  const perCycle = safe(num * c);
  const memo = e.memo;
  let j = 0;
  let base = principal;
  let total = 0;
  if (memo.principal === principal && memo.k <= k) {
    j = memo.k;
    base = memo.base;
    total = memo.total;
  }
  if (e.compounding) {
    for (; j < k; j++) {
      const charge = divInv(safe(base * perCycle), den, inv, he);
      total = safe(total + charge);
      base = safe(base + charge);
    }
  } else if (j < k) {
    // simple interest: every cycle charges the same amount; k·charge bounds every partial sum
    const charge = divInv(safe(base * perCycle), den, inv, he);
    total = safe(total + safe((k - j) * charge));
    j = k;
  }
  memo.principal = principal;
  memo.k = k;
  memo.base = base;
  memo.total = total;
  return safe(total + divInv(safe(safe(base * num) * r), den, inv, he));
}

/** Late fees for D days (estimateLateFees) on numbers. */
function lateFees(e: FastEngine, days: number, minimumDue: number): number {
  const charges = Math.ceil(days / e.cycleDays);
  const lf = e.lateFee;
  let fee = 0;
  if (lf.type === 'flat') fee = lf.amount;
  else if (lf.type === 'percent') {
    fee = mulRatio(minimumDue, lf.rate, e.halfEven);
    if (lf.min !== null && fee < lf.min) fee = lf.min;
    if (lf.max !== null && fee > lf.max) fee = lf.max;
  }
  return safe(charges * fee);
}

/** chargesFor (core/charges.ts) on numbers: the result in `charged` (overwritten by each call). */
export const charged = { interest: 0, fees: 0 };
export function charges(e: FastEngine, principal: number, days: number, givenInterest: number | null, givenFees: number | null, minimumDue: number): void {
  let interest = givenInterest ?? interestEstimate(e, principal, days);
  let fees = givenFees ?? lateFees(e, days, minimumDue);
  if (e.cap !== null && (givenInterest === null || givenFees === null)) {
    const cap = divInv(safe(safe(principal * e.cap.num) * days), safe(e.capDen365), e.capInv365, e.halfEven);
    let excess = safe(safe(interest + fees) - cap);
    if (excess > 0) {
      if (givenFees === null) {
        const cut = excess < fees ? excess : fees;
        fees -= cut;
        excess -= cut;
      }
      if (givenInterest === null && excess > 0) interest -= excess < interest ? excess : interest;
    }
  }
  charged.interest = interest;
  charged.fees = fees;
}

/** The owed total 12 months on with nothing paid (statusQuoFor, §4.9) on numbers. */
export function owedIn12(e: FastEngine, f: RowFigures): number {
  // with neither interest nor fees given, the snapshot's charges are the estimate at D already
  const both = f.estimatedInterest && f.estimatedFees;
  if (!both) charges(e, f.principal, f.overdueDays, null, null, f.minimumDue);
  const nowI = both ? f.interest : charged.interest;
  const nowF = both ? f.fees : charged.fees;
  charges(e, f.principal, f.overdueDays + 365, null, null, f.minimumDue);
  const interest = safe(f.interest + safe(charged.interest - nowI));
  const fees = safe(f.fees + safe(charged.fees - nowF));
  return safe(safe(f.principal + interest) + fees);
}
