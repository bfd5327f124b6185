/**
 * The script follows the conversation (issue #10 item 4): `plan --format script` prints the
 * script alone, of the plan answering the counter-offer, else --schedule ID, else the
 * recommendation; the Chinese script states what an Art. 70 agreement must (DOMAIN §1.5) and
 * never any criminal or legal threat.
 */
import { describe, expect, it } from 'vitest';
import { renderScript } from '../../src/render/script.js';
import { evaluate } from '../../src/report/evaluate.js';
import { aPolicy, anAccount, date } from '../helpers/builders.js';
import { run } from './inproc.js';

const ARGS = ['plan', '--principal', '20000', '--overdue-days', '95', '--income', '8000', '--expenses', '4000', '--cash', '6000', '--as-of', '2026-01-31'];

describe('plan --format script', () => {
  it('"5000 now and 800 a month": the script alone, of the down-payment plan', async () => {
    const r = await run([...ARGS, '--offer-lump', '5000', '--offer-monthly', '800', '--format', 'script', '--lang', 'zh']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('话术 · 个性化分期 首付 + 24 期 [installment-24+dp5000]\n')).toBe(true);
    expect(r.stdout).not.toContain('┌');
    expect(r.stdout).toContain('首付：2026年1月31日（今天）还款 ¥5,000.00，全部用于偿还本金。');
    expect(r.stdout).toContain('· 2026年2月28日至2027年12月31日，每月还款 ¥745.07，共 23 期');
    expect(r.stdout).toContain('· 2028年1月31日还款 ¥745.16');
  });

  it('no counter-offer: --schedule ID, else the recommendation', async () => {
    const a = await run([...ARGS, '--format', 'script', '--lang', 'en']);
    expect(a.stdout.split('\n')[0]).toBe('Read-out script · Hardship installment, 12 months [installment-12]');
    const b = await run([...ARGS, '--schedule', 'deferral-3+36', '--format', 'script', '--lang', 'en']);
    expect(b.stdout.split('\n')[0]).toBe('Read-out script · Interest freeze with grace, 3 grace + 36 months [deferral-3+36]');
    const c = await run([...ARGS, '--offer-monthly', '600', '--format', 'script', '--lang', 'en']);
    expect(c.stdout.split('\n')[0]).toBe('Read-out script · Hardship installment, 48 months [installment-48]');
  });
});

describe('the Chinese script states what an Art. 70 agreement must', () => {
  const policy = aPolicy();
  const ev = evaluate(anAccount({ principal: '20000', overdueDays: '95', monthlyIncome: '8000', monthlyExpenses: '4000' }, policy), policy, date('2026-01-31'));

  it.each(ev.plans.filter((p) => p.months > 0).map((p) => p.id))('%s', (id) => {
    const text = renderScript(ev, id, 'zh');
    expect(text).toContain('这个账户的欠款共 ¥21,249.32，其中本金 ¥20,000.00、利息 ¥965.85、费用 ¥283.47'); // debt and its make-up
    expect(text).toMatch(/每期还款日为每月 31 日/); // every instalment's date
    expect(text).toMatch(/还款期间(停止计息|不收取利息)/); // whether interest and fees run
    expect(text).toContain('在这笔欠款按协议还清之前，您承诺不向任何银行申请新的信用卡。');
    expect(text).toContain('本次通话全程录音');
    expect(text).toContain('如果有一期没有按时还款'); // what happens on a missed payment
    // never criminal or legal consequences (§9; the full word list is in test/script/script.test.ts)
    expect(['起诉', '法院', '公安', '刑事', '犯罪', '坐牢', '恶意透支', '律师'].filter((w) => text.includes(w))).toEqual([]);
  });
});
