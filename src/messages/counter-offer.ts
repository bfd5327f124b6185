/** Counter-offer verdicts under the comparison table (`plan --offer-monthly/--offer-lump`, negotiate). */
import { defineMessages } from './types.js';

export const COUNTER_OFFER = defineMessages(() => ({
  /** `agree --plan <offer>-<n>+dp<Y>` without the counter-offer that makes the plan. */
  'plan.needs-offer': {
    zh: (p: { flag: string; id: string }) =>
      `${p.flag}：${p.id} 是首付方案，只在客户提议“首付 + 月供”时才有：请同时给出 --offer-lump（首付）和 --offer-monthly（月供），与 plan、negotiate 中一致`,
    en: (p: { flag: string; id: string }) =>
      `${p.flag}: ${p.id} is a down-payment plan, made only by a counter-offer of "Y now and X a month": give both --offer-lump Y and --offer-monthly X, as in plan and negotiate`,
  },
  'counter-offer.heading.monthly': {
    zh: (p: { amount: string }) => `客户提议：每月还 ${p.amount}`,
    en: (p: { amount: string }) => `Counter-offer: ${p.amount} a month`,
  },
  'counter-offer.heading.lump': {
    zh: (p: { amount: string }) => `客户提议：一次性还 ${p.amount}`,
    en: (p: { amount: string }) => `Counter-offer: ${p.amount} now`,
  },
  /** The start of an offer's line: its label and id. */
  'counter-offer.head': {
    zh: (p: { label: string; offer: string }) => `  ${p.label}（${p.offer}）：`,
    en: (p: { label: string; offer: string }) => `  ${p.label} (${p.offer}): `,
  },

  'counter-offer.not-offered.bucket': {
    zh: (p: { bucket: string }) => `不适用于 ${p.bucket} 阶段的账户`,
    en: (p: { bucket: string }) => `not offered in bucket ${p.bucket}`,
  },
  'counter-offer.not-offered.no-lump-sum': { zh: '这个账户没有一次性结清的选项', en: 'no lump-sum term for this account' },
  'counter-offer.not-offered.no-plan': { zh: '这个账户没有可用的期限', en: 'no term is available for this account' },
  /** The coloured verdict of a monthly offer that fits. */
  'counter-offer.fits': { zh: (p: { plan: string }) => `可行：${p.plan}`, en: (p: { plan: string }) => `fits ${p.plan}` },

  /** The coloured verdict of a lump sum that fits. */
  'counter-offer.accept': { zh: (p: { plan: string }) => `可以接受：${p.plan}`, en: (p: { plan: string }) => `accept ${p.plan}` },
  'counter-offer.by': { zh: (p: { date: string }) => `，${p.date}前付清`, en: (p: { date: string }) => `, by ${p.date}` },
  'counter-offer.less-than-offered': {
    zh: (p: { amount: string }) => `（比提议少 ${p.amount}）`,
    en: (p: { amount: string }) => ` (${p.amount} less than offered)`,
  },
  'counter-offer.fits.lump': {
    zh: (p: { payment: string; by: string; rest: string; afford: string }) => `，一次性结清 ${p.payment}${p.by}${p.rest}；${p.afford}`,
    en: (p: { payment: string; by: string; rest: string; afford: string }) => `: settles for ${p.payment}${p.by}${p.rest}; ${p.afford}`,
  },
  /** The coloured verdict of an offer that falls short. */
  'counter-offer.short': { zh: (p: { gap: string }) => `不够：还差 ${p.gap}`, en: (p: { gap: string }) => `short by ${p.gap}` },
  /** What would fit a monthly (or down-payment) offer: the plan asking least a month, named and in words. */
  'counter-offer.short.words': {
    zh: (p: { plan: string; words: string; afford: string }) => `；月供最低的是 ${p.plan}：${p.words}；${p.afford}`,
    en: (p: { plan: string; words: string; afford: string }) => `: the lowest monthly payment is in ${p.plan}: ${p.words}; ${p.afford}`,
  },
  'counter-offer.short.lump': {
    zh: (p: { payment: string; plan: string; by: string }) => `；一次性结清需要 ${p.payment}（${p.plan}${p.by}）`,
    en: (p: { payment: string; plan: string; by: string }) => `: the lump sum the policy needs is ${p.payment} (${p.plan}${p.by})`,
  },
  'counter-offer.nothing-fits.monthly': {
    zh: (p: { amount: string; payment: string; plan: string }) => `  → 没有方案能做到每月 ${p.amount}；每月至少 ${p.payment}（${p.plan}）才可以。`,
    en: (p: { amount: string; payment: string; plan: string }) => `  → Nothing fits ${p.amount} a month; ${p.payment} a month would (${p.plan}).`,
  },
  'counter-offer.nothing-fits.lump': {
    zh: (p: { amount: string; payment: string; plan: string }) => `  → ${p.amount} 不足以一次性结清；需要 ${p.payment}（${p.plan}）。`,
    en: (p: { amount: string; payment: string; plan: string }) => `  → ${p.amount} does not settle the account; ${p.payment} would (${p.plan}).`,
  },
  /** Why an offer cannot answer (the JSON's `reason`); `why` quotes a plan's unavailable reason. */
  'counter-offer.reason.bucket': {
    zh: (p: { offer: string; bucket: string }) => `${p.offer} 不适用于 ${p.bucket} 阶段的账户`,
    en: (p: { offer: string; bucket: string }) => `${p.offer} is not open to bucket ${p.bucket}`,
  },
  'counter-offer.reason.no-lump-sum': {
    zh: (p: { offer: string; why: string }) => `${p.offer} 对这个账户没有一次性结清的选项：${p.why}`,
    en: (p: { offer: string; why: string }) => `${p.offer} has no lump sum for this account: ${p.why}`,
  },
  'counter-offer.reason.no-lump-sum-term': {
    zh: (p: { offer: string }) => `${p.offer} 没有一次性结清的期限`,
    en: (p: { offer: string }) => `${p.offer} has no one-payment (lump-sum) term`,
  },
  'counter-offer.reason.no-plan': {
    zh: (p: { offer: string; why: string }) => `${p.offer} 没有可用的期限：${p.why}`,
    en: (p: { offer: string; why: string }) => `no term of ${p.offer} is available: ${p.why}`,
  },
  'counter-offer.reason.no-term': {
    zh: (p: { offer: string }) => `${p.offer} 没有可用的期限`,
    en: (p: { offer: string }) => `no term of ${p.offer} is available`,
  },
  'counter-offer.none-answers': { zh: '  → 这个账户没有可以回应这个提议的方案。', en: '  → No offer of the policy can answer this for this account.' },
}));
