/**
 * An agreement record (schema/agreement.schema.json) read back for follow-up: the account, the
 * plan's instalments as exact amounts, the waivers and the follow-up settings. Pure: the text
 * comes in from the edge; a malformed record is a UserError naming the JSON path.
 */
import { type Account, parseHardship } from '../core/account.js';
import { parseCivilDate, type CivilDate } from '../dates/civil-date.js';
import { UserError } from '../errors.js';
import { said, type MessageRef } from '../messages/index.js';
import { isIssue, parseAmount, type Minor } from '../money/amount.js';
import type { Currency } from '../money/currency.js';
import type { Allocation, FollowUpConfig } from './config.js';

/** One scheduled payment of the agreement (a schedule row with its due date). */
export interface Instalment {
  /** The schedule's period: 0 = on the agreement date, 1..n = months after it. */
  k: number;
  /** When it is due: the row's date; a k = 0 row is due on asOf, a lump sum by its dueBy. */
  due: CivilDate;
  amount: Minor;
  principal: Minor;
  interest: Minor;
  fee: Minor;
}

export interface Agreement {
  /** The account reference (ledger rows are matched on it); null when the record has none. */
  id: string | null;
  /** The agreement date (the record's asOf). */
  asOf: CivilDate;
  currency: Currency;
  planId: string;
  family: string;
  /** Instalments in schedule order; rows of zero amount are left out. */
  instalments: Instalment[];
  waived: { principal: Minor; interest: Minor; fees: Minor };
  /** The account as evaluated when the agreement was made (income figures, overdue days). */
  account: Account;
  policy: { name: string; version: string; sha256: string; ref: string };
  /** The record's own follow-up settings (schemaVersion 2), or null (older records). */
  followUp: FollowUpConfig | null;
  schemaVersion: string;
}

type Json = Record<string, unknown>;

function fail(source: string, path: string, why: MessageRef): never {
  throw UserError.said('agreement.invalid', said('agreement.invalid', { source, path, why }), { field: path, value: source });
}

function obj(v: unknown, source: string, path: string): Json {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) fail(source, path, said('agreement.why.not-object'));
  return v as Json;
}

function str(v: unknown, source: string, path: string): string {
  if (typeof v !== 'string') fail(source, path, said('agreement.why.not-string'));
  return v;
}

function date(v: unknown, source: string, path: string): CivilDate {
  const d = parseCivilDate(str(v, source, path));
  if (!d) fail(source, path, said('agreement.why.not-date', { value: JSON.stringify(v) }));
  return d;
}

function amount(v: unknown, c: Currency, source: string, path: string): Minor {
  const m = parseAmount(str(v, source, path), path, c);
  if (isIssue(m)) fail(source, path, said('agreement.why.not-amount', { value: JSON.stringify(v) }));
  return m;
}

function optAmount(v: unknown, c: Currency, source: string, path: string): Minor | null {
  return v === null || v === undefined ? null : amount(v, c, source, path);
}

/** The currency's minor digits, read from how the record writes its amounts ("1234.50" → 2). */
function digitsOf(text: string): number {
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

const ALLOCATIONS: readonly Allocation[] = ['charges-first', 'principal-first', 'cn-art57'];

function nonNegInt(v: unknown, source: string, path: string, nullable: boolean): number | null {
  if (v === null && nullable) return null;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) fail(source, path, said('agreement.why.not-count'));
  return v;
}

/** Reads a `followUp` object (record or policy) strictly. */
export function parseFollowUp(v: unknown, source: string, path: string): FollowUpConfig {
  const f = obj(v, source, path);
  const allocation = str(f.allocation, source, `${path}.allocation`);
  if (!ALLOCATIONS.includes(allocation as Allocation)) fail(source, `${path}.allocation`, said('agreement.why.one-of', { list: ALLOCATIONS.join(', ') }));
  const onBreak = obj(f.onBreak, source, `${path}.onBreak`);
  if (typeof onBreak.reinstateWaivers !== 'boolean') fail(source, `${path}.onBreak.reinstateWaivers`, said('agreement.why.not-boolean'));
  const reminders = obj(f.reminders, source, `${path}.reminders`);
  const days = (x: unknown, p: string): number[] => {
    if (!Array.isArray(x)) fail(source, p, said('agreement.why.not-days'));
    return x.map((d, i) => nonNegInt(d, source, `${p}[${i}]`, false) as number);
  };
  return {
    graceDays: nonNegInt(f.graceDays, source, `${path}.graceDays`, false) as number,
    breakAfterMissed: nonNegInt(f.breakAfterMissed, source, `${path}.breakAfterMissed`, true),
    breakAfterDays: nonNegInt(f.breakAfterDays, source, `${path}.breakAfterDays`, true),
    allocation: allocation as Allocation,
    onBreak: { reinstateWaivers: onBreak.reinstateWaivers },
    reminders: { daysBefore: days(reminders.daysBefore, `${path}.reminders.daysBefore`), daysAfter: days(reminders.daysAfter, `${path}.reminders.daysAfter`) },
  };
}

/** Reads an agreement record (already parsed JSON) into an Agreement. */
export function parseAgreement(doc: unknown, source: string): Agreement {
  const r = obj(doc, source, '$');
  if (r.kind !== 'repayplan.agreement') fail(source, '$.kind', said('agreement.why.kind', { value: JSON.stringify(r.kind ?? null) }));
  const schemaVersion = str(r.schemaVersion, source, '$.schemaVersion');
  if (schemaVersion !== '1' && schemaVersion !== '2') fail(source, '$.schemaVersion', said('agreement.why.version', { value: JSON.stringify(schemaVersion) }));
  const policy = obj(r.policy, source, '$.policy');
  const plan = obj(r.plan, source, '$.plan');
  const input = obj(r.input, source, '$.input');
  const amountText = str(plan.amount, source, '$.plan.amount');
  const currency: Currency = { code: str(policy.currency, source, '$.policy.currency'), minorDigits: digitsOf(amountText), rounding: 'half-up' };
  const asOf = date(r.asOf, source, '$.asOf');
  const dueBy = plan.dueBy === null || plan.dueBy === undefined ? null : date(plan.dueBy, source, '$.plan.dueBy');
  const rows = plan.schedule;
  if (!Array.isArray(rows) || rows.length === 0) fail(source, '$.plan.schedule', said('agreement.why.not-rows'));
  const instalments: Instalment[] = [];
  rows.forEach((row, i) => {
    const p = `$.plan.schedule[${i}]`;
    const x = obj(row, source, p);
    const k = nonNegInt(x.k, source, `${p}.k`, false) as number;
    const inst: Instalment = {
      k,
      due: k === 0 ? (dueBy ?? asOf) : date(x.date, source, `${p}.date`),
      amount: amount(x.payment, currency, source, `${p}.payment`),
      principal: amount(x.principal, currency, source, `${p}.principal`),
      interest: amount(x.interest, currency, source, `${p}.interest`),
      fee: amount(x.fee, currency, source, `${p}.fee`),
    };
    if (inst.principal + inst.interest + inst.fee !== inst.amount) fail(source, p, said('agreement.why.parts'));
    if (inst.amount > 0n) instalments.push(inst);
  });
  const waived = obj(plan.waived, source, '$.plan.waived');
  const overdue = str(input.overdueDays, source, '$.input.overdueDays');
  if (!/^\d+$/.test(overdue)) fail(source, '$.input.overdueDays', said('agreement.why.not-whole'));
  const id = input.id === null || input.id === undefined ? null : str(input.id, source, '$.input.id');
  const account: Account = {
    id,
    principal: amount(input.principal, currency, source, '$.input.principal'),
    interest: optAmount(input.interest, currency, source, '$.input.interest'),
    fees: optAmount(input.fees, currency, source, '$.input.fees'),
    overdueDays: Number.parseInt(overdue, 10),
    minimumDue: optAmount(input.minimumDue, currency, source, '$.input.minimumDue'),
    monthlyIncome: optAmount(input.monthlyIncome, currency, source, '$.input.monthlyIncome'),
    monthlyExpenses: optAmount(input.monthlyExpenses, currency, source, '$.input.monthlyExpenses'),
    otherDebtPayments: optAmount(input.otherDebtPayments, currency, source, '$.input.otherDebtPayments'),
    availableCash: optAmount(input.availableCash, currency, source, '$.input.availableCash'),
    hardship: typeof input.hardship === 'string' ? parseHardship(input.hardship) : null,
    willingToRepay: input.willingToRepay === 'yes' ? true : input.willingToRepay === 'no' ? false : null,
  };
  return {
    id,
    asOf,
    currency,
    planId: str(r.planId, source, '$.planId'),
    family: str(plan.family, source, '$.plan.family'),
    instalments,
    waived: {
      principal: amount(waived.principal, currency, source, '$.plan.waived.principal'),
      interest: amount(waived.interest, currency, source, '$.plan.waived.interest'),
      fees: amount(waived.fees, currency, source, '$.plan.waived.fees'),
    },
    account,
    policy: {
      name: str(policy.name, source, '$.policy.name'),
      version: str(policy.version, source, '$.policy.version'),
      sha256: str(policy.sha256, source, '$.policy.sha256'),
      ref: typeof policy.ref === 'string' ? policy.ref : str(policy.name, source, '$.policy.name'),
    },
    followUp: r.followUp === undefined || r.followUp === null ? null : parseFollowUp(r.followUp, source, '$.followUp'),
    schemaVersion,
  };
}
