/**
 * What an agent types at the prompts beyond the account: yes/no in both languages (an agreement
 * is recorded only on a real yes), the echo of a card-like reference, counter-offer amounts,
 * the Chinese field messages and the recompute hint after a save.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { input } from '@inquirer/prompts';
import { render } from '@inquirer/testing';
import { describe, expect, it } from 'vitest';
import { checkField, parseOfferPair, negotiate, recomputeCommand } from '../../src/cli/commands/negotiate.js';
import { inquirerPrompter, parseYesNo } from '../../src/cli/prompter.js';
import { safeValue } from '../../src/core/privacy.js';
import { aPolicy, date } from '../helpers/builders.js';
import { fakeTerminal, memoryIO, tempDir } from './helpers.js';

const CNY = aPolicy().currency;
const USD = { code: 'USD', minorDigits: 2, rounding: 'half-up' as const };

describe('yes / no', () => {
  it('takes a yes or a no in English or Chinese and nothing else', () => {
    for (const y of ['y', 'Y', 'yes', ' YES ', '是', '是的', '同意']) expect(parseYesNo(y)).toBe(true);
    for (const n of ['n', 'No', '否', '不', '不同意']) expect(parseYesNo(n)).toBe(false);
    for (const x of ['', 'x', 'ok', 'yep', '嗯', '1']) expect(parseYesNo(x)).toBeNull();
  });

  it('on the real prompts: "否" is no, a typo is asked again, and the plan goes unrecorded', async () => {
    const term = fakeTerminal();
    const dir = tempDir();
    const io = memoryIO(inquirerPrompter({ input: term.input, output: term.output }), dir);
    io.print = (text) => {
      term.output.write(text);
    };
    const session = negotiate(
      { policy: aPolicy(), policyRef: 'cn-standard', raw: { principal: '20000', overdueDays: '95' }, asOf: date('2026-01-31'), lang: 'zh', save: 'deal.json' },
      io,
    );
    await term.when('下一步？', '6\r');
    await term.when('选择哪个方案？', '\r');
    await term.when('同意则记录下来）（是/否）', 'x\r');
    await term.when('请回答 是 或 否（y/n）', '\u0015否\r');
    await term.when('下一步？', '8\r');
    await expect(session).resolves.toEqual({ outcome: 'quit' });
    expect(() => readFileSync(join(dir, 'deal.json'))).toThrow();
  });

  it('an empty answer is asked again when there is no default, and takes the default when there is one', async () => {
    const term = fakeTerminal();
    const p = inquirerPrompter({ input: term.input, output: term.output });
    const first = p.confirm({ message: 'Record it?' });
    await term.when('Record it? (y/n)', '\r');
    await term.when('please answer y (yes) or n (no)', 'y\r');
    await expect(first).resolves.toBe(true);
    const second = p.confirm({ message: 'Replace it?', default: false });
    await term.when('Replace it? (y/N)', '\r');
    await expect(second).resolves.toBe(false);
  });
});

describe('what is echoed and what is refused', () => {
  it('a card-like account reference is echoed masked once given (§9); the answer itself is kept', async () => {
    const { answer, events, getScreen } = await render(input, {
      message: 'Account reference',
      transformer: (v: string, { isFinal }: { isFinal: boolean }) => (isFinal ? safeValue(v) : v),
    });
    events.type('6222021234567890');
    events.keypress('enter');
    await expect(answer).resolves.toBe('6222021234567890');
    expect(getScreen()).toContain('************7890');
    expect(getScreen()).not.toContain('6222021234567890');
  });

  it('a counter-offer of nothing is no offer; the message names the figure, not the question', () => {
    expect(parseOfferPair('0', CNY, 'en')).toBe('the monthly figure: "0" is zero: the monthly figure must be greater than 0');
    expect(parseOfferPair('-100', CNY, 'en')).toBe('the monthly figure: "-100" is negative: the monthly figure must be greater than 0');
    expect(parseOfferPair('0', CNY, 'zh')).toBe('月供必须大于 0');
    expect(parseOfferPair('0 0', CNY, 'zh')).toBe('首付和月供不能都是 0');
    expect(parseOfferPair('800', CNY, 'en')).toEqual({ lump: null, monthly: 80000n });
  });

  it('both figures in one step, as agents type them: 5000 800, 2万 800, 1.5万+800, 5000 0', () => {
    expect(parseOfferPair('5000 800', CNY, 'en')).toEqual({ lump: 500000n, monthly: 80000n });
    expect(parseOfferPair('2万 800', CNY, 'zh')).toEqual({ lump: 2000000n, monthly: 80000n });
    expect(parseOfferPair('1.5万+800', CNY, 'zh')).toEqual({ lump: 1500000n, monthly: 80000n });
    expect(parseOfferPair('5,000 0', CNY, 'en')).toEqual({ lump: 500000n, monthly: null });
    expect(parseOfferPair('0 800', CNY, 'en')).toEqual({ lump: null, monthly: 80000n });
    expect(parseOfferPair('1 2 3', CNY, 'en')).toBe('at most two figures: now and a month (e.g. 5000 800)');
    expect(parseOfferPair('5000 lots', CNY, 'en')).toBe(
      'the monthly figure: "lots" is not an amount: use digits with an optional currency sign and at most 2 decimals, e.g. 1234.50',
    );
  });

  it('Chinese messages: principal must be above zero, an exponent is named, the sign follows the currency', () => {
    expect(checkField('principal', '-5000', CNY, 'zh')).toBe('本金不能是负数（输入的是 "-5000"）：请输入大于 0 的金额，例如 1234.50');
    expect(checkField('monthlyIncome', '-5000', CNY, 'zh')).toBe('月收入不能是负数（输入的是 "-5000"）：请输入 0 或以上的金额');
    expect(checkField('principal', '1e5', CNY, 'zh')).toBe('本金："1e5" 用了科学计数法，请直接写出金额，例如 1234.50');
    expect(checkField('principal', 'abc', USD, 'zh')).toBe('本金："abc" 不是有效金额，请只输入数字（可带 $ 和千位逗号，最多 2 位小数），例如 1234.50');
    expect(checkField('principal', 'abc', CNY, 'zh')).toContain('可带 ¥ 和千位逗号');
    expect(checkField('overdueDays', '99999', CNY, 'zh')).toBe('逾期天数："99999" 超过 36500 天，请核对天数');
    expect(checkField('overdueDays', '-1', CNY, 'zh')).toBe('逾期天数不能是负数（输入的是 "-1"）：请输入 0 或以上的整数，例如 95');
    expect(checkField('overdueDays', '3.5', CNY, 'zh')).toBe('逾期天数："3.5" 不是整数，请输入整天数，例如 95');
    expect(checkField('overdueDays', 'abc', CNY, 'zh')).toBe('逾期天数："abc" 不是有效天数，请输入 0 或以上的整数，例如 95');
    expect(checkField('principal', '1,000,000,000,000,000,000', CNY, 'zh')).toBe(
      '本金："1,000,000,000,000,000,000" 超出 repayplan 能处理的范围（整数部分最多 15 位），请核对金额',
    );
  });
});

describe('the recompute hint after a save', () => {
  it('names a policy file again (only presets are found by name) and quotes what the shell would split', () => {
    expect(recomputeCommand('deal.json', 'cn-standard', 'installment-24')).toBe('repayplan plan --input deal.json --schedule installment-24');
    expect(recomputeCommand('deal.json', 'uk-fca', 'deferral-3+36')).toBe('repayplan plan --input deal.json --schedule deferral-3+36');
    expect(recomputeCommand('/tmp/my deals/a.json', 'policies/tie.json', 'installment-12')).toBe(
      "repayplan plan --input '/tmp/my deals/a.json' --policy policies/tie.json --schedule installment-12",
    );
    expect(recomputeCommand("o'brien.json", 'cn-standard', 'settlement-1')).toBe(`repayplan plan --input 'o'\\''brien.json' --schedule settlement-1`);
  });
});
