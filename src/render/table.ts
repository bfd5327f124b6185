/**
 * The comparison and schedule tables of `plan --format table` (§5): one column per plan with the
 * status quo and the recommendation, then the schedules side by side with runs of equal months
 * folded ("3–35"). Plans are split into groups so that every line fits the terminal width.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import { formatCivilDate, type CivilDate } from '../dates/civil-date.js';
import type { Minor } from '../money/amount.js';
import { moneyText, rateText } from '../money/display.js';
import { msg, msgOf, render, type Lang } from '../messages/index.js';
import type { Plan } from '../analysis/types.js';
import type { Evaluation } from '../report/types.js';
import { table } from './box-table.js';
import { displayWidth, wrap } from './layout.js';
import { planPayments, planTerms, planTitle } from './plan-words.js';

export interface TableOptions {
  lang: Lang;
  /** ANSI colour (TTY only, never under NO_COLOR); the caller decides. */
  colour: boolean;
  /** Terminal width in columns; tables fold/group plans to fit (default 120). */
  width: number;
}

/** What every part of a table rendering reads. */
export interface Ctx {
  ev: Evaluation;
  lang: Lang;
  c: ChalkInstance;
  money: (x: Minor) => string;
  width: number;
}

export function makeCtx(ev: Evaluation, opts: TableOptions): Ctx {
  return {
    ev,
    lang: opts.lang,
    c: new Chalk({ level: opts.colour ? 1 : 0 }),
    // a negative amount reads -¥1,200.00, never ¥-1,200.00 (issue #10)
    money: (x: Minor) => moneyText(x, ev.policy.currency),
    width: Math.max(60, opts.width || 120),
  };
}

function monthsText(p: Plan, lang: Lang): string {
  if (p.months === 0) return msg(lang, 'label.lump-sum');
  return p.graceMonths > 0 ? `${p.graceMonths}+${p.months - p.graceMonths}` : String(p.months);
}

function yesNo(x: boolean | null, x2: Ctx): string {
  if (x === null) return x2.c.yellow(msg(x2.lang, 'common.unknown'));
  return x ? x2.c.green(msg(x2.lang, 'common.yes')) : x2.c.red(msg(x2.lang, 'common.no'));
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

/**
 * A plan's column head as a person reads it (issue #10): its label, wrapped to the column (at
 * spaces; Chinese between characters), its terms, and the id small below for reference. The
 * column is as wide as its widest figure, its id, its terms or the longest word of its label.
 */
interface Head {
  width: number;
  lines: string[];
}

function planHead(p: Plan, x: Ctx, star: boolean, figures: number): Head {
  const mark = star ? '★ ' : '';
  const label = `${mark}${p.label[x.lang]}`;
  const terms = planTerms(p, x.lang);
  const longestWord = Math.max(...label.split(' ').map(displayWidth), displayWidth(mark) + 2);
  const width = Math.max(figures, displayWidth(p.id), displayWidth(terms), Math.min(longestWord, displayWidth(label)));
  const labelLines = displayWidth(label) <= width ? [label] : wrap(label, width, '').split('\n');
  return { width, lines: [...labelLines, terms] };
}

/** The head rows of a group of plan columns: label lines, terms, then the ids (dim). */
function headRows(group: Plan[], heads: Map<string, Head>, x: Ctx, first: string, recommended: string | null): string[][] {
  const labelCount = Math.max(...group.map((p) => (heads.get(p.id)?.lines.length ?? 1) - 1));
  const rows: string[][] = [];
  for (let i = 0; i <= labelCount; i++) {
    rows.push([
      i === 0 ? first : '',
      ...group.map((p) => {
        const lines = heads.get(p.id)?.lines ?? [];
        // labels align at the top, the terms on the last head line
        const text = i < labelCount ? (i < lines.length - 1 ? (lines[i] ?? '') : '') : (lines[lines.length - 1] ?? '');
        return p.id === recommended ? x.c.green.bold(text) : x.c.bold(text);
      }),
    ]);
  }
  rows.push(['', ...group.map((p) => x.c.dim(p.id))]);
  return rows;
}

export function header(x: Ctx): string[] {
  const { ev, lang, c, money } = x;
  const s = ev.snapshot;
  const est = (flag: boolean) => (flag ? ` (${msg(lang, 'label.estimated')}*)` : '');
  const lines: string[] = [];
  const id = ev.account.id ? `${msg(lang, 'label.account')} ${ev.account.id} · ` : '';
  const fit = (text: string) => wrap(text, x.width);
  lines.push(
    c.bold(
      fit(
        `${id}${msg(lang, 'label.as-of')} ${formatCivilDate(ev.asOf)} · ${msg(lang, 'label.policy')} ${ev.policy.name} v${ev.policy.version} (sha256 ${ev.policy.sha256.slice(0, 12)}…)`,
      ),
    ),
  );
  lines.push(
    fit(
      `${msg(lang, 'label.bucket')} ${s.bucket} (${msg(lang, 'live.days-overdue', { days: ev.account.overdueDays })}) · ${msg(lang, 'label.owed')} ${money(s.total)} = ${msg(lang, 'label.principal')} ${money(s.principal)} + ${msg(lang, 'label.interest')} ${money(s.interest)}${est(s.estimated.interest)} + ${msg(lang, 'label.fees')} ${money(s.fees)}${est(s.estimated.fees)}`,
    ),
  );
  const a = ev.affordability;
  const surplus = a.surplus === null ? msg(lang, 'common.not-given') : money(a.surplus);
  const cap = a.cap === null ? msg(lang, 'common.not-given') : money(a.cap);
  const cash = a.availableCash === null ? msg(lang, 'common.not-given') : money(a.availableCash);
  lines.push(fit(`${msg(lang, 'label.surplus')} ${surplus} · ${msg(lang, 'label.cap')} ${cap} · ${msg(lang, 'label.cash')} ${cash}`));
  const sq = ev.statusQuo;
  lines.push(fit(`${msg(lang, 'label.status-quo')}: ${msg(lang, 'label.in12-months')} ${money(sq.total)} (+${money(sq.total - s.total)})`));
  if (s.estimated.interest || s.estimated.fees) lines.push(c.dim(fit(`* ${msg(lang, 'label.estimated-note')}`)));
  return lines;
}

function comparison(x: Ctx): string[] {
  const { ev, lang, money } = x;
  const recommended = ev.recommendation.planId;
  const aprKey = ev.policy.aprDisplay === 'effective' ? 'label.apr-effective' : 'label.apr-nominal';
  const rows: [string, (p: Plan) => string][] = [
    [msg(lang, 'label.type'), (p) => msg(lang, `family.${p.family}`)],
    [msg(lang, 'label.months'), (p) => monthsText(p, lang)],
    [msg(lang, 'label.payment-now'), (p) => (p.paymentNow > 0n ? money(p.paymentNow) : '—')],
    [msg(lang, 'label.monthly'), (p) => (p.regularPayment === null ? '—' : money(p.regularPayment))],
    [msg(lang, 'label.total-paid'), (p) => money(p.totalPaid)],
    [msg(lang, 'label.waived'), (p) => money(p.waived.total)],
    [msg(lang, aprKey), (p) => (p.rates ? rateText(ev.policy.aprDisplay === 'effective' ? p.rates.effectiveAnnualRate : p.rates.apr) : '—')],
    [msg(lang, 'label.affordable'), (p) => yesNo(p.affordable, x)],
    [msg(lang, 'label.npv'), (p) => money(p.npv)],
    [msg(lang, 'label.recovery'), (p) => rateText(p.recoveryRate)],
  ];
  const cells = new Map(ev.plans.map((p) => [p.id, rows.map(([, f]) => f(p))]));
  const heads = new Map(ev.plans.map((p) => [p.id, planHead(p, x, p.id === recommended, Math.max(...(cells.get(p.id) ?? []).map(displayWidth)))]));
  const colWidth = (p: Plan) => heads.get(p.id)?.width ?? 0;
  const labelWidth = Math.max(...rows.map(([l]) => displayWidth(l)), displayWidth(msg(lang, 'label.plan')));
  const out: string[] = [];
  for (const group of groups(ev.plans, colWidth, labelWidth, x.width)) {
    const [head, ...more] = headRows(group, heads, x, msg(lang, 'label.plan'), recommended);
    const tb = table(head ?? [], ['left', ...group.map(() => 'right' as const)]);
    for (const r of more) tb.push(r);
    rows.forEach(([label], i) => {
      tb.push([label, ...group.map((p) => cells.get(p.id)?.[i] ?? '')]);
    });
    out.push(tb.toString());
  }
  return out;
}

function recommendationLines(x: Ctx): string[] {
  const { ev, lang, c, money } = x;
  const r = ev.recommendation;
  const reason = msgOf(lang, `recommendation.short.${r.code}`, {}, render('en', r.reason));
  const lines: string[] = [];
  const plan = ev.plans.find((p) => p.id === r.planId);
  if (plan) {
    // named in words and every run exact: never "× 24" when 23 payments differ from the last
    lines.push(c.green.bold(wrap(`${msg(lang, 'live.recommended')}${planTitle(plan, lang)} — ${planPayments(plan, ev, lang)}; ${reason}`, x.width)));
  } else {
    let text = `${msg(lang, 'label.no-recommendation')}: ${reason}`;
    if (r.closest && ev.affordability.cap !== null) {
      text += msg(lang, 'recommendation.closest', { plan: r.closest.planId, payment: money(r.closest.regularPayment), cap: money(ev.affordability.cap) });
    }
    lines.push(c.yellow.bold(wrap(text, x.width)));
  }
  if (ev.unavailable.length > 0) {
    lines.push(`${msg(lang, 'label.not-offered')}:`);
    for (const u of ev.unavailable)
      lines.push(c.dim(wrap(`  ${u.id}: ${msgOf(lang, `unavailable.short.${u.code}`, {}, render('en', u.reason))}`, x.width, '    ')));
  }
  return lines;
}

interface Row {
  label: string;
  date: string;
  cells: string[];
}

/** Schedules side by side for a group of plans, equal consecutive months folded. */
function sideBySide(x: Ctx, plans: Plan[], heads: Map<string, Head>): string {
  const { lang, money } = x;
  const maxK = Math.max(...plans.map((p) => p.schedule[p.schedule.length - 1]?.k ?? 0));
  const hasNow = plans.some((p) => p.schedule.some((r) => r.k === 0));
  const byK = plans.map((p) => new Map(p.schedule.map((r) => [r.k, r])));
  const dateOf = (k: number): CivilDate | null => {
    for (const m of byK) {
      const r = m.get(k);
      if (r) return r.date;
    }
    return null;
  };
  const rows: Row[] = [];
  let k = hasNow ? 0 : 1;
  while (k <= maxK) {
    const cellsAt = (at: number) =>
      byK.map((m) => {
        const r = m.get(at);
        return r ? money(r.payment) : '';
      });
    const cells = cellsAt(k);
    let end = k;
    if (k > 0) while (end + 1 <= maxK && cellsAt(end + 1).every((v, i) => v === cells[i])) end++;
    const first = dateOf(k);
    const last = dateOf(end);
    const label = k === 0 ? msg(lang, 'label.now') : end > k ? `${k}–${end}` : String(k);
    const date = first === null ? '' : end > k && last ? `${formatCivilDate(first).slice(0, 7)}…${formatCivilDate(last).slice(0, 7)}` : formatCivilDate(first);
    rows.push({ label, date, cells });
    k = end + 1;
  }
  const [head, ...more] = headRows(plans, heads, x, msg(lang, 'label.month'), null);
  const tb = table([head?.[0] ?? '', msg(lang, 'label.date'), ...(head ?? []).slice(1)], ['right', 'left', ...plans.map(() => 'right' as const)]);
  for (const r of more) tb.push([r[0] ?? '', '', ...r.slice(1)]);
  for (const r of rows) tb.push([r.label, r.date, ...r.cells]);
  tb.push([msg(lang, 'label.total'), '', ...plans.map((p) => money(p.totalPaid))]);
  return tb.toString();
}

function schedules(x: Ctx): string[] {
  const { ev, money } = x;
  if (ev.plans.length === 0) return [];
  const figures = (p: Plan) => Math.max(displayWidth(money(p.totalPaid)), ...p.schedule.map((r) => displayWidth(money(r.payment))));
  const heads = new Map(ev.plans.map((p) => [p.id, planHead(p, x, false, figures(p))]));
  const colWidth = (p: Plan) => heads.get(p.id)?.width ?? 0;
  const labelWidth = 7 + 3 + 15; // "#" column ("12–35") and the date range
  return groups(ev.plans, colWidth, labelWidth, x.width).map((g) => sideBySide(x, g, heads));
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
  parts.push(x.c.bold(msg(opts.lang, 'label.schedules')));
  parts.push(...schedules(x));
  return `${parts.join('\n\n')}\n`;
}
