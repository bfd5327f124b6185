/**
 * `repayplan apr` (SPEC §11): the APR of any offer. Flows come from flags (--advance/--on/--fee,
 * --payment AMOUNTxN from --first every --every, --flow DATE:AMOUNT), from a CSV/JSON file
 * (--flows) or from a saved plan or agreement (--from FILE --plan ID). Amounts go through the
 * project's money parser, never a float. The core (src/apr) computes; this edge reads and prints.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import {
  AprError,
  computeApr,
  percentDigits,
  pointsText,
  seriesDate,
  seriesFlows,
  type AprMethod,
  type AprRequest,
  type AprResult,
  type CapRequest,
  type EuYear,
  type Flow,
  type UnitPeriod,
} from '../../apr/index.js';
import { parseJsonExact } from '../../core/json-text.js';
import { formatCivilDate, parseCivilDate, type CivilDate } from '../../dates/civil-date.js';
import { UserError } from '../../errors.js';
import { msg, msgOf, type Lang, type MessageCode, type Params } from '../../messages/index.js';
import { formatMoney, formatMoneyGrouped, isIssue, parseAmount, type Minor } from '../../money/amount.js';
import { currencySymbol, type Currency } from '../../money/currency.js';
import { parseRatio } from '../../money/rational.js';
import type { Policy } from '../../policy/types.js';
import { localeLang, write, type Context } from '../../io/context.js';
import { VERSION } from '../../version.js';
import { loadPolicy } from '../../io/policy-source.js';
import type { AprDoc } from '../../schema/apr.js';

type AprCode = MessageCode & `apr.${string}`;

function fail(lang: Lang, code: AprCode, params: Params, field: string, value: string | null = null): UserError {
  return new UserError(code, msgOf(lang, code, params), { field, value });
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

interface Source {
  kind: 'flags' | 'file' | 'plan' | 'agreement';
  file: string | null;
  planId: string | null;
  plan: { apr: string; effectiveAnnualRate: string } | null;
}

/** Flows from the flags. */
function flagFlows(opts: Record<string, unknown>, currency: Currency, lang: Lang, ctx: Context): Flow[] {
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
function fileFlows(path: string, currency: Currency, lang: Lang, ctx: Context): Flow[] {
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
function savedPlanFlows(opts: Record<string, unknown>, lang: Lang, ctx: Context): SavedPlan {
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

function capsFor(opts: Record<string, unknown>, policy: Policy, lang: Lang): CapRequest[] {
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

function percent(rate: AprResult['exact']['apr'] | string, lang: Lang): string {
  return msg(lang, 'common.percent', { value: percentDigits(rate) });
}

export function aprJson(r: AprResult, policy: Policy, source: Source): AprDoc {
  const c = policy.currency;
  return {
    schemaVersion: '1',
    tool: { name: 'repayplan', version: VERSION },
    policy: { name: policy.name, version: policy.version, sha256: policy.sha256, currency: c.code },
    source,
    method: r.method,
    unitPeriod: r.unitPeriod,
    unitPeriodsPerYear: r.unitPeriodsPerYear,
    euYear: r.euYear,
    oddDaysFraction: r.oddDaysFraction,
    apr: r.apr,
    nominalAnnualRate: r.nominalAnnualRate,
    effectiveAnnualRate: r.effectiveAnnualRate,
    periodicRate: r.periodicRate,
    residual: r.residual,
    amountFinanced: formatMoney(r.amountFinanced, c),
    totalPayments: formatMoney(r.totalPayments, c),
    financeCharge: formatMoney(r.financeCharge, c),
    flows: r.flows.map((f) => ({ date: formatCivilDate(f.date), amount: formatMoney(f.amount, c), t: f.t, f: f.f, years: f.years })),
    caps: r.caps.map((k) => ({
      rate: k.rate,
      source: k.source,
      above: k.above,
      margin: k.margin,
      regularPayment: k.regularPayment === null ? null : formatMoney(k.regularPayment, c),
      paymentAtCap: k.paymentAtCap === null ? null : formatMoney(k.paymentAtCap, c),
      totalAtCap: formatMoney(k.totalAtCap, c),
    })),
  };
}

export function aprTable(r: AprResult, policy: Policy, source: Source, lang: Lang): string {
  const c = policy.currency;
  const sym = currencySymbol(c.code);
  const money = (x: Minor) => `${x < 0n ? '-' : ''}${sym}${formatMoneyGrouped(x < 0n ? -x : x, c)}`;
  const rows: [string, string][] = [];
  rows.push([
    msg(lang, 'apr.label.method'),
    msgOf(lang, `apr.method.${r.method}`) + (source.plan && r.method === 'unit-period' ? ` ${msg(lang, 'apr.note.from-method')}` : ''),
  ]);
  if (r.method === 'unit-period') {
    rows.push([msg(lang, 'apr.label.unit'), msgOf(lang, `apr.unit.${r.unitPeriod}`)]);
    rows.push([msg(lang, 'apr.label.per-year'), r.unitPeriodsPerYear]);
    rows.push([msg(lang, 'apr.label.odd-days'), r.oddDaysFraction ?? '0']);
  } else {
    rows.push([msg(lang, 'apr.label.year-basis'), msgOf(lang, `apr.year.${r.euYear ?? 'days'}`)]);
  }
  rows.push([msg(lang, 'apr.label.financed'), money(r.amountFinanced)]);
  rows.push([msg(lang, 'apr.label.payments'), money(r.totalPayments)]);
  rows.push([msg(lang, 'apr.label.charge'), money(r.financeCharge)]);
  rows.push([msg(lang, 'apr.label.apr'), `${percent(r.exact.apr, lang)}  (${r.apr})`]);
  rows.push([msg(lang, 'apr.label.nominal'), percent(r.exact.nominal, lang)]);
  rows.push([msg(lang, 'apr.label.effective'), percent(r.exact.effective, lang)]);
  rows.push([msg(lang, 'apr.label.periodic'), r.periodicRate]);
  rows.push([msg(lang, 'apr.label.residual'), r.residual]);
  const width = Math.max(...rows.map(([k]) => displayWidth(k)));
  const out: string[] = [msg(lang, 'apr.title'), ''];
  for (const [k, v] of rows) out.push(`${k}${' '.repeat(width - displayWidth(k))}  ${v}`);
  for (const cap of r.caps) {
    out.push('');
    out.push(msgOf(lang, `apr.cap.source.${cap.source}`));
    const p = { rate: percent(r.exact.apr, lang), cap: percent(cap.rate, lang), margin: pointsText(cap.margin) };
    out.push(`  ${cap.above ? msg(lang, 'apr.cap.above', p) : msg(lang, 'apr.cap.within', p)}`);
    if (cap.regularPayment !== null && cap.paymentAtCap !== null)
      out.push(`  ${msg(lang, 'apr.cap.payment', { now: money(cap.regularPayment), atCap: money(cap.paymentAtCap) })}`);
    else out.push(`  ${msg(lang, 'apr.cap.total', { now: money(r.totalPayments), atCap: money(cap.totalAtCap) })}`);
  }
  out.push('', msg(lang, 'apr.label.flows'));
  const head = [msg(lang, 'apr.col.date'), msg(lang, 'apr.col.amount'), msg(lang, 'apr.col.time')];
  const body = r.flows.map((f) => [
    formatCivilDate(f.date),
    money(f.amount),
    f.years !== null ? msg(lang, 'apr.flow.time-years', { years: f.years }) : msg(lang, 'apr.flow.time-unit', { t: f.t ?? 0, f: f.f ?? '0' }),
  ]);
  const widths = head.map((h, i) => Math.max(displayWidth(h), ...body.map((b) => displayWidth(b[i] ?? ''))));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === 1 ? ' '.repeat((widths[i] ?? 0) - displayWidth(cell)) + cell : cell + ' '.repeat((widths[i] ?? 0) - displayWidth(cell))))
      .join('  ')
      .trimEnd();
  out.push(`  ${line(head)}`);
  for (const b of body) out.push(`  ${line(b)}`);
  return `${out.join('\n')}\n`;
}

/** Terminal columns: CJK characters take two. */
function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

export async function runApr(opts: Record<string, unknown>, ctx: Context): Promise<number> {
  const format = (opts.format as string | undefined) ?? (ctx.stdoutIsTTY ? 'table' : 'json');
  const lang: Lang = (opts.lang as Lang | undefined) ?? localeLang(ctx.env);
  try {
    const fromFlags = ['advance', 'payment', 'flow', 'flows', 'fee'].some(
      (k) => opts[k] !== undefined && !(Array.isArray(opts[k]) && (opts[k] as unknown[]).length === 0),
    );
    let flows: Flow[];
    let policy: Policy;
    let source: Source;
    if (typeof opts.from === 'string') {
      if (fromFlags) throw fail(lang, 'apr.sources', {}, '--from');
      const saved = savedPlanFlows(opts, lang, ctx);
      ({ flows, policy, source } = saved);
    } else {
      policy = loadPolicy(
        typeof opts.policy === 'string' ? opts.policy : undefined,
        ctx.cwd,
        typeof opts.policyHash === 'string' ? opts.policyHash : undefined,
      );
      flows = flagFlows(opts, policy.currency, lang, ctx);
      if (typeof opts.flows === 'string') flows.push(...fileFlows(opts.flows, policy.currency, lang, ctx));
      if (flows.length === 0) throw fail(lang, 'apr.no-flows', {}, '--advance');
      source = { kind: typeof opts.flows === 'string' ? 'file' : 'flags', file: typeof opts.flows === 'string' ? opts.flows : null, planId: null, plan: null };
    }
    const method: AprMethod =
      (opts.method as AprMethod | undefined) ?? (source.plan ? 'unit-period' : policy.doc.aprDisplay === 'effective' ? 'eu' : 'unit-period');
    const request: AprRequest = {
      flows,
      currency: policy.currency,
      method,
      unitPeriod: (opts.every as UnitPeriod | undefined) ?? (source.plan ? 'month' : null),
      euYear: (opts.euYear as EuYear | undefined) ?? (source.plan ? 'months' : 'days'),
      caps: capsFor(opts, policy, lang),
    };
    const result = computeApr(request);
    if (format === 'json') await write(ctx.stdout, `${JSON.stringify(aprJson(result, policy, source), null, 2)}\n`);
    else await write(ctx.stdout, aprTable(result, policy, source, lang));
    return 0;
  } catch (error) {
    if (error instanceof AprError) throw new UserError(error.code, msgOf(lang, error.messageCode, error.params), { field: error.field, value: error.value });
    throw error;
  }
}
