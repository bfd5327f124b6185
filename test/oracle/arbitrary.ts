/** fast-check cases for the oracle: presets, accounts (small debts, odd cents, bucket edges), offers. */
import fc from 'fast-check';
import { policyDocFor, policyVariant } from '../helpers/arbitraries.js';
import { type Case, policyOf } from './harness.js';
import { buildPlan, Ctx, regularPayment, snapshot, variants } from './reference.js';

const units = (max: bigint, min = 1n) => fc.bigInt({ min, max });
/** Minor units: small debts (¥5.00–¥1,000), everyday ones, large ones; odd cents throughout. */
const principal = fc.oneof(units(100_000n, 500n), units(5_000_000n, 100_000n), units(500_000_000n, 5_000_000n));
const days = fc.oneof(fc.integer({ min: 0, max: 400 }), fc.constantFrom(0, 1, 30, 31, 60, 61, 90, 91, 95, 120, 121, 150, 180, 181, 365, 1000));
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined, freq: 2 });

export const oracleCase: fc.Arbitrary<Case> = fc
  .record({
    preset: fc.constantFrom('cn-standard' as const, 'us-card-act' as const, 'uk-fca' as const),
    principal,
    overdueDays: days,
    interest: opt(units(2_000_000n, 0n)),
    fees: opt(units(200_000n, 0n)),
    minimumDue: opt(units(500_000n, 0n)),
    income: opt(units(5_000_000n, 0n)),
    expenses: opt(units(3_000_000n, 0n)),
    otherDebt: opt(units(1_000_000n, 0n)),
    cash: opt(units(10_000_000n, 0n)),
    asOf: fc.constantFrom('2026-01-31', '2026-11-22', '2024-02-29', '2026-03-31', '2025-12-31', '2026-08-30'),
    // the offers as shares of the principal (per mille), so that they land around the debt: fits, short, above it
    monthlyShare: opt(fc.integer({ min: 1, max: 400 })),
    lumpShare: opt(fc.integer({ min: 1, max: 1300 })),
  })
  .map((r) => {
    const share = (pm: number | undefined) => (pm === undefined ? undefined : (r.principal * BigInt(pm)) / 1000n + BigInt(pm % 7));
    const monthly = share(r.monthlyShare);
    const lump = share(r.lumpShare);
    const { preset, monthlyShare: _m, lumpShare: _l, ...account } = r;
    return { preset, account, monthly: monthly && monthly > 0n ? monthly : undefined, lump: lump && lump > 0n ? lump : undefined };
  });

/**
 * Cases on the edges §4.10 decides on, placed with the oracle's own figures: an offer one minor
 * unit below, at and above a plan's regular payment (and at its smallest payment, where a
 * flat-fee plan's last payment is larger), a lump sum around the amount due now, a down payment
 * of one minor unit, A − 1, A and above, and a remainder whose payments sit on minInstallment.
 */
export const edgeCase: fc.Arbitrary<Case> = fc
  .record({ base: oracleCase, pick: fc.nat(), delta: fc.constantFrom(-1n, 0n, 1n), what: fc.constantFrom('monthly', 'lump', 'down', 'down-min', 'down-min') })
  .map(({ base, pick, delta, what }) => placeOnEdge(base, pick, delta, what));

function placeOnEdge(base: Case, pick: number, delta: bigint, what: string): Case {
  const c = new Ctx(policyOf(base));
  const s = snapshot(c, base.account);
  const offers = c.policy.offers.filter((o) => o.buckets.includes(s.bucket));
  const o = offers[pick % Math.max(offers.length, 1)];
  if (!o) return base;
  const vs = variants(c, s, base.account.asOf, o).filter((p) => p.unavailable === null);
  const A = s.total - (variants(c, s, base.account.asOf, o)[0]?.waived.total ?? 0n);
  const payments = (ps: typeof vs) => ps.flatMap((p) => [regularPayment(p), ...p.schedule.filter((r) => r.k > p.graceMonths).map((r) => r.payment)]);
  const nth = <T>(xs: T[]) => xs[Math.floor(pick / 7) % Math.max(xs.length, 1)];
  if (what === 'monthly') {
    const x = nth(payments(vs).filter((v): v is bigint => v !== null));
    return x === undefined ? base : { ...base, monthly: x + delta };
  }
  if (what === 'lump') return { ...base, lump: A + delta };
  if (o.family !== 'installment') return base;
  const minInst = c.amt(c.policy.limits.minInstallment);
  if (what === 'down-min') {
    // a remainder R whose smallest monthly payment over term n is minInstallment + delta
    const n = nth(o.terms) as number;
    const low = (r: bigint) => {
      const p = buildPlan(c, s, base.account.asOf, o, 0, n, A - r);
      return { p, low: p.schedule.filter((row) => row.k >= 1).reduce((m, row) => (row.payment < m ? row.payment : m), 1n << 62n) };
    };
    // the smallest payment grows with the remainder R: bisect for the first R where it reaches minInstallment
    let lo = 1n;
    let hi = A - 1n;
    if (hi < lo || low(hi).low < minInst) return base;
    while (lo < hi) {
      const mid = (lo + hi) / 2n;
      if (low(mid).low >= minInst) hi = mid;
      else lo = mid + 1n;
    }
    for (let r = lo - 3n; r <= lo + 3n; r++) {
      if (r <= 0n || r >= A) continue;
      const t = low(r);
      if (t.low === minInst + delta) return { ...base, lump: A - r, monthly: (regularPayment(t.p) as bigint) + BigInt(pick % 3) - 1n };
    }
    return base;
  }
  const y = nth([1n, A - 1n, A, A + 1n, (A * BigInt(pick % 97)) / 100n]) as bigint;
  if (y <= 0n) return base;
  const dps = o.terms.map((n) => buildPlan(c, s, base.account.asOf, o, 0, n, y > 0n && y < A ? y : 0n));
  const x = nth(payments(dps.filter((p) => p.unavailable === null)).filter((v): v is bigint => v !== null)) ?? base.monthly ?? 10_000n;
  return { ...base, lump: y, monthly: x + delta > 0n ? x + delta : 1n };
}

/** Cases under cn-standard variants: half-even, 0 or 3 minor digits, annuity and equal-principal, other fees and caps. */
export const variantCase: fc.Arbitrary<Case> = fc
  .record({
    v: policyVariant,
    base: fc.oneof(oracleCase, edgeCase),
    hardshipMask: fc.nat(7),
    hardship: fc.option(fc.constantFrom('unemployment', 'illness', 'business', 'income-drop', 'other')),
    willing: fc.option(fc.boolean()),
  })
  .map(({ v, base, hardshipMask, hardship, willing }) => {
    const doc = policyDocFor(v);
    // some offers open only to a stated hardship (§3 requiresHardship)
    for (const [i, o] of doc.offers.entries()) if ((hardshipMask >> i) & 1) Object.assign(o, { requiresHardship: true });
    const scale = (x: bigint | undefined) =>
      x === undefined ? undefined : v.minorDigits === 2 ? x : v.minorDigits === 0 ? x / 100n + 1n : x * 10n + (x % 10n);
    const a = base.account;
    const account = { ...a, principal: scale(a.principal) as bigint, interest: scale(a.interest), fees: scale(a.fees), minimumDue: scale(a.minimumDue) };
    Object.assign(account, { income: scale(a.income), expenses: scale(a.expenses), otherDebt: scale(a.otherDebt), cash: scale(a.cash) });
    if (hardship !== null) Object.assign(account, { hardship });
    if (willing !== null) Object.assign(account, { willing });
    return { preset: 'cn-standard' as const, doc, account, monthly: scale(base.monthly), lump: scale(base.lump) };
  });
