/**
 * `repayplan negotiate` driven through a real pseudo-terminal (python3's pty module, see
 * pty-driver.py): an agent types answers — including wrong ones — in English and in Chinese,
 * picks a plan and saves the record; `plan --input` then reproduces the plan. Ctrl-C leaves
 * nothing behind; without a terminal the command refuses.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, repayplan } from '../cli/helpers.js';
import { tempDir, validateAgreement } from './helpers.js';

const DRIVER = join(import.meta.dirname, 'pty-driver.py');
const HAS_PYTHON = spawnSync('python3', ['-c', 'import pty, select, termios'], { encoding: 'utf8' }).status === 0;

interface Step {
  expect?: string;
  send?: string;
  timeout?: number;
}
interface PtyResult {
  exitCode: number | null;
  signal: number | null;
  failedStep: number | null;
  screen: string;
}

function drive(args: string[], steps: Step[], cwd: string, env: Record<string, string> = {}): PtyResult {
  const job = {
    argv: [process.execPath, BIN, ...args],
    cwd,
    env: { NO_COLOR: '1', LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '', ...env },
    cols: 120,
    rows: 50,
    steps,
    exitTimeout: 20,
  };
  const r = spawnSync('python3', [DRIVER], { input: JSON.stringify(job), encoding: 'utf8', timeout: 90_000 });
  if (r.status !== 0) throw new Error(`pty driver failed: ${r.stderr}`);
  const result = JSON.parse(r.stdout) as PtyResult;
  if (result.failedStep !== null) {
    throw new Error(`step ${result.failedStep} (${JSON.stringify(steps[result.failedStep])}) never appeared; screen ends:\n${result.screen.slice(-3000)}`);
  }
  // Terminal lines wrap at the window width: compare with runs of white space folded to one.
  return { ...result, screen: result.screen.replace(/\s+/g, ' ') };
}

/** Each answer is typed only once its question is on the screen. Ctrl-U clears a kept wrong entry. */
const CLEAR = '\u0015';

describe.skipIf(!HAS_PYTHON)('negotiate in a real terminal', () => {
  it('English: wrong entries re-asked, counter-offers, a schedule, pick, note, save; plan --input reproduces it', () => {
    const dir = tempDir();
    const r = drive(
      ['negotiate', '--as-of', '2026-01-31', '--lang', 'en', '--save', 'agreement.json'],
      [
        { expect: 'Account reference', send: 'CALL-2026-0131\r' },
        { expect: 'Outstanding principal', send: 'twenty thousand\r' },
        { expect: 'is not an amount', send: `${CLEAR}20,000\r` },
        { expect: 'Days overdue', send: '95\r' },
        { expect: 'Unpaid interest', send: '1500\r' },
        { expect: 'Unpaid fees', send: '800\r' },
        { expect: 'Net monthly income', send: '-6000\r' },
        { expect: 'is negative: monthly income must be 0 or more', send: `${CLEAR}6000\r` },
        { expect: 'Essential monthly expenses', send: '3500\r' },
        { expect: 'other debts', send: '\r' },
        { expect: 'pay at once', send: '5000\r' },
        { expect: 'Why is the cardholder behind?', send: 'lazy\r' },
        { expect: 'is not a hardship reason', send: `${CLEAR}income-drop\r` },
        { expect: 'want to repay?', send: 'yes\r' },
        { expect: 'What next?', send: '1\r' },
        { expect: 'What can the cardholder pay?', send: '800\r' },
        { expect: 'The offer: ¥800.00 a month' },
        { expect: 'What next?', send: '1\r' },
        { expect: 'What can the cardholder pay?', send: '5k 800 x\r' },
        { expect: 'at most two figures', send: `${CLEAR}5k 800\r` },
        { expect: 'The offer: ¥5,000.00 now, then ¥800.00 a month' },
        { expect: 'What next?', send: '4\r' },
        { expect: 'Which plan?', send: '\r' },
        { expect: 'What next?', send: '6\r' },
        { expect: 'Which plan?', send: '\r' },
        { expect: 'Does this plan work for you?' },
        { expect: 'it is recorded)', send: 'y\r' },
        { expect: 'Note for the record', send: 'Agreed on the call, first payment by the 22nd\r' },
        { expect: 'Agreement saved to agreement.json.' },
      ],
      dir,
    );
    expect(r.exitCode).toBe(0);
    const s = r.screen;
    expect(s).toContain('principal: "twenty thousand" is not an amount: use digits with an optional currency sign and at most 2 decimals, e.g. 1234.50');
    expect(s).toContain('monthly income: "-6000" is negative: monthly income must be 0 or more');
    expect(s).toContain(
      '➜ Answers the offer: Hardship installment, 36 months [installment-36] 36 monthly payments of ¥704.72, the last ¥704.80 · APR 11.08% · affordable',
    );
    expect(s).toContain(
      'Interest freeze with grace (deferral): fits 3 grace + 36 months [deferral-3+36]: 3 grace months of ¥215.00, then 36 monthly payments of ¥579.31, the last ¥579.15; affordable',
    );
    expect(s).toContain('hardship reason: "lazy" is not a hardship reason');
    // "5,000 now and 800 a month" in one step: the down-payment plan answers it, and the script reads it out
    expect(s).toContain('The offer: ¥5,000.00 now, then ¥800.00 a month');
    expect(s).toContain('➜ Answers the offer: Hardship installment, down payment + 24 months [installment-24+dp5000]');
    expect(s).toContain('¥5,000.00 now, then 24 monthly payments of ¥770.00 · APR');
    expect(s).toContain(
      'Settlement with waiver (settlement): short by ¥15,000.00: the lump sum the policy needs is ¥20,000.00 (one payment [settlement-1], by 2 March 2026)',
    );
    expect(s).toContain('Read-out script · Hardship installment, down payment + 24 months [installment-24+dp5000]');
    expect(s).toContain(
      'Recompute it any time with: repayplan plan --input agreement.json --offer-lump 5000.00 --offer-monthly 800.00 --schedule installment-24+dp5000',
    );

    expect(readdirSync(dir)).toEqual(['agreement.json']);
    const text = readFileSync(join(dir, 'agreement.json'), 'utf8');
    const record = JSON.parse(text) as Record<string, any>;
    expect(validateAgreement(record)).toBe(true);
    expect(record).toMatchObject({
      planId: 'installment-24+dp5000',
      note: 'Agreed on the call, first payment by the 22nd',
      asOf: '2026-01-31',
      input: {
        id: 'CALL-2026-0131',
        principal: '20000.00',
        interest: '1500.00',
        fees: '800.00',
        overdueDays: '95',
        monthlyIncome: '6000.00',
        monthlyExpenses: '3500.00',
        availableCash: '5000.00',
        hardship: 'income-drop',
        willingToRepay: 'yes',
      },
      counterOffer: { lump: '5000.00', monthly: '800.00' },
      plan: { paymentNow: '5000.00', regularPayment: '770.00', affordable: true },
    });
    expect(Date.parse(record.savedAt)).not.toBeNaN();

    const again = repayplan(['plan', '--input', 'agreement.json', '--offer-lump', '5000.00', '--offer-monthly', '800.00', '--format', 'json'], { cwd: dir });
    expect(again.stderr).toBe('');
    const doc = JSON.parse(again.stdout) as Record<string, any>;
    expect(doc.plans.find((p: any) => p.id === record.planId)).toEqual(record.plan);
    expect(doc.policy.sha256).toBe(record.policy.sha256);
  }, 120_000);

  it('中文: starts from --input with a wrong figure, re-asked in Chinese; counter-offer; pick by number; save', () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'account.json'),
      JSON.stringify({ id: 'ZH-1', principal: '50,000.00', overdueDays: 200, monthlyIncome: '-1', monthlyExpenses: '4000', asOf: '2026-11-22' }),
    );
    const r = drive(
      ['negotiate', '--input', 'account.json', '--lang', 'zh', '--save', 'xieyi.json'],
      [
        { expect: '月收入（不填为未知）', send: '一万\r' },
        { expect: '不是有效金额', send: `${CLEAR}10000\r` },
        { expect: '下一步', send: '1\r' },
        { expect: '客户能还多少？', send: '1000\r' },
        { expect: '客户提议：每月 ¥1,000.00' },
        { expect: '下一步', send: '6\r' },
        { expect: '选择哪个方案', send: '5\r' },
        { expect: '请问这个方案您是否可以接受？' },
        { expect: '同意则记录下来', send: 'y\r' },
        { expect: '备注', send: '客户同意\r' },
        { expect: '协议已保存到 xieyi.json' },
      ],
      dir,
    );
    expect(r.exitCode).toBe(0);
    const s = r.screen;
    expect(s).toContain('月收入不能是负数（输入的是 "-1"）：请输入 0 或以上的金额');
    expect(s).toContain('月收入："一万" 不是有效金额');
    expect(s).toContain(
      '个性化分期（installment）：不够：还差 ¥196.68；月供最低的是 60 期 [installment-60]：分 60 期，每月 ¥1,196.40，最后一期 ¥1,196.68；可负担',
    );
    expect(s).toContain(
      '➜ 回应提议：停息挂账 宽限 3 个月 + 54 期 [deferral-3+54] 前 3 个月每月 ¥552.19（宽限期），之后分 54 期，每月 ¥991.89，最后一期 ¥992.14 · 年化 0.00% · 可负担',
    );
    expect(s).toContain('话术 · 个性化分期 60 期 [installment-60]');
    expect(s).toContain('按《商业银行信用卡业务监督管理办法》第七十条，方案正常履行期间，停止对这个账户的催收。');
    const record = JSON.parse(readFileSync(join(dir, 'xieyi.json'), 'utf8')) as Record<string, any>;
    expect(validateAgreement(record)).toBe(true);
    expect(record).toMatchObject({
      planId: 'installment-60',
      note: '客户同意',
      script: { lang: 'zh' },
      input: { id: 'ZH-1', monthlyIncome: '10000.00', asOf: '2026-11-22' },
    });
    const again = JSON.parse(repayplan(['plan', '--input', 'xieyi.json', '--format', 'json'], { cwd: dir }).stdout) as Record<string, any>;
    expect(again.plans.find((p: any) => p.id === 'installment-60')).toEqual(record.plan);
  }, 120_000);

  it('Ctrl-C while typing the note: exit 130, one line, no record and no temporary file', () => {
    const dir = tempDir();
    const r = drive(
      ['negotiate', '--principal', '2万', '--overdue-days', '95', '--as-of', '2026/1/31', '--lang', 'en', '--save', 'agreement.json'],
      [
        { expect: 'What next?', send: '6\r' },
        { expect: 'Which plan?', send: '\r' },
        { expect: 'it is recorded)', send: 'y\r' },
        { expect: 'Note for the record', send: 'half a note' },
        { expect: 'half a note', send: '\u0003' },
      ],
      dir,
    );
    expect(r.exitCode).toBe(130);
    expect(r.screen).toContain('repayplan: negotiate cancelled; nothing was saved');
    // the amount typed as agents say it was echoed with its value before it was used
    expect(r.screen).toContain('repayplan: --principal 2万 is read as ¥20,000.00');
    expect(r.screen).not.toMatch(/ExitPromptError|\n\s+at /);
    expect(readdirSync(dir)).toEqual([]);
  }, 60_000);

  it('Ctrl-C at the first question: exit 130 with the same one line', () => {
    const dir = tempDir();
    const r = drive(['negotiate', '--lang', 'zh'], [{ expect: '账户编号', send: '\u0003' }], dir);
    expect(r.exitCode).toBe(130);
    // in Chinese under --lang zh (issue #10: no English leaking)
    expect(r.screen).toContain('repayplan: negotiate 已取消，没有保存任何内容');
    expect(readdirSync(dir)).toEqual([]);
  }, 60_000);
});

describe('negotiate without a terminal', () => {
  it('refuses with one line pointing to `repayplan plan`, exit 2', () => {
    const r = repayplan(['negotiate', '--principal', '20000', '--overdue-days', '95'], { stdin: '1\n' });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      'repayplan: negotiate is interactive and needs a terminal on stdin and stdout: in scripts and pipes use `repayplan plan` with the same flags (e.g. --format json --offer-monthly 800)\n',
    );
    expect(r.stdout).toBe('');
  });

  it('in Chinese under --lang zh', () => {
    const r = repayplan(['negotiate', '--principal', '20000', '--overdue-days', '95', '--lang', 'zh'], { stdin: '1\n' });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      'repayplan: negotiate 是交互式命令，标准输入和输出都需要终端：脚本和管道中请用同样参数的 `repayplan plan`（例如 --format json --offer-monthly 800）\n',
    );
  });
});
