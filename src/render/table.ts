/**
 * The comparison and schedule tables of `plan --format table` (§5): one column per plan with the
 * status quo and the recommendation, then the schedules side by side with runs of equal months
 * folded ("3–35"). Plans are split into groups so that every line fits the terminal width.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import { formatCivilDate, type CivilDate } from '../dates/civil-date.js';
import { formatMoneyGrouped, type Minor } from '../money/amount.js';
import { currencySymbol } from '../money/currency.js';
import { formatFraction, parseRatio } from '../money/rational.js';
import type { Lang } from '../policy/types.js';
import type { Evaluation, Plan } from '../report/types.js';
import { displayWidth, familyLabel, recommendationReason, t, unavailableReason, wrap } from './i18n.js';

export interface TableOptions {
  lang: Lang;
  /** ANSI colour (TTY only, never under NO_COLOR); the caller decides. */
  colour: boolean;
  /** Terminal width in columns; tables fold/group plans to fit (default 120). */
  width: number;
}

/**
 * A boxed table with no rule between rows, one space of padding, each column as wide as its
 * widest cell (display width: Chinese counts 2, ANSI colour 0) and aligned left or right.
 * It draws exactly what cli-table3 drew with `chars` COMPACT and no style (the golden tables are
 * unchanged); written out because cli-table3 and string-width cost ~30 ms to import and ~45 ms
 * to render cold, most of `plan --format table`'s time beyond starting Node (issue #16).
 */
class BoxTable {
  readonly #rows: string[][];
  readonly #align: readonly ('left' | 'right')[];

  constructor(head: string[], align: readonly ('left' | 'right')[]) {
    this.#rows = [head];
    this.#align = align;
  }

  push(row: string[]): void {
    this.#rows.push(row);
  }

  toString(): string {
    const widths: number[] = [];
    for (const row of this.#rows) row.forEach((cell, i) => { widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell)); });
    const rule = (left: string, mid: string, right: string) => `${left}${widths.map((w) => '─'.repeat(w + 2)).join(mid)}${right}`;
    const lines = [rule('┌', '┬', '┐')];
    for (const row of this.#rows) {
      const cells = widths.map((w, i) => {
        const text = row[i] ?? '';
        const pad = ' '.repeat(w - displayWidth(text));
        return this.#align[i] === 'right' ? ` ${pad}${text} ` : ` ${text}${pad} `;
      });
      lines.push(`│${cells.join('│')}│`);
    }
    lines.push(rule('└', '┴', '┘'));
    return lines.join('\n');
  }
}

export function table(head: string[], align: ('left' | 'right')[]): BoxTable {
  return new BoxTable(head, align);
}

/** A fraction string ("0.108964") as a percent with two decimals ("10.90%"). */
export function percent(fraction: string): string {
  const r = parseRatio(fraction);
  return r ? `${formatFraction(r.num * 100n, r.den, 2)}%` : fraction;
}

interface Ctx {
  ev: Evaluation;
  lang: Lang;
  c: ChalkInstance;
  money: (x: Minor) => string;
  width: number;
}

function makeCtx(ev: Evaluation, opts: TableOptions): Ctx {
  const sym = currencySymbol(ev.policy.currency.code);
  return {
    ev,
    lang: opts.lang,
    c: new Chalk({ level: opts.colour ? 1 : 0 }),
    money: (x: Minor) => `${sym}${formatMoneyGrouped(x, ev.policy.currency)}`,
    width: Math.max(60, opts.width || 120),
  };
}

function monthsText(p: Plan, lang: Lang): string {
  if (p.months === 0) return t(lang, 'lumpSum');
  return p.graceMonths > 0 ? `${p.graceMonths}+${p.months - p.graceMonths}` : String(p.months);
}

function yesNo(x: boolean | null, x2: Ctx): string {
  if (x === null) return x2.c.yellow(t(x2.lang, 'unknown'));
  return x ? x2.c.green(t(x2.lang, 'yes')) : x2.c.red(t(x2.lang, 'no'));
}

/** Splits columns into groups whose rendered table fits `width` (label column repeated). */
function groups<T>(items: T[], widthOf: (item: T) => number, labelWidth: number, width: number): T[][] {
  const out: T[][] = [];
  let current: T[] = [];
  let used = labelWidth + 3 + 1;
  for (const item of items) {
    const w = widthOf(item) + 3;
    if (current.length > 0 && used + w > width) {
      out.push(current);
      current = [];
      used = labelWidth + 3 + 1;
    }
    current.push(item);
    used += w;
  }
  if (current.length > 0) out.push(current);
  return out;
}

function header(x: Ctx): string[] {
  const { ev, lang, c, money } = x;
  const s = ev.snapshot;
  const est = (flag: boolean) => (flag ? ` (${t(lang, 'estimated')}*)` : '');
  const lines: string[] = [];
  const id = ev.account.id ? `${t(lang, 'account')} ${ev.account.id} · ` : '';
  const fit = (text: string) => wrap(text, x.width);
  lines.push(c.bold(fit(`${id}${t(lang, 'asOf')} ${formatCivilDate(ev.asOf)} · ${t(lang, 'policy')} ${ev.policy.name} v${ev.policy.version} (sha256 ${ev.policy.sha256.slice(0, 12)}…)`)));
  lines.push(fit(`${t(lang, 'bucket')} ${s.bucket} (${ev.account.overdueDays} ${t(lang, 'daysOverdue')}) · ${t(lang, 'owed')} ${money(s.total)} = ${t(lang, 'principal')} ${money(s.principal)} + ${t(lang, 'interest')} ${money(s.interest)}${est(s.estimated.interest)} + ${t(lang, 'fees')} ${money(s.fees)}${est(s.estimated.fees)}`));
  const a = ev.affordability;
  const surplus = a.surplus === null ? t(lang, 'notGiven') : money(a.surplus);
  const cap = a.cap === null ? t(lang, 'notGiven') : money(a.cap);
  const cash = a.availableCash === null ? t(lang, 'notGiven') : money(a.availableCash);
  lines.push(fit(`${t(lang, 'surplus')} ${surplus} · ${t(lang, 'cap')} ${cap} · ${t(lang, 'cash')} ${cash}`));
  const sq = ev.statusQuo;
  lines.push(fit(`${t(lang, 'statusQuo')}: ${t(lang, 'in12Months')} ${money(sq.total)} (+${money(sq.total - s.total)})`));
  if (s.estimated.interest || s.estimated.fees) lines.push(c.dim(fit(`* ${t(lang, 'estimatedNote')}`)));
  return lines;
}

function comparison(x: Ctx): string[] {
  const { ev, lang, c, money } = x;
  const recommended = ev.recommendation.planId;
  const aprKey = ev.policy.aprDisplay === 'effective' ? 'aprEffective' : 'aprNominal';
  const rows: [string, (p: Plan) => string][] = [
    [t(lang, 'type'), (p) => familyLabel(lang, p.family)],
    [t(lang, 'months'), (p) => monthsText(p, lang)],
    [t(lang, 'paymentNow'), (p) => (p.paymentNow > 0n ? money(p.paymentNow) : '—')],
    [t(lang, 'monthly'), (p) => (p.regularPayment === null ? '—' : money(p.regularPayment))],
    [t(lang, 'totalPaid'), (p) => money(p.totalPaid)],
    [t(lang, 'waived'), (p) => money(p.waived.total)],
    [t(lang, aprKey), (p) => (p.rates ? percent(ev.policy.aprDisplay === 'effective' ? p.rates.effectiveAnnualRate : p.rates.apr) : '—')],
    [t(lang, 'affordable'), (p) => yesNo(p.affordable, x)],
    [t(lang, 'npv'), (p) => money(p.npv)],
    [t(lang, 'recovery'), (p) => percent(p.recoveryRate)],
  ];
  const title = (p: Plan) => (p.id === recommended ? `★ ${p.id}` : p.id);
  const cells = new Map(ev.plans.map((p) => [p.id, rows.map(([, f]) => f(p))]));
  const colWidth = (p: Plan) => Math.max(displayWidth(title(p)), ...(cells.get(p.id) ?? []).map(displayWidth));
  const labelWidth = Math.max(...rows.map(([l]) => displayWidth(l)), displayWidth(t(lang, 'plan')));
  const out: string[] = [];
  for (const group of groups(ev.plans, colWidth, labelWidth, x.width)) {
    const tb = table([t(lang, 'plan'), ...group.map((p) => (p.id === recommended ? c.green.bold(title(p)) : c.bold(title(p))))], ['left', ...group.map(() => 'right' as const)]);
    rows.forEach(([label], i) => tb.push([label, ...group.map((p) => cells.get(p.id)?.[i] ?? '')]));
    out.push(tb.toString());
  }
  return out;
}

function recommendationLines(x: Ctx): string[] {
  const { ev, lang, c, money } = x;
  const r = ev.recommendation;
  const reason = recommendationReason(lang, r.code, r.reason);
  const lines: string[] = [];
  const plan = ev.plans.find((p) => p.id === r.planId);
  if (plan) {
    const what = plan.regularPayment !== null
      ? `${money(plan.regularPayment)} ${t(lang, 'perMonth')} × ${plan.months} ${t(lang, 'forMonths')}`
      : `${money(plan.paymentNow)} ${t(lang, 'now')}${plan.dueBy ? ` (${t(lang, 'dueBy')} ${formatCivilDate(plan.dueBy)})` : ''}`;
    lines.push(c.green.bold(wrap(`★ ${t(lang, 'recommended')}: ${plan.id} — ${what}; ${reason}`, x.width)));
  } else {
    let text = `${t(lang, 'noRecommendation')}: ${reason}`;
    if (r.closest && ev.affordability.cap !== null) {
      text += lang === 'zh'
        ? `；最低月供方案 ${r.closest.planId} 需 ${money(r.closest.regularPayment)}/月，可负担上限 ${money(ev.affordability.cap)}/月`
        : `; the lowest monthly payment on offer is ${money(r.closest.regularPayment)} (${r.closest.planId}) against an affordable cap of ${money(ev.affordability.cap)}`;
    }
    lines.push(c.yellow.bold(wrap(text, x.width)));
  }
  if (ev.unavailable.length > 0) {
    lines.push(`${t(lang, 'notOffered')}:`);
    for (const u of ev.unavailable) lines.push(c.dim(wrap(`  ${u.id}: ${unavailableReason(lang, u.code, u.reason)}`, x.width, '    ')));
  }
  return lines;
}

interface Row {
  label: string;
  date: string;
  cells: string[];
}

/** Schedules side by side for a group of plans, equal consecutive months folded. */
function sideBySide(x: Ctx, plans: Plan[]): string {
  const { lang, money } = x;
  const maxK = Math.max(...plans.map((p) => p.schedule[p.schedule.length - 1]?.k ?? 0));
  const hasNow = plans.some((p) => p.schedule.some((r) => r.k === 0));
  const byK = plans.map((p) => new Map(p.schedule.map((r) => [r.k, r])));
  const dateOf = (k: number): CivilDate | null => {
    for (const m of byK) { const r = m.get(k); if (r) return r.date; }
    return null;
  };
  const rows: Row[] = [];
  let k = hasNow ? 0 : 1;
  while (k <= maxK) {
    const cellsAt = (at: number) => byK.map((m) => { const r = m.get(at); return r ? money(r.payment) : ''; });
    const cells = cellsAt(k);
    let end = k;
    if (k > 0) while (end + 1 <= maxK && cellsAt(end + 1).every((v, i) => v === cells[i])) end++;
    const first = dateOf(k);
    const last = dateOf(end);
    const label = k === 0 ? t(lang, 'now') : end > k ? `${k}–${end}` : String(k);
    const date = first === null ? '' : end > k && last ? `${formatCivilDate(first).slice(0, 7)}…${formatCivilDate(last).slice(0, 7)}` : formatCivilDate(first);
    rows.push({ label, date, cells });
    k = end + 1;
  }
  const tb = table([t(lang, 'month'), t(lang, 'date'), ...plans.map((p) => x.c.bold(p.id))], ['right', 'left', ...plans.map(() => 'right' as const)]);
  for (const r of rows) tb.push([r.label, r.date, ...r.cells]);
  tb.push([t(lang, 'total'), '', ...plans.map((p) => money(p.totalPaid))]);
  return tb.toString();
}

function schedules(x: Ctx): string[] {
  const { ev, money } = x;
  if (ev.plans.length === 0) return [];
  const colWidth = (p: Plan) => Math.max(displayWidth(p.id), displayWidth(money(p.totalPaid)), ...p.schedule.map((r) => displayWidth(money(r.payment))));
  const labelWidth = 7 + 3 + 15; // "#" column ("12–35") and the date range
  return groups(ev.plans, colWidth, labelWidth, x.width).map((g) => sideBySide(x, g));
}

/** The comparison (one column per plan, status quo, recommendation marked) then the schedules side by side. */
export function renderPlanTable(ev: Evaluation, opts: TableOptions): string {
  const x = makeCtx(ev, opts);
  const parts: string[] = [header(x).join('\n')];
  if (ev.plans.length === 0) {
    parts.push(recommendationLines(x).join('\n'));
    return `${parts.join('\n\n')}\n`;
  }
  parts.push(...comparison(x));
  parts.push(recommendationLines(x).join('\n'));
  parts.push(x.c.bold(t(opts.lang, 'schedules')));
  parts.push(...schedules(x));
  return `${parts.join('\n\n')}\n`;
}

/** One plan's full schedule (`--schedule ID`), every row, with totals. */
export function renderSchedule(ev: Evaluation, planId: string, opts: TableOptions): string {
  const x = makeCtx(ev, opts);
  const { lang, money, c } = x;
  const plan = ev.plans.find((p) => p.id === planId);
  if (!plan) return '';
  const label = plan.label[lang];
  const apr = plan.rates ? ` · ${t(lang, ev.policy.aprDisplay === 'effective' ? 'aprEffective' : 'aprNominal')} ${percent(ev.policy.aprDisplay === 'effective' ? plan.rates.effectiveAnnualRate : plan.rates.apr)}` : '';
  const lines = [
    header(x).join('\n'),
    c.bold(wrap(`${t(lang, 'schedule')}: ${plan.id} (${label}) · ${t(lang, 'waived')} ${money(plan.waived.total)} · ${t(lang, 'totalPaid')} ${money(plan.totalPaid)}${apr}`, x.width)),
  ];
  const tb = table([t(lang, 'month'), t(lang, 'date'), t(lang, 'payment'), t(lang, 'principalCol'), t(lang, 'interestCol'), t(lang, 'feeCol'), t(lang, 'balance')], ['right', 'left', 'right', 'right', 'right', 'right', 'right']);
  for (const r of plan.schedule) {
    const grace = r.k >= 1 && r.k <= plan.graceMonths ? ` ${t(lang, 'graceMark')}` : '';
    tb.push([r.k === 0 ? t(lang, 'now') : String(r.k), `${formatCivilDate(r.date)}${grace}`, money(r.payment), money(r.principal), money(r.interest), money(r.fee), money(r.balance)]);
  }
  tb.push([t(lang, 'total'), '', money(plan.totalPaid), money(plan.amount), money(plan.totalInterest), money(plan.totalFees), '']);
  lines.push(tb.toString());
  return `${lines.join('\n\n')}\n`;
}
