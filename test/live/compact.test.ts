/**
 * The one-screen view (issue #10 item 1): golden screens at 80 and 120 columns in both
 * languages; at 80×24 the view leaves room for negotiate's 11-line menu; every line fits.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderCompact } from '../../src/render/compact.js';
import { displayWidth } from '../../src/render/wrap.js';
import { evaluate } from '../../src/report/evaluate.js';
import { aPolicy, anAccount, date } from '../helpers/builders.js';
import { run } from './inproc.js';

const GOLDEN = join(import.meta.dirname, '../../fixtures/golden');

function golden(name: string, text: string): void {
  const file = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) writeFileSync(file, text);
  expect(text).toBe(readFileSync(file, 'utf8'));
}

const policy = aPolicy();
const account = anAccount(
  {
    id: 'A-1',
    principal: '20000',
    overdueDays: '95',
    monthlyIncome: '8000',
    monthlyExpenses: '4000',
    availableCash: '6000',
    hardship: 'illness',
    willingToRepay: 'yes',
  },
  policy,
);

describe('the compact view', () => {
  it.each([
    ['zh', 80],
    ['en', 80],
    ['zh', 120],
    ['en', 120],
  ] as const)('%s, %i columns: golden screen, every line fits, menu room at 24 rows', (lang, width) => {
    const ev = evaluate(account, policy, date('2026-01-31'));
    const text = renderCompact(ev, { lang, width, colour: false, more: 'menu', alternatives: width >= 120 ? 3 : 2 });
    golden(`compact-worked.${lang}.${width}.txt`, text);
    const lines = text.trimEnd().split('\n');
    for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(width);
    if (width === 80) expect(lines.length).toBeLessThanOrEqual(24 - 12);
  });

  it.each(['zh', 'en'] as const)('%s: after "5000 now, 800 a month" the answering plan comes first, in words', (lang) => {
    const ev = evaluate(account, policy, date('2026-01-31'), { counterOffer: { lump: 500000n, monthly: 80000n } });
    const text = renderCompact(ev, { lang, width: 80, colour: false, more: 'menu', answer: 'installment-24+dp5000', alternatives: 2 });
    golden(`compact-worked-dp.${lang}.80.txt`, text);
    const answer = text.indexOf('[installment-24+dp5000]');
    expect(answer).toBeGreaterThan(0);
    expect(answer).toBeLessThan(text.indexOf('[installment-12]'));
  });

  it('plan --format table on a terminal prints the compact view; --full and a pipe the comparison', async () => {
    const args = [
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
      '--lang',
      'en',
      '--format',
      'table',
    ];
    const tty = await run(args, { tty: true, columns: 80 });
    expect(tty.stdout).toContain('★ Recommended: Hardship installment, 12 months [installment-12]');
    expect(tty.stdout).toContain('12 plans; full comparison and schedules: add --full');
    expect(tty.stdout).not.toContain('┌');
    const full = await run([...args, '--full'], { tty: true, columns: 80 });
    expect(full.stdout).toContain('┌');
    const piped = await run(args, { tty: false, columns: 80 });
    expect(piped.stdout).toContain('┌');
  });
});
