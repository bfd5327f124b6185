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
import { paymentRuns, planName, type PaymentRun } from './plan-words.js';
import type { Evaluation } from '../report/types.js';
import { followUpOf } from '../followup/config.js';

/** An amount as read aloud in the policy's currency ("¥20,965.85"). */
export function moneyText(amount: Minor, policy: Policy): string {
  return money(amount, policy.currency);
}

/** A date as read aloud: "28 February 2026" / "2026年2月28日". */
export function dateText(d: CivilDate, lang: Lang): string {
  return msg(lang, 'date.long', { year: d.year, month: d.month, day: d.day });
}

export { paymentRuns, type PaymentRun } from './plan-words.js';

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
    header: (ev: Evaluation) =>
      [
        ev.account.id ? msg(lang, 'script.header.account', { id: ev.account.id }) : null,
        msg(lang, 'script.header.policy', { name: ev.policy.name, version: ev.policy.version }),
        msg(lang, 'script.header.as-of', { date: day(ev.asOf) }),
      ]
        .filter(Boolean)
        .join(' · '),
    owedHead: msg(lang, 'script.owed-head'),
    owed: (ev: Evaluation) => {
      const s = ev.snapshot;
      return msg(lang, 'script.owed', {
        date: day(ev.asOf),
        total: m(s.total, ev),
        principal: m(s.principal, ev),
        interest: m(s.interest, ev),
        fees: m(s.fees, ev),
      });
    },
    estimated: msg(lang, 'script.estimated'),
    waivedHead: msg(lang, 'script.waived-head'),
    waived: (ev: Evaluation, plan: Plan) => {
      const parts = (['fees', 'interest', 'principal'] as const)
        .filter((k) => plan.waived[k] > 0n)
        .map((k) => msg(lang, `script.waived.${k}`, { amount: m(plan.waived[k], ev) }));
      if (parts.length === 0) return msg(lang, 'script.nothing-waived', { amount: m(plan.amount, ev) });
      return msg(lang, 'script.waived', { parts: listText(lang, parts), count: parts.length, total: m(plan.waived.total, ev), amount: m(plan.amount, ev) });
    },
    scheduleHead: msg(lang, 'script.schedule-head'),
    lumpSum: (ev: Evaluation, plan: Plan) =>
      plan.dueBy
        ? msg(lang, 'script.lump-sum.due', { amount: m(plan.paymentNow, ev), date: day(plan.dueBy) })
        : msg(lang, 'script.lump-sum.now', { amount: m(plan.paymentNow, ev), date: day(ev.asOf) }),
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
      return cost.length === 0
        ? msg(lang, 'script.totals.free', { total, payments })
        : msg(lang, 'script.totals', { total, payments, cost: listText(lang, cost) });
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
      if (isLumpSum(plan)) out.push(msg(lang, 'script.missed.lump', { ...r, by: plan.dueBy ? day(plan.dueBy) : '' }));
      else out.push(...missedPlan(ev, plan, lang));
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

/**
 * What a missed payment means for a monthly plan, as the policy's `followUp` says (SPEC §10):
 * the grace days, when the agreement breaks (missed count, days past due) and what a break does
 * (the rest falls due, waivers reinstated or kept, interest again). Nothing else is claimed.
 */
function missedPlan(ev: Evaluation, plan: Plan, lang: Lang): string[] {
  const f = followUpOf(ev.policy);
  const r = dailyAndAnnual(ev.policy);
  const lines = [f.graceDays > 0 ? msg(lang, 'script.missed.grace', { days: f.graceDays }) : msg(lang, 'script.missed.no-grace')];
  const when: string[] = [];
  if (f.breakAfterMissed !== null)
    when.push(f.breakAfterMissed === 1 ? msg(lang, 'script.missed.when.any') : msg(lang, 'script.missed.when.count', { n: f.breakAfterMissed }));
  // one missed payment already breaks it once the grace days are over: a later day count adds nothing
  if (f.breakAfterDays !== null && !(f.breakAfterMissed === 1 && f.breakAfterDays >= f.graceDays))
    when.push(msg(lang, 'script.missed.when.days', { days: f.breakAfterDays }));
  if (when.length === 0) return [...lines, msg(lang, 'script.missed.no-break')];
  const what = [msg(lang, 'script.missed.what.due')];
  const waived = moneyText(plan.waived.total, ev.policy);
  if (plan.waived.total > 0n)
    what.push(msg(lang, f.onBreak.reinstateWaivers ? 'script.missed.what.reinstated' : 'script.missed.what.kept', { amount: waived }));
  if (r.accrues) what.push(msg(lang, 'script.missed.what.interest', r));
  const joined =
    what.length === 1
      ? (what[0] ?? '')
      : `${what.slice(0, -1).join(msg(lang, 'script.missed.what.join'))}${msg(lang, 'script.missed.what.last')}${what[what.length - 1]}`;
  return [...lines, msg(lang, 'script.missed.break', { when: when.join(msg(lang, 'script.missed.or')), what: joined })];
}

type Phrases = ReturnType<typeof phrases>;
const EN = phrases('en');
const ZH = phrases('zh');

/**
 * What an Art. 70 agreement must also state (DOMAIN §1.5) beyond the debt, its make-up and
 * every instalment: whether interest and fees run during the plan, the cardholder's undertaking
 * not to apply for a new card until it is settled, and that the call is recorded. Factual; no
 * consequence the policy does not state.
 */
function art70(ev: Evaluation, plan: Plan, lang: Lang): string[] {
  const p = ev.policy;
  const charges =
    plan.totalInterest === 0n && plan.totalFees === 0n
      ? msg(lang, 'live.script.no-charges')
      : plan.totalInterest === 0n
        ? msg(lang, 'live.script.fees-only', { fees: moneyText(plan.totalFees, p) })
        : msg(lang, 'live.script.interest', { interest: moneyText(plan.totalInterest, p), fees: moneyText(plan.totalFees, p) });
  return [msg(lang, 'live.script.art70-head'), ...[charges, msg(lang, 'live.script.no-new-cards'), msg(lang, 'live.script.recorded')].map((s) => `   ${s}`)];
}

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
  // the plan named by its label and terms, the id small for reference (issue #10)
  const lines: string[] = [msg(lang, 'live.script.title', { name: planName(plan, lang), id: plan.id }), t.header(ev), ''];
  lines.push(t.owedHead, indent(t.owed(ev)));
  if (ev.snapshot.estimated.interest || ev.snapshot.estimated.fees) lines.push(indent(t.estimated));
  lines.push('', t.waivedHead, indent(t.waived(ev, plan)), '', t.scheduleHead);
  if (plan.paymentNow > 0n) {
    // a down payment (§4.10) is paid today, all of it to principal; a lump sum by its date
    lines.push(
      indent(
        plan.months > 0
          ? msg(lang, 'live.script.down-payment', { amount: moneyText(plan.paymentNow, ev.policy), date: dateText(ev.asOf, lang) })
          : t.lumpSum(ev, plan),
      ),
    );
  }
  for (const run of paymentRuns(plan)) lines.push(indent(t.run(ev, run)));
  if (plan.months > 0) {
    const day = ev.asOf.day;
    lines.push(indent(msg(lang, day > 28 ? 'live.script.due-day-clamped' : 'live.script.due-day', { day })));
  }
  lines.push(indent(t.totals(ev, plan)));
  lines.push('', t.rateHead, indent(t.rate(ev, plan)));
  lines.push('', t.missedHead, ...t.missed(ev, plan).map(indent));
  if (plan.months > 0 && ev.policy.currency.code === 'CNY') lines.push('', ...art70(ev, plan, lang));
  lines.push('', t.closing);
  return `${lines.join('\n')}\n`;
}
