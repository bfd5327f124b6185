/**
 * The read-out script (§1, §9; DOMAIN §1.9): what an agent reads to the cardholder for one
 * plan, in Chinese or English. It states amounts, dates and the policy's own consequences,
 * and nothing else: no threats, no legal or criminal wording, no third parties, no advice to
 * borrow, no personal data beyond the account reference. Pure: Evaluation in, text out.
 */
import { InternalError } from '../errors.js';
import type { CivilDate } from '../dates/civil-date.js';
import type { Minor } from '../money/amount.js';
import { moneyText as money, percentText, rateText } from '../money/display.js';
import { msg, render, type Lang } from '../messages/index.js';
import type { Policy } from '../policy/types.js';
import type { Plan } from '../analysis/types.js';
import type { ScheduleRow } from '../plans/types.js';
import type { Evaluation } from '../report/types.js';

/** An amount as read aloud in the policy's currency ("¥20,965.85"). */
export function moneyText(amount: Minor, policy: Policy): string {
  return money(amount, policy.currency);
}

/** A date as read aloud: "28 February 2026" / "2026年2月28日". */
export function dateText(d: CivilDate, lang: Lang): string {
  return msg(lang, 'date.long', { year: d.year, month: d.month, day: d.day });
}

/** Consecutive rows with the same payment and the same phase (grace or not), for folding. */
interface PaymentRun {
  from: ScheduleRow;
  to: ScheduleRow;
  count: number;
  payment: Minor;
  grace: boolean;
}

/** Folds a plan's monthly rows (k ≥ 1) into runs of equal payments. */
export function paymentRuns(plan: Plan): PaymentRun[] {
  const runs: PaymentRun[] = [];
  for (const row of plan.schedule) {
    if (row.k === 0) continue;
    const grace = row.k <= plan.graceMonths;
    const last = runs[runs.length - 1];
    if (last && last.payment === row.payment && last.grace === grace && last.to.k === row.k - 1) {
      last.to = row;
      last.count += 1;
    } else {
      runs.push({ from: row, to: row, count: 1, payment: row.payment, grace });
    }
  }
  return runs;
}

function listText(lang: Lang, items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(msg(lang, 'list.separator'))}${msg(lang, 'list.last-separator')}${items[items.length - 1]}`;
}

function displayedRate(ev: Evaluation, plan: Plan): string | null {
  if (!plan.rates) return null;
  return rateText(ev.policy.aprDisplay === 'effective' ? plan.rates.effectiveAnnualRate : plan.rates.apr);
}

function isLumpSum(plan: Plan): boolean {
  return plan.months === 0;
}

/** Daily rate and its simple annual equivalent (× 365), as the policy states it; accrues 0 when the rate is 0. */
function dailyAndAnnual(policy: Policy): { daily: string; annual: string; accrues: number } {
  const r = policy.dailyRate;
  return { daily: percentText(r, 2, 6), annual: percentText({ num: r.num * 365n, den: r.den }, 2, 4), accrues: r.num === 0n ? 0 : 1 };
}

/** The script's sentences in one language (words in src/messages/script.ts). */
function phrases(lang: Lang) {
  const m = (x: Minor, ev: Evaluation) => moneyText(x, ev.policy);
  const day = (d: CivilDate) => dateText(d, lang);
  return {
    title: (plan: Plan) => msg(lang, 'script.title', { plan: plan.id, label: plan.label[lang] }),
    header: (ev: Evaluation) => [
      ev.account.id ? msg(lang, 'script.header.account', { id: ev.account.id }) : null,
      msg(lang, 'script.header.policy', { name: ev.policy.name, version: ev.policy.version }),
      msg(lang, 'script.header.as-of', { date: day(ev.asOf) }),
    ].filter(Boolean).join(' · '),
    owedHead: msg(lang, 'script.owed-head'),
    owed: (ev: Evaluation) => {
      const s = ev.snapshot;
      return msg(lang, 'script.owed', { date: day(ev.asOf), total: m(s.total, ev), principal: m(s.principal, ev), interest: m(s.interest, ev), fees: m(s.fees, ev) });
    },
    estimated: msg(lang, 'script.estimated'),
    waivedHead: msg(lang, 'script.waived-head'),
    waived: (ev: Evaluation, plan: Plan) => {
      const parts = (['fees', 'interest', 'principal'] as const).filter((k) => plan.waived[k] > 0n).map((k) => msg(lang, `script.waived.${k}`, { amount: m(plan.waived[k], ev) }));
      if (parts.length === 0) return msg(lang, 'script.nothing-waived', { amount: m(plan.amount, ev) });
      return msg(lang, 'script.waived', { parts: listText(lang, parts), count: parts.length, total: m(plan.waived.total, ev), amount: m(plan.amount, ev) });
    },
    scheduleHead: msg(lang, 'script.schedule-head'),
    lumpSum: (ev: Evaluation, plan: Plan) => (plan.dueBy
      ? msg(lang, 'script.lump-sum.due', { amount: m(plan.paymentNow, ev), date: day(plan.dueBy) })
      : msg(lang, 'script.lump-sum.now', { amount: m(plan.paymentNow, ev), date: day(ev.asOf) })),
    run: (ev: Evaluation, run: PaymentRun) => {
      const grace = run.grace ? msg(lang, 'script.grace') : '';
      if (run.count === 1) return msg(lang, 'script.run.one', { amount: m(run.payment, ev), date: day(run.from.date), grace });
      return msg(lang, 'script.run.many', { count: run.count, amount: m(run.payment, ev), from: day(run.from.date), to: day(run.to.date), grace });
    },
    totals: (ev: Evaluation, plan: Plan) => {
      const cost: string[] = [];
      if (plan.totalInterest > 0n) cost.push(msg(lang, 'script.cost.interest', { amount: m(plan.totalInterest, ev) }));
      if (plan.totalFees > 0n) cost.push(msg(lang, 'script.cost.fees', { amount: m(plan.totalFees, ev) }));
      const payments = plan.schedule.filter((r) => r.payment > 0n).length;
      const total = m(plan.totalPaid, ev);
      return cost.length === 0 ? msg(lang, 'script.totals.free', { total, payments }) : msg(lang, 'script.totals', { total, payments, cost: listText(lang, cost) });
    },
    rateHead: msg(lang, 'script.rate-head'),
    rate: (ev: Evaluation, plan: Plan) => {
      const rate = displayedRate(ev, plan);
      if (plan.totalInterest === 0n && plan.totalFees === 0n) return msg(lang, 'script.rate.free', { rate: rate ?? '0.00%' });
      if (rate === null) return msg(lang, 'script.rate.none');
      return msg(lang, ev.policy.aprDisplay === 'effective' ? 'script.rate.effective' : 'script.rate.nominal', { rate });
    },
    missedHead: msg(lang, 'script.missed-head'),
    missed: (ev: Evaluation, plan: Plan) => {
      const p = ev.policy;
      const r = dailyAndAnnual(p);
      const china = p.currency.code === 'CNY';
      const out: string[] = [];
      out.push(isLumpSum(plan) ? msg(lang, 'script.missed.lump', { ...r, by: plan.dueBy ? day(plan.dueBy) : '' }) : msg(lang, 'script.missed.plan', r));
      out.push(msg(lang, china ? 'script.credit-report.cn' : 'script.credit-report.other'));
      // Only Art. 70 (China) makes the issuer stop collection while a plan is kept; elsewhere the
      // policy says nothing of it, so the script claims nothing.
      if (isLumpSum(plan)) out.push(msg(lang, 'script.settled'));
      else if (china) out.push(msg(lang, 'script.collection-stops.cn'));
      return out;
    },
    closing: msg(lang, 'script.closing'),
    noPlan: (ev: Evaluation) => {
      const c = ev.recommendation.closest;
      if (c) {
        const cap = ev.affordability.cap;
        return [
          msg(lang, 'script.no-fit', { cap: cap !== null ? m(cap, ev) : '' }),
          msg(lang, 'script.lowest', { payment: m(c.regularPayment, ev), plan: c.planId }),
          msg(lang, 'script.look-again'),
        ];
      }
      return [msg(lang, 'script.no-plan', { policy: ev.policy.name, why: render(lang, ev.recommendation.reason) })];
    },
  };
}

type Phrases = ReturnType<typeof phrases>;
const EN = phrases('en');
const ZH = phrases('zh');

/** The phrases of one language (for renderers that share the script's wording). */
export function scriptPhrases(lang: Lang): Phrases {
  return lang === 'zh' ? ZH : EN;
}

/**
 * The read-out script for one plan (`planId`, or the recommended plan when null), §1 / §9:
 * amount owed, what is waived, what is paid when (runs folded), the APR as the policy's
 * `aprDisplay` says (IRR method), and what happens if a payment is missed.
 */
export function renderScript(ev: Evaluation, planId: string | null, lang: Lang): string {
  const t = scriptPhrases(lang);
  const id = planId ?? ev.recommendation.planId;
  if (id === null) return `${t.noPlan(ev).join('\n')}\n`;
  const plan = ev.plans.find((p) => p.id === id);
  if (!plan) throw new InternalError(`renderScript: no plan ${id}`);
  const indent = (s: string) => `   ${s}`;
  const lines: string[] = [t.title(plan), t.header(ev), ''];
  lines.push(t.owedHead, indent(t.owed(ev)));
  if (ev.snapshot.estimated.interest || ev.snapshot.estimated.fees) lines.push(indent(t.estimated));
  lines.push('', t.waivedHead, indent(t.waived(ev, plan)), '', t.scheduleHead);
  if (plan.paymentNow > 0n) lines.push(indent(t.lumpSum(ev, plan)));
  for (const run of paymentRuns(plan)) lines.push(indent(t.run(ev, run)));
  lines.push(indent(t.totals(ev, plan)));
  lines.push('', t.rateHead, indent(t.rate(ev, plan)));
  lines.push('', t.missedHead, ...t.missed(ev, plan).map(indent));
  lines.push('', t.closing);
  return `${lines.join('\n')}\n`;
}
