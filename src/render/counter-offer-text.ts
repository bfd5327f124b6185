/**
 * Counter-offer verdicts as text under the comparison table (§4.10): one line per offer that
 * an agent can read at a glance — which plan fits, or how far the offer is from what would.
 */
import type { CounterOffer, CounterOfferPlanRef } from '../analysis/counter-offer.js';
import type { Lang } from '../policy/types.js';
import type { Evaluation } from '../report/types.js';
import { dateText, moneyText } from './script.js';

export interface CounterOfferTextOptions {
  lang: Lang;
  /** ANSI colour (the caller decides: TTY and no NO_COLOR). */
  colour: boolean;
}

const GREEN = (s: string) => `\u001b[32m${s}\u001b[39m`;
const YELLOW = (s: string) => `\u001b[33m${s}\u001b[39m`;
const DIM = (s: string) => `\u001b[2m${s}\u001b[22m`;
const BOLD = (s: string) => `\u001b[1m${s}\u001b[22m`;

function affordText(a: boolean | null, lang: Lang): string {
  if (lang === 'zh') return a === true ? '可负担' : a === false ? '不可负担' : '是否可负担未知（缺收入或现金数据）';
  return a === true ? 'affordable' : a === false ? 'not affordable' : 'affordability unknown (income or cash not given)';
}

function months(r: CounterOfferPlanRef, lang: Lang): string {
  if (lang === 'zh') return r.graceMonths > 0 ? `共 ${r.months} 期，含 ${r.graceMonths} 个月宽限期` : `共 ${r.months} 期`;
  return r.graceMonths > 0 ? `${r.months} months incl. ${r.graceMonths} of grace` : `${r.months} months`;
}

function notOfferedText(o: CounterOffer, ev: Evaluation, lang: Lang): string {
  if (lang === 'en') {
    if (o.code === 'down-payment-range') return 'the down payment must be more than 0 and less than the amount to repay';
    if (o.code === 'bucket') return `not offered in bucket ${ev.snapshot.bucket}`;
    if (o.code === 'no-lump-sum') return 'no lump-sum term for this account';
    return 'no term is available for this account';
  }
  if (o.code === 'down-payment-range') return lang === 'zh' ? '首付须大于 0 且小于应还金额' : 'the down payment must be more than 0 and less than the amount to repay';
  if (o.code === 'bucket') return `不适用于 ${ev.snapshot.bucket} 阶段的账户`;
  if (o.code === 'no-lump-sum') return '这个账户没有一次性结清的选项';
  return '这个账户没有可用的期限';
}

function line(o: CounterOffer, ev: Evaluation, lang: Lang, paint: (kind: 'ok' | 'short' | 'none', s: string) => string): string {
  const p = ev.policy;
  const label = lang === 'zh' ? o.label.zh : o.label.en;
  const head = lang === 'zh' ? `  ${label}（${o.offerId}）：` : `  ${label} (${o.offerId}): `;
  if (o.verdict === 'not-offered') return paint('none', `${head}${notOfferedText(o, ev, lang)}`);
  if (o.verdict === 'fits' && o.plan) {
    const r = o.plan;
    if (o.kind === 'down-payment') {
      return lang === 'zh'
        ? `${head}${paint('ok', `可行：${r.planId}`)}，首付 ${moneyText(r.paymentNow, p)}，之后每月 ${moneyText(r.payment, p)}，${months(r, lang)}；${affordText(r.affordable, lang)}`
        : `${head}${paint('ok', `fits ${r.planId}`)}: ${moneyText(r.paymentNow, p)} now, then ${moneyText(r.payment, p)} a month for ${months(r, lang)}; ${affordText(r.affordable, lang)}`;
    }
    if (o.kind === 'monthly') {
      return lang === 'zh'
        ? `${head}${paint('ok', `可行：${r.planId}`)}，每月 ${moneyText(r.payment, p)}，${months(r, lang)}；${affordText(r.affordable, lang)}`
        : `${head}${paint('ok', `fits ${r.planId}`)}: ${moneyText(r.payment, p)} a month for ${months(r, lang)}; ${affordText(r.affordable, lang)}`;
    }
    const by = r.dueBy ? (lang === 'zh' ? `，${dateText(r.dueBy, 'zh')}前付清` : `, by ${dateText(r.dueBy, 'en')}`) : '';
    const left = o.offered - r.payment;
    const rest = left > 0n ? (lang === 'zh' ? `（比提议少 ${moneyText(left, p)}）` : ` (${moneyText(left, p)} less than offered)`) : '';
    return lang === 'zh'
      ? `${head}${paint('ok', `可以接受：${r.planId}`)}，一次性结清 ${moneyText(r.payment, p)}${by}${rest}；${affordText(r.affordable, lang)}`
      : `${head}${paint('ok', `accept ${r.planId}`)}: settles for ${moneyText(r.payment, p)}${by}${rest}; ${affordText(r.affordable, lang)}`;
  }
  const n = o.needed as CounterOfferPlanRef;
  const gap = moneyText(o.shortfall ?? 0n, p);
  if (o.kind === 'monthly' || o.kind === 'down-payment') {
    return lang === 'zh'
      ? `${head}${paint('short', `不够：还差 ${gap}`)}；最低月供是 ${moneyText(n.payment, p)}（${n.planId}，${months(n, lang)}）`
      : `${head}${paint('short', `short by ${gap}`)}: the lowest monthly payment is ${moneyText(n.payment, p)} (${n.planId}, ${months(n, lang)})`;
  }
  const by = n.dueBy ? (lang === 'zh' ? `，${dateText(n.dueBy, 'zh')}前付清` : `, by ${dateText(n.dueBy, 'en')}`) : '';
  return lang === 'zh'
    ? `${head}${paint('short', `不够：还差 ${gap}`)}；一次性结清需要 ${moneyText(n.payment, p)}（${n.planId}${by}）`
    : `${head}${paint('short', `short by ${gap}`)}: the lump sum the policy needs is ${moneyText(n.payment, p)} (${n.planId}${by})`;
}

/** Counter-offer verdicts as text: a heading per counter-offer, one line per offer, then a summary. */
export function renderCounterOffers(list: CounterOffer[], ev: Evaluation, opts: CounterOfferTextOptions): string {
  if (list.length === 0) return '';
  const lang = opts.lang;
  const p = ev.policy;
  const paint = (kind: 'ok' | 'short' | 'none', s: string) => (!opts.colour ? s : kind === 'ok' ? GREEN(s) : kind === 'short' ? YELLOW(s) : DIM(s));
  const out: string[] = [];
  for (const kind of ['down-payment', 'monthly', 'lump'] as const) {
    const group = list.filter((o) => o.kind === kind);
    const first = group[0];
    if (!first) continue;
    const amount = moneyText(first.offered, p);
    const now = moneyText(first.downPayment ?? 0n, p);
    const heading = kind === 'down-payment'
      ? (lang === 'zh' ? `客户提议：现在还 ${now}，之后每月 ${amount}` : `Counter-offer: ${now} now and ${amount} a month`)
      : kind === 'monthly'
      ? (lang === 'zh' ? `客户提议：每月还 ${amount}` : `Counter-offer: ${amount} a month`)
      : (lang === 'zh' ? `客户提议：一次性还 ${amount}` : `Counter-offer: ${amount} now`);
    out.push(opts.colour ? BOLD(heading) : heading);
    for (const o of group) out.push(line(o, ev, lang, paint));
    const answerable = group.filter((o) => o.verdict !== 'not-offered');
    if (answerable.length > 0 && answerable.every((o) => o.verdict === 'short')) {
      // Nothing fits: say what would (the smallest need across the offers).
      const best = answerable.reduce((a, b) => ((b.needed?.payment ?? 0n) < (a.needed?.payment ?? 0n) ? b : a));
      const n = best.needed as CounterOfferPlanRef;
      out.push(kind !== 'lump'
        ? (lang === 'zh'
          ? `  → 没有方案能做到每月 ${amount}；每月至少 ${moneyText(n.payment, p)}（${n.planId}）才可以。`
          : `  → Nothing fits ${amount} a month; ${moneyText(n.payment, p)} a month would (${n.planId}).`)
        : (lang === 'zh'
          ? `  → ${amount} 不足以一次性结清；需要 ${moneyText(n.payment, p)}（${n.planId}）。`
          : `  → ${amount} does not settle the account; ${moneyText(n.payment, p)} would (${n.planId}).`));
    } else if (answerable.length === 0) {
      out.push(lang === 'zh' ? '  → 这个账户没有可以回应这个提议的方案。' : '  → No offer of the policy can answer this for this account.');
    }
  }
  return `${out.join('\n')}\n`;
}
