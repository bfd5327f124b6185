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

/** An amount as read aloud in the policy's currency ("¥20,965.85"). */
export function moneyText(amount: Minor, policy: Policy): string {
  return money(amount, policy.currency);
}

/** A date as read aloud: "28 February 2026" / "2026年2月28日". */
export function dateText(d: CivilDate, lang: Lang): string {
  return msg(lang, 'date.long', { year: d.year, month: d.month, day: d.day });
}

export { paymentRuns, type PaymentRun } from './plan-words.js';

interface Phrases {
  title: (plan: Plan) => string;
  header: (ev: Evaluation) => string;
  owedHead: string;
  owed: (ev: Evaluation) => string;
  estimated: string;
  waivedHead: string;
  waived: (ev: Evaluation, plan: Plan) => string;
  scheduleHead: string;
  lumpSum: (ev: Evaluation, plan: Plan) => string;
  run: (ev: Evaluation, run: PaymentRun) => string;
  totals: (ev: Evaluation, plan: Plan) => string;
  rateHead: string;
  rate: (ev: Evaluation, plan: Plan) => string;
  missedHead: string;
  missed: (ev: Evaluation, plan: Plan) => string[];
  closing: string;
  noPlan: (ev: Evaluation) => string[];
}

function listEn(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function waivedParts(ev: Evaluation, plan: Plan, lang: Lang): string[] {
  const p = ev.policy;
  const parts: string[] = [];
  const names = lang === 'zh' ? { fees: '费用', interest: '利息', principal: '本金' } : { fees: 'fees', interest: 'interest', principal: 'principal' };
  for (const key of ['fees', 'interest', 'principal'] as const) {
    const v = plan.waived[key];
    if (v > 0n) parts.push(lang === 'zh' ? `${names[key]} ${moneyText(v, p)}` : `${moneyText(v, p)} of ${names[key]}`);
  }
  return parts;
}

function displayedRate(ev: Evaluation, plan: Plan): string | null {
  if (!plan.rates) return null;
  return rateText(ev.policy.aprDisplay === 'effective' ? plan.rates.effectiveAnnualRate : plan.rates.apr);
}

function isLumpSum(plan: Plan): boolean {
  return plan.months === 0;
}

function zeroDailyRate(policy: Policy): boolean {
  return policy.dailyRate.num === 0n;
}

/** Daily rate and its simple annual equivalent (× 365), as the policy states it. */
function dailyAndAnnual(policy: Policy): { daily: string; annual: string } {
  const r = policy.dailyRate;
  return { daily: percentText(r, 2, 6), annual: percentText({ num: r.num * 365n, den: r.den }, 2, 4) };
}

const EN: Phrases = {
  title: (plan) => `Read-out script · ${plan.id} · ${plan.label.en}`,
  header: (ev) => [ev.account.id ? `Account ${ev.account.id}` : null, `policy ${ev.policy.name} v${ev.policy.version}`, `as of ${dateText(ev.asOf, 'en')}`].filter(Boolean).join(' · '),
  owedHead: '1. The amount owed',
  owed: (ev) => {
    const s = ev.snapshot;
    const p = ev.policy;
    return `As of ${dateText(ev.asOf, 'en')}, the balance on this account is ${moneyText(s.total, p)}: principal ${moneyText(s.principal, p)}, interest ${moneyText(s.interest, p)} and fees ${moneyText(s.fees, p)}.`;
  },
  estimated: 'The interest and fees are estimated from the policy\'s rates; the statement shows the exact figures.',
  waivedHead: '2. What is waived',
  waived: (ev, plan) => {
    const parts = waivedParts(ev, plan, 'en');
    if (parts.length === 0) return `Nothing is waived under this plan. The amount to repay is ${moneyText(plan.amount, ev.policy)}.`;
    const all = parts.length > 1 ? `, ${moneyText(plan.waived.total, ev.policy)} in all` : '';
    return `Under this plan, ${listEn(parts)} ${parts.length > 1 ? 'are' : 'is'} waived${all}. The amount to repay is ${moneyText(plan.amount, ev.policy)}.`;
  },
  scheduleHead: '3. What is paid, and when',
  lumpSum: (ev, plan) => (plan.dueBy
    ? `One payment of ${moneyText(plan.paymentNow, ev.policy)}, to be paid by ${dateText(plan.dueBy, 'en')}.`
    : `A payment of ${moneyText(plan.paymentNow, ev.policy)} on ${dateText(ev.asOf, 'en')}.`),
  run: (ev, run) => {
    const grace = run.grace ? ' (grace months: no interest or fees)' : '';
    if (run.count === 1) return `- ${moneyText(run.payment, ev.policy)} on ${dateText(run.from.date, 'en')}${grace}`;
    return `- ${run.count} monthly payments of ${moneyText(run.payment, ev.policy)}, from ${dateText(run.from.date, 'en')} to ${dateText(run.to.date, 'en')}${grace}`;
  },
  totals: (ev, plan) => {
    const p = ev.policy;
    const cost: string[] = [];
    if (plan.totalInterest > 0n) cost.push(`${moneyText(plan.totalInterest, p)} of interest`);
    if (plan.totalFees > 0n) cost.push(`${moneyText(plan.totalFees, p)} of fees`);
    const payments = plan.schedule.filter((r) => r.payment > 0n).length;
    const n = payments === 1 ? 'one payment' : `${payments} payments`;
    return cost.length === 0
      ? `In total, ${moneyText(plan.totalPaid, p)} in ${n}, with no interest or fees.`
      : `In total, ${moneyText(plan.totalPaid, p)} in ${n}, including ${listEn(cost)}.`;
  },
  rateHead: '4. The annual rate',
  rate: (ev, plan) => {
    const rate = displayedRate(ev, plan);
    if (plan.totalInterest === 0n && plan.totalFees === 0n) return `No interest or fees are charged under this plan, so its annual percentage rate is ${rate ?? '0.00%'}.`;
    if (rate === null) return 'The annual percentage rate was not computed for this run.';
    return ev.policy.aprDisplay === 'effective'
      ? `The annual percentage rate of charge (APRC, effective annual rate, by the internal-rate-of-return method) is ${rate}.`
      : `The annual percentage rate (APR, by the internal-rate-of-return method: 12 × the monthly rate) is ${rate}.`;
  },
  missedHead: '5. If a payment is missed',
  missed: (ev, plan) => {
    const p = ev.policy;
    const out: string[] = [];
    const r = dailyAndAnnual(p);
    const interest = zeroDailyRate(p) ? '' : ` and interest runs on it again at the policy's daily rate of ${r.daily} (${r.annual} a year)`;
    if (isLumpSum(plan)) {
      const keeps = zeroDailyRate(p) ? '' : ` and interest keeps running at the policy's daily rate of ${r.daily} (${r.annual} a year)`;
      out.push(`If the payment is not made${plan.dueBy ? ` by ${dateText(plan.dueBy, 'en')}` : ''}, this offer lapses: the full balance stays due${keeps}.`);
    } else {
      out.push(`If a payment is missed, the plan can be cancelled. The remaining balance then falls due at once${interest}.`);
    }
    out.push(p.currency.code === 'CNY'
      ? 'Missed payments are reported to the credit reference system; the record stays on the credit report for 5 years after the debt is settled.'
      : 'Missed payments may be reported to the credit reference agencies.');
    // Only Art. 70 (China) makes the issuer stop collection while a plan is kept; elsewhere the
    // policy says nothing of it, so the script claims nothing.
    if (isLumpSum(plan)) out.push('Once the payment is made, the account is settled and collection on it ends.');
    else if (p.currency.code === 'CNY') out.push('While the plan is kept, collection on this account stops (Article 70 of the Credit Card Business Measures).');
    return out;
  },
  closing: 'Does this plan work for you?',
  noPlan: (ev) => {
    const p = ev.policy;
    const c = ev.recommendation.closest;
    if (c) {
      const cap = ev.affordability.cap;
      return [
        `No plan on offer fits the monthly budget we worked out${cap !== null ? ` (${moneyText(cap, p)} a month)` : ''}.`,
        `The lowest monthly payment on offer is ${moneyText(c.regularPayment, p)} (${c.planId}).`,
        'If that amount is possible, or the figures change, we can look at the plans again.',
      ];
    }
    return [`No repayment plan is on offer for this account under policy ${p.name}: ${render('en', ev.recommendation.reason)}.`];
  },
};

const ZH: Phrases = {
  title: (plan) => `话术 · ${plan.id} · ${plan.label.zh}`,
  header: (ev) => [ev.account.id ? `账户 ${ev.account.id}` : null, `政策 ${ev.policy.name} v${ev.policy.version}`, `截至 ${dateText(ev.asOf, 'zh')}`].filter(Boolean).join(' · '),
  owedHead: '一、欠款金额',
  owed: (ev) => {
    const s = ev.snapshot;
    const p = ev.policy;
    return `截至${dateText(ev.asOf, 'zh')}，这个账户的欠款共 ${moneyText(s.total, p)}，其中本金 ${moneyText(s.principal, p)}、利息 ${moneyText(s.interest, p)}、费用 ${moneyText(s.fees, p)}。`;
  },
  estimated: '利息和费用是按政策费率估算的，具体以账单为准。',
  waivedHead: '二、减免',
  waived: (ev, plan) => {
    const parts = waivedParts(ev, plan, 'zh');
    if (parts.length === 0) return `这个方案没有减免，需要还款的金额是 ${moneyText(plan.amount, ev.policy)}。`;
    const all = parts.length > 1 ? `，共 ${moneyText(plan.waived.total, ev.policy)}` : '';
    return `按这个方案，为您减免${parts.join('、')}${all}；需要还款的金额是 ${moneyText(plan.amount, ev.policy)}。`;
  },
  scheduleHead: '三、还款安排',
  lumpSum: (ev, plan) => (plan.dueBy
    ? `一次性还款 ${moneyText(plan.paymentNow, ev.policy)}，请在${dateText(plan.dueBy, 'zh')}前还清。`
    : `${dateText(ev.asOf, 'zh')}还款 ${moneyText(plan.paymentNow, ev.policy)}。`),
  run: (ev, run) => {
    const grace = run.grace ? '（宽限期，不计利息和费用）' : '';
    if (run.count === 1) return `· ${dateText(run.from.date, 'zh')}还款 ${moneyText(run.payment, ev.policy)}${grace}`;
    return `· ${dateText(run.from.date, 'zh')}至${dateText(run.to.date, 'zh')}，每月还款 ${moneyText(run.payment, ev.policy)}，共 ${run.count} 期${grace}`;
  },
  totals: (ev, plan) => {
    const p = ev.policy;
    const cost: string[] = [];
    if (plan.totalInterest > 0n) cost.push(`利息 ${moneyText(plan.totalInterest, p)}`);
    if (plan.totalFees > 0n) cost.push(`手续费 ${moneyText(plan.totalFees, p)}`);
    const payments = plan.schedule.filter((r) => r.payment > 0n).length;
    return cost.length === 0
      ? `合计还款 ${moneyText(plan.totalPaid, p)}，共 ${payments} 笔，不收利息和费用。`
      : `合计还款 ${moneyText(plan.totalPaid, p)}，共 ${payments} 笔，其中${cost.join('、')}。`;
  },
  rateHead: '四、年化利率',
  rate: (ev, plan) => {
    const rate = displayedRate(ev, plan);
    if (plan.totalInterest === 0n && plan.totalFees === 0n) return `这个方案不收利息和费用，年化利率为 ${rate ?? '0.00%'}。`;
    if (rate === null) return '本次未计算年化利率。';
    return ev.policy.aprDisplay === 'effective'
      ? `按内部收益率法（IRR）计算，这个方案的实际年化利率（按年复利折算）为 ${rate}。`
      : `按内部收益率法（IRR）计算，这个方案的年化利率为 ${rate}。`;
  },
  missedHead: '五、如果没有按时还款',
  missed: (ev, plan) => {
    const p = ev.policy;
    const out: string[] = [];
    const r = dailyAndAnnual(p);
    const interest = zeroDailyRate(p) ? '' : `，并按政策日利率 ${r.daily}（年化 ${r.annual}）重新计息`;
    if (isLumpSum(plan)) {
      const keeps = zeroDailyRate(p) ? '' : `，并继续按政策日利率 ${r.daily}（年化 ${r.annual}）计息`;
      out.push(`如果${plan.dueBy ? `在${dateText(plan.dueBy, 'zh')}前` : ''}没有还款，这个方案就失效，全部欠款仍需归还${keeps}。`);
    } else {
      out.push(`如果有一期没有按时还款，这个方案可以被取消，剩余欠款将全部到期${interest}。`);
    }
    out.push(p.currency.code === 'CNY'
      ? '逾期记录会报送征信系统，在欠款还清后仍在信用报告中保留 5 年。'
      : '逾期记录可能会报送征信机构。');
    if (isLumpSum(plan)) out.push('还款完成后，这个账户即结清，不再催收。');
    else if (p.currency.code === 'CNY') out.push('按《商业银行信用卡业务监督管理办法》第七十条，方案正常履行期间，停止对这个账户的催收。');
    return out;
  },
  closing: '请问这个方案您是否可以接受？',
  noPlan: (ev) => {
    const p = ev.policy;
    const c = ev.recommendation.closest;
    if (c) {
      const cap = ev.affordability.cap;
      return [
        `按您提供的收支情况${cap !== null ? `（每月可负担约 ${moneyText(cap, p)}）` : ''}，目前没有合适的方案。`,
        `现有方案中最低的月供是 ${moneyText(c.regularPayment, p)}（${c.planId}）。`,
        '如果这个金额可以做到，或者情况有变化，我们可以再看一下方案。',
      ];
    }
    return [`按政策 ${p.name}，这个账户目前没有可用的还款方案：${render('en', ev.recommendation.reason)}。`];
  },
};

/**
 * What an Art. 70 agreement must also state (DOMAIN §1.5) beyond the debt, its make-up and
 * every instalment: whether interest and fees run during the plan, the cardholder's undertaking
 * not to apply for a new card until it is settled, and that the call is recorded. Factual; no
 * consequence the policy does not state.
 */
function art70(ev: Evaluation, plan: Plan, lang: Lang): string[] {
  const p = ev.policy;
  const charges = plan.totalInterest === 0n && plan.totalFees === 0n
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
  const t = lang === 'zh' ? ZH : EN;
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
    lines.push(indent(plan.months > 0 ? msg(lang, 'live.script.down-payment', { amount: moneyText(plan.paymentNow, ev.policy), date: dateText(ev.asOf, lang) }) : t.lumpSum(ev, plan)));
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
