/**
 * The one-screen view of a live call (issue #10): what an agent needs before the menu, in
 * about a dozen lines that fit 80×24 — the debt in one line, what waiting costs, what the
 * cardholder can afford, the recommended plan (and the one answering a counter-offer) and the
 * two or three best alternatives in words with APR and affordability. The full comparison and
 * the schedules stay one request away. Pure: Evaluation in, text out.
 */
import { msg } from '../messages/index.js';
import type { Lang } from '../policy/types.js';
import type { Plan } from '../analysis/types.js';
import type { Evaluation } from '../report/types.js';
import { planName, planSummary } from './plan-words.js';
import { moneyText } from './script.js';
import { wrapText } from './wrap.js';

export interface CompactOptions {
  lang: Lang;
  width: number;
  colour: boolean;
  /** The plan that answers the counter-offer, shown first when it is not the recommendation. */
  answer?: string | null;
  /** How many alternatives (2 on a 24-row terminal, 3 when there is room). */
  alternatives?: number;
  /** How the full comparison is reached: a flag (`plan`) or a menu item (`negotiate`). */
  more: 'flag' | 'menu';
}

const BOLD = (s: string) => `\u001b[1m${s}\u001b[22m`;
const DIM = (s: string) => `\u001b[2m${s}\u001b[22m`;

function rank(p: Plan): number {
  return p.affordable === true ? 0 : p.affordable === null ? 1 : 2;
}

/** Better for the cardholder and the lender: affordable first, then the higher NPV, then fewer months. */
function better(a: Plan, b: Plan): number {
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (a.npv !== b.npv) return a.npv > b.npv ? -1 : 1;
  return a.months - b.months;
}

/**
 * The best alternatives to the plans already shown: the best plan of each family not yet
 * shown first (a choice, not three terms of one offer), then the next best overall.
 */
export function alternatives(ev: Evaluation, shown: readonly string[], count: number): Plan[] {
  const rest = ev.plans.filter((p) => !shown.includes(p.id)).sort(better);
  const families = new Set(ev.plans.filter((p) => shown.includes(p.id)).map((p) => p.family));
  const out: Plan[] = [];
  for (const p of rest) {
    if (out.length >= count) break;
    if (!families.has(p.family)) {
      out.push(p);
      families.add(p.family);
    }
  }
  for (const p of rest) {
    if (out.length >= count) break;
    if (!out.includes(p)) out.push(p);
  }
  return out;
}

/** The debt, what waiting costs and what the cardholder can afford: three short lines. */
export function debtLines(ev: Evaluation, lang: Lang): string[] {
  const pol = ev.policy;
  const m = (x: bigint) => moneyText(x, pol);
  const s = ev.snapshot;
  const est = s.estimated.interest || s.estimated.fees ? msg(lang, 'live.estimated') : '';
  const account = ev.account.id ? msg(lang, 'live.account', { id: ev.account.id }) : '';
  const lines = [
    msg(lang, 'live.debt', {
      account,
      days: ev.account.overdueDays,
      bucket: s.bucket,
      total: m(s.total),
      principal: m(s.principal),
      charges: m(s.interest + s.fees),
      est,
    }),
  ];
  const sq = ev.statusQuo;
  lines.push(msg(lang, 'live.waiting', { total: m(sq.total), more: m(sq.total - s.total) }));
  const a = ev.affordability;
  const budget: string[] = [
    a.cap === null || a.surplus === null ? msg(lang, 'live.budget-unknown') : msg(lang, 'live.budget', { cap: m(a.cap), surplus: m(a.surplus) }),
  ];
  if (a.availableCash !== null) budget.push(msg(lang, 'live.cash', { cash: m(a.availableCash) }));
  if (ev.account.hardship !== null) budget.push(msg(lang, 'live.hardship', { reason: msg(lang, `live.reason.${ev.account.hardship}`) }));
  if (ev.account.willingToRepay !== null) budget.push(msg(lang, ev.account.willingToRepay ? 'live.willing.yes' : 'live.willing.no'));
  lines.push(budget.join(' · '));
  return lines;
}

/** Two lines for a plan: its name (id small) after a marker, then its payments, APR and affordability. */
export function planBlock(plan: Plan, ev: Evaluation, lang: Lang, marker: string, colour: boolean): string[] {
  const id = `[${plan.id}]`;
  const head = `${marker}${planName(plan, lang)} ${colour ? DIM(id) : id}`;
  return [colour && marker.trim() !== '·' ? BOLD(head) : head, `  ${planSummary(plan, ev, lang)}`];
}

/** Why nothing is recommended, in one line. */
function noRecommendation(ev: Evaluation, lang: Lang): string {
  const r = ev.recommendation;
  if (r.code === 'no-plans') return msg(lang, 'live.no-plans');
  if (r.code === 'none-affordable' && r.closest && ev.affordability.cap !== null) {
    const plan = ev.plans.find((p) => p.id === r.closest?.planId);
    return msg(lang, 'live.none-affordable', {
      lowest: moneyText(r.closest.regularPayment, ev.policy),
      plan: plan ? planName(plan, lang) : r.closest.planId,
      cap: moneyText(ev.affordability.cap, ev.policy),
    });
  }
  return msg(lang, 'live.no-recommendation');
}

/** The compact view (ends with a newline). */
export function renderCompact(ev: Evaluation, opts: CompactOptions): string {
  const { lang, colour } = opts;
  const lines = [...debtLines(ev, lang)];
  const shown: string[] = [];
  const answer = opts.answer ? ev.plans.find((p) => p.id === opts.answer) : undefined;
  if (answer && answer.id !== ev.recommendation.planId) {
    lines.push(...planBlock(answer, ev, lang, msg(lang, 'live.answer'), colour));
    shown.push(answer.id);
  }
  const rec = ev.plans.find((p) => p.id === ev.recommendation.planId);
  if (rec) {
    lines.push(...planBlock(rec, ev, lang, msg(lang, 'live.recommended'), colour));
    shown.push(rec.id);
  } else {
    lines.push(noRecommendation(ev, lang));
  }
  const count = Math.max(0, (opts.alternatives ?? 3) - (shown.length > 1 ? 1 : 0));
  const alts = alternatives(ev, shown, count);
  for (const p of alts) lines.push(...planBlock(p, ev, lang, '· ', colour));
  // in negotiate the menu right below offers the full comparison; `plan` names its flag
  if (ev.plans.length > 0 && opts.more === 'flag') {
    lines.push(
      msg(lang, 'live.more', {
        plans: ev.plans.length,
        unavailable: ev.unavailable.length,
        how: msg(lang, opts.more === 'flag' ? 'live.more.flag' : 'live.more.menu'),
      }),
    );
  }
  return `${wrapText(lines.join('\n'), opts.width)}\n`;
}
