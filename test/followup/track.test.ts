/**
 * SPEC §10.1–10.3 by hand: every figure of a small installment agreement (three rows of
 * ¥100.00 principal + ¥5.00 fee, due 15 Feb, 15 Mar, 15 Apr 2026) under ledgers that pay
 * exactly, ahead, in parts, late within and beyond the grace, skip, overpay, and pay before the
 * agreement date; then a lump sum, a deferral and monthly settlements from real cn-standard plans.
 */
import { describe, expect, it } from 'vitest';
import { formatCivilDate } from '../../src/dates/civil-date.js';
import { replanAccount, track, type Tracking } from '../../src/followup/index.js';
import { formatMoney } from '../../src/money/amount.js';
import { anAgreement, CNY, config, d, m, pays, realAgreement } from './helpers.js';

const fmt = (x: bigint) => formatMoney(x, CNY);

/** The §10.2 figures as strings (what the JSON shows). */
function figures(t: Tracking) {
  return {
    status: t.status,
    breakDate: t.breakDate && formatCivilDate(t.breakDate),
    paid: fmt(t.paid),
    applied: { principal: fmt(t.applied.principal), interest: fmt(t.applied.interest), fees: fmt(t.applied.fees) },
    dueToDate: fmt(t.dueToDate),
    arrears: fmt(t.arrears),
    missed: t.missed,
    daysPastDue: t.daysPastDue,
    nextDue: t.nextDue && { date: formatCivilDate(t.nextDue.date), amount: fmt(t.nextDue.amount) },
    remaining: fmt(t.remaining),
    overpaid: fmt(t.overpaid),
    action: t.action,
  };
}

function rows(t: Tracking) {
  return t.instalments.map(
    (r) =>
      `${r.k} ${formatCivilDate(r.due)} paid ${fmt(r.paid)} (p ${fmt(r.applied.principal)} f ${fmt(r.applied.fee)}) ${r.settled ? formatCivilDate(r.settled) : '-'} ${r.status}`,
  );
}

const three = anAgreement({
  asOf: '2026-01-15',
  rows: [
    { k: 1, date: '2026-02-15', principal: '100.00', fee: '5.00' },
    { k: 2, date: '2026-03-15', principal: '100.00', fee: '5.00' },
    { k: 3, date: '2026-04-15', principal: '100.00', fee: '5.00' },
  ],
  waived: { fees: '300.00', interest: '40.00' },
});
const cfg = config({ graceDays: 3, breakAfterMissed: 2, breakAfterDays: 60, allocation: 'charges-first' });

describe('§10.1 applying payments, §10.2 status (installment, by hand)', () => {
  it('pays exactly on the due dates', () => {
    const t = track(three, pays(['2026-02-15', '105.00'], ['2026-03-15', '105.00']), d('2026-03-20'), cfg);
    expect(figures(t)).toEqual({
      status: 'on-track',
      breakDate: null,
      paid: '210.00',
      applied: { principal: '200.00', interest: '0.00', fees: '10.00' },
      dueToDate: '210.00',
      arrears: '0.00',
      missed: 0,
      daysPastDue: 0,
      nextDue: { date: '2026-04-15', amount: '105.00' },
      remaining: '105.00',
      overpaid: '0.00',
      action: 'none',
    });
    expect(rows(t)).toEqual([
      '1 2026-02-15 paid 105.00 (p 100.00 f 5.00) 2026-02-15 on-time',
      '2 2026-03-15 paid 105.00 (p 100.00 f 5.00) 2026-03-15 on-time',
      '3 2026-04-15 paid 0.00 (p 0.00 f 0.00) - pending',
    ]);
  });

  it('suggests a reminder when an instalment falls due within the reminder window (3 days)', () => {
    const t = track(three, pays(['2026-02-15', '105.00'], ['2026-03-15', '105.00']), d('2026-04-12'), cfg);
    expect(t.action).toBe('remind');
    expect(track(three, pays(['2026-02-15', '105.00'], ['2026-03-15', '105.00']), d('2026-04-11'), cfg).action).toBe('none');
  });

  it('pays ahead: one payment settles every instalment on its date', () => {
    const t = track(three, pays(['2026-01-20', '315.00']), d('2026-02-01'), cfg);
    expect(figures(t)).toMatchObject({
      status: 'completed',
      paid: '315.00',
      dueToDate: '0.00',
      arrears: '0.00',
      remaining: '0.00',
      overpaid: '0.00',
      nextDue: null,
      action: 'none',
    });
    expect(t.instalments.map((r) => r.status)).toEqual(['on-time', 'on-time', 'on-time']);
  });

  it('pays in parts: charges first inside the instalment, settled by the second part', () => {
    const t = track(three, pays(['2026-02-10', '50.00'], ['2026-02-17', '55.00']), d('2026-02-17'), cfg);
    expect(rows(t)[0]).toBe('1 2026-02-15 paid 105.00 (p 100.00 f 5.00) 2026-02-17 on-time');
    const half = track(three, pays(['2026-02-10', '50.00']), d('2026-02-16'), cfg);
    expect(figures(half)).toMatchObject({
      status: 'on-track',
      paid: '50.00',
      applied: { principal: '45.00', interest: '0.00', fees: '5.00' },
      dueToDate: '105.00',
      arrears: '55.00',
      daysPastDue: 1,
      missed: 0,
      action: 'remind',
      nextDue: { date: '2026-03-15', amount: '105.00' },
    });
  });

  it('principal-first puts a part payment into principal before the fee', () => {
    const t = track(three, pays(['2026-02-10', '102.00']), d('2026-02-16'), config({ ...cfg, allocation: 'principal-first' }));
    expect(t.instalments[0]?.applied).toEqual({ principal: m('100.00'), interest: 0n, fee: m('2.00') });
  });

  it('cn-art57: charges first at ≤ 90 days overdue, principal first beyond', () => {
    const at = (overdueDays: number) =>
      track(
        { ...three, account: { ...three.account, overdueDays } },
        pays(['2026-02-10', '50.00']),
        d('2026-02-16'),
        config({ ...cfg, allocation: 'cn-art57' }),
      ).instalments[0]?.applied;
    expect(at(90)).toEqual({ principal: m('45.00'), interest: 0n, fee: m('5.00') });
    expect(at(91)).toEqual({ principal: m('50.00'), interest: 0n, fee: 0n });
  });

  it('pays late within the grace: on time', () => {
    const t = track(three, pays(['2026-02-18', '105.00']), d('2026-02-20'), cfg);
    expect(t.instalments[0]?.status).toBe('on-time');
    expect(t.status).toBe('on-track');
  });

  it('pays late beyond the grace: late, and the agreement is late (call) until then', () => {
    const before = track(three, [], d('2026-02-19'), cfg);
    expect(figures(before)).toMatchObject({ status: 'late', missed: 1, daysPastDue: 4, arrears: '105.00', action: 'call' });
    expect(before.instalments[0]?.status).toBe('missed');
    const t = track(three, pays(['2026-02-19', '105.00']), d('2026-02-19'), cfg);
    expect(t.instalments[0]?.status).toBe('late');
    expect(figures(t)).toMatchObject({ status: 'on-track', missed: 0, arrears: '0.00', daysPastDue: 0 });
    expect(track(three, [], d('2026-02-18'), cfg).status).toBe('on-track');
  });

  it('skips: broken on the day the second instalment is missed (breakAfterMissed 2)', () => {
    const t = track(three, [], d('2026-03-25'), cfg);
    expect(figures(t)).toEqual({
      status: 'broken',
      breakDate: '2026-03-19',
      paid: '0.00',
      applied: { principal: '0.00', interest: '0.00', fees: '0.00' },
      dueToDate: '210.00',
      arrears: '210.00',
      missed: 2,
      daysPastDue: 38,
      nextDue: { date: '2026-04-15', amount: '105.00' },
      remaining: '315.00',
      overpaid: '0.00',
      action: 're-plan',
    });
    expect(track(three, [], d('2026-03-18'), cfg).status).toBe('late');
  });

  it('once broken always broken: paying the arrears afterwards does not mend it', () => {
    const t = track(three, pays(['2026-03-20', '210.00']), d('2026-03-25'), cfg);
    expect(figures(t)).toMatchObject({ status: 'broken', breakDate: '2026-03-19', missed: 0, arrears: '0.00', action: 're-plan' });
  });

  it('a payment on the day that would break it prevents the break', () => {
    const t = track(three, pays(['2026-03-19', '105.00']), d('2026-03-25'), cfg);
    expect(figures(t)).toMatchObject({ status: 'late', breakDate: null, missed: 1 });
    expect(t.instalments.map((r) => r.status)).toEqual(['late', 'missed', 'pending']);
  });

  it('breakAfterDays: broken the first day the oldest unpaid instalment is more than N days past due', () => {
    const t = track(three, [], d('2026-04-30'), config({ ...cfg, breakAfterMissed: 3, breakAfterDays: 30 }));
    expect(t.breakDate && formatCivilDate(t.breakDate)).toBe('2026-03-18');
  });

  it('overpays: the surplus after the last instalment is reported', () => {
    const t = track(three, pays(['2026-02-01', '400.00']), d('2026-02-01'), cfg);
    expect(figures(t)).toMatchObject({
      status: 'completed',
      paid: '400.00',
      applied: { principal: '300.00', interest: '0.00', fees: '15.00' },
      overpaid: '85.00',
      remaining: '0.00',
    });
    expect(t.payments[0]).toMatchObject({ applied: m('315.00'), overpaid: m('85.00') });
  });

  it('pays before the agreement date: rejected, not applied; after the tracking date: rejected too', () => {
    const t = track(three, pays(['2026-01-10', '105.00'], ['2026-02-15', '105.00'], ['2026-02-20', '105.00']), d('2026-02-16'), cfg);
    expect(t.rejected.map((r) => [formatCivilDate(r.payment.date), r.code])).toEqual([
      ['2026-01-10', 'before-agreement'],
      ['2026-02-20', 'after-as-of'],
    ]);
    expect(fmt(t.paid)).toBe('105.00');
    expect(t.payments).toHaveLength(1);
  });

  it('a payment on the agreement date itself is applied', () => {
    expect(fmt(track(three, pays(['2026-01-15', '10.00']), d('2026-01-15'), cfg).paid)).toBe('10.00');
  });

  it('ties on a date are applied in ledger order', () => {
    const t = track(three, pays(['2026-02-15', '3.00'], ['2026-02-15', '102.00']), d('2026-02-15'), config({ ...cfg, allocation: 'principal-first' }));
    expect(t.payments.map((p) => fmt(p.payment.amount))).toEqual(['3.00', '102.00']);
  });
});

describe('§10.3 re-plan of a broken agreement', () => {
  it('unpaid principal, charges of instalments due by the break date, overdue days from the oldest unsettled due date; waivers reinstated', () => {
    const t = track(three, pays(['2026-02-15', '50.00']), d('2026-03-25'), cfg);
    expect(t.status).toBe('broken');
    const r = replanAccount(three, t, config({ ...cfg, onBreak: { reinstateWaivers: true } }));
    expect(r?.account).toMatchObject({
      id: 'A-1',
      principal: m('255.00'),
      interest: m('40.00'),
      fees: m('305.00'),
      overdueDays: 38,
      monthlyIncome: m('8000.00'),
      monthlyExpenses: m('3000.00'),
      availableCash: m('500.00'),
      minimumDue: null,
    });
    const plain = replanAccount(three, t, cfg);
    expect(plain?.account).toMatchObject({ principal: m('255.00'), interest: 0n, fees: m('5.00') });
    expect(plain?.plannable).toBe(true);
  });

  it('is null when the agreement is not broken', () => {
    expect(replanAccount(three, track(three, [], d('2026-02-01'), cfg), cfg)).toBeNull();
  });
});

describe('every plan family from real cn-standard plans', () => {
  it('lump sum (settlement-1): due by its dueBy, graced from there', () => {
    const a = realAgreement('settlement-1');
    expect(a.instalments).toHaveLength(1);
    expect(formatCivilDate(a.instalments[0]!.due)).toBe('2026-03-02');
    expect(track(a, [], d('2026-03-05'), cfg).status).toBe('on-track');
    const missed = track(a, [], d('2026-03-06'), cfg);
    expect(figures(missed)).toMatchObject({ status: 'late', missed: 1, daysPastDue: 4, arrears: '20000.00' });
    const paid = track(a, pays(['2026-02-20', '20000.00']), d('2026-03-06'), cfg);
    expect(figures(paid)).toMatchObject({ status: 'completed', remaining: '0.00', applied: { principal: '20000.00', interest: '0.00', fees: '0.00' } });
    const short = track(a, pays(['2026-02-20', '19999.99']), d('2026-03-01'), cfg);
    expect(figures(short)).toMatchObject({
      status: 'on-track',
      remaining: '0.01',
      arrears: '0.00',
      nextDue: { date: '2026-03-02', amount: '0.01' },
      action: 'remind',
    });
  });

  it('deferral with grace (deferral-3+36): grace payments are instalments like the rest', () => {
    const a = realAgreement('deferral-3+36');
    expect(a.instalments).toHaveLength(39);
    expect(a.instalments.slice(0, 4).map((r) => fmt(r.amount))).toEqual(['209.66', '209.66', '209.66', '564.91']);
    const t = track(a, pays(['2026-02-27', '209.66'], ['2026-03-31', '209.66'], ['2026-04-30', '209.66'], ['2026-06-02', '564.91']), d('2026-06-10'), cfg);
    expect(t.instalments.slice(0, 5).map((r) => r.status)).toEqual(['on-time', 'on-time', 'on-time', 'on-time', 'pending']);
    expect(formatCivilDate(t.instalments[3]!.due)).toBe('2026-05-31');
    expect(figures(t)).toMatchObject({
      status: 'on-track',
      paid: '1193.89',
      dueToDate: '1193.89',
      arrears: '0.00',
      nextDue: { date: '2026-06-30', amount: '564.91' },
    });
  });

  it('monthly settlement (settlement-3): a late last payment beyond the grace', () => {
    const a = realAgreement('settlement-3');
    const t = track(a, pays(['2026-02-28', '6666.67'], ['2026-03-31', '6666.67'], ['2026-05-10', '6666.66']), d('2026-05-10'), cfg);
    expect(t.instalments.map((r) => r.status)).toEqual(['on-time', 'on-time', 'late']);
    expect(figures(t)).toMatchObject({ status: 'completed', remaining: '0.00', overpaid: '0.00' });
  });

  it('installment-12: charges first splits a short payment into the fee, then principal', () => {
    const a = realAgreement('installment-12');
    const t = track(a, pays(['2026-02-28', '1000.00']), d('2026-03-01'), cfg);
    expect(figures(t)).toMatchObject({ applied: { principal: '895.17', interest: '0.00', fees: '104.83' }, arrears: '851.98' });
  });
});
