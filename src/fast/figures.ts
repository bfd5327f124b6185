/**
 * The fast engine's per-row work (issue #16): an account's snapshot, affordability, every open
 * variant's batch figures and the recommendation, written into the engine's preallocated
 * RowFigures, as evaluate() computes them (§4.2–4.8) but with checked safe integers and no
 * schedule or plan object. Throws FALLBACK when the row must be scored exactly. Pure.
 */
import type { Account } from '../core/account.js';
import { divInv, FALLBACK, mulRatio, type NRatio, roundDecided, safe, U } from './checked.js';
import { emptyNumAccount, numAccountOf, type NumAccount } from './num-account.js';
import { charged, charges } from './charges.js';
import { recommendation } from './recommend.js';
import type { FastEngine, Shares, Variant } from './compile.js';
import { BELOW_MIN_INSTALLMENT, NOTHING_TO_PAY, OFFERED, PRINCIPAL_NOT_POSITIVE, type RowFigures, TERM_TOO_LONG, UNKNOWN } from './figures-store.js';

/** The last grace payment computed: round(amount · share). */
const grace: { amount: number; share: NRatio | null; payment: number } = { amount: -1, share: null, payment: 0 };

/** The last flat monthly fee computed: round(rest · rate). */
const feeMemo: { rest: number; rate: NRatio | null; fee: number } = { rest: -1, rate: null, fee: 0 };

/**
 * The variant's figures into slot i of f (amortizeRuns / npvFor / unavailableReason on numbers),
 * or the reason it is not offered and the first month at fault.
 */
function variantFigures(e: FastEngine, v: Variant, amount: number, f: RowFigures, i: number): void {
  if (amount <= 0) {
    f.status[i] = NOTHING_TO_PAY;
    return;
  }
  if (v.lump) {
    // one payment at k = 0; its discount factor is exactly 1
    f.status[i] = OFFERED;
    f.now[i] = amount;
    f.regular[i] = Number.NaN;
    f.totalPaid[i] = amount;
    f.npv[i] = amount;
    return;
  }
  if (v.months > e.maxTerm) {
    f.status[i] = TERM_TOO_LONG;
    return;
  }
  const he = e.halfEven;
  const minInstallment = e.minInstallment;
  const g = v.grace;
  const n = v.n;
  const w = v.weights;
  let rest = amount;
  let regular = -1; // none yet (every payment is checked ≥ 0 below or the variant is refused)
  let totalPaid = 0;
  let npv = 0; // Σ payment · weight, as a double
  let mass = 0; // Σ |payment · weight|, for the error bound
  let terms = 0;
  let notPositive = 0; // first month repaying no principal
  let below = 0; // first month under the minimum installment (after grace)
  let hasRegular = false;
  if (g > 0) {
    // the grace payment depends only on the amount and the share: the offer's other slots reuse it
    if (amount !== grace.amount || v.graceShare !== grace.share) {
      grace.payment = mulRatio(amount, v.graceShare, he); // first: a FALLBACK leaves the memo as it was
      grace.amount = amount;
      grace.share = v.graceShare;
    }
    const gp = grace.payment;
    rest = safe(amount - safe(g * gp));
    if (gp <= 0) notPositive = 1;
    regular = gp;
    hasRegular = true;
    totalPaid = safe(g * gp);
    const t = gp * (w[0] as number);
    npv += t;
    mass += Math.abs(t);
    terms++;
  }
  if (v.method === 'flat-fee') {
    const part = divInv(rest, n, v.nInv, he);
    const last = safe(rest - safe((n - 1) * part));
    // the monthly fee depends only on what is left and the rate: an offer's terms share it
    if (rest !== feeMemo.rest || v.fee !== feeMemo.rate) {
      feeMemo.fee = mulRatio(rest, v.fee, he); // first: a FALLBACK leaves the memo as it was
      feeMemo.rest = rest;
      feeMemo.rate = v.fee;
    }
    const fee = feeMemo.fee;
    const pay = safe(part + fee);
    const lastPay = safe(last + fee);
    if (n > 1) {
      if (part <= 0 && notPositive === 0) notPositive = g + 1;
      if (pay < minInstallment && below === 0) below = g + 1;
      if (!hasRegular || pay > regular) regular = pay;
      hasRegular = true;
      totalPaid = safe(totalPaid + safe((n - 1) * pay));
      const t = pay * (w[1] as number);
      npv += t;
      mass += Math.abs(t);
      terms++;
    }
    if (last <= 0 && notPositive === 0) notPositive = g + n;
    if (lastPay < minInstallment && below === 0) below = g + n;
    if (!hasRegular || lastPay > regular) regular = lastPay;
    totalPaid = safe(totalPaid + lastPay);
    const t = lastPay * (w[2] as number);
    npv += t;
    mass += Math.abs(t);
    terms++;
  } else {
    const annuity = v.method === 'annuity';
    let x = 0;
    let part = 0;
    let last = 0;
    if (annuity) {
      if (v.annuityFactor === null) x = divInv(rest, n, v.nInv, he);
      else {
        if (rest < 0) throw FALLBACK;
        const xv = rest * v.annuityFactor;
        // |x̂ − x| ≤ x·(2^−52 + 2^−53 + …): factor error, one product rounding
        x = roundDecided(xv, xv * 4 * U + 1e-300);
      }
    } else {
      part = divInv(rest, n, v.nInv, he);
      last = safe(rest - safe((n - 1) * part));
    }
    let balance = rest;
    if (annuity) {
      // every payment but the last is x (principal + interest = x): only the balance is carried
      // month by month; the NPV of months g+1 … g+n−1 is x times their exact run weight
      for (let j = 1; j < n; j++) {
        const interest = divInv(safe(balance * v.rateNum), v.rateDen12, v.rateInv12, he);
        const principal = safe(x - interest);
        balance = safe(balance - principal);
        if (principal <= 0 && notPositive === 0) notPositive = g + j;
      }
      if (n > 1) {
        if (x < minInstallment && below === 0) below = g + 1;
        if (!hasRegular || x > regular) regular = x;
        hasRegular = true;
        totalPaid = safe(totalPaid + safe((n - 1) * x));
        const t = x * v.runWeight;
        npv += t;
        mass += Math.abs(t);
        terms++;
      }
      const lastPay = safe(balance + divInv(safe(balance * v.rateNum), v.rateDen12, v.rateInv12, he));
      if (balance <= 0 && notPositive === 0) notPositive = g + n;
      if (lastPay < minInstallment && below === 0) below = g + n;
      if (!hasRegular || lastPay > regular) regular = lastPay;
      hasRegular = true;
      totalPaid = safe(totalPaid + lastPay);
      const t = lastPay * (w[n] as number);
      npv += t;
      mass += Math.abs(t);
      terms++;
    } else {
      for (let j = 1; j <= n; j++) {
        const interest = divInv(safe(balance * v.rateNum), v.rateDen12, v.rateInv12, he);
        const principal = j < n ? part : last;
        const pay = safe(principal + interest);
        balance = safe(balance - principal);
        if (principal <= 0 && notPositive === 0) notPositive = g + j;
        if (pay < minInstallment && below === 0) below = g + j;
        if (!hasRegular || pay > regular) regular = pay;
        hasRegular = true;
        totalPaid = safe(totalPaid + pay);
        const t = pay * (w[j] as number);
        npv += t;
        mass += Math.abs(t);
        terms++;
      }
    }
  }
  if (notPositive > 0) {
    f.status[i] = PRINCIPAL_NOT_POSITIVE;
    f.month[i] = notPositive;
    return;
  }
  if (below > 0) {
    f.status[i] = BELOW_MIN_INSTALLMENT;
    f.month[i] = below;
    return;
  }
  // |npv̂ − npv| ≤ (3.01u for each weight + u for each product + (terms − 1)u for the sum)·mass
  f.npv[i] = roundDecided(npv, (terms + 6) * U * mass * 1.01 + 1e-300);
  f.status[i] = OFFERED;
  f.now[i] = 0;
  f.regular[i] = hasRegular ? regular : Number.NaN;
  f.totalPaid[i] = totalPaid;
}

const scratch = emptyNumAccount();

/**
 * Every figure a batch row shows for `account`, into e.fig (overwritten). Throws FALLBACK when
 * the row must be scored by the exact path.
 */
export function computeFigures(e: FastEngine, account: Account): RowFigures {
  return computeFiguresOf(e, numAccountOf(account, scratch));
}

/** computeFigures on an account already in numbers (every amount a safe integer or NaN). */
export function computeFiguresOf(e: FastEngine, a: NumAccount): RowFigures {
  const he = e.halfEven;
  const f = e.fig;
  const principal = a.principal;
  const days = a.overdueDays;
  const givenMinimum = Number.isNaN(a.minimumDue) ? null : a.minimumDue;
  const givenInterest = Number.isNaN(a.interest) ? null : a.interest;
  const givenFees = Number.isNaN(a.fees) ? null : a.fees;
  // snapshot (§4.2, §4.3)
  const minimumDue = givenMinimum ?? mulRatio(principal, e.minimumRate, he);
  charges(e, principal, days, givenInterest, givenFees, minimumDue);
  const interest = charged.interest;
  const fees = charged.fees;
  const total = safe(safe(principal + interest) + fees);
  const bucketMax = e.bucketMax;
  let bucket = bucketMax.length - 1;
  for (let i = 0; i < bucketMax.length; i++) {
    if ((bucketMax[i] as number) >= days) {
      bucket = i;
      break;
    }
  }
  f.principal = principal;
  f.interest = interest;
  f.fees = fees;
  f.total = total;
  f.minimumDue = minimumDue;
  f.overdueDays = days;
  f.bucket = bucket;
  f.estimatedInterest = givenInterest === null;
  f.estimatedFees = givenFees === null;
  // affordability (§4.7)
  const income = Number.isNaN(a.monthlyIncome) ? null : a.monthlyIncome;
  const cash = Number.isNaN(a.availableCash) ? null : a.availableCash;
  f.hasSurplus = income !== null;
  if (income !== null) {
    const surplus = safe(
      safe(income - (Number.isNaN(a.monthlyExpenses) ? 0 : a.monthlyExpenses)) - (Number.isNaN(a.otherDebtPayments) ? 0 : a.otherDebtPayments),
    );
    f.surplus = surplus;
    f.cap = mulRatio(surplus > 0 ? surplus : 0, e.share, he);
  }
  f.hasCash = cash !== null;
  f.cash = cash ?? 0;
  // plans (§4.4–4.5, §4.8)
  const open = e.open[bucket] ?? [];
  f.count = open.length;
  // the slots of one offer share a Shares object (compile.ts), so their waived amounts too
  let lastShares: Shares | null = null;
  let wFees = 0;
  let wInterest = 0;
  let wPrincipal = 0;
  let amount = 0;
  for (let i = 0; i < open.length; i++) {
    const slot = open[i] as (typeof open)[number];
    const v = slot.variant;
    const shares = slot.shares;
    if (shares !== lastShares) {
      wFees = mulRatio(fees, shares.fees, he);
      wInterest = mulRatio(interest, shares.interest, he);
      wPrincipal = mulRatio(principal, shares.principal, he);
      amount = safe(total - safe(safe(wFees + wInterest) + wPrincipal));
      lastShares = shares;
    }
    f.wFees[i] = wFees;
    f.wInterest[i] = wInterest;
    f.wPrincipal[i] = wPrincipal;
    f.amount[i] = amount;
    variantFigures(e, v, amount, f, i);
    if (f.status[i] !== OFFERED) continue;
    // isAffordable (analysis/affordability.ts) on numbers
    const regular = f.regular[i] as number;
    const now = f.now[i] as number;
    let affordable = 1;
    let unknown = false;
    if (!Number.isNaN(regular)) {
      if (!f.hasSurplus) unknown = true;
      else if (regular > f.cap) affordable = 0;
    }
    if (affordable === 1 && now > 0) {
      if (!f.hasCash) unknown = true;
      else if (now > f.cash) affordable = 0;
    }
    f.affordable[i] = affordable === 1 && unknown ? UNKNOWN : affordable;
  }
  recommendation(e, f);
  return f;
}
