/**
 * "Y now and X a month" when no down-payment variant meets X (§4.10, issue #10 item 3): the
 * verdict names what would fit by its terms and payments in words, although that variant is
 * not one of the evaluation's plans (it does not meet X).
 */
import { describe, expect, it } from 'vitest';
import { renderCounterOffers } from '../../src/render/counter-offer-text.js';
import { computeCounterOffers } from '../../src/report/counter-offer.js';
import { evaluate } from '../../src/report/evaluate.js';
import { aPolicy, anAccount, date } from '../helpers/builders.js';

const policy = aPolicy();
const account = anAccount({ principal: '20000', overdueDays: '95', monthlyIncome: '8000', monthlyExpenses: '4000', availableCash: '6000' }, policy);

describe('a short down-payment verdict', () => {
  const offer = { lump: 500000n, monthly: 20000n };
  const ev = evaluate(account, policy, date('2026-01-31'), { counterOffer: offer });
  const list = computeCounterOffers(ev, offer);
  const dp = list.find((o) => o.kind === 'down-payment');

  it('names the variant that would fit, which is not among the plans', () => {
    expect(dp).toMatchObject({ verdict: 'short', needed: { planId: 'installment-60+dp5000', paymentNow: 500000n, payment: 34593n }, shortfall: 14593n });
    expect(ev.plans.some((p) => p.id === 'installment-60+dp5000')).toBe(false);
  });

  it.each([
    [
      'en',
      'Hardship installment (installment): short by ¥145.93: the lowest monthly payment is in down payment + 60 months [installment-60+dp5000]: ¥5,000.00 now, then 60 monthly payments of ¥345.93, the last ¥345.78; affordable',
      '→ Nothing fits ¥200.00 a month; ¥345.93 a month would (Hardship installment, down payment + 60 months [installment-60+dp5000]).',
    ],
    [
      'zh',
      '个性化分期（installment）：不够：还差 ¥145.93；月供最低的是 首付 + 60 期 [installment-60+dp5000]：首付 ¥5,000.00（今天），之后分 60 期，每月 ¥345.93，最后一期 ¥345.78；可负担',
      '→ 没有方案能做到每月 ¥200.00；每月至少 ¥345.93（个性化分期 首付 + 60 期 [installment-60+dp5000]）才可以。',
    ],
  ] as const)('%s: in words, every run exact; with one offer no summary line repeats it', (lang, line, summary) => {
    const text = renderCounterOffers(
      list.filter((o) => o.kind === 'down-payment'),
      ev,
      { lang, colour: false },
    );
    expect(text).toContain(line);
    // one offer: its line says what would fit, no summary repeats it
    expect(text).not.toContain(summary);
  });
});
