/**
 * The negotiate flow with scripted answers: wrong entries re-asked with a clear message (never
 * a crash), counter-offers, changed figures, language, pick → script → atomic record that
 * `plan --input` reproduces; quit and Ctrl-C leave nothing written.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { agreementRecord } from '../../src/agreement/record.js';
import { parseInputDocument } from '../../src/cli/account-input.js';
import { checkField, negotiate, type NegotiateStart } from '../../src/cli/commands/negotiate.js';
import type { Context } from '../../src/io/context.js';
import { main } from '../../src/cli/main.js';
import { parseAccount, parseAsOf } from '../../src/core/account.js';
import { planToJson } from '../../src/render/json.js';
import { evaluate } from '../../src/report/evaluate.js';
import { aPolicy, date } from '../helpers/builders.js';
import { CTRL_C, memoryIO, ScriptedPrompter, tempDir, validateAgreement, type Answer } from './helpers.js';

const policy = aPolicy();
const CNY = policy.currency;

function start(over: Partial<NegotiateStart> = {}): NegotiateStart {
  return { policy, policyRef: 'cn-standard', raw: {}, asOf: date('2026-01-31'), lang: 'en', save: 'agreement.json', ...over };
}

/** The questionnaire with a wrong entry at each amount kind, then the given menu answers. */
const QUESTIONNAIRE_EN: Answer[] = [
  'ACC-9', // account reference
  'abc',
  '20,000', // principal: letters re-asked
  '-3',
  '9.5',
  '95', // overdue days: negative, fraction re-asked
  '',
  '', // interest, fees: estimated
  '-100',
  '8000', // income: negative re-asked
  '4000',
  '',
  '', // expenses, other debt, cash
  '',
  '', // hardship reason, will to repay: not stated
];

/** Reads a saved record back the way `plan --input` does and recomputes the chosen plan. */
function reproduce(text: string, planId: string) {
  const doc = parseInputDocument(text, 'record');
  const parsed = parseAccount(doc.raw, CNY);
  if ('issues' in parsed) throw new Error(parsed.issues[0]?.message);
  const asOf = parseAsOf(doc.raw.asOf ?? '');
  if ('code' in asOf) throw new Error(asOf.message);
  const ev = evaluate(parsed.account, policy, asOf);
  expect(doc.policy).toEqual({ name: policy.name, sha256: policy.sha256 });
  return planToJson(ev.plans.find((p) => p.id === planId)!, CNY);
}

describe('negotiate flow (scripted Prompter)', () => {
  it('asks for the account, re-asks wrong entries with a clear message, answers counter-offers, saves a reproducible record', async () => {
    const dir = tempDir();
    const prompter = new ScriptedPrompter([
      ...QUESTIONNAIRE_EN,
      'offer',
      '600',
      'offer',
      'lots',
      '5,000 0',
      'pick',
      '',
      true,
      'Cardholder agreed; pays on the 28th',
    ]);
    const io = memoryIO(prompter, dir);
    const result = await negotiate(start(), io);
    expect(prompter.remaining).toBe(0);

    const rejected = prompter.asked.filter((a) => a.rejected.length > 0).map((a) => [a.message, a.rejected]);
    expect(rejected).toEqual([
      ['Outstanding principal', ['principal: "abc" is not an amount: use digits with an optional currency sign and at most 2 decimals, e.g. 1234.50']],
      [
        'Days overdue',
        [
          'overdue days: "-3" is negative: give a whole number of days, 0 or more, e.g. 95',
          'overdue days: "9.5" is not a whole number: give a whole number of days, 0 or more, e.g. 95',
        ],
      ],
      ['Net monthly income (blank: unknown)', ['monthly income: "-100" is negative: monthly income must be 0 or more']],
      [
        'What can the cardholder pay? A month (800), or now and a month (5000 800; 5000 0 = now only)',
        ['the monthly figure: "lots" is not an amount: use digits with an optional currency sign and at most 2 decimals, e.g. 1234.50'],
      ],
    ]);

    const out = io.printed();
    expect(out).toContain(
      'The offer: ¥600.00 a month\n➜ Answers the offer: Hardship installment, 48 months [installment-48]\n  48 monthly payments of ¥541.62',
    );
    expect(out).toContain('The offer: ¥5,000.00 now\nNo plan meets this offer.');
    // the answer is shown once: its verdict line is not repeated under it
    expect(out.replace(/\n +/g, ' ')).not.toContain('Hardship installment (installment): fits 48 months [installment-48]');
    // long lines wrap at the terminal width (120 here); read them joined
    expect(out.replace(/\n +/g, ' ')).toContain(
      'Settlement with waiver (settlement): short by ¥15,000.00: the lump sum the policy needs is ¥20,000.00 (one payment [settlement-1], by 2 March 2026)',
    );
    expect(out).toContain('Read-out script · Hardship installment, 12 months [installment-12]');
    expect(out).toContain('Agreement saved to agreement.json.\nRecompute it any time with: repayplan plan --input agreement.json --schedule installment-12');

    expect(result).toMatchObject({ outcome: 'saved', planId: 'installment-12', path: 'agreement.json' });
    expect(readdirSync(dir)).toEqual(['agreement.json']); // no temporary file left
    const text = readFileSync(join(dir, 'agreement.json'), 'utf8');
    const record = JSON.parse(text) as Record<string, any>;
    expect(validateAgreement(record)).toBe(true);
    expect(record).toMatchObject({
      schemaVersion: '2',
      kind: 'repayplan.agreement',
      savedAt: '2026-01-31T09:30:00.000Z',
      asOf: '2026-01-31',
      policy: { name: 'cn-standard', version: '2', sha256: policy.sha256, currency: 'CNY', ref: 'cn-standard' },
      input: {
        id: 'ACC-9',
        principal: '20000.00',
        interest: null,
        fees: null,
        overdueDays: '95',
        monthlyIncome: '8000.00',
        monthlyExpenses: '4000.00',
        otherDebtPayments: null,
        availableCash: null,
        asOf: '2026-01-31',
      },
      planId: 'installment-12',
      recommendedPlanId: 'installment-12',
      note: 'Cardholder agreed; pays on the 28th',
      script: { lang: 'en' },
    });
    expect(record.plan.schedule).toHaveLength(12);
    expect(record.script.text).toContain('¥1,852.03 on 31 January 2027');
    expect(reproduce(text, 'installment-12')).toEqual(record.plan);
  });

  it('from --input: only the wrong field is re-asked, in Chinese; switch language; change income; pick another plan', async () => {
    const dir = tempDir();
    const prompter = new ScriptedPrompter([
      '八千',
      '8000', // monthlyIncome from the file was "abc"
      'figures',
      'monthlyIncome',
      '-1',
      '12000',
      'availableCash',
      '2.5万',
      'done',
      'lang',
      'schedule',
      'deferral-3+36',
      'pick',
      'settlement-1',
      true,
      '',
    ]);
    const io = memoryIO(prompter, dir);
    const result = await negotiate(
      start({ lang: 'zh', raw: { principal: '20000', overdueDays: '95', monthlyIncome: 'abc', monthlyExpenses: '4000', asOf: '2026-01-31' } }),
      io,
    );
    expect(prompter.remaining).toBe(0);
    const out = io.printed();
    expect(out.startsWith('月收入："abc" 不是有效金额，请只输入数字（可带 ¥ 和千位逗号，最多 2 位小数），例如 1234.50\n')).toBe(true);
    expect(prompter.asked[0]).toMatchObject({
      message: '月收入（不填为未知）',
      rejected: ['月收入："八千" 不是有效金额，请只输入数字（可带 ¥ 和千位逗号，最多 2 位小数），例如 1234.50'],
    });
    const change = prompter.asked.find((a) => a.message === '新的月收入（输入 - 清除为未提供）');
    expect(change).toMatchObject({ rejected: ['月收入不能是负数（输入的是 "-1"）：请输入 0 或以上的金额'], answer: '12000' });
    expect(prompter.asked.find((a) => a.message === '修改哪一项？')?.choices).toContain('月收入（当前：¥8,000.00）');
    expect(out).toContain('已更新：\n  月收入：¥8,000.00 → ¥12,000.00\n  可一次性筹措资金：未提供 → ¥25,000.00\n  每月可负担：¥2,000.00 → ¥4,000.00\n');
    // after the switch the menu and the script are English
    expect(prompter.asked.filter((a) => a.kind === 'select').map((a) => a.message)).toEqual([
      '下一步？',
      '修改哪一项？',
      '修改哪一项？',
      '修改哪一项？',
      '下一步？',
      'What next?',
      'Which plan?',
      'What next?',
      'Which plan?',
    ]);
    expect(out).toContain('Read-out script · Settlement with waiver, one payment [settlement-1]');
    expect(out).toContain('One payment of ¥20,000.00, to be paid by 2 March 2026.');
    expect(result).toMatchObject({ outcome: 'saved', planId: 'settlement-1' });
    const text = readFileSync(join(dir, 'agreement.json'), 'utf8');
    const record = JSON.parse(text) as Record<string, any>;
    expect(record.input).toMatchObject({ monthlyIncome: '12000.00', availableCash: '25000.00' });
    expect(record.note).toBe('');
    expect(validateAgreement(record)).toBe(true);
    expect(reproduce(text, 'settlement-1')).toEqual(record.plan);
  });

  it('quit writes nothing', async () => {
    const dir = tempDir();
    const io = memoryIO(new ScriptedPrompter(['full', 'quit']), dir);
    const result = await negotiate(start({ raw: { principal: '500', overdueDays: '40' } }), io);
    expect(result).toEqual({ outcome: 'quit' });
    expect(io.printed()).toMatch(/Nothing was saved\.\n$/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a plan not agreed goes back to the menu; Ctrl-C at the note leaves nothing written', async () => {
    const dir = tempDir();
    const prompter = new ScriptedPrompter(['pick', '', false, 'pick', 'installment-24', true, CTRL_C]);
    const io = memoryIO(prompter, dir);
    await expect(negotiate(start({ raw: { principal: '20000', overdueDays: '95' } }), io)).rejects.toMatchObject({ name: 'ExitPromptError' });
    expect(prompter.remaining).toBe(0);
    expect(io.writes).toEqual([]);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('no --save: asks for a file; blank saves nothing; an unwritable path is re-asked; an existing file is replaced only when confirmed', async () => {
    const blank = tempDir();
    const r1 = await negotiate(
      start({ save: null, raw: { principal: '20000', overdueDays: '95' } }),
      memoryIO(new ScriptedPrompter(['pick', '', true, 'note', '']), blank),
    );
    expect(r1).toMatchObject({ outcome: 'picked', path: null });
    expect(readdirSync(blank)).toEqual([]);

    const dir = tempDir();
    writeFileSync(join(dir, 'old.json'), 'keep me');
    const prompter = new ScriptedPrompter(['pick', '', true, '', 'no-such-folder/a.json', 'old.json', false, 'new.json']);
    const io = memoryIO(prompter, dir);
    const r2 = await negotiate(start({ save: null, raw: { principal: '20000', overdueDays: '95' } }), io);
    expect(r2).toMatchObject({ outcome: 'saved', path: 'new.json' });
    expect(io.printed()).toContain('--save: cannot write "no-such-folder/a.json": its folder does not exist\n');
    expect(readFileSync(join(dir, 'old.json'), 'utf8')).toBe('keep me');
    expect(readdirSync(dir).sort()).toEqual(['new.json', 'old.json']);
  });

  it('an account no offer is open to (bucket C): counter-offers say so, pick has nothing to choose, no crash', async () => {
    const dir = tempDir();
    const io = memoryIO(new ScriptedPrompter(['offer', '500', 'offer', '100 0', 'pick', 'schedule', 'script', 'quit']), dir);
    const result = await negotiate(start({ raw: { principal: '1000', overdueDays: '0' } }), io);
    expect(result).toEqual({ outcome: 'quit' });
    const out = io.printed();
    expect(out).toContain('Hardship installment (installment): not offered in bucket C');
    expect(out).toContain('→ No offer of the policy can answer this for this account.');
    expect(out.match(/There is no plan to choose for this account\./g)).toHaveLength(3);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('every field check: letters, negatives, fractions and too many decimals are refused, blanks only where optional', () => {
    expect(checkField('principal', '', CNY, 'en')).toBe('principal is required');
    expect(checkField('principal', '0', CNY, 'en')).toBe('principal: "0" is zero: principal must be greater than 0');
    expect(checkField('principal', '1e5', CNY, 'zh')).toBe('本金："1e5" 用了科学计数法，请直接写出金额，例如 1234.50');
    expect(checkField('monthlyIncome', '', CNY, 'en')).toBe(true);
    expect(checkField('monthlyIncome', '¥8,000.50', CNY, 'en')).toBe(true);
    expect(checkField('monthlyIncome', '8000.505', CNY, 'zh')).toBe('月收入："8000.505" 小数位太多，CNY 最多 2 位小数');
    expect(checkField('availableCash', '$100', CNY, 'en')).toBe(
      'available cash: "$100" has the sign $ but the policy currency is CNY: drop the sign or use a CNY policy',
    );
    expect(checkField('overdueDays', 'ninety', CNY, 'zh')).toBe('逾期天数："ninety" 不是有效天数，请输入 0 或以上的整数，例如 95');
  });

  it('a card or phone number typed into the note is kept masked in the record (§9)', async () => {
    const dir = tempDir();
    await negotiate(
      start({ raw: { principal: '20000', overdueDays: '95' } }),
      memoryIO(new ScriptedPrompter(['pick', '', true, 'card 6222 0212 3456 7890, call 13812345678 after 6pm, ref 2026']), dir),
    );
    const record = JSON.parse(readFileSync(join(dir, 'agreement.json'), 'utf8')) as Record<string, any>;
    expect(record.note).toBe('card ************7890, call *******5678 after 6pm, ref 2026');
  });

  it('the plan picker states every run of payments, the rounding residue of the last one included', async () => {
    const dir = tempDir();
    const prompter = new ScriptedPrompter(['pick', 'installment-60', false, 'quit']);
    // wide enough for the whole line of every plan (a narrower picker shows it under the list)
    const io = { ...memoryIO(prompter, dir), width: 200 };
    await negotiate(start({ raw: { principal: '20000', overdueDays: '95', monthlyIncome: '8000', monthlyExpenses: '4000' } }), io);
    const picker = prompter.asked.find((a) => a.kind === 'select' && a.choices?.some((c) => c.includes('[installment-60]')));
    const lines = picker?.choices ?? [];
    // plans named by label and terms, the id small for reference; every run stated exactly
    expect(lines.find((c) => c.includes('[installment-60]'))).toBe(
      'Hardship installment, 60 months · 60 monthly payments of ¥454.26, the last ¥454.31 · APR 10.85% · affordable [installment-60]',
    );
    expect(lines.find((c) => c.includes('[settlement-6]'))).toMatch(
      /^Settlement with waiver, 6 months · 6 monthly payments of ¥3,333\.33, the last ¥3,333\.35 · /,
    );
    expect(lines.find((c) => c.includes('[settlement-1]'))).toMatch(/^Settlement with waiver, one payment · one payment of ¥20,000\.00 by 2026-03-02 · /);
    expect(lines.find((c) => c.includes('[deferral-3+36]'))).toMatch(
      /^Interest freeze with grace, 3 grace \+ 36 months · 3 grace months of ¥[\d,.]+, then 36 monthly payments of ¥[\d,.]+, the last ¥[\d,.]+ · /,
    );
  });

  it('a save that fails is re-asked with the reason in Chinese', async () => {
    const dir = tempDir();
    const prompter = new ScriptedPrompter(['pick', '', true, '', join(dir, 'no', 'such', 'x.json'), dir, '']);
    const io = memoryIO(prompter, dir);
    const result = await negotiate(start({ lang: 'zh', save: null, raw: { principal: '20000', overdueDays: '95' } }), io);
    expect(result).toMatchObject({ outcome: 'picked' });
    const out = io.printed();
    expect(out).toContain(`无法保存到 ${JSON.stringify(join(dir, 'no', 'such', 'x.json'))}：文件夹不存在`);
    expect(out).toContain(`${JSON.stringify(dir)} 是一个文件夹：请给出文件名，例如 agreement.json`);
  });

  it('the record builder refuses an unknown plan (a bug, not a user error)', () => {
    const ev = evaluate(parseAccountOrThrow({ principal: '100', overdueDays: '0' }), policy, date('2026-01-31'));
    expect(() =>
      agreementRecord({ ev, planId: 'nope-1', savedAt: '', note: '', lang: 'en', script: '', policyRef: '', tool: { name: 'repayplan', version: '0' } }),
    ).toThrow(/no plan nope-1/);
  });
});

function parseAccountOrThrow(raw: Record<string, string>) {
  const r = parseAccount(raw, CNY);
  if ('issues' in r) throw new Error(r.issues[0]?.message);
  return r.account;
}

function fakeContext(tty: boolean) {
  let stdout = '';
  let stderr = '';
  const sink = (append: (s: string) => void) =>
    new Writable({
      write(chunk, _e, done) {
        append(chunk.toString());
        done();
      },
    });
  const ctx: Context = {
    stdin: process.stdin,
    stdout: sink((s) => {
      stdout += s;
    }),
    stderr: sink((s) => {
      stderr += s;
    }),
    stdoutIsTTY: tty,
    stderrIsTTY: tty,
    stdinIsTTY: tty,
    env: {},
    cwd: tempDir(),
    today: () => date('2026-01-31'),
    columns: 120,
  };
  return { ctx, out: () => stdout, err: () => stderr };
}

describe('runNegotiate at the edge', () => {
  it('no terminal: one clear line pointing to `repayplan plan`, exit 2, nothing asked', async () => {
    const f = fakeContext(false);
    const code = await main(['node', 'repayplan', 'negotiate', '--principal', '20000', '--overdue-days', '95', '--save', 'x.json'], f.ctx);
    expect(code).toBe(2);
    expect(f.err()).toBe(
      'repayplan: negotiate is interactive and needs a terminal on stdin and stdout: in scripts and pipes use `repayplan plan` with the same flags (e.g. --format json --offer-monthly 800)\n',
    );
    expect(f.out()).toBe('');
    expect(existsSync(join(f.ctx.cwd, 'x.json'))).toBe(false);
  });
});
