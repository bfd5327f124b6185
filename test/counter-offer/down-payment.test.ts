/**
 * "Y now and X a month" (§4.10 as changed): down-payment variants of each installment offer,
 * checked against an independent implementation of §4.10 and §4.5–4.8 written here from the
 * spec text with decimal.js (not the engine's bigint ratios): schedule, APR, NPV and
 * affordability to the cent, on fixed accounts and on generated accounts and policies.
 */
import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeCounterOffers, counterOfferAnswer } from '../../src/report/counter-offer.js';
import { parseAccount } from '../../src/core/account.js';
import { formatMoney } from '../../src/money/amount.js';
import { compilePolicy } from '../../src/policy/compile.js';
import type { PolicyDoc } from '../../src/policy/types.js';
import { counterOffersToJson, planJsonDocument } from '../../src/render/json.js';
import { evaluate } from '../../src/report/evaluate.js';
import type { Plan } from '../../src/analysis/types.js';
import type { Evaluation } from '../../src/report/types.js';
import { asOfText, policyDocFor, policyVariant, rawAccount } from '../helpers/arbitraries.js';
import { aPolicy, anAccount, date } from '../helpers/builders.js';
import { newAjv } from '../schema/helpers.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../cli/helpers.js';
import { runs } from '../helpers/runs.js';

const D = Decimal.clone({ precision: 80 });
type Dec = InstanceType<typeof D>;

const yuan = (s: string) => BigInt(s.replace('.', ''));

function worked(raw: Record<string, string> = {}, y = '5000.00', x = '800.00'): Evaluation {
  const policy = aPolicy();
  const account = anAccount({ principal: '20000', overdueDays: '95', monthlyIncome: '8000', monthlyExpenses: '4000', availableCash: '6000', ...raw }, policy);
  return evaluate(account, policy, date('2026-01-31'), { counterOffer: { lump: yuan(y), monthly: yuan(x) } });
}

describe('down payment on the worked account (cn-standard, M4, A = ¥20,965.85)', () => {
  const ev = worked();
  const c = ev.policy.currency;

  it('¥5,000 now and ¥800 a month: installment-24+dp5000, a plan like any other', () => {
    const list = computeCounterOffers(ev, { monthly: yuan('800.00'), lump: yuan('5000.00') });
    const dp = list.find((o) => o.kind === 'down-payment');
    expect(dp).toMatchObject({ offerId: 'installment', verdict: 'fits', downPayment: yuan('5000.00'), offered: yuan('800.00') });
    expect(dp?.plan?.planId).toBe('installment-24+dp5000');
    const plan = ev.plans.find((p) => p.id === 'installment-24+dp5000') as Plan;
    expect(plan).toBeDefined();
    expect(formatMoney(plan.amount, c)).toBe('20965.85');
    expect(formatMoney(plan.paymentNow, c)).toBe('5000.00');
    expect(formatMoney(plan.regularPayment as bigint, c)).toBe('745.16');
    expect(plan.months).toBe(24);
    const rows = plan.schedule;
    expect(rows[0]).toMatchObject({ k: 0, payment: yuan('5000.00'), principal: yuan('5000.00'), interest: 0n, fee: 0n, balance: yuan('15965.85') });
    expect(rows[1]).toMatchObject({ k: 1, payment: yuan('745.07'), principal: yuan('665.24'), fee: yuan('79.83') });
    expect(rows[24]).toMatchObject({ k: 24, payment: yuan('745.16'), principal: yuan('665.33'), balance: 0n });
    expect(rows.reduce((s, r) => s + r.principal, 0n)).toBe(plan.amount);
    expect(plan.rates?.apr).toBe('0.111267');
    expect(formatMoney(plan.npv, c)).toBe('18005.84');
    expect(plan.affordable).toBe(true);
    expect(counterOfferAnswer(list, ev)).toBe('installment-24+dp5000');
  });

  it('the down payment counts against available cash (§4.7)', () => {
    const poor = worked({ availableCash: '4999.99' });
    expect(poor.plans.find((p) => p.id === 'installment-24+dp5000')?.affordable).toBe(false);
    const unknown = worked({ availableCash: '' });
    expect(unknown.plans.find((p) => p.id === 'installment-24+dp5000')?.affordable).toBe(null);
  });

  it('nothing fits: says what would (the longest allowed term) and the gap', () => {
    const ev2 = worked({}, '5000.00', '200.00');
    const dp = computeCounterOffers(ev2, { monthly: yuan('200.00'), lump: yuan('5000.00') }).find((o) => o.kind === 'down-payment');
    expect(dp?.verdict).toBe('short');
    expect(dp?.needed?.planId).toBe('installment-60+dp5000');
    // 15965.85 / 60 = 266.10 (the last 265.95) + fee round(15965.85 × 0.005) = 79.83
    expect(formatMoney(dp?.needed?.payment as bigint, ev2.policy.currency)).toBe('345.93');
    expect(formatMoney(dp?.shortfall as bigint, ev2.policy.currency)).toBe('145.93');
    expect(ev2.plans.some((p) => p.id.includes('+dp'))).toBe(false);
  });

  it('Y ≤ 0 or Y ≥ A is not a down payment', () => {
    for (const y of ['20965.85', '30000.00']) {
      const e = worked({}, y, '800.00');
      const dp = computeCounterOffers(e, { monthly: yuan('800.00'), lump: yuan(y) }).find((o) => o.kind === 'down-payment');
      expect(dp).toMatchObject({ verdict: 'not-offered', code: 'down-payment-range' });
    }
  });

  it('the id names the down payment; cents kept when there are any', () => {
    const e = worked({}, '5000.50', '800.00');
    expect(e.plans.some((p) => p.id === 'installment-24+dp5000.5')).toBe(true);
  });

  it('JSON: the plan and the verdict validate against schema/output.schema.json', () => {
    const list = computeCounterOffers(ev, { monthly: yuan('800.00'), lump: yuan('5000.00') });
    const doc = planJsonDocument(ev, { name: 'repayplan', version: '0.0.0' }, { counterOffers: counterOffersToJson(list, ev) as never });
    const ajv = newAjv();
    const schema = JSON.parse(readFileSync(join(ROOT, 'schema/output.schema.json'), 'utf8'));
    const validate = ajv.compile(schema);
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    const json = counterOffersToJson(list, ev)[0] as Record<string, unknown>;
    expect(json).toMatchObject({ kind: 'down-payment', offered: '800.00', downPayment: '5000.00', planId: 'installment-24+dp5000' });
  });
});

describe('monthly counter-offers consider settlements paid monthly (§4.10)', () => {
  it('a ¥500 debt offered ¥80 a month hears what settlement-3 would need', () => {
    const policy = aPolicy();
    const ev = evaluate(anAccount({ principal: '500', overdueDays: '95' }, policy), policy, date('2026-01-31'));
    const list = computeCounterOffers(ev, { monthly: yuan('80.00'), lump: null });
    const s = list.find((o) => o.offerId === 'settlement');
    expect(s?.kind).toBe('monthly');
    expect(s?.verdict).toBe('short');
    expect(s?.needed?.planId).toMatch(/^settlement-[36]$/);
  });

  it('a monthly settlement that fits is answered, and never its lump sum', () => {
    const policy = aPolicy();
    const ev = evaluate(anAccount({ principal: '20000', overdueDays: '95' }, policy), policy, date('2026-01-31'));
    const list = computeCounterOffers(ev, { monthly: yuan('4000.00'), lump: null });
    const s = list.find((o) => o.offerId === 'settlement');
    expect(s?.verdict).toBe('fits');
    expect(s?.plan?.planId).toBe('settlement-6');
  });
});

// ---------------------------------------------------------------------------------------------
// The independent oracle: §4.4–4.8 and §4.10 from the spec text, in decimal.js.

function roundTo(x: Dec, digits: number, mode: 'half-up' | 'half-even'): Dec {
  return x.toDecimalPlaces(digits, mode === 'half-up' ? D.ROUND_HALF_UP : D.ROUND_HALF_EVEN);
}

interface OracleRow {
  k: number;
  payment: Dec;
  principal: Dec;
  interest: Dec;
  fee: Dec;
}

function oracleSchedule(amount: Dec, n: number, offer: PolicyDoc['offers'][number], digits: number, mode: 'half-up' | 'half-even'): OracleRow[] {
  const r = (x: Dec) => roundTo(x, digits, mode);
  const rows: OracleRow[] = [];
  const method = offer.method ?? 'flat-fee';
  const annual = new D(offer.annualRate ?? '0');
  if (method === 'flat-fee') {
    const p = r(amount.div(n));
    const fee = r(amount.mul(offer.monthlyFeeRate ?? '0'));
    for (let k = 1; k <= n; k++) {
      const principal = k < n ? p : amount.minus(p.mul(n - 1));
      rows.push({ k, payment: principal.plus(fee), principal, interest: new D(0), fee });
    }
    return rows;
  }
  let balance = amount;
  const i = annual.div(12);
  const x = annual.isZero() ? r(amount.div(n)) : r(amount.mul(i).div(new D(1).minus(i.plus(1).pow(-n))));
  const part = r(amount.div(n));
  for (let k = 1; k <= n; k++) {
    const interest = r(balance.mul(annual).div(12));
    let principal: Dec;
    if (k === n) principal = balance;
    else principal = method === 'annuity' ? x.minus(interest) : part;
    rows.push({ k, payment: principal.plus(interest), principal, interest, fee: new D(0) });
    balance = balance.minus(principal);
  }
  return rows;
}

interface OracleVariant {
  n: number;
  rows: OracleRow[];
  regular: Dec;
  ok: boolean;
}

/** §4.10: the fitting down-payment variant of one installment offer, or null. */
function oracleDownPayment(doc: PolicyDoc, offer: PolicyDoc['offers'][number], snapshot: Evaluation['snapshot'], bucket: string, y: Dec, x: Dec) {
  const digits = doc.currency.minorDigits;
  const mode = doc.currency.rounding;
  const scale = new D(10).pow(digits);
  const money = (m: bigint) => new D(m.toString()).div(scale);
  const P = money(snapshot.principal);
  const I = money(snapshot.interest);
  const F = money(snapshot.fees);
  const w = offer.waivers?.[bucket] ?? offer.waivers?.['*'] ?? { fees: '0', interest: '0', principal: '0' };
  const W = roundTo(F.mul(w.fees), digits, mode)
    .plus(roundTo(I.mul(w.interest), digits, mode))
    .plus(roundTo(P.mul(w.principal), digits, mode));
  const A = P.plus(I).plus(F).minus(W);
  if (y.lte(0) || y.gte(A)) return { A, variant: null };
  const min = new D(doc.limits.minInstallment);
  const variants: OracleVariant[] = [...offer.terms]
    .sort((a, b) => a - b)
    .map((n) => {
      const rows = oracleSchedule(A.minus(y), n, offer, digits, mode);
      const regular = rows.reduce((m, r) => (r.payment.gt(m) ? r.payment : m), new D(0));
      const ok = n <= doc.limits.maxTermMonths && rows.every((r) => r.principal.gt(0) && r.payment.gte(min));
      return { n, rows, regular, ok };
    });
  const allowed = variants.filter((v) => v.ok);
  return { A, variant: allowed.find((v) => v.regular.lte(x)) ?? null };
}

function oracleApr(A: Dec, flows: { k: number; p: Dec }[]): Dec {
  const total = flows.reduce((s, f) => s.plus(f.p), new D(0));
  if (flows.every((f) => f.k === 0) || total.eq(A)) return new D(0);
  const f = (r: Dec) => flows.reduce((s, fl) => s.plus(fl.p.div(r.plus(1).pow(fl.k))), new D(0)).minus(A);
  let lo = new D(0);
  let hi = new D(1);
  while (f(hi).gt(0)) hi = hi.mul(2);
  for (let i = 0; i < 200; i++) {
    const mid = lo.plus(hi).div(2);
    if (f(mid).gt(0)) lo = mid;
    else hi = mid;
  }
  return lo.plus(hi).div(2).mul(12);
}

describe('down-payment variants against the independent oracle (property)', () => {
  it('schedule, APR, NPV and affordability to the minor unit', () => {
    fc.assert(
      fc.property(
        policyVariant,
        asOfText,
        fc.nat({ max: 1000 }),
        fc.nat({ max: 1000 }),
        fc.integer({ min: 0, max: 3 }),
        (v, asOf, yPermille, xPermille, acctSeed) => {
          const doc = policyDocFor(v);
          const policy = compilePolicy(doc);
          const digits = v.minorDigits;
          const scale = new D(10).pow(digits);
          const sample = fc.sample(rawAccount(digits), { seed: acctSeed * 7919 + yPermille, numRuns: 1 })[0]!;
          const parsed = parseAccount({ ...sample, overdueDays: String(30 + (yPermille % 300)) }, policy.currency);
          if ('issues' in parsed) return;
          const base = evaluate(parsed.account, policy, date(asOf));
          const inst = doc.offers.find((o) => o.family === 'installment')!;
          const plain = base.plans.find((p) => p.offerId === inst.id);
          if (!plain) return;
          // Y: a share of A (sometimes 0 or all of it); X: a share of A/12
          const A = plain.amount;
          const y = yPermille === 0 ? 0n : yPermille === 1000 ? A : (A * BigInt(yPermille)) / 1000n;
          const x = ((A - y) * BigInt(xPermille)) / 12000n + 1n;
          const ev = evaluate(parsed.account, policy, date(asOf), { counterOffer: { lump: y, monthly: x } });
          const o = oracleDownPayment(doc, inst, ev.snapshot, ev.snapshot.bucket, new D(y.toString()).div(scale), new D(x.toString()).div(scale));
          expect(o.A.mul(scale).toFixed(0)).toBe(A.toString());
          const got = ev.plans.find((p) => p.offerId === inst.id && p.paymentNow > 0n) ?? null;
          if (o.variant === null) {
            expect(got).toBe(null);
            return;
          }
          expect(got?.months).toBe(o.variant.n);
          const g = got as Plan;
          const rows = g.schedule;
          const want = [
            { k: 0, payment: new D(y.toString()).div(scale), principal: new D(y.toString()).div(scale), interest: new D(0), fee: new D(0) },
            ...o.variant.rows,
          ];
          expect(rows.map((r) => [r.k, r.payment, r.principal, r.interest, r.fee].map(String))).toEqual(
            want.map((r) =>
              [r.k, r.payment.mul(scale), r.principal.mul(scale), r.interest.mul(scale), r.fee.mul(scale)].map((z) =>
                typeof z === 'number' ? String(z) : z.toFixed(0),
              ),
            ),
          );
          // NPV (§4.8) with the k = 0 payment undiscounted
          const q = new D(doc.recovery.monthlyBreakRate);
          const a = new D(doc.recovery.annualDiscountRate).div(12);
          const npv = want.reduce((s, r) => s.plus(r.payment.mul(new D(1).minus(q).pow(r.k)).div(a.plus(1).pow(r.k))), new D(0));
          expect(String(g.npv)).toBe(roundTo(npv, digits, v.rounding).mul(scale).toFixed(0));
          // APR (§4.6) with the k = 0 payment, 12·r to 6 decimals
          const apr = oracleApr(
            new D(A.toString()).div(scale),
            want.map((r) => ({ k: r.k, p: r.payment })),
          );
          expect(g.rates?.apr).toBe(apr.toDecimalPlaces(6, D.ROUND_HALF_UP).toFixed(6));
          // affordability (§4.7): regular ≤ C and Y ≤ cash
          const acc = parsed.account;
          let want2: boolean | null;
          const regular = o.variant.regular.mul(scale);
          const capKnown = acc.monthlyIncome !== null;
          const surplus = capKnown ? new D((acc.monthlyIncome! - (acc.monthlyExpenses ?? 0n) - (acc.otherDebtPayments ?? 0n)).toString()) : null;
          const cap = surplus === null ? null : roundTo(D.max(surplus, 0).mul(doc.affordability.maxShareOfSurplus), 0, v.rounding);
          if ((cap !== null && regular.gt(cap)) || (acc.availableCash !== null && new D(y.toString()).gt(acc.availableCash.toString()))) want2 = false;
          else want2 = cap === null || acc.availableCash === null ? null : true;
          expect(g.affordable).toBe(want2);
        },
      ),
      { numRuns: runs(25) },
    );
  });
});
