/**
 * A figure typed in negotiate can be cleared back to "not given" (issue #10 item 7): "-" at the
 * new value of an optional figure; a required one is re-asked instead. The defaults offered and
 * the plan picker read well on the terminal at hand.
 */
import { describe, expect, it } from 'vitest';
import { negotiate } from '../../src/cli/commands/negotiate.js';
import { planChoices } from '../../src/cli/negotiate/text.js';
import { parseAccount } from '../../src/core/account.js';
import { planSummary } from '../../src/render/plan-words.js';
import { displayWidth } from '../../src/render/wrap.js';
import { evaluate } from '../../src/report/evaluate.js';
import { aPolicy, date } from '../helpers/builders.js';
import { memoryIO, ScriptedPrompter, tempDir } from '../negotiate/helpers.js';

const ACCOUNT = { principal: '20000', overdueDays: '95', monthlyIncome: '6000', monthlyExpenses: '3500', availableCash: '6000' };

describe('clearing a figure in negotiate', () => {
  it.each([
    ['en', 'monthly income (now not given)', 'monthly income (now ¥6,000.00)'],
    ['zh', '月收入（当前：未提供）', '月收入（当前：¥6,000.00）'],
  ] as const)('%s: "-" clears the income; affordability becomes unknown; the principal cannot be cleared', async (lang, cleared, before) => {
    const prompter = new ScriptedPrompter(['figures', 'monthlyIncome', '-', 'principal', '-', '20000', 'done', 'quit']);
    const io = memoryIO(prompter, tempDir());
    const start = { policy: aPolicy(), policyRef: 'cn-standard', raw: ACCOUNT, asOf: date('2026-01-31'), lang, save: null };
    await expect(negotiate(start, io)).resolves.toEqual({ outcome: 'quit' });
    const selects = prompter.asked.filter((a) => a.kind === 'select');
    expect(selects[1]?.choices).toContain(before);
    expect(selects[2]?.choices).toContain(cleared);
    // the principal is required: "-" is refused with a message, then 20000 taken
    const principal = prompter.asked.filter((a) => a.kind === 'input')[1];
    expect(principal?.rejected.length).toBe(1);
    expect(principal?.answer).toBe('20000');
    expect(io.printed()).toMatch(lang === 'en' ? /affordab/i : /负担/);
  });
});

describe('changing a figure in negotiate', () => {
  it('zh: the default offered is the current value in Chinese (收入下降, 是), and taking it changes nothing', async () => {
    const prompter = new ScriptedPrompter(['figures', 'hardship', '', 'willingToRepay', '', 'done', 'quit']);
    const io = memoryIO(prompter, tempDir());
    const raw = { ...ACCOUNT, hardship: 'income-drop', willingToRepay: 'yes' };
    const start = { policy: aPolicy(), policyRef: 'cn-standard', raw, asOf: date('2026-01-31'), lang: 'zh' as const, save: null };
    await expect(negotiate(start, io)).resolves.toEqual({ outcome: 'quit' });
    const inputs = prompter.asked.filter((a) => a.kind === 'input');
    expect(inputs.map((a) => a.answer)).toEqual(['收入下降', '是']);
    expect(io.printed()).toContain('没有变化');
  });
});

describe('the plan picker on a narrow terminal', () => {
  it.each(['zh', 'en'] as const)('%s at 80 columns: one line a plan (name, id, marks); the payments under the list', (lang) => {
    const policy = aPolicy();
    const parsed = parseAccount(ACCOUNT, policy.currency);
    if ('issues' in parsed) throw new Error('bad account');
    const ev = evaluate(parsed.account, policy, date('2026-01-31'), { counterOffer: { lump: 500000n, monthly: 80000n } });
    const narrow = planChoices(ev, lang, 'installment-24+dp5000', 80);
    for (const c of narrow) expect(displayWidth(c.name) + 6).toBeLessThanOrEqual(80);
    const dp = narrow.find((c) => c.value === 'installment-24+dp5000');
    expect(dp?.name).toMatch(/\[installment-24\+dp5000\] .*➜/);
    expect(dp?.description).toBe(planSummary(ev.plans.find((p) => p.id === 'installment-24+dp5000')!, ev, lang));
    // wide enough: the whole line, no description
    const wide = planChoices(ev, lang, null, 200);
    expect(wide.every((c) => c.description === undefined && c.name.includes(' · '))).toBe(true);
  });
});
