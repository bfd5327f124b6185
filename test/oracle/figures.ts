/**
 * The oracle's figures of a plan: APR (§4.6), affordability (§4.7), NPV, recovery and the
 * recommendation (§4.8), and the plan as the JSON of §5 writes it.
 */
import { Decimal } from 'decimal.js';
import { add, cmp, dec, div, fixed, mul, q, sub } from './exact.js';
import { type Ctx, type OAccount, paymentNow, type RefPlan, regularPayment, type Snapshot } from './reference.js';
const DD = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });

/** §4.6: monthly IRR r with A = Σ payment_k / (1+r)^k; APR = 12r and (1+r)^12 − 1, 6 decimals. */
export function aprOf(c: Ctx, p: RefPlan): { apr: string; effective: string } {
  const flows = p.schedule.map((r) => ({ k: r.k, v: new DD(c.fmt(r.payment)) }));
  const A = new DD(c.fmt(p.amount));
  const total = flows.reduce((t, f) => t.plus(f.v), new DD(0));
  let r = new DD(0);
  if (flows.some((f) => f.k > 0) && !total.eq(A)) {
    // a binary-float Newton only finds the start; the 40-digit Newton below makes the answer
    let g = 0.01;
    const fl = flows.map((f) => ({ k: f.k, v: f.v.toNumber() }));
    for (let it = 0; it < 100; it++) {
      let f = -A.toNumber();
      let df = 0;
      for (const x of fl) {
        f += x.v * (1 + g) ** -x.k;
        df -= x.k * x.v * (1 + g) ** (-x.k - 1);
      }
      const step = f / df;
      g -= step;
      if (Math.abs(step) < 1e-15) break;
    }
    r = new DD(Number.isFinite(g) && g > -0.5 ? g : 0.01);
    for (let it = 0; it < 60; it++) {
      // f(r) = Σ v_k / (1+r)^k − A and its derivative, the discount carried from k to k + 1
      const u = new DD(1).div(r.plus(1));
      let f = A.neg();
      let df = new DD(0);
      let disc = new DD(1);
      let k = 0;
      for (const x of flows) {
        for (; k < x.k; k++) disc = disc.mul(u);
        f = f.plus(x.v.mul(disc));
        df = df.minus(x.v.mul(x.k).mul(disc).mul(u));
      }
      const step = f.div(df);
      r = r.minus(step);
      if (step.abs().lt('1e-24')) break;
    }
  }
  const eff = r.plus(1).pow(12).minus(1);
  return { apr: r.mul(12).toFixed(6, Decimal.ROUND_HALF_UP), effective: eff.toFixed(6, Decimal.ROUND_HALF_UP) };
}

/** §4.8: NPV = Σ payment_k (1 − q)^k / (1 + a/12)^k, exact, then rounded to the minor unit. */
export function npvOf(c: Ctx, p: RefPlan): bigint {
  const v = div(sub(q(1n), dec(c.policy.recovery.monthlyBreakRate)), add(q(1n), div(dec(c.policy.recovery.annualDiscountRate), q(12n))));
  // Σ payment_k · N^k / D^k = Σ payment_k · N^k · D^(K−k) / D^K with v = N / D: one division at the end
  const K = p.schedule.reduce((mx, r) => Math.max(mx, r.k), 0);
  const powers = (b: bigint) => Array.from({ length: K + 1 }, (_, k) => b ** BigInt(k));
  const N = powers(v.n);
  const Dn = powers(v.d);
  let sum = 0n;
  for (const r of p.schedule) sum += r.payment * (N[r.k] as bigint) * (Dn[K - r.k] as bigint);
  return c.r(q(sum, Dn[K] as bigint));
}

export interface Afford {
  surplus: bigint | null;
  cap: bigint | null;
  cash: bigint | null;
}
export function affordability(c: Ctx, a: OAccount): Afford {
  if (a.income === undefined) return { surplus: null, cap: null, cash: a.cash ?? null };
  const surplus = a.income - (a.expenses ?? 0n) - (a.otherDebt ?? 0n);
  const cap = c.r(mul(q(surplus > 0n ? surplus : 0n), dec(c.policy.affordability.maxShareOfSurplus)));
  return { surplus, cap, cash: a.cash ?? null };
}

/** §4.7 / §5: false when a known condition fails, null when a needed figure is missing, else true. */
export function affordableOf(f: Afford, p: RefPlan): boolean | null {
  const reg = regularPayment(p);
  const now = p.schedule.some((r) => r.k === 0) ? paymentNow(p) : null;
  let unknown = false;
  if (reg !== null) {
    if (f.cap === null) unknown = true;
    else if (reg > f.cap) return false;
  }
  if (now !== null) {
    if (f.cash === null) unknown = true;
    else if (now > f.cash) return false;
  }
  return unknown ? null : true;
}

/** Every reported figure of a plan, as the JSON of §5 writes it. */
export function planFigures(c: Ctx, s: Snapshot, f: Afford, p: RefPlan) {
  const sum = (key: 'payment' | 'interest' | 'fee') => p.schedule.reduce((t, r) => t + r[key], 0n);
  const npv = npvOf(c, p);
  const reg = regularPayment(p);
  const rates = aprOf(c, p);
  return {
    id: p.id,
    offerId: p.offerId,
    family: p.family,
    months: p.months,
    graceMonths: p.graceMonths,
    waived: { fees: c.fmt(p.waived.fees), interest: c.fmt(p.waived.interest), principal: c.fmt(p.waived.principal), total: c.fmt(p.waived.total) },
    amount: c.fmt(p.amount),
    paymentNow: c.fmt(paymentNow(p)),
    regularPayment: reg === null ? null : c.fmt(reg),
    totalPaid: c.fmt(sum('payment')),
    totalInterest: c.fmt(sum('interest')),
    totalFees: c.fmt(sum('fee')),
    apr: rates.apr,
    effectiveAnnualRate: rates.effective,
    npv: c.fmt(npv),
    recoveryRate: fixed(q(npv, s.total), 4),
    affordable: affordableOf(f, p),
    paymentToSurplus: reg === null || f.surplus === null || f.surplus <= 0n ? null : fixed(q(reg, f.surplus), 4),
    dueBy: p.dueBy,
    schedule: p.schedule.map((r) => ({
      k: r.k,
      date: r.date,
      payment: c.fmt(r.payment),
      principal: c.fmt(r.principal),
      interest: c.fmt(r.interest),
      fee: c.fmt(r.fee),
      balance: c.fmt(r.balance),
    })),
  };
}
export type PlanJson = ReturnType<typeof planFigures>;

/** §4.8 / §5: highest NPV among affordable, else among unknown; ties to fewer months. */
export function recommend(plans: PlanJson[]): string | null {
  for (const want of [true, null]) {
    const pool = plans.filter((p) => p.affordable === want);
    if (!pool.length) continue;
    pool.sort((x, y) => cmp(dec(y.npv), dec(x.npv)) || x.months - y.months);
    return (pool[0] as PlanJson).id;
  }
  return null;
}
