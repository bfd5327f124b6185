/**
 * The real inquirer prompts: a field's validate message as inquirer shows it (@inquirer/testing),
 * and the whole negotiate flow typed at the real prompts on a fake terminal, including Ctrl-C
 * through runNegotiate (exit 130, one line, nothing written).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { input, select } from '@inquirer/prompts';
import { render } from '@inquirer/testing';
import { describe, expect, it } from 'vitest';
import { checkField, negotiate, runNegotiate } from '../../src/cli/commands/negotiate.js';
import type { Context } from '../../src/io/context.js';
import { inquirerPrompter } from '../../src/cli/prompter.js';
import { aPolicy, date } from '../helpers/builders.js';
import { fakeTerminal, memoryIO, tempDir, validateAgreement } from './helpers.js';

const CNY = aPolicy().currency;

describe('validation inside inquirer (@inquirer/testing)', () => {
  it('letters in an amount: the message is shown and the same question stays open', async () => {
    const { answer, events, getScreen } = await render(input, {
      message: 'Net monthly income',
      validate: (v: string) => checkField('monthlyIncome', v, CNY, 'en'),
    });
    events.type('8x');
    events.keypress('enter');
    await new Promise((r) => setTimeout(r, 20));
    expect(getScreen().replace(/\s+/g, ' ')).toContain(
      '> monthly income: "8x" is not an amount: use digits with an optional currency sign and at most 2 decimals, e.g. 1234.50',
    );
    events.keypress('backspace');
    events.keypress('backspace');
    events.type('8000');
    events.keypress('enter');
    await expect(answer).resolves.toBe('8000');
  });

  it('a negative income, in Chinese', async () => {
    const { answer, events, getScreen } = await render(input, { message: '月收入', validate: (v: string) => checkField('monthlyIncome', v, CNY, 'zh') });
    events.type('-500');
    events.keypress('enter');
    await new Promise((r) => setTimeout(r, 20));
    expect(getScreen()).toContain('> 月收入不能是负数（输入的是 "-500"）：请输入 0 或以上的金额');
    for (let i = 0; i < 4; i++) events.keypress('backspace');
    events.type('500');
    events.keypress('enter');
    await expect(answer).resolves.toBe('500');
  });

  it('a menu item is chosen by typing its number', async () => {
    const { answer, events, getScreen } = await render(select, {
      message: 'What next?',
      theme: { indexMode: 'number' },
      choices: [
        { value: 'a', name: 'first' },
        { value: 'b', name: 'second' },
        { value: 'c', name: 'third' },
      ],
    });
    expect(getScreen()).toContain('3. third');
    events.type('3');
    events.keypress('enter');
    await expect(answer).resolves.toBe('c');
  });
});

describe('the whole flow on the real prompts (fake terminal)', () => {
  it('types an account with mistakes, a counter-offer, picks a plan and saves the record', async () => {
    const term = fakeTerminal();
    const dir = tempDir();
    const io = memoryIO(inquirerPrompter({ input: term.input, output: term.output }), dir);
    io.print = (text) => {
      term.output.write(text);
    };
    const session = negotiate({ policy: aPolicy(), policyRef: 'cn-standard', raw: {}, asOf: date('2026-01-31'), lang: 'en', save: 'deal.json' }, io);
    await term.when('Account reference', 'B-17\r');
    await term.when('Outstanding principal', '20,000.00\r');
    await term.when('Days overdue', 'x\r');
    await term.when('"x" is not a number of days', '\u0015' + '95\r');
    await term.when('Unpaid interest', '\r');
    await term.when('Unpaid fees', '\r');
    await term.when('Net monthly income', '8000\r');
    await term.when('Essential monthly expenses', '4000\r');
    await term.when('other debts', '\r');
    await term.when('pay at once', '\r');
    await term.when('Why is the cardholder behind?', 'illness\r');
    await term.when('want to repay?', 'yes\r');
    await term.when('What next?', '1\r');
    await term.when('What can the cardholder pay?', '450\r');
    await term.when('What next?', '6\r');
    await term.when('Which plan?', '\r');
    await term.when('it is recorded)', 'y\r');
    await term.when('Note for the record', 'ok\r');
    // the picker's default follows the conversation: the plan answering ¥450 a month
    await expect(session).resolves.toMatchObject({ outcome: 'saved', planId: 'deferral-3+54' });
    const screen = term.screen();
    expect(screen.replace(/\s+/g, ' ')).toContain(
      'Hardship installment (installment): short by ¥4.31: the lowest monthly payment is in 60 months [installment-60]: 60 monthly payments of ¥454.26, the last ¥454.31',
    );
    expect(screen.replace(/\s+/g, ' ')).toContain(
      '➜ Answers the offer: Interest freeze with grace, 3 grace + 54 months [deferral-3+54] 3 grace months of ¥209.66, then 54 monthly payments of ¥376.61, the last ¥376.54',
    );
    const record = JSON.parse(readFileSync(join(dir, 'deal.json'), 'utf8'));
    expect(validateAgreement(record)).toBe(true);
    expect(record).toMatchObject({
      planId: 'deferral-3+54',
      note: 'ok',
      counterOffer: { lump: null, monthly: '450.00' },
      input: { id: 'B-17', principal: '20000.00', overdueDays: '95', hardship: 'illness', willingToRepay: 'yes' },
    });
  });
});

function ttyContext(dir: string) {
  const stdin = new PassThrough();
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
    stdin,
    stdout: sink((s) => {
      stdout += s;
    }),
    stderr: sink((s) => {
      stderr += s;
    }),
    stdoutIsTTY: true,
    stderrIsTTY: true,
    stdinIsTTY: true,
    env: { NO_COLOR: '1' },
    cwd: dir,
    today: () => date('2026-01-31'),
    columns: 120,
  };
  return { ctx, stdin, out: () => stdout, err: () => stderr };
}

async function waitFor(read: () => string, text: string): Promise<void> {
  const start = Date.now();
  while (!read().includes(text)) {
    if (Date.now() - start > 5000) throw new Error(`timed out waiting for ${text}`);
    await new Promise((r) => setTimeout(r, 10));
  }
  await new Promise((r) => setTimeout(r, 20));
}

describe('runNegotiate: Ctrl-C', () => {
  it('at the note prompt after a pick: exit 130, one line on stderr, no record and no temporary file', async () => {
    const dir = tempDir();
    const t = ttyContext(dir);
    const run = runNegotiate({ principal: '20000', overdueDays: '95', asOf: '2026-01-31', lang: 'en', save: 'r.json' }, t.ctx);
    await waitFor(t.out, 'What next?');
    t.stdin.write('6\r');
    await waitFor(t.out, 'Which plan?');
    t.stdin.write('\r');
    await waitFor(t.out, 'it is recorded)');
    t.stdin.write('y\r');
    await waitFor(t.out, 'Note for the record');
    t.stdin.write('half a no');
    t.stdin.write('\u0003');
    await expect(run).resolves.toBe(130);
    expect(t.err()).toBe('\nrepayplan: negotiate cancelled; nothing was saved\n');
    expect(t.err()).not.toMatch(/at .*\.js/);
    expect(readdirSync(dir)).toEqual([]);
  });
});
