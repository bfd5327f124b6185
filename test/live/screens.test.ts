/**
 * negotiate's screens as the agent sees them (issue #10 "How it is checked"): golden transcripts
 * at 80 and 120 columns in both languages of a call where the cardholder offers "5000 now, 800
 * a month" — the first screen, the answer to the offer, the script read out. Each screen fits
 * its width; at 80×24 the first screen and the answer leave room for the menu; the script
 * reads out the down-payment plan; no English sentence under zh.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { negotiate } from '../../src/cli/commands/negotiate.js';
import { displayWidth } from '../../src/render/wrap.js';
import { aPolicy, date } from '../helpers/builders.js';
import { memoryIO, ScriptedPrompter, tempDir } from '../negotiate/helpers.js';

const GOLDEN = join(import.meta.dirname, '../../fixtures/golden');

function golden(name: string, text: string): void {
  const file = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) writeFileSync(file, text);
  expect(text).toBe(readFileSync(file, 'utf8'));
}

const ACCOUNT = {
  id: 'CALL-7',
  principal: '20000',
  interest: '1500',
  fees: '800',
  overdueDays: '95',
  monthlyIncome: '6000',
  monthlyExpenses: '3500',
  availableCash: '6000',
  hardship: 'income-drop',
  willingToRepay: 'yes',
};
/** The menu and its hint as inquirer draws them: the question, 8 choices, a blank line, the hint. */
const MENU_LINES = 11;
/** The agent's typed answer line above the answer ("✔ What can the cardholder pay? … 5000 800"), wrapped at 80. */
const TYPED_LINES = 2;

async function call(lang: 'zh' | 'en', width: number, rows: number): Promise<string[]> {
  const chunks: string[] = [];
  const prompter = new ScriptedPrompter(['offer', '5000 800', 'script', '', 'quit']);
  const io = { ...memoryIO(prompter, tempDir()), width, rows, print: (t: string) => void chunks.push(t) };
  const start = { policy: aPolicy(), policyRef: 'cn-standard', raw: ACCOUNT, asOf: date('2026-01-31'), lang, save: null };
  await expect(negotiate(start, io)).resolves.toEqual({ outcome: 'quit' });
  return chunks;
}

describe('negotiate screens, "5000 now, 800 a month"', () => {
  it.each([
    ['zh', 80, 24],
    ['en', 80, 24],
    ['zh', 120, 40],
    ['en', 120, 40],
  ] as const)('%s at %i×%i: golden transcript; each screen fits', async (lang, width, rows) => {
    const [first, echo, answer, script, quit] = (await call(lang, width, rows)) as [string, string, string, string, string];
    golden(`negotiate-offer-dp.${lang}.${width}.txt`, [first, echo, answer, script, quit].join('\u2500'.repeat(8) + '\n'));
    const all = [first, echo, answer, script].join('');
    for (const l of all.split('\n')) expect(displayWidth(l)).toBeLessThanOrEqual(width);
    // the first screen and the answer each leave room for the menu below them
    expect(first.trimEnd().split('\n').length).toBeLessThanOrEqual(rows - MENU_LINES);
    expect((echo + answer).trimEnd().split('\n').length).toBeLessThanOrEqual(rows - MENU_LINES - TYPED_LINES);
    // the answer names the down-payment plan first, and the script reads it out
    expect(answer.trimStart()).toMatch(/^➜ [^\n]*\n?\[installment-24\+dp5000\]/);
    const title = script.trimStart().split('\n\n')[0] as string;
    expect(title.replace(/\n/g, ' ')).toMatch(/^(Read-out script|话术) · [^\n]*\[installment-24\+dp5000\]/);
    expect(script).toContain(lang === 'zh' ? '首付：2026年1月31日（今天）还款 ¥5,000.00' : 'Down payment: ¥5,000.00 today, 31 January 2026');
    if (lang === 'zh') {
      // no English sentence leaks: Latin letters only in ids, the policy name, APR/IRR and the record's words
      const words = all.replace(/\[[^\]]*\]|（[a-z-]+）|cn-standard|CALL-7|IRR|v\d/g, '');
      expect(words).not.toMatch(/[A-Za-z]{3,}/);
    }
  });
});
