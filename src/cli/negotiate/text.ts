/**
 * negotiate's words (issue #9 step 4: the "text" part of the split): field names and checks
 * in the agent's language, plan lines for the pickers, the two-figure counter-offer parser,
 * and what a recompute changed. Every sentence comes from the catalogue (src/messages).
 */
import { AMOUNT_FIELDS, parseAccount, type AccountField, type RawAccount } from '../../core/account.js';
import type { FieldIssue } from '../../errors.js';
import { msg, msgOf } from '../../messages/index.js';
import { isIssue, parseAmount, type Minor } from '../../money/amount.js';
import type { Currency } from '../../money/currency.js';
import { expandSpokenAmount } from '../../money/spoken.js';
import type { Lang, Policy } from '../../policy/types.js';
import type { Plan } from '../../analysis/types.js';
import { planName, planSummary } from '../../render/plan-words.js';
import { moneyText } from '../../render/script.js';
import { displayWidth } from '../../render/wrap.js';
import type { Evaluation } from '../../report/types.js';
import type { PromptChoice } from '../prompter.js';

export const REQUIRED = new Set<AccountField>(['principal', 'overdueDays']);

/** A field's name as the agent sees it ("月收入", "monthly income"). */
export function fieldName(field: AccountField, lang: Lang): string {
  return msgOf(lang, `negotiate.field.${field}`);
}

/** The question that asks for a field. */
export function fieldQuestion(field: AccountField, lang: Lang): string {
  return msgOf(lang, `negotiate.ask.${field}`);
}

/** A field's problem in the agent's language, naming the field as the agent sees it. */
export function issueText(issue: FieldIssue, lang: Lang, name: string): string {
  if (lang === 'en' || !issue.text) return issue.message;
  return msgOf(lang, issue.text.code, { ...issue.text.params, field: name }, issue.message);
}

/** What clears a figure back to "not given" when changing it. */
export function isClear(text: string): boolean {
  return ['-', '—', '无', 'none', 'clear'].includes(text.trim().toLowerCase());
}

/** The text a typed field is parsed from: `2万` → `20000` for amounts, as typed otherwise. */
export function fieldInput(field: AccountField, text: string): string {
  return AMOUNT_FIELDS.has(field) ? (expandSpokenAmount(text) ?? text.trim()) : text.trim();
}

/** Checks one typed account field with the §2 rules: true, or the message to re-ask with. */
export function checkField(field: AccountField, text: string, currency: Currency, lang: Lang, clearable = false): true | string {
  const name = fieldName(field, lang);
  if (text.trim() === '' || (clearable && isClear(text))) return REQUIRED.has(field) ? msg(lang, 'negotiate.required', { name }) : true;
  if (field === 'id') return text.trim().length <= 64 ? true : msg(lang, 'negotiate.id-too-long');
  const probe: RawAccount = { principal: '1', overdueDays: '0', [field]: fieldInput(field, text) };
  const r = parseAccount(probe, currency, (f) => fieldName(f, lang));
  if ('issues' in r) return issueText(r.issues[0] as FieldIssue, lang, name);
  return true;
}

/** A typed amount as agents say it, or the message to re-ask with. */
function offerAmount(token: string, currency: Currency, lang: Lang, name: string, positive: boolean): Minor | string {
  const m = parseAmount(expandSpokenAmount(token) ?? token, name, currency, { positive });
  return isIssue(m)
    ? issueText({ ...m, message: m.message.replace(JSON.stringify(expandSpokenAmount(token) ?? token), JSON.stringify(token)) }, lang, name)
    : m;
}

export interface OfferPair {
  /** Y: paid now; null = none. */
  lump: Minor | null;
  /** X: a month; null = none. */
  monthly: Minor | null;
}

/**
 * The counter-offer as the agent types it in one step: `800` (a month), `5000 800` (now and a
 * month), `5000 0` (now only); `2万 800` and `1.5万` accepted. The figures are separated by
 * spaces, `+`, `/` or `，`. Returns the pair, or the message to re-ask with.
 */
export function parseOfferPair(text: string, currency: Currency, lang: Lang): OfferPair | string {
  const tokens = text
    .trim()
    .split(/[\s+/，、]+/u)
    .filter((t) => t !== '');
  if (tokens.length === 0) return msg(lang, 'negotiate.required', { name: msg(lang, 'negotiate.offer.field') });
  if (tokens.length > 2) return msg(lang, 'negotiate.offer.too-many');
  if (tokens.length === 1) {
    const x = offerAmount(tokens[0] as string, currency, lang, msg(lang, 'negotiate.offer.monthly-field'), true);
    return typeof x === 'string' ? x : { lump: null, monthly: x };
  }
  const y = offerAmount(tokens[0] as string, currency, lang, msg(lang, 'negotiate.offer.lump-field'), false);
  if (typeof y === 'string') return y;
  const x = offerAmount(tokens[1] as string, currency, lang, msg(lang, 'negotiate.offer.monthly-field'), false);
  if (typeof x === 'string') return x;
  if (y === 0n && x === 0n) return msg(lang, 'negotiate.offer.nothing');
  return { lump: y === 0n ? null : y, monthly: x === 0n ? null : x };
}

/** The offer as understood, echoed before it is used. */
export function offerEcho(o: OfferPair, policy: Policy, lang: Lang): string {
  const m = (x: bigint) => moneyText(x, policy);
  if (o.lump !== null && o.monthly !== null) return msg(lang, 'negotiate.offer.echo.both', { now: m(o.lump), monthly: m(o.monthly) });
  if (o.monthly !== null) return msg(lang, 'negotiate.offer.echo.monthly', { monthly: m(o.monthly) });
  return msg(lang, 'negotiate.offer.echo.lump', { now: m(o.lump ?? 0n) });
}

function marks(p: Plan, ev: Evaluation, lang: Lang, answer: string | null): string {
  return [ev.recommendation.planId === p.id ? msg(lang, 'negotiate.recommended') : null, answer === p.id ? msg(lang, 'negotiate.answers-offer') : null]
    .filter(Boolean)
    .join(' ');
}

/** A plan in a picker: name, payments, APR, affordability, the id small, marks for ★ and ➜. */
export function planLine(p: Plan, ev: Evaluation, lang: Lang, answer: string | null = null): string {
  const m = marks(p, ev, lang, answer);
  return `${planName(p, lang)} · ${planSummary(p, ev, lang)} [${p.id}]${m ? ` ${m}` : ''}`;
}

/**
 * The plans as picker choices. When a full line would not fit the terminal (`width`), each
 * choice is the plan's name, id and marks on one line, and its payments, APR and affordability
 * are shown under the list while it is highlighted, so the picker stays one line a plan.
 */
export function planChoices(ev: Evaluation, lang: Lang, answer: string | null = null, width = Number.POSITIVE_INFINITY): PromptChoice<string>[] {
  return ev.plans.map((p) => {
    const full = planLine(p, ev, lang, answer);
    // the picker indents a choice by its number ("  13. ")
    if (displayWidth(full) + 6 <= width) return { value: p.id, name: full };
    // the marks as their signs alone (★ recommended, ➜ answers the offer: the view above says so)
    const m = [ev.recommendation.planId === p.id ? '★' : null, answer === p.id ? '➜' : null].filter(Boolean).join(' ');
    return { value: p.id, name: `${planName(p, lang)} [${p.id}]${m ? ` ${m}` : ''}`, description: planSummary(p, ev, lang) };
  });
}

/**
 * What a recompute changed (issue #10: "recompute shows what changed"): the figures typed, the
 * budget, the recommendation and how many plans are affordable.
 */
export function changesText(before: Evaluation, after: Evaluation, lang: Lang): string {
  const pol = after.policy;
  const m = (x: bigint | null) => (x === null ? msg(lang, 'negotiate.not-given') : moneyText(x, pol));
  const lines: string[] = [];
  const fields: AccountField[] = [
    'principal',
    'interest',
    'fees',
    'overdueDays',
    'monthlyIncome',
    'monthlyExpenses',
    'otherDebtPayments',
    'availableCash',
    'hardship',
    'willingToRepay',
  ];
  const show = (ev: Evaluation, f: AccountField): string => {
    const v = ev.account[f as keyof typeof ev.account];
    if (f === 'overdueDays') return String(v);
    if (f === 'hardship') return v === null ? msg(lang, 'negotiate.not-given') : msgOf(lang, `live.reason.${String(v)}`);
    if (f === 'willingToRepay') return v === null ? msg(lang, 'negotiate.not-given') : msg(lang, v ? 'common.yes' : 'common.no');
    return m(v as bigint | null);
  };
  for (const f of fields) {
    const a = show(before, f);
    const b = show(after, f);
    if (a !== b) lines.push(msg(lang, 'live.changed.field', { field: fieldName(f, lang), from: a, to: b }));
  }
  if (before.snapshot.total !== after.snapshot.total)
    lines.push(msg(lang, 'live.changed.field', { field: msg(lang, 'live.changed.total'), from: m(before.snapshot.total), to: m(after.snapshot.total) }));
  if (before.affordability.cap !== after.affordability.cap)
    lines.push(msg(lang, 'live.changed.field', { field: msg(lang, 'live.changed.cap'), from: m(before.affordability.cap), to: m(after.affordability.cap) }));
  const name = (ev: Evaluation) => {
    const p = ev.plans.find((q) => q.id === ev.recommendation.planId);
    return p ? `${planName(p, lang)} [${p.id}]` : msg(lang, 'live.none');
  };
  if (before.recommendation.planId !== after.recommendation.planId)
    lines.push(msg(lang, 'live.changed.recommendation', { from: name(before), to: name(after) }));
  const affordable = (ev: Evaluation) => ev.plans.filter((p) => p.affordable === true).length;
  if (affordable(before) !== affordable(after)) lines.push(msg(lang, 'live.changed.afford', { from: affordable(before), to: affordable(after) }));
  if (lines.length === 0) return `${msg(lang, 'live.changed.none')}\n`;
  return `${msg(lang, 'live.changed.head')}\n${lines.map((l) => `  ${l}`).join('\n')}\n`;
}
