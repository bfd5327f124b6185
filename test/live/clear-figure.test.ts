/**
 * A figure typed in negotiate can be cleared back to "not given" (issue #10 item 7): "-" at the
 * new value of an optional figure; a required one is re-asked instead.
 */
import { describe, expect, it } from 'vitest';
import { negotiate } from '../../src/cli/commands/negotiate.js';
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
