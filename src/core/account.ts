/** The account (§2): its field table, and parsing raw text fields into exact values. */
import type { FieldIssue } from '../errors.js';
import { parseAmount, isIssue, type Minor } from '../money/amount.js';
import type { Currency } from '../money/currency.js';
import { parseCivilDate, type CivilDate } from '../dates/civil-date.js';
import { render, said, type MessageRef } from '../messages/index.js';
import { safeValue } from './privacy.js';

/** One account, every amount in minor units of the policy currency; null = not given. */
export interface Account {
  id: string | null;
  principal: Minor;
  interest: Minor | null;
  fees: Minor | null;
  overdueDays: number;
  minimumDue: Minor | null;
  monthlyIncome: Minor | null;
  monthlyExpenses: Minor | null;
  otherDebtPayments: Minor | null;
  availableCash: Minor | null;
}

/** Raw account fields as text, keyed by the JSON names of §2 (absent or '' = not given). */
export type RawAccount = Partial<Record<AccountField | 'asOf', string>>;

export type AccountField =
  | 'id' | 'principal' | 'interest' | 'fees' | 'overdueDays' | 'minimumDue'
  | 'monthlyIncome' | 'monthlyExpenses' | 'otherDebtPayments' | 'availableCash';

/** Field table of §2: JSON name, CSV name, CLI flag, Chinese header. */
export const ACCOUNT_FIELDS: readonly { json: AccountField | 'asOf'; csv: string; flag: string | null; zh: string | null }[] = [
  { json: 'id', csv: 'id', flag: null, zh: '账户' },
  { json: 'principal', csv: 'principal', flag: '--principal', zh: '本金' },
  { json: 'interest', csv: 'interest', flag: '--interest', zh: '利息' },
  { json: 'fees', csv: 'fees', flag: '--fees', zh: '费用' },
  { json: 'overdueDays', csv: 'overdue_days', flag: '--overdue-days', zh: '逾期天数' },
  { json: 'minimumDue', csv: 'minimum_due', flag: '--minimum-due', zh: '最低还款额' },
  { json: 'monthlyIncome', csv: 'monthly_income', flag: '--income', zh: '月收入' },
  { json: 'monthlyExpenses', csv: 'monthly_expenses', flag: '--expenses', zh: '月必要支出' },
  { json: 'otherDebtPayments', csv: 'other_debt_payments', flag: '--other-debt', zh: '其他负债月供' },
  { json: 'availableCash', csv: 'available_cash', flag: '--cash', zh: '可一次性筹措资金' },
  { json: 'asOf', csv: 'as_of', flag: '--as-of', zh: null },
];

/** Longest overdue period accepted (100 years); beyond it the input is surely a mistake. */
export const MAX_OVERDUE_DAYS = 36_500;

const OPTIONAL_AMOUNTS = ['interest', 'fees', 'minimumDue', 'monthlyIncome', 'monthlyExpenses', 'otherDebtPayments', 'availableCash'] as const;

/** An issue whose text is a catalogue message (English in `message`, the code and parameters in `text`). */
function issue(code: string, field: string, value: string | null, ref: MessageRef): FieldIssue {
  return { code, field, value, message: render('en', ref), text: ref };
}

function given(v: string | undefined): v is string {
  return v !== undefined && v.trim() !== '';
}

/**
 * Parses raw text fields into an Account (the rules of §2), collecting every issue.
 * `label` maps a JSON field name to the name the user wrote (flag, CSV header) for messages.
 */
export function parseAccount(raw: RawAccount, currency: Currency, label: (field: AccountField) => string = (f) => f): { account: Account } | { issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  let principal: Minor = 0n;
  if (!given(raw.principal)) {
    const example = currency.minorDigits === 0 ? '20000' : `20000.${'0'.repeat(currency.minorDigits)}`;
    issues.push(issue('account.missing', label('principal'), null, said('account.missing.principal', { field: label('principal'), example })));
  } else {
    const p = parseAmount(raw.principal, label('principal'), currency, { positive: true });
    if (isIssue(p)) issues.push(p); else principal = p;
  }
  let overdueDays = 0;
  if (!given(raw.overdueDays)) {
    issues.push(issue('account.missing', label('overdueDays'), null, said('account.missing.overdue-days', { field: label('overdueDays') })));
  } else {
    const text = raw.overdueDays.trim();
    const f = label('overdueDays');
    if (!/^\d+$/.test(text)) {
      const why = /^-/.test(text) ? 'account.overdue-days.negative' : /^\d+\.\d+$/.test(text) ? 'account.overdue-days.fraction' : 'account.overdue-days.not-a-number';
      issues.push(issue('account.overdue-days', f, raw.overdueDays, said(why, { field: f, value: JSON.stringify(raw.overdueDays) })));
    } else if (text.length > 6 || Number.parseInt(text, 10) > MAX_OVERDUE_DAYS) {
      issues.push(issue('account.overdue-days', f, raw.overdueDays, said('account.overdue-days.too-many', { field: f, value: JSON.stringify(raw.overdueDays), max: MAX_OVERDUE_DAYS })));
    } else {
      overdueDays = Number.parseInt(text, 10);
    }
  }
  const optional: Partial<Record<(typeof OPTIONAL_AMOUNTS)[number], Minor | null>> = {};
  for (const key of OPTIONAL_AMOUNTS) {
    const v = raw[key];
    if (!given(v)) { optional[key] = null; continue; }
    const m = parseAmount(v, label(key), currency);
    if (isIssue(m)) issues.push(m); else optional[key] = m;
  }
  if (issues.length > 0) return { issues };
  return {
    account: {
      // an account reference that looks like a card, ID or phone number is kept masked (§9)
      id: given(raw.id) ? safeValue(raw.id.trim()) : null,
      principal,
      interest: optional.interest ?? null,
      fees: optional.fees ?? null,
      overdueDays,
      minimumDue: optional.minimumDue ?? null,
      monthlyIncome: optional.monthlyIncome ?? null,
      monthlyExpenses: optional.monthlyExpenses ?? null,
      otherDebtPayments: optional.otherDebtPayments ?? null,
      availableCash: optional.availableCash ?? null,
    },
  };
}

/** Parses the valuation date; the issue names the field and the fix. */
export function parseAsOf(text: string, field = 'asOf'): CivilDate | FieldIssue {
  const d = parseCivilDate(text);
  if (d) return d;
  return issue('account.as-of', field, text, said('account.as-of', { field, value: JSON.stringify(text) }));
}
