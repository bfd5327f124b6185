/** Builders for follow-up tests: agreements by hand (exact small schedules) or from real plans. */
import { agreementRecord } from '../../src/agreement/record.js';
import type { Account } from '../../src/core/account.js';
import { parseCivilDate, type CivilDate } from '../../src/dates/civil-date.js';
import { DEFAULT_FOLLOW_UP, parseAgreement, type Agreement, type FollowUpConfig, type Payment } from '../../src/followup/index.js';
import type { Minor } from '../../src/money/amount.js';
import { evaluate } from '../../src/report/evaluate.js';
import { aPolicy, anAccount } from '../helpers/builders.js';

export function d(text: string): CivilDate {
  const x = parseCivilDate(text);
  if (!x) throw new Error(`bad date ${text}`);
  return x;
}

/** "105.00" → 10500n (CNY). */
export function m(text: string): Minor {
  const [w = '0', f = ''] = text.split('.');
  return BigInt(w + f.padEnd(2, '0'));
}

export const CNY = { code: 'CNY', minorDigits: 2, rounding: 'half-up' as const };

export interface RowSpec {
  k: number;
  date: string;
  principal: string;
  interest?: string;
  fee?: string;
}

/** A hand-made agreement: rows with their parts; account overdue `overdueDays`. */
export function anAgreement(spec: {
  asOf: string;
  rows: RowSpec[];
  overdueDays?: number;
  dueBy?: string;
  id?: string;
  waived?: { principal?: string; interest?: string; fees?: string };
}): Agreement {
  const asOf = d(spec.asOf);
  const account: Account = {
    id: spec.id ?? 'A-1',
    principal: m('1000.00'),
    interest: 0n,
    fees: 0n,
    overdueDays: spec.overdueDays ?? 30,
    minimumDue: null,
    monthlyIncome: m('8000.00'),
    monthlyExpenses: m('3000.00'),
    otherDebtPayments: null,
    availableCash: m('500.00'),
    hardship: null,
    willingToRepay: null,
  };
  return {
    id: spec.id ?? 'A-1',
    asOf,
    currency: CNY,
    planId: 'test',
    family: 'installment',
    instalments: spec.rows.map((r) => {
      const principal = m(r.principal);
      const interest = m(r.interest ?? '0');
      const fee = m(r.fee ?? '0');
      return { k: r.k, due: r.k === 0 && spec.dueBy ? d(spec.dueBy) : d(r.date), amount: principal + interest + fee, principal, interest, fee };
    }),
    waived: { principal: m(spec.waived?.principal ?? '0'), interest: m(spec.waived?.interest ?? '0'), fees: m(spec.waived?.fees ?? '0') },
    account,
    policy: { name: 'cn-standard', version: '1', sha256: '0'.repeat(64), ref: 'cn-standard' },
    followUp: null,
    schemaVersion: '2',
  };
}

let seq = 0;
/** Payments from [date, amount] pairs, in ledger order. */
export function pays(...list: [string, string][]): Payment[] {
  return list.map(([date, amount]) => ({ date: d(date), amount: m(amount), seq: seq++ }));
}

export function config(change: Partial<FollowUpConfig> = {}): FollowUpConfig {
  return { ...DEFAULT_FOLLOW_UP, onBreak: { ...DEFAULT_FOLLOW_UP.onBreak }, reminders: { daysBefore: [3, 1], daysAfter: [1, 7] }, ...change };
}

/** A real agreement: cn-standard plan `planId` for the account, through the record and back. */
export function realAgreement(planId: string, raw: Record<string, string> = {}, asOf = '2026-01-31'): Agreement {
  const policy = aPolicy();
  const account = anAccount({ id: 'ACC-7', principal: '20000.00', monthlyIncome: '9000.00', monthlyExpenses: '4000.00', ...raw }, policy);
  const ev = evaluate(account, policy, d(asOf));
  const record = agreementRecord({
    ev,
    planId,
    savedAt: '2026-01-31T10:00:00Z',
    note: '',
    lang: 'en',
    script: '',
    policyRef: 'cn-standard',
    tool: { name: 'repayplan', version: '0' },
  });
  return parseAgreement(JSON.parse(JSON.stringify(record)), 'test.json');
}
