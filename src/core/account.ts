/** The account (§2): its field table, and parsing raw text fields into exact values. */
import type { FieldIssue } from '../errors.js';
import { paddingIssue, parseAmount, isIssue, type Minor } from '../money/amount.js';
import type { Currency } from '../money/currency.js';
import { parseCivilDate, type CivilDate } from '../dates/civil-date.js';
import { render, said, type MessageRef } from '../messages/index.js';
import { safeValue } from './privacy.js';
import { printableData } from '../text/printable.js';

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
  /** Why the cardholder is behind (逾期原因), or null when not stated. */
  hardship: HardshipReason | null;
  /** The cardholder's stated will to repay (还款意愿): true yes, false no, null not stated. */
  willingToRepay: boolean | null;
}

/** Hardship reasons (§2): the stable codes written in JSON, CSV and the agreement record. */
export const HARDSHIP_REASONS = ['unemployment', 'illness', 'business', 'income-drop', 'other'] as const;
export type HardshipReason = (typeof HARDSHIP_REASONS)[number];

/** Every spelling a hardship reason may be typed in (codes, Chinese words, a few plain synonyms). */
const HARDSHIP_SPELLINGS: Readonly<Record<string, HardshipReason>> = {
  unemployment: 'unemployment',
  unemployed: 'unemployment',
  失业: 'unemployment',
  illness: 'illness',
  ill: 'illness',
  sickness: 'illness',
  疾病: 'illness',
  生病: 'illness',
  business: 'business',
  'business-failure': 'business',
  经营困难: 'business',
  'income-drop': 'income-drop',
  'income drop': 'income-drop',
  income_drop: 'income-drop',
  收入下降: 'income-drop',
  other: 'other',
  其他: 'other',
  其它: 'other',
};

/** A typed hardship reason as its code, or null when it is not one. */
export function parseHardship(text: string): HardshipReason | null {
  return HARDSHIP_SPELLINGS[text.trim().toLowerCase()] ?? null;
}

const YES = new Set(['yes', 'y', 'true', '是', '有', '愿意']);
const NO = new Set(['no', 'n', 'false', '否', '无', '不愿意']);

/** A typed yes/no (either language) as a boolean, or null when it is neither. */
export function parseYesNo(text: string): boolean | null {
  const t = text.trim().toLowerCase();
  if (YES.has(t)) return true;
  if (NO.has(t)) return false;
  return null;
}

/** Raw account fields as text, keyed by the JSON names of §2 (absent or '' = not given). */
export type RawAccount = Partial<Record<AccountField | 'asOf', string>>;

export type AccountField =
  | 'id'
  | 'principal'
  | 'interest'
  | 'fees'
  | 'overdueDays'
  | 'minimumDue'
  | 'monthlyIncome'
  | 'monthlyExpenses'
  | 'otherDebtPayments'
  | 'availableCash'
  | 'hardship'
  | 'willingToRepay';

/**
 * Field table of §2, the one place the account's names are written: JSON name, CSV name, CLI
 * flag (with its argument), Chinese header. The CLI's flags, their typed option object
 * (`AccountOptions` in cli/account-input.ts), batch headers and messages are all derived from it.
 */
export const ACCOUNT_FIELDS = [
  { json: 'id', csv: 'id', flag: '--id', arg: 'ref', zh: '账户' },
  { json: 'principal', csv: 'principal', flag: '--principal', arg: 'amount', zh: '本金' },
  { json: 'interest', csv: 'interest', flag: '--interest', arg: 'amount', zh: '利息' },
  { json: 'fees', csv: 'fees', flag: '--fees', arg: 'amount', zh: '费用' },
  { json: 'overdueDays', csv: 'overdue_days', flag: '--overdue-days', arg: 'days', zh: '逾期天数' },
  { json: 'minimumDue', csv: 'minimum_due', flag: '--minimum-due', arg: 'amount', zh: '最低还款额' },
  { json: 'monthlyIncome', csv: 'monthly_income', flag: '--income', arg: 'amount', zh: '月收入' },
  { json: 'monthlyExpenses', csv: 'monthly_expenses', flag: '--expenses', arg: 'amount', zh: '月必要支出' },
  { json: 'otherDebtPayments', csv: 'other_debt_payments', flag: '--other-debt', arg: 'amount', zh: '其他负债月供' },
  { json: 'availableCash', csv: 'available_cash', flag: '--cash', arg: 'amount', zh: '可一次性筹措资金' },
  { json: 'hardship', csv: 'hardship', flag: '--hardship', arg: 'reason', zh: '逾期原因' },
  { json: 'willingToRepay', csv: 'willing_to_repay', flag: '--willing', arg: 'yes|no', zh: '还款意愿' },
  { json: 'asOf', csv: 'as_of', flag: '--as-of', arg: 'date', zh: null },
] as const satisfies readonly { json: AccountField | 'asOf'; csv: string; flag: `--${string}`; arg: string; zh: string | null }[];

/** The fields that are amounts (a flag or a typed answer may give them as agents say them: 2万, 3千). */
export const AMOUNT_FIELDS: ReadonlySet<AccountField | 'asOf'> = new Set(ACCOUNT_FIELDS.filter((f) => f.arg === 'amount').map((f) => f.json));

type Camel<S extends string> = S extends `${infer A}-${infer B}` ? `${A}${Capitalize<Camel<B>>}` : S;
/** commander's option key of a flag: `--other-debt` → `otherDebt`. */
export type FlagKey<F extends string> = F extends `--${infer N}` ? Camel<N> : never;

/** The option key commander gives a flag (`--other-debt` → `otherDebt`), at run time. */
export function flagKey<F extends string>(flag: F): FlagKey<F> {
  return flag.replace(/^--/, '').replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase()) as FlagKey<F>;
}

/** The account flags as commander hands them over: every value a string, absent when not given. */
export type AccountFlags = { [R in (typeof ACCOUNT_FIELDS)[number] as FlagKey<R['flag']>]?: string };

/** Longest overdue period accepted (100 years); beyond it the input is surely a mistake. */
export const MAX_OVERDUE_DAYS = 36_500;

const OPTIONAL_AMOUNTS = ['interest', 'fees', 'minimumDue', 'monthlyIncome', 'monthlyExpenses', 'otherDebtPayments', 'availableCash'] as const;

/** An issue whose text is a catalogue message (English in `message`, the code and parameters in `text`). */
function issue(code: string, field: string, value: string | null, ref: MessageRef): FieldIssue {
  return { code, field, value, message: render('en', ref), text: ref };
}

/** Absent or '' (an empty CSV cell, a JSON "") is "not given"; anything else is checked, blanks too. */
function given(v: string | undefined): v is string {
  return v !== undefined && v !== '';
}

/**
 * Parses raw text fields into an Account (the rules of §2), collecting every issue.
 * `label` maps a JSON field name to the name the user wrote (flag, CSV header) for messages.
 */
export function parseAccount(
  raw: RawAccount,
  currency: Currency,
  label: (field: AccountField) => string = (f) => f,
): { account: Account } | { issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  let principal: Minor = 0n;
  if (!given(raw.principal)) {
    const example = currency.minorDigits === 0 ? '20000' : `20000.${'0'.repeat(currency.minorDigits)}`;
    issues.push(issue('account.missing', label('principal'), null, said('account.missing.principal', { field: label('principal'), example })));
  } else {
    const p = parseAmount(raw.principal, label('principal'), currency, { positive: true });
    if (isIssue(p)) issues.push(p);
    else principal = p;
  }
  let overdueDays = 0;
  if (!given(raw.overdueDays)) {
    issues.push(issue('account.missing', label('overdueDays'), null, said('account.missing.overdue-days', { field: label('overdueDays') })));
  } else {
    const text = raw.overdueDays;
    const f = label('overdueDays');
    const padded = paddingIssue(text, f);
    if (padded) {
      issues.push(padded);
    } else if (!/^\d+$/.test(text)) {
      const why = /^-/.test(text)
        ? 'account.overdue-days.negative'
        : /^\d+\.\d+$/.test(text)
          ? 'account.overdue-days.fraction'
          : 'account.overdue-days.not-a-number';
      issues.push(issue('account.overdue-days', f, raw.overdueDays, said(why, { field: f, value: JSON.stringify(raw.overdueDays) })));
    } else if (text.length > 6 || Number.parseInt(text, 10) > MAX_OVERDUE_DAYS) {
      issues.push(
        issue(
          'account.overdue-days',
          f,
          raw.overdueDays,
          said('account.overdue-days.too-many', { field: f, value: JSON.stringify(raw.overdueDays), max: MAX_OVERDUE_DAYS }),
        ),
      );
    } else {
      overdueDays = Number.parseInt(text, 10);
    }
  }
  const optional: Partial<Record<(typeof OPTIONAL_AMOUNTS)[number], Minor | null>> = {};
  for (const key of OPTIONAL_AMOUNTS) {
    const v = raw[key];
    if (!given(v)) {
      optional[key] = null;
      continue;
    }
    const m = parseAmount(v, label(key), currency);
    if (isIssue(m)) issues.push(m);
    else optional[key] = m;
  }
  let hardship: HardshipReason | null = null;
  if (given(raw.hardship)) {
    hardship = parseHardship(raw.hardship);
    if (hardship === null) {
      const f = label('hardship');
      issues.push(
        issue(
          'account.hardship',
          f,
          raw.hardship,
          said('account.hardship', { field: f, value: JSON.stringify(raw.hardship), choices: HARDSHIP_REASONS.join(', ') }),
        ),
      );
    }
  }
  let willingToRepay: boolean | null = null;
  if (given(raw.willingToRepay)) {
    willingToRepay = parseYesNo(raw.willingToRepay);
    if (willingToRepay === null) {
      const f = label('willingToRepay');
      issues.push(issue('account.willing', f, raw.willingToRepay, said('account.willing', { field: f, value: JSON.stringify(raw.willingToRepay) })));
    }
  }
  if (issues.length > 0) return { issues };
  return {
    account: {
      // an account reference that looks like a card, ID or phone number is kept masked (§9)
      // control characters (ESC, NUL …) are escaped so the id is safe on a terminal (issue #15)
      id: raw.id !== undefined && raw.id.trim() !== '' ? safeValue(printableData(raw.id.trim())) : null,
      principal,
      interest: optional.interest ?? null,
      fees: optional.fees ?? null,
      overdueDays,
      minimumDue: optional.minimumDue ?? null,
      monthlyIncome: optional.monthlyIncome ?? null,
      monthlyExpenses: optional.monthlyExpenses ?? null,
      otherDebtPayments: optional.otherDebtPayments ?? null,
      availableCash: optional.availableCash ?? null,
      hardship,
      willingToRepay,
    },
  };
}

/** Parses the valuation date; the issue names the field and the fix. */
export function parseAsOf(text: string, field = 'asOf'): CivilDate | FieldIssue {
  const padded = paddingIssue(text, field);
  if (padded) return padded;
  const d = parseCivilDate(text);
  if (d) return d;
  return issue('account.as-of', field, text, said('account.as-of', { field, value: JSON.stringify(text) }));
}
