/**
 * The read-out script (§1, §9; DOMAIN §1.9): the figures it states are the plan's own, the APR
 * is the one the policy's aprDisplay names, the consequences are the factual ones, and no
 * threatening, legal, criminal, third-party or "borrow elsewhere" wording ever appears, in
 * either language, for any plan of any account.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAccount } from '../../src/core/account.js';
import { compilePolicy } from '../../src/policy/compile.js';
import { presetDoc } from '../../src/policy/presets.js';
import type { Lang } from '../../src/messages/index.js';
import type { Policy, PolicyDoc } from '../../src/policy/types.js';
import { percentText, rateText } from '../../src/money/display.js';
import { moneyText, paymentRuns, renderScript } from '../../src/render/script.js';
import { evaluate } from '../../src/report/evaluate.js';
import type { Plan } from '../../src/analysis/types.js';
import type { Evaluation } from '../../src/report/types.js';
import { asOfText, rawAccount } from '../helpers/arbitraries.js';
import { aPolicy, anAccount, date } from '../helpers/builders.js';
import { repayplan } from '../cli/helpers.js';

/** Words a collection script must never use (DOMAIN §1.9; CBA 2026 guidelines). Matched case-insensitively. */
export const FORBIDDEN_ZH = [
  '起诉',
  '诉讼',
  '法院',
  '法庭',
  '判决',
  '强制执行',
  '公安',
  '警察',
  '报警',
  '坐牢',
  '拘留',
  '逮捕',
  '刑事',
  '犯罪',
  '诈骗',
  '恶意透支',
  '入狱',
  '律师',
  '律师函',
  '黑名单',
  '家人',
  '家属',
  '亲属',
  '亲戚',
  '父母',
  '配偶',
  '单位',
  '雇主',
  '领导',
  '同事',
  '朋友',
  '通讯录',
  '紧急联系人',
  '借钱',
  '借款还',
  '网贷',
  '套现',
  '以贷养贷',
  '上门',
  '曝光',
  '后果自负',
  '催收费',
];
export const FORBIDDEN_EN = [
  /\bpolice\b/,
  /\bcourts?\b/,
  /\barrest/,
  /\blawsuit/,
  /\bsue\b/,
  /\bsued\b/,
  /\blegal action\b/,
  /\bcriminal/,
  /\bprosecut/,
  /\bjail\b/,
  /\bprison\b/,
  /\bfraud/,
  /\blawyer/,
  /\battorney/,
  /\bbailiff/,
  /\bwarrant\b/,
  /\bjudgment\b/,
  /\bseiz/,
  /\bgarnish/,
  /\bfamily\b/,
  /\brelatives?\b/,
  /\bemployer/,
  /\bcolleague/,
  /\bfriends?\b/,
  /\bneighbou?r/,
  /\bborrow/,
  /\bloan from\b/,
  /\bpayday\b/,
  /\bblacklist/,
  /\bthreat/,
  /\bvisit\b/,
  /\bcollection fee/,
];

export function forbiddenIn(text: string): string[] {
  const lower = text.toLowerCase();
  return [...FORBIDDEN_ZH.filter((w) => text.includes(w)), ...FORBIDDEN_EN.filter((re) => re.test(lower)).map(String)];
}

function worked(raw: Record<string, string> = {}, policy: Policy = aPolicy()): Evaluation {
  return evaluate(
    anAccount({ principal: '20000', overdueDays: '95', monthlyIncome: '8000', monthlyExpenses: '4000', ...raw }, policy),
    policy,
    date('2026-01-31'),
  );
}

describe('the script of the recommended plan (worked account, cn-standard)', () => {
  const ev = worked({ id: 'ACC-7' });

  it('English, word for word', async () => {
    await expect(renderScript(ev, null, 'en')).toMatchFileSnapshot('../../fixtures/negotiate/script-worked-installment-12.en.txt');
  });

  it('Chinese, word for word', async () => {
    await expect(renderScript(ev, null, 'zh')).toMatchFileSnapshot('../../fixtures/negotiate/script-worked-installment-12.zh.txt');
  });

  it('a deferral names its grace months; a lump sum its last day and what happens if it is not paid', async () => {
    const deferral = renderScript(ev, 'deferral-6+54', 'en');
    expect(deferral).toContain('- 6 monthly payments of ¥209.66, from 28 February 2026 to 31 July 2026 (grace months: no interest or fees)');
    expect(deferral).toContain('No interest or fees are charged under this plan, so its annual percentage rate is 0.00%.');
    await expect(renderScript(ev, 'settlement-1', 'zh')).toMatchFileSnapshot('../../fixtures/negotiate/script-worked-settlement-1.zh.txt');
    const lump = renderScript(ev, 'settlement-1', 'en');
    expect(lump).toContain('One payment of ¥20,000.00, to be paid by 2 March 2026.');
    expect(lump).toContain('If the payment is not made by 2 March 2026, this offer lapses');
    expect(lump).toContain('¥283.47 of fees and ¥965.85 of interest are waived, ¥1,249.32 in all. The amount to repay is ¥20,000.00.');
    expect(lump).toContain("this offer lapses: the full balance stays due and interest keeps running at the policy's daily rate of 0.05% (18.25% a year).");
    const m7 = worked({ overdueDays: '200' });
    expect(renderScript(m7, 'settlement-1', 'en')).toMatch(/of fees, ¥[\d,.]+ of interest and ¥4,000\.00 of principal are waived/);
  });

  it('no plan recommended: says so, and what monthly payment the nearest plan needs', () => {
    const none = worked({ monthlyIncome: '3000', monthlyExpenses: '2900', availableCash: '100' });
    expect(none.recommendation.planId).toBeNull();
    const en = renderScript(none, null, 'en');
    expect(en).toContain('No plan on offer fits the monthly budget we worked out (¥50.00 a month).');
    expect(en).toContain('The lowest monthly payment on offer is ¥365.01 (deferral-6+54).');
    expect(renderScript(none, null, 'zh')).toContain('现有方案中最低的月供是 ¥365.01（deferral-6+54）');
  });

  it('an effective-rate policy states the APRC; other markets get no China-specific sentences', () => {
    const effective = aPolicy('cn-standard', (doc) => {
      doc.aprDisplay = 'effective';
    });
    const e = worked({}, effective);
    const plan = e.plans.find((p) => p.id === 'installment-24') as Plan;
    const text = renderScript(e, plan.id, 'en');
    expect(text).toContain(
      `The annual percentage rate of charge (APRC, effective annual rate, by the internal-rate-of-return method) is ${rateText(plan.rates!.effectiveAnnualRate)}.`,
    );
    expect(rateText(plan.rates!.effectiveAnnualRate)).toBe('11.71%');
    const uk = worked({}, aPolicy('uk-fca'));
    for (const lang of ['en', 'zh'] as const) {
      const t = renderScript(uk, uk.plans[0]!.id, lang);
      expect(t).not.toMatch(/Article 70|第七十条|5 years|5 年/);
      expect(t).toContain('£');
    }
  });

  it('personal data: an account reference that looks like a card number is only ever shown masked', () => {
    const e = worked({ id: '6222 0212 3456 7890' });
    for (const lang of ['zh', 'en'] as const) {
      const text = renderScript(e, null, lang);
      expect(text).toContain('************7890');
      expect(text).not.toMatch(/6222/);
    }
  });

  it("the binary: plan --script prints the recommended plan's script, or the --schedule plan's", () => {
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
      '--script',
      '--schedule',
      'installment-36',
      '--lang',
      'zh',
      '--format',
      'table',
    ]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('话术 · 个性化分期 36 期 [installment-36]');
    expect(r.stdout).toContain('按内部收益率法（IRR）计算，这个方案的年化利率为 11.08%。');
  });
});

// ---------------------------------------------------------------------------------------------

const scenario = fc.constantFrom('cn-standard', 'us-card-act', 'uk-fca').chain((name) => {
  const doc = presetDoc(name) as PolicyDoc;
  return fc.record({
    name: fc.constant(name),
    raw: rawAccount(doc.currency.minorDigits),
    asOf: asOfText,
    lang: fc.constantFrom<Lang>('zh', 'en'),
    pick: fc.nat(),
  });
});
const compiled = new Map<string, Policy>();

describe('script properties (fast-check over presets, accounts, plans, languages)', () => {
  it("states the plan's own figures, the policy's APR and consequences, and nothing forbidden", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        let policy = compiled.get(s.name);
        if (!policy) {
          policy = compilePolicy(presetDoc(s.name) as PolicyDoc);
          compiled.set(s.name, policy);
        }
        const parsed = parseAccount(s.raw, policy.currency);
        if ('issues' in parsed) throw new Error(parsed.issues[0]?.message);
        const ev = evaluate(parsed.account, policy, date(s.asOf));
        const plan = ev.plans.length > 0 ? (ev.plans[s.pick % ev.plans.length] ?? null) : null;
        const text = renderScript(ev, plan?.id ?? null, s.lang);
        expect(forbiddenIn(text)).toEqual([]);
        if (!plan) return;
        const m = (x: bigint) => moneyText(x, policy!);
        expect(text).toContain(m(ev.snapshot.total));
        expect(text).toContain(m(plan.amount));
        expect(text).toContain(m(plan.totalPaid));
        if (plan.waived.total > 0n) expect(text).toContain(m(plan.waived.total));
        // the folded runs add up to what is paid
        const runs = paymentRuns(plan);
        expect(runs.reduce((sum, r) => sum + BigInt(r.count) * r.payment, plan.paymentNow)).toBe(plan.totalPaid);
        for (const r of runs) expect(text).toContain(m(r.payment));
        const rate = policy.aprDisplay === 'effective' ? plan.rates!.effectiveAnnualRate : plan.rates!.apr;
        expect(text).toContain(rateText(rate));
        if (policy.dailyRate.num > 0n) expect(text).toContain(percentText(policy.dailyRate, 2, 6));
        if (policy.currency.code === 'CNY') expect(text).toContain(s.lang === 'zh' ? '保留 5 年' : '5 years after the debt is settled');
        // only Art. 70 (CNY) backs "collection stops while the plan is kept"; other markets' scripts do not claim it
        const stops = s.lang === 'zh' ? '停止对这个账户的催收' : 'collection on this account stops';
        if (plan.months > 0 && policy.currency.code === 'CNY') expect(text).toContain(stops);
        if (plan.months > 0 && policy.currency.code !== 'CNY') expect(text).not.toContain(stops);
        // no personal data beyond the account reference: only the figures above and dates
        if (ev.account.id) expect(text).toContain(ev.account.id);
      }),
      { numRuns: 200 },
    );
  });

  it('the forbidden-word check itself catches threats in both languages', () => {
    expect(forbiddenIn('如不还款将被起诉并通知您的家人')).toEqual(['起诉', '家人']);
    expect(forbiddenIn('We will take you to court and call your employer.')).toEqual(['/\\bcourts?\\b/', '/\\bemployer/']);
    expect(forbiddenIn('While the plan is kept, collection on this account stops.')).toEqual([]);
  });
});
