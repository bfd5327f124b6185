/**
 * Counter-offers (§4.10) checked against the plans of the same evaluation: the chosen term is
 * the shortest that fits, the gap is exact to the minor unit, and the JSON says the same in
 * strings with the currency's digits (and validates against the schema fragment).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeCounterOffers, type CounterOffer } from '../../src/report/counter-offer.js';
import { counterOffersToJson } from '../../src/render/json.js';
import { parseAccount } from '../../src/core/account.js';
import { formatMoney } from '../../src/money/amount.js';
import { compilePolicy } from '../../src/policy/compile.js';
import { presetDoc } from '../../src/policy/presets.js';
import type { Policy, PolicyDoc } from '../../src/policy/types.js';
import { renderCounterOffers } from '../../src/render/counter-offer-text.js';
import { evaluate } from '../../src/report/evaluate.js';
import type { Evaluation } from '../../src/report/types.js';
import { asOfText, policyDocFor, policyVariant, rawAccount } from '../helpers/arbitraries.js';
import { aPolicy, anAccount, date } from '../helpers/builders.js';
import { ROOT, repayplan } from '../cli/helpers.js';
import { newAjv } from '../schema/helpers.js';

const yuan = (s: string) => BigInt(s.replace('.', ''));

function worked(raw: Record<string, string> = {}): Evaluation {
  const policy = aPolicy();
  return evaluate(
    anAccount({ principal: '20000', overdueDays: '95', monthlyIncome: '8000', monthlyExpenses: '4000', ...raw }, policy),
    policy,
    date('2026-01-31'),
  );
}

function byOffer(list: CounterOffer[], offerId: string, kind: 'monthly' | 'lump'): CounterOffer {
  const o = list.find((c) => c.offerId === offerId && c.kind === kind);
  if (!o) throw new Error(`no verdict for ${offerId}`);
  return o;
}

describe('counter-offers on the worked account (cn-standard, M4)', () => {
  const ev = worked();

  it('¥600 a month: the shortest installment, deferral and monthly settlement terms at or under it', () => {
    const list = computeCounterOffers(ev, { monthly: yuan('600.00'), lump: null });
    expect(list.map((o) => [o.kind, o.offerId, o.verdict, o.plan?.planId])).toEqual([
      ['monthly', 'installment', 'fits', 'installment-48'],
      ['monthly', 'deferral', 'fits', 'deferral-3+36'],
      ['monthly', 'settlement', 'short', undefined],
    ]);
    expect(formatMoney(byOffer(list, 'installment', 'monthly').plan!.payment, ev.policy.currency)).toBe('541.62');
    expect(byOffer(list, 'deferral', 'monthly').plan).toMatchObject({ months: 39, graceMonths: 3, affordable: true });
  });

  it('exactly the regular payment fits; one fen less does not', () => {
    const at = computeCounterOffers(ev, { monthly: yuan('687.38'), lump: null });
    expect(byOffer(at, 'installment', 'monthly').plan?.planId).toBe('installment-36');
    const below = computeCounterOffers(ev, { monthly: yuan('687.37'), lump: null });
    expect(byOffer(below, 'installment', 'monthly').plan?.planId).toBe('installment-48');
  });

  it('¥300 a month: nothing fits, and the gap to the longest term is exact', () => {
    const list = computeCounterOffers(ev, { monthly: yuan('300.00'), lump: null });
    const inst = byOffer(list, 'installment', 'monthly');
    expect(inst.verdict).toBe('short');
    expect(inst.needed?.planId).toBe('installment-60');
    expect(formatMoney(inst.shortfall!, ev.policy.currency)).toBe('154.31');
    const def = byOffer(list, 'deferral', 'monthly');
    expect(def.needed?.planId).toBe('deferral-6+54');
    expect(formatMoney(def.shortfall!, ev.policy.currency)).toBe('65.01');
    const text = renderCounterOffers(list, ev, { lang: 'en', colour: false });
    expect(text).toContain('short by ¥154.31');
    expect(text).toContain('Nothing fits ¥300.00 a month; ¥365.01 a month would (Interest freeze with grace, 6 grace + 54 months [deferral-6+54]).');
    const zh = renderCounterOffers(list, ev, { lang: 'zh', colour: false });
    expect(zh).toContain('还差 ¥65.01');
    expect(zh).toContain('每月至少 ¥365.01（停息挂账 宽限 6 个月 + 54 期 [deferral-6+54]）才可以');
  });

  it('a lump sum: accepted at or above the amount due now, else the shortfall', () => {
    const short = computeCounterOffers(ev, { monthly: null, lump: yuan('5000.00') });
    expect(short).toHaveLength(1);
    const s = byOffer(short, 'settlement', 'lump');
    expect(s).toMatchObject({ verdict: 'short', shortfall: yuan('15000.00') });
    expect(s.needed).toMatchObject({ planId: 'settlement-1', payment: yuan('20000.00'), dueBy: { year: 2026, month: 3, day: 2 } });
    expect(renderCounterOffers(short, ev, { lang: 'en', colour: false })).toContain(
      'the lump sum the policy needs is ¥20,000.00 (one payment [settlement-1], by 2 March 2026)',
    );
    const ok = byOffer(computeCounterOffers(ev, { monthly: null, lump: yuan('20000.00') }), 'settlement', 'lump');
    expect(ok).toMatchObject({ verdict: 'fits', shortfall: null, plan: { planId: 'settlement-1' } });
    // The verdict says whether the lump sum is affordable, as a monthly verdict does (no cash given: unknown).
    expect(renderCounterOffers([ok], ev, { lang: 'en', colour: false })).toContain(
      'Settlement with waiver (settlement): accept one payment [settlement-1]: settles for ¥20,000.00, by 2 March 2026; affordability unknown (income or cash not given)',
    );
    const poor = worked({ availableCash: '3000.50' });
    const low = byOffer(computeCounterOffers(poor, { monthly: null, lump: yuan('25000.00') }), 'settlement', 'lump');
    expect(renderCounterOffers([low], poor, { lang: 'en', colour: false })).toContain(
      'accept one payment [settlement-1]: settles for ¥20,000.00, by 2 March 2026 (¥5,000.00 less than offered); not affordable',
    );
    expect(renderCounterOffers([low], poor, { lang: 'zh', colour: false })).toContain(
      '可以接受：一次性 [settlement-1]，一次性结清 ¥20,000.00，2026年3月2日前付清（比提议少 ¥5,000.00）；不可负担',
    );
  });

  it('an offer not open to the bucket says so (deferral opens at M3)', () => {
    const m1 = worked({ overdueDays: '20' });
    const def = byOffer(computeCounterOffers(m1, { monthly: yuan('800.00'), lump: null }), 'deferral', 'monthly');
    expect(def).toMatchObject({ verdict: 'not-offered', code: 'bucket', plan: null, needed: null, shortfall: null });
    expect(renderCounterOffers([def], m1, { lang: 'en', colour: false })).toContain('Interest freeze with grace (deferral): not offered in bucket M1');
  });

  it('a tiny debt has no monthly term: every installment variant is unavailable', () => {
    const tiny = worked({ principal: '3.33', overdueDays: '40' });
    const list = computeCounterOffers(tiny, { monthly: yuan('100.00'), lump: yuan('100.00') });
    expect(byOffer(list, 'installment', 'monthly')).toMatchObject({ verdict: 'not-offered', code: 'no-plan' });
    expect(byOffer(list, 'settlement', 'lump').verdict).toBe('fits');
  });

  it('colour only when asked', () => {
    const list = computeCounterOffers(ev, { monthly: yuan('600.00'), lump: yuan('1.00') });
    expect(renderCounterOffers(list, ev, { lang: 'en', colour: false })).not.toMatch(/\u001b\[/);
    expect(renderCounterOffers(list, ev, { lang: 'en', colour: true })).toMatch(/\u001b\[32m/);
  });
});

// ---------------------------------------------------------------------------------------------

interface Scenario {
  doc: PolicyDoc;
  raw: Record<string, string>;
  asOf: string;
}

const presetScenario: fc.Arbitrary<Scenario> = fc.constantFrom('cn-standard', 'us-card-act', 'uk-fca').chain((name) => {
  const doc = presetDoc(name) as PolicyDoc;
  return fc.record({ doc: fc.constant(doc), raw: rawAccount(doc.currency.minorDigits), asOf: asOfText });
});
const variantScenario: fc.Arbitrary<Scenario> = policyVariant.chain((v) =>
  fc.record({ doc: fc.constant(policyDocFor(v)), raw: rawAccount(v.minorDigits), asOf: asOfText }),
);
const scenario = fc.oneof(presetScenario, variantScenario);

const policies = new Map<PolicyDoc, Policy>();
function evaluateScenario(s: Scenario): Evaluation {
  let policy = policies.get(s.doc);
  if (!policy) {
    policy = compilePolicy(s.doc);
    policies.set(s.doc, policy);
  }
  const parsed = parseAccount(s.raw, policy.currency);
  if ('issues' in parsed) throw new Error(parsed.issues[0]?.message);
  return evaluate(parsed.account, policy, date(s.asOf), { rates: false });
}

/** An offered amount: often a plan's own payment or one minor unit either side, sometimes anything. */
const offerPick = fc.record({ index: fc.nat(), delta: fc.constantFrom(-1n, 0n, 1n), free: fc.bigInt({ min: 0n, max: 10n ** 15n }), useFree: fc.boolean() });
function offeredAmount(candidates: bigint[], pick: { index: number; delta: bigint; free: bigint; useFree: boolean }): bigint {
  if (pick.useFree || candidates.length === 0) return pick.free;
  const base = candidates[pick.index % candidates.length] as bigint;
  const x = base + pick.delta;
  return x < 0n ? 0n : x;
}

const moneyPattern = (digits: number) => (digits === 0 ? /^\d+$/ : new RegExp(`^\\d+\\.\\d{${digits}}$`));

describe('counter-offer properties (fast-check, presets and policy variants)', () => {
  it('monthly: the chosen plan is the shortest whose regular payment fits; else the gap to the lowest payment is exact', () => {
    fc.assert(
      fc.property(scenario, offerPick, (s, pick) => {
        const ev = evaluateScenario(s);
        const x = offeredAmount(
          ev.plans.flatMap((p) => (p.regularPayment === null ? [] : [p.regularPayment])),
          pick,
        );
        const list = computeCounterOffers(ev, { monthly: x, lump: null });
        // §4.10 as changed: reductions with monthly terms (n > 1) answer too, by their monthly plans
        const offers = ev.policy.offers.filter((o) => o.family !== 'reduction' || o.terms.some((n) => n > 1));
        expect(list.map((o) => o.offerId)).toEqual(offers.map((o) => o.id));
        for (const o of list) {
          expect(o.kind).toBe('monthly');
          expect(o.offered).toBe(x);
          const plans = ev.plans.filter((p) => p.offerId === o.offerId && p.months > 0);
          if (o.verdict === 'not-offered') {
            expect(plans).toEqual([]);
            continue;
          }
          const fitting = plans.filter((p) => (p.regularPayment as bigint) <= x);
          if (o.verdict === 'fits') {
            const chosen = plans.find((p) => p.id === o.plan?.planId);
            expect(chosen).toBeDefined();
            expect(o.plan?.payment).toBe(chosen!.regularPayment);
            expect(o.plan!.payment <= x).toBe(true);
            expect(o.plan?.months).toBe(Math.min(...fitting.map((p) => p.months)));
            expect(o.plan?.affordable).toBe(chosen!.affordable);
            expect(o.shortfall).toBeNull();
          } else {
            expect(o.verdict).toBe('short');
            expect(fitting).toEqual([]);
            const lowest = plans.reduce((m, p) => ((p.regularPayment as bigint) < m ? (p.regularPayment as bigint) : m), plans[0]!.regularPayment as bigint);
            expect(o.needed?.payment).toBe(lowest);
            expect(plans.find((p) => p.id === o.needed?.planId)?.regularPayment).toBe(lowest);
            expect(o.shortfall).toBe(lowest - x);
            expect(o.shortfall! > 0n).toBe(true);
          }
        }
      }),
      { numRuns: 250 },
    );
  });

  it("lump: accepted exactly when Y ≥ the lump-sum plan's payment now; the shortfall is exact", () => {
    fc.assert(
      fc.property(scenario, offerPick, (s, pick) => {
        const ev = evaluateScenario(s);
        const y = offeredAmount(
          ev.plans.filter((p) => p.months === 0).map((p) => p.paymentNow),
          pick,
        );
        const list = computeCounterOffers(ev, { monthly: null, lump: y });
        expect(list.map((o) => o.offerId)).toEqual(ev.policy.offers.filter((o) => o.family === 'reduction').map((o) => o.id));
        for (const o of list) {
          const lumpSum = ev.plans.find((p) => p.offerId === o.offerId && p.months === 0);
          if (!lumpSum) {
            expect(o.verdict).toBe('not-offered');
            continue;
          }
          expect(lumpSum.schedule.every((r) => r.k === 0)).toBe(true);
          const due = lumpSum.paymentNow;
          if (y >= due) {
            expect(o).toMatchObject({ verdict: 'fits', shortfall: null });
            expect(o.plan?.payment).toBe(due);
          } else {
            expect(o.verdict).toBe('short');
            expect(o.needed?.payment).toBe(due);
            expect(o.shortfall).toBe(due - y);
          }
        }
      }),
      { numRuns: 250 },
    );
  });

  it('JSON: money strings with exactly the currency digits that read back to the same minor units', () => {
    fc.assert(
      fc.property(scenario, offerPick, (s, pick) => {
        const ev = evaluateScenario(s);
        const x = offeredAmount(
          ev.plans.flatMap((p) => (p.regularPayment === null ? [p.paymentNow] : [p.regularPayment])),
          pick,
        );
        const list = computeCounterOffers(ev, { monthly: x, lump: x });
        const json = counterOffersToJson(list, ev) as Record<string, any>[];
        const digits = ev.policy.currency.minorDigits;
        const re = moneyPattern(digits);
        const minor = (t: string) => BigInt(t.replace('.', ''));
        json.forEach((j, i) => {
          const o = list[i]!;
          expect(j.offered).toMatch(re);
          expect(minor(j.offered)).toBe(o.offered);
          expect(j.planId).toBe(o.plan?.planId ?? null);
          if (j.shortfall !== null) {
            expect(j.shortfall).toMatch(re);
            expect(minor(j.shortfall)).toBe(o.shortfall);
            expect(minor(j.needed.payment) - minor(j.offered)).toBe(minor(j.shortfall));
          }
          for (const ref of [j.plan, j.needed])
            if (ref) {
              expect(ref.payment).toMatch(re);
              expect(ref.paymentNow).toMatch(re);
            }
        });
      }),
      { numRuns: 150 },
    );
  });
});

describe('counterOffers in the plan document', () => {
  const output = JSON.parse(readFileSync(join(ROOT, 'schema/output.schema.json'), 'utf8')) as Record<string, any>;
  const schema = output;
  const validate = newAjv().compile(schema);

  it('validates against the output schema', () => {
    const ev = worked({ overdueDays: '20' });
    const doc = { counterOffers: counterOffersToJson(computeCounterOffers(ev, { monthly: yuan('100.00'), lump: yuan('99999.00') }), ev) };
    const only = newAjv().compile({ ...schema, required: [], properties: { counterOffers: output.properties.counterOffers } });
    expect(only(doc), JSON.stringify(only.errors)).toBe(true);
  });

  it('the binary: verdicts agree with the plans printed in the same JSON document', () => {
    const r = repayplan([
      'plan',
      '--principal',
      '20000',
      '--overdue-days',
      '95',
      '--income',
      '8000',
      '--expenses',
      '4000',
      '--as-of',
      '2026-01-31',
      '--offer-monthly',
      '¥600',
      '--offer-lump',
      '5,000.00',
      '--format',
      'json',
    ]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout) as Record<string, any>;
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    const plans = new Map<string, any>(doc.plans.map((p: any) => [p.id, p]));
    // with both figures the down-payment verdict comes first (§4.10), then monthly, then lump
    expect(doc.counterOffers[0]).toMatchObject({
      kind: 'down-payment',
      offerId: 'installment',
      offered: '600.00',
      downPayment: '5000.00',
      verdict: 'fits',
      planId: 'installment-36+dp5000',
    });
    expect(plans.get('installment-36+dp5000').paymentNow).toBe('5000.00');
    const [, inst, def, , settle] = doc.counterOffers;
    expect(inst).toMatchObject({ kind: 'monthly', offerId: 'installment', offered: '600.00', verdict: 'fits', planId: 'installment-48' });
    expect(inst.plan.payment).toBe(plans.get('installment-48').regularPayment);
    expect(def).toMatchObject({ verdict: 'fits', planId: 'deferral-3+36' });
    expect(settle).toMatchObject({ kind: 'lump', offerId: 'settlement', offered: '5000.00', verdict: 'short', shortfall: '15000.00', planId: null });
    expect(settle.needed.payment).toBe(plans.get('settlement-1').paymentNow);
  });

  it('the binary: a table verdict line per offer', () => {
    const r = repayplan([
      'plan',
      '--principal',
      '20000',
      '--overdue-days',
      '95',
      '--as-of',
      '2026-01-31',
      '--offer-monthly',
      '300',
      '--format',
      'table',
      '--lang',
      'en',
    ]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Counter-offer: ¥300.00 a month');
    expect(r.stdout).toContain(
      'Hardship installment (installment): short by ¥154.31: the lowest monthly payment is in 60 months [installment-60]: 60 monthly payments of ¥454.26, the last ¥454.31',
    );
  });
});
