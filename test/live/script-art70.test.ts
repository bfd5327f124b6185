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
    // what happens on a missed payment, from the policy's followUp (3 days' grace, broken at the first missed payment, waivers reinstated)
    expect(text).toContain('每期还款日后有 3 天宽限期；过了宽限期仍未还清的，这一期就算逾期。');
    expect(text).toContain('如果任何一期逾期，银行可以取消该方案；方案取消后，剩余欠款全部到期');
    // never criminal or legal consequences (§9; the full word list is in test/script/script.test.ts)
    expect(['起诉', '法院', '公安', '刑事', '犯罪', '坐牢', '恶意透支', '律师'].filter((w) => text.includes(w))).toEqual([]);
  });
});

describe("the missed-payment sentence follows the policy's followUp (SPEC §10)", () => {
  const account = { principal: '20000', overdueDays: '95', monthlyIncome: '8000', monthlyExpenses: '4000' };
  const missed = (policy: ReturnType<typeof aPolicy>, id: string, lang: 'zh' | 'en') => {
    const text = renderScript(evaluate(anAccount(account, policy), policy, date('2026-01-31')), id, lang);
    const head = lang === 'zh' ? '五、如果没有按时还款\n' : '5. If a payment is missed\n';
    return text
      .slice(text.indexOf(head) + head.length)
      .split('\n')
      .slice(0, 2)
      .map((l) => l.trim());
  };

  it('cn-standard: 3 days of grace, the first missed payment ends it, the waiver is owed again, interest again', () => {
    expect(missed(aPolicy(), 'installment-12', 'zh')).toEqual([
      '每期还款日后有 3 天宽限期；过了宽限期仍未还清的，这一期就算逾期。',
      '如果任何一期逾期，银行可以取消该方案；方案取消后，剩余欠款全部到期，已减免的 ¥283.47 恢复计收，并按合同约定的日利率 0.05%（年化 18.25%）重新计息。',
    ]);
    expect(missed(aPolicy(), 'installment-12', 'en')).toEqual([
      "Each payment has 3 days' grace after its due date; a payment still unpaid after that counts as missed.",
      "If a payment is missed, the plan is cancelled: the remaining balance falls due at once, the ¥283.47 waived is owed again and interest runs on it again at the policy's daily rate of 0.05% (18.25% a year).",
    ]);
  });

  it('another policy: no grace, broken at two missed or 45 days, waivers kept', () => {
    const policy = aPolicy('cn-standard', (doc) => {
      doc.followUp = {
        graceDays: 0,
        breakAfterMissed: 2,
        breakAfterDays: 45,
        allocation: 'cn-art57',
        onBreak: { reinstateWaivers: false },
        reminders: { daysBefore: [1], daysAfter: [1] },
      };
    });
    expect(missed(policy, 'installment-12', 'zh')).toEqual([
      '每期须在还款日当天还清；当天没有还清的，这一期就算逾期。',
      '如果同时有 2 期逾期未还，或者最早未还的一期超过还款日 45 天仍未还清，银行可以取消该方案；方案取消后，剩余欠款全部到期，已减免的 ¥283.47 仍然减免，并按合同约定的日利率 0.05%（年化 18.25%）重新计息。',
    ]);
    expect(missed(policy, 'installment-12', 'en')[1]).toBe(
      "If 2 payments are missed and still unpaid, or the oldest unpaid payment is more than 45 days past its due date, the plan is cancelled: the remaining balance falls due at once, the ¥283.47 waived stays waived and interest runs on it again at the policy's daily rate of 0.05% (18.25% a year).",
    );
  });

  it('no break rule: the plan goes on, the missed payment is owed; no followUp section: the defaults', () => {
    const none = aPolicy('cn-standard', (doc) => {
      doc.followUp = {
        graceDays: 1,
        breakAfterMissed: null,
        breakAfterDays: null,
        allocation: 'cn-art57',
        onBreak: { reinstateWaivers: true },
        reminders: { daysBefore: [1], daysAfter: [1] },
      };
    });
    expect(missed(none, 'installment-12', 'en')).toEqual([
      "Each payment has 1 day's grace after its due date; a payment still unpaid after that counts as missed.",
      'The policy does not cancel the plan for a missed payment; a missed payment is still owed and should be made up soon.',
    ]);
    const defaults = aPolicy('cn-standard', (doc) => {
      delete (doc as { followUp?: unknown }).followUp;
    });
    // DEFAULT_FOLLOW_UP: 3 days, 2 missed or 60 days, waivers not reinstated
    expect(missed(defaults, 'installment-12', 'zh')[1]).toContain(
      '如果同时有 2 期逾期未还，或者最早未还的一期超过还款日 60 天仍未还清，银行可以取消该方案；方案取消后，剩余欠款全部到期，已减免的 ¥283.47 仍然减免',
    );
  });

  it('never a criminal or legal threat in either language', () => {
    for (const lang of ['zh', 'en'] as const) {
      const text = missed(aPolicy(), 'deferral-3+36', lang).join(' ');
      expect(text).not.toMatch(/起诉|法院|公安|刑事|犯罪|坐牢|恶意透支|律师|police|court|criminal|prosecut|arrest|lawsuit/i);
    }
  });
});
