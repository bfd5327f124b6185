/**
 * A plan as a person says it (issue #10): its name (label and terms, the id kept small for
 * reference) and its payments in words, every run stated exactly — "分 24 期，每月 ¥1,003.33，
 * 最后一期 ¥1,003.41" / "24 monthly payments of ¥1,003.33, the last ¥1,003.41" — never "× 24"
 * when 23 payments differ from the last.
 */
import { formatCivilDate } from '../dates/civil-date.js';
import type { Lang } from '../policy/types.js';
import { msg } from '../messages/index.js';
import type { Plan } from '../analysis/types.js';
import { rateText } from '../money/display.js';
import type { Evaluation } from '../report/types.js';
import { moneyText as money } from '../money/display.js';
import type { ScheduleRow } from '../plans/types.js';
import type { Minor } from '../money/amount.js';
import type { Policy } from '../policy/types.js';

const moneyText = (amount: Minor, policy: Policy): string => money(amount, policy.currency);

/** Consecutive rows with the same payment and the same phase (grace or not), for folding. */
export interface PaymentRun {
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

/** Label and terms: "个性化分期 24 期", "Interest freeze with grace, 3 grace + 36 months". */
export function planName(plan: Plan, lang: Lang): string {
  const label = plan.label[lang];
  if (plan.months === 0) return msg(lang, 'live.name.lump', { label });
  if (plan.graceMonths > 0) return msg(lang, 'live.name.deferral', { label, g: plan.graceMonths, n: plan.months - plan.graceMonths });
  if (plan.paymentNow > 0n) return msg(lang, 'live.name.down-payment', { label, n: plan.months });
  return msg(lang, 'live.name.term', { label, n: plan.months });
}

/** The terms alone, when the label is already said: "24 期", "3 grace + 36 months". */
export function planTerms(plan: Plan, lang: Lang): string {
  if (plan.months === 0) return msg(lang, 'live.terms.lump');
  if (plan.graceMonths > 0) return msg(lang, 'live.terms.deferral', { g: plan.graceMonths, n: plan.months - plan.graceMonths });
  if (plan.paymentNow > 0n) return msg(lang, 'live.terms.down-payment', { n: plan.months });
  return msg(lang, 'live.terms.term', { n: plan.months });
}

/** The payments in words, every run exact. */
export function planPayments(plan: Plan, ev: Evaluation, lang: Lang): string {
  const pol = ev.policy;
  const m = (x: bigint) => moneyText(x, pol);
  if (plan.months === 0) {
    return msg(lang, 'live.pay.lump', { amount: m(plan.paymentNow), date: formatCivilDate(plan.dueBy ?? ev.asOf) });
  }
  const parts: string[] = [];
  if (plan.paymentNow > 0n) parts.push(msg(lang, 'live.pay.now', { amount: m(plan.paymentNow) }));
  const runs = paymentRuns(plan);
  const grace = runs.filter((r) => r.grace);
  const rest = runs.filter((r) => !r.grace);
  for (const g of grace) parts.push(msg(lang, 'live.pay.grace', { n: g.count, amount: m(g.payment) }));
  const n = rest.reduce((s, r) => s + r.count, 0);
  const first = rest[0];
  const last = rest[rest.length - 1];
  if (first && last) {
    if (n === 1) parts.push(msg(lang, 'live.pay.single', { amount: m(first.payment) }));
    else if (rest.length === 1) parts.push(msg(lang, 'live.pay.equal', { n, amount: m(first.payment) }));
    else if (rest.length === 2 && last.count === 1) parts.push(msg(lang, 'live.pay.last', { n, amount: m(first.payment), last: m(last.payment) }));
    else parts.push(msg(lang, 'live.pay.varying', { n, first: m(first.payment), last: m(last.payment) }));
  }
  return parts.join(msg(lang, 'live.pay.then'));
}

/** APR as the policy displays it (nominal or effective), e.g. "年化 10.90%". */
export function planRate(plan: Plan, ev: Evaluation, lang: Lang): string | null {
  if (!plan.rates) return null;
  return ev.policy.aprDisplay === 'effective'
    ? msg(lang, 'live.aprc', { rate: rateText(plan.rates.effectiveAnnualRate) })
    : msg(lang, 'live.apr', { rate: rateText(plan.rates.apr) });
}

export function affordWord(a: boolean | null, lang: Lang): string {
  return a === true ? msg(lang, 'live.afford.true') : a === false ? msg(lang, 'live.afford.false') : msg(lang, 'live.afford.null');
}

/** Payments · APR · affordability on one line. */
export function planSummary(plan: Plan, ev: Evaluation, lang: Lang): string {
  return [planPayments(plan, ev, lang), planRate(plan, ev, lang), affordWord(plan.affordable, lang)].filter((s): s is string => s !== null).join(' · ');
}

/** Name with the id small for reference: "个性化分期 24 期 [installment-24]". */
export function planTitle(plan: Plan, lang: Lang, small: (s: string) => string = (s) => s): string {
  return `${planName(plan, lang)} ${small(`[${plan.id}]`)}`;
}
