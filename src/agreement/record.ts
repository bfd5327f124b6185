/**
 * The agreement record (`negotiate --save FILE`): what was agreed on a call, in a form that
 * `repayplan plan --input FILE` reads back and recomputes to the same plan. Pure: the clock
 * reading (`savedAt`) and the note come in from the command edge.
 *
 * Reproduction contract: `input` holds the account exactly as evaluated (every field a string,
 * absent = null) plus `asOf`; `policy` names the policy and its SHA-256, which plan --input
 * checks; `plan` is the chosen plan in the same JSON form as `plan --format json`.
 */
import type { Account } from '../core/account.js';
import { formatCivilDate } from '../dates/civil-date.js';
import { formatMoney, type Minor } from '../money/amount.js';
import type { Currency } from '../money/currency.js';
import type { Lang } from '../messages/index.js';
import { planToJson } from '../render/json.js';
import type { AgreementDoc } from '../schema/agreement.js';
import type { Evaluation } from '../report/types.js';
import { InternalError } from '../errors.js';
import { looksPersonal, maskNumbersIn, maskValue } from '../core/privacy.js';
import { followUpOf, followUpToJson } from '../followup/config.js';

/** 2 adds `followUp` (the policy's follow-up settings at the time, §10); version 1 records are still read. */
export const AGREEMENT_SCHEMA_VERSION = '2';
export const AGREEMENT_KIND = 'repayplan.agreement';

export interface AgreementInput {
  ev: Evaluation;
  planId: string;
  /** ISO 8601 instant the agreement was recorded (read at the command edge). */
  savedAt: string;
  /** Free text from the agent; '' when none. */
  note: string;
  /** Language of the script read out. */
  lang: Lang;
  /** The script text as shown to the agent. */
  script: string;
  /** How the policy was named on the command line (preset name or file path), for people. */
  policyRef: string;
  tool: AgreementDoc['tool'];
  /** The counter-offer on the table when the plan was picked (amounts as strings), or none. */
  counterOffer?: { lump: string | null; monthly: string | null } | null;
}

function money(x: Minor | null, c: Currency): string | null {
  return x === null ? null : formatMoney(x, c);
}

/** The account as strings with the §2 JSON names, plus asOf: what plan --input reads back. */
export function accountToRecordJson(account: Account, asOf: string, c: Currency): AgreementDoc['input'] {
  return {
    id: account.id,
    principal: formatMoney(account.principal, c),
    interest: money(account.interest, c),
    fees: money(account.fees, c),
    overdueDays: String(account.overdueDays),
    minimumDue: money(account.minimumDue, c),
    monthlyIncome: money(account.monthlyIncome, c),
    monthlyExpenses: money(account.monthlyExpenses, c),
    otherDebtPayments: money(account.otherDebtPayments, c),
    availableCash: money(account.availableCash, c),
    hardship: account.hardship,
    willingToRepay: account.willingToRepay === null ? null : account.willingToRepay ? 'yes' : 'no',
    asOf,
  };
}

/** Digit runs (with spaces or dashes) long enough to be a card, ID or phone number. */
const NUMBER_RUN = /\+?\d[\d\s-]{9,}[\dXx]/g;

/** The note with anything that looks like a card, ID or phone number masked to its last four characters (§9). */
export function maskNote(note: string): string {
  const masked = note.replace(NUMBER_RUN, (run) => {
    const trimmed = run.trim();
    return looksPersonal(trimmed) ? run.replace(trimmed, maskValue(trimmed.replace(/[\s-]/g, ''))) : run;
  });
  // and numbers inside words, full-width digits, other separators (issue #15)
  return maskNumbersIn(masked);
}

/** Builds the agreement record document (schema/agreement.schema.json). */
export function agreementRecord(a: AgreementInput): AgreementDoc {
  const { ev } = a;
  const plan = ev.plans.find((p) => p.id === a.planId);
  if (!plan) throw new InternalError(`agreementRecord: no plan ${a.planId}`);
  const c = ev.policy.currency;
  const asOf = formatCivilDate(ev.asOf);
  return {
    schemaVersion: AGREEMENT_SCHEMA_VERSION,
    kind: AGREEMENT_KIND,
    tool: { name: a.tool.name, version: a.tool.version },
    savedAt: a.savedAt,
    policy: { name: ev.policy.name, version: ev.policy.version, sha256: ev.policy.sha256, currency: c.code, ref: a.policyRef },
    asOf,
    input: accountToRecordJson(ev.account, asOf, c),
    planId: plan.id,
    recommendedPlanId: ev.recommendation.planId,
    plan: planToJson(plan, c),
    counterOffer: a.counterOffer ?? null,
    script: { lang: a.lang, text: a.script },
    note: maskNote(a.note),
    followUp: followUpToJson(followUpOf(ev.policy)),
  };
}

/** The record as file text: pretty JSON with a final newline. */
export function agreementText(record: Record<string, unknown>): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}
