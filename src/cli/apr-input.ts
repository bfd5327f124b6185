/**
 * The flows of `repayplan apr` (§11) from what the user gave: the flags (--advance/--on/--fee,
 * --payment AMOUNTxN from --first every --every, --flow DATE:AMOUNT), a CSV/JSON file (--flows)
 * or a saved plan or agreement (--from FILE --plan ID), and the caps to compare against. Amounts
 * go through the project's money parser, never a float; a bad value is a UserError in `lang`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { seriesDate, seriesFlows, type CapRequest, type Flow, type UnitPeriod } from '../apr/index.js';
import { parseJsonExact } from '../core/json-text.js';
import { parseCivilDate, type CivilDate } from '../dates/civil-date.js';
import { UserError } from '../errors.js';
import { msgOf, type Lang, type MessageCode, type Params } from '../messages/index.js';
import { isIssue, parseAmount, type Minor } from '../money/amount.js';
import type { Currency } from '../money/currency.js';
import { parseRatio } from '../money/rational.js';
import type { Policy } from '../policy/types.js';
import type { Context } from '../io/context.js';
import { loadPolicy } from '../io/policy-source.js';
import type { AprSource as Source } from '../render/apr.js';

type AprCode = MessageCode & `apr.${string}`;

/** A user error of `apr`: English in the JSON error object, its words as data for the stderr line in the language of --lang. */
export function fail(_lang: Lang, code: AprCode, params: Params, field: string, value: string | null = null): UserError {
  return new UserError(code, msgOf('en', code, params), { field, value, text: { code, params } });
}

function list(x: unknown): string[] {
  return Array.isArray(x) ? x.filter((s): s is string => typeof s === 'string') : typeof x === 'string' ? [x] : [];
}

function dateFlag(lang: Lang, flag: string, text: string): CivilDate {
  const d = parseCivilDate(text);
  if (!d) throw fail(lang, 'apr.flag-date', { flag, value: text }, flag, text);
  return d;
}

function amountOf(text: string, field: string, currency: Currency): Minor {
  const m = parseAmount(text, field, currency, { positive: true });
  if (isIssue(m)) throw UserError.fromIssue(m);
  return m;
}

/** "-10,000.00" → advance of 1000000n; "884.91" → payment. The sign is read here; the rest by the money parser. */
function signedAmount(text: string, field: string, currency: Currency): { amount: Minor; negative: boolean } {
  const t = text.trim();
  const negative = t.startsWith('-') || t.startsWith('−');
  return { amount: amountOf(negative ? t.slice(1) : t, field, currency), negative };
}

/** Flows from the flags. */
export function flagFlows(opts: Record<string, unknown>, currency: Currency, lang: Lang, ctx: Context): Flow[] {
  const flows: Flow[] = [];
  const every = (opts.every as UnitPeriod | undefined) ?? 'month';
  const payments = list(opts.payment);
  const on = typeof opts.on === 'string' ? dateFlag(lang, '--on', opts.on) : ctx.today();
  if (typeof opts.advance === 'string') {
    flows.push({ date: on, amount: amountOf(opts.advance, '--advance', currency), kind: 'advance' });
  } else {
    if (payments.length > 0) throw fail(lang, 'apr.flag-needs-advance', {}, '--advance');
    if (typeof opts.fee === 'string') throw fail(lang, 'apr.flag-fee-without-advance', {}, '--fee');
  }
  if (typeof opts.fee === 'string') flows.push({ date: on, amount: amountOf(opts.fee, '--fee', currency), kind: 'fee' });
  const first = typeof opts.first === 'string' ? dateFlag(lang, '--first', opts.first) : seriesDate(on, every, 1);
  let index = 0;
  for (const spec of payments) {
    const m = /^\s*(.+?)\s*[x×X*]\s*(\d{1,4})\s*$/.exec(spec);
    const count = m ? Number.parseInt(m[2] ?? '', 10) : 1;
    const amountText = m ? (m[1] ?? '') : spec;
    if (!m && !/^[^x×X*]+$/.test(spec)) throw fail(lang, 'apr.flag-payment', { value: spec }, '--payment', spec);
    if (count < 1) throw fail(lang, 'apr.flag-payment', { value: spec }, '--payment', spec);
    flows.push(...seriesFlows({ first, every, count, amount: amountOf(amountText, '--payment', currency), from: index }));
    index += count;
  }
  for (const spec of list(opts.flow)) {
    const m = /^\s*(\d{4}-\d{2}-\d{2})\s*[:=,]\s*(.+)$/.exec(spec);
    if (!m) throw fail(lang, 'apr.flag-flow', { value: spec }, '--flow', spec);
    const date = dateFlag(lang, '--flow', m[1] ?? '');
    const { amount, negative } = signedAmount(m[2] ?? '', '--flow', currency);
    flows.push({ date, amount, kind: negative ? 'advance' : 'payment' });
  }
  return flows;
}

function readText(lang: Lang, flag: string, path: string, ctx: Context): string {
  try {
    return readFileSync(resolve(ctx.cwd, path), 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : code === 'EACCES' ? 'permission denied' : String(code ?? error);
    throw fail(lang, 'apr.file-unreadable', { flag, path: JSON.stringify(path), why }, flag, path);
  }
}

const DATE_KEYS = ['date', '日期'];
const AMOUNT_KEYS = ['amount', '金额'];
const KIND_KEYS = ['kind', '类型'];

function pick(row: Record<string, unknown>, keys: string[]): unknown {
  for (const k of Object.keys(row)) if (keys.includes(k.trim().toLowerCase())) return row[k];
  return undefined;
}

/** Flows from a CSV (date,amount[,kind]) or JSON ([{date, amount, kind?}] or {flows: […]}) file. */
export function fileFlows(path: string, currency: Currency, lang: Lang, ctx: Context): Flow[] {
  const text = readText(lang, '--flows', path, ctx);
  let rows: Record<string, unknown>[];
  const trimmed = text.trimStart();
  const isJson = path.toLowerCase().endsWith('.json') || trimmed.startsWith('[') || trimmed.startsWith('{');
  if (isJson) {
    let json: unknown;
    try {
      json = parseJsonExact(text);
    } catch (error) {
      throw fail(lang, 'apr.file-format', { flag: '--flows', path, why: error instanceof Error ? error.message : String(error) }, '--flows', path);
    }
    const array = Array.isArray(json)
      ? json
      : json !== null && typeof json === 'object' && Array.isArray((json as Record<string, unknown>).flows)
        ? ((json as Record<string, unknown>).flows as unknown[])
        : null;
    if (!array || array.some((r) => r === null || typeof r !== 'object' || Array.isArray(r)))
      throw fail(lang, 'apr.file-format', { flag: '--flows', path, why: 'not an array of objects' }, '--flows', path);
    rows = array as Record<string, unknown>[];
  } else {
    try {
      rows = parseCsv(text, { columns: true, skip_empty_lines: true, trim: true, bom: true }) as Record<string, unknown>[];
    } catch (error) {
      throw fail(lang, 'apr.file-format', { flag: '--flows', path, why: error instanceof Error ? error.message : String(error) }, '--flows', path);
    }
    if (rows.length > 0 && (pick(rows[0]!, DATE_KEYS) === undefined || pick(rows[0]!, AMOUNT_KEYS) === undefined)) {
      throw fail(lang, 'apr.file-format', { flag: '--flows', path, why: 'no date or amount column' }, '--flows', path);
    }
  }
  return rows.map((row, i) => {
    const n = i + (isJson ? 1 : 2); // a CSV's first data row is line 2
    const rowError = (why: string) => fail(lang, 'apr.file-row', { path, row: n, why }, '--flows', path);
    const dateText = pick(row, DATE_KEYS);
    const amountText = pick(row, AMOUNT_KEYS);
    const kindText = pick(row, KIND_KEYS);
    if (typeof dateText !== 'string') throw rowError('date is missing or not a string');
    const date = parseCivilDate(dateText);
    if (!date) throw rowError(msgOf(lang, 'apr.flag-date', { flag: 'date', value: dateText }));
    if (typeof amountText !== 'string') throw rowError('amount is missing or not a string (write amounts as strings, e.g. "884.91")');
    let parsed: { amount: Minor; negative: boolean };
    try {
      parsed = signedAmount(amountText, 'amount', currency);
    } catch (error) {
      throw rowError(error instanceof Error ? error.message : String(error));
    }
    let kind: Flow['kind'] = parsed.negative ? 'advance' : 'payment';
    if (kindText !== undefined && kindText !== null && kindText !== '') {
      const k = String(kindText).trim().toLowerCase();
      const named = k === 'advance' || k === '放款' ? 'advance' : k === 'payment' || k === '还款' ? 'payment' : k === 'fee' || k === '费用' ? 'fee' : null;
      if (!named) throw rowError(msgOf(lang, 'apr.kind', { value: String(kindText) }));
      kind = named;
    }
    return { date, amount: parsed.amount, kind };
  });
}

interface SavedPlan {
  flows: Flow[];
  source: Source;
  policy: Policy;
}

/** Flows of a saved plan (plan --format json) or agreement (negotiate --save): the amount A advanced at asOf, each schedule row a payment at its k. */
export function savedPlanFlows(opts: Record<string, unknown>, lang: Lang, ctx: Context): SavedPlan {
  const path = opts.from as string;
  const text = readText(lang, '--from', path, ctx);
  let doc: Record<string, unknown>;
  try {
    const json = parseJsonExact(text);
    if (json === null || typeof json !== 'object' || Array.isArray(json)) throw new Error('not an object');
    doc = json as Record<string, unknown>;
  } catch {
    throw fail(lang, 'apr.from-not-plan', { path }, '--from', path);
  }
  const wanted = typeof opts.plan === 'string' ? opts.plan : null;
  let plan: Record<string, unknown>;
  let asOfText: unknown;
  let kind: Source['kind'];
  if (doc.kind === 'repayplan.agreement' && doc.plan !== null && typeof doc.plan === 'object') {
    plan = doc.plan as Record<string, unknown>;
    asOfText = doc.asOf;
    kind = 'agreement';
    if (wanted !== null && plan.id !== wanted) throw fail(lang, 'apr.from-plan-unknown', { id: wanted, ids: String(plan.id) }, '--plan', wanted);
  } else if (Array.isArray(doc.plans)) {
    const plans = doc.plans.filter((p): p is Record<string, unknown> => p !== null && typeof p === 'object');
    const ids = plans.map((p) => String(p.id)).join(', ');
    if (wanted === null && plans.length !== 1) throw fail(lang, 'apr.from-needs-plan', { ids }, '--plan');
    const found = wanted === null ? plans[0] : plans.find((p) => p.id === wanted);
    if (!found) throw fail(lang, 'apr.from-plan-unknown', { id: wanted ?? '', ids }, '--plan', wanted);
    plan = found;
    const snapshot = doc.snapshot as Record<string, unknown> | undefined;
    asOfText = snapshot?.asOf ?? (doc.input as Record<string, unknown> | undefined)?.asOf;
    kind = 'plan';
  } else {
    throw fail(lang, 'apr.from-not-plan', { path }, '--from', path);
  }

  const policy = savedPolicy(doc, opts, path, lang, ctx);
  const currency = policy.currency;
  const bad = (field: string) => fail(lang, 'apr.from-bad-plan', { path, field }, '--from', path);
  const asOf = typeof asOfText === 'string' ? parseCivilDate(asOfText) : null;
  if (!asOf) throw bad('asOf');
  if (typeof plan.amount !== 'string') throw bad('amount');
  const flows: Flow[] = [{ date: asOf, amount: amountOf(plan.amount, 'amount', currency), kind: 'advance', period: 0 }];
  if (!Array.isArray(plan.schedule)) throw bad('schedule');
  for (const row of plan.schedule as Record<string, unknown>[]) {
    // parseJsonExact keeps numbers as their text
    const k = typeof row?.k === 'string' && /^\d{1,4}$/.test(row.k) ? Number.parseInt(row.k, 10) : row?.k;
    const date = typeof row?.date === 'string' ? parseCivilDate(row.date) : null;
    if (typeof k !== 'number' || !Number.isInteger(k) || k < 0 || !date || typeof row.payment !== 'string') throw bad('schedule');
    const m = parseAmount(row.payment, 'payment', currency);
    if (isIssue(m)) throw bad('schedule[].payment');
    if (m > 0n) flows.push({ date, amount: m, kind: 'payment', period: k, seriesDay: asOf.day });
  }
  const rates =
    typeof plan.apr === 'string' && typeof plan.effectiveAnnualRate === 'string' ? { apr: plan.apr, effectiveAnnualRate: plan.effectiveAnnualRate } : null;
  return { flows, policy, source: { kind, file: path, planId: typeof plan.id === 'string' ? plan.id : null, plan: rates } };
}

/** The saved document's policy (by name), unless --policy names one; a SHA-256 that differs is refused. */
function savedPolicy(doc: Record<string, unknown>, opts: Record<string, unknown>, path: string, lang: Lang, ctx: Context): Policy {
  const saved = doc.policy !== null && typeof doc.policy === 'object' ? (doc.policy as Record<string, unknown>) : {};
  const explicit = typeof opts.policy === 'string' ? opts.policy : undefined;
  const name = explicit ?? (typeof saved.name === 'string' ? saved.name : undefined);
  let policy: Policy;
  try {
    policy = loadPolicy(name, ctx.cwd, typeof opts.policyHash === 'string' ? opts.policyHash : undefined);
  } catch (error) {
    if (error instanceof UserError && explicit === undefined && error.code === 'policy.unknown') {
      throw fail(lang, 'apr.from-policy', { path, name: String(name) }, '--policy', String(name));
    }
    throw error;
  }
  if (explicit === undefined && typeof saved.sha256 === 'string' && saved.sha256 !== policy.sha256) {
    throw fail(lang, 'apr.from-policy-mismatch', { path, name: policy.name, sha256: String(saved.sha256) }, '--policy', policy.name);
  }
  return policy;
}

export function capsFor(opts: Record<string, unknown>, policy: Policy, lang: Lang): CapRequest[] {
  if (typeof opts.cap === 'string') {
    const r = parseRatio(opts.cap.trim());
    if (!r || r.num === 0n) throw fail(lang, 'apr.flag-cap', { value: opts.cap }, '--cap', opts.cap);
    return [{ rate: opts.cap.trim(), source: 'flag' }];
  }
  const caps: CapRequest[] = [];
  const cap = policy.doc.chargesCap;
  if (cap) caps.push({ rate: cap.annualRate, source: 'policy' });
  if (policy.currency.code === 'CNY') caps.push({ rate: '0.36', source: 'cn-36' });
  return caps;
}
