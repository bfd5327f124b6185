/** SPEC §10.4 in the pure module: which reminders fall in a window, in what order, with what text. */
import { describe, expect, it } from 'vitest';
import { formatCivilDate } from '../../src/dates/civil-date.js';
import { remindersInWindow, track } from '../../src/followup/index.js';
import { reminderRow } from '../../src/render/followup.js';
import { anAgreement, config, d, pays } from './helpers.js';

const a = anAgreement({
  asOf: '2026-01-15',
  id: 'ACC-20261234',
  rows: [
    { k: 1, date: '2026-02-15', principal: '100.00', fee: '5.00' },
    { k: 2, date: '2026-03-15', principal: '100.00', fee: '5.00' },
  ],
});
const cfg = config({ graceDays: 3, breakAfterMissed: 2, breakAfterDays: 60, reminders: { daysBefore: [3, 1], daysAfter: [1, 7] } });
const list = (asOf: string, days: number, ledger = pays()) =>
  remindersInWindow(track(a, ledger, d(asOf), cfg), cfg, d(asOf), days).map(
    (r) => `${formatCivilDate(r.send)} ${r.kind} ${r.days} ${formatCivilDate(r.instalment.due)}`,
  );

describe('§10.4 reminders', () => {
  it('before, due and overdue dates of the unsettled instalments, in the window [from, from + days − 1]', () => {
    expect(list('2026-02-10', 14)).toEqual([
      '2026-02-12 before 3 2026-02-15',
      '2026-02-14 before 1 2026-02-15',
      '2026-02-15 due 0 2026-02-15',
      '2026-02-16 overdue 1 2026-02-15',
      '2026-02-22 overdue 7 2026-02-15',
    ]);
    expect(list('2026-02-12', 1)).toEqual(['2026-02-12 before 3 2026-02-15']);
  });

  it('a settled instalment gets no reminder; a part payment shows what is left', () => {
    expect(list('2026-02-10', 14, pays(['2026-02-10', '105.00']))).toEqual([]);
    const t = track(a, pays(['2026-02-10', '40.00']), d('2026-02-12'), cfg);
    const [first] = remindersInWindow(t, cfg, d('2026-02-12'), 1);
    const row = reminderRow(a, first!, 'en');
    expect(row).toMatchObject({
      id: '********1234',
      sendDate: '2026-02-12',
      kind: 'before',
      dueDate: '2026-02-15',
      instalment: 1,
      amount: '105.00',
      paid: '40.00',
      left: '65.00',
    });
    expect(row.text).toBe(
      'Account ********1234: instalment 1 of your repayment agreement, ¥105.00, is due on 15 February 2026. Already paid towards it: ¥40.00; left to pay: ¥65.00. If you have already paid, please ignore this reminder.',
    );
    expect(reminderRow(a, first!, 'zh').text).toBe(
      '账户 ********1234：您的还款协议第 1 期应还 ¥105.00，还款日为 2026年2月15日。本期已还 ¥40.00，尚需还款 ¥65.00。如已还款，请忽略本提醒。',
    );
  });

  it('a broken agreement gets no reminders (it needs a call and a new plan)', () => {
    expect(list('2026-03-19', 30)).toEqual([]);
  });
});
