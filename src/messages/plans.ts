/**
 * Why a plan is not offered (§4.5) and why a plan is recommended (§4.8). plans/generate.ts and
 * analysis/recovery.ts return these codes with their parameters; the JSON carries the English.
 */
import { defineMessages } from './types.js';

export const PLANS = defineMessages(() => ({
  'plan.unavailable.nothing-to-pay': { zh: '减免后无需还款', en: 'the waivers leave nothing to pay' },
  'plan.unavailable.term-too-long': {
    zh: (p: { months: number; limit: number }) => `${p.months} 个月超过政策上限 ${p.limit} 个月`,
    en: (p: { months: number; limit: number }) => `${p.months} months is longer than the policy's limit of ${p.limit}`,
  },
  'plan.unavailable.principal-not-positive': {
    zh: (p: { month: number; months: number }) => `第 ${p.month} 期没有本金可还：金额太小，不够分 ${p.months} 期`,
    en: (p: { month: number; months: number }) => `month ${p.month} would repay no principal: the amount is too small for ${p.months} months`,
  },
  'plan.unavailable.below-min-installment': {
    zh: (p: { month: number }) => `第 ${p.month} 期的还款额低于最低分期金额`,
    en: (p: { month: number }) => `month ${p.month} would ask for less than the minimum installment`,
  },

  'recommendation.no-plans': { zh: '该账户在此政策下没有可提供的方案', en: 'no plan is available for this account under the policy' },
  'recommendation.best-npv-affordable': { zh: '可负担方案中预期回收现值最高', en: 'affordable plan with the highest expected recovery (NPV)' },
  'recommendation.best-npv-unknown': {
    zh: '收入或资金未提供，按预期回收现值最高推荐，可负担性未知',
    en: 'highest expected recovery (NPV) among plans whose affordability is unknown (income or cash not given)',
  },
  'recommendation.none-affordable': { zh: '没有可负担的方案', en: 'no plan is affordable' },
  'recommendation.none-affordable.above-cap': {
    zh: '没有可负担的方案：最低月供也高于可负担上限',
    en: 'no plan is affordable: even the lowest monthly payment on offer is above the affordable cap',
  },
  'recommendation.none-affordable.closest': {
    zh: (p: { plan: string; payment: string; cap: string }) => `没有可负担的方案：最低月供方案 ${p.plan} 需 ${p.payment}/月，可负担上限 ${p.cap}/月`,
    en: (p: { plan: string; payment: string; cap: string }) =>
      `no plan is affordable: the lowest monthly payment on offer is ${p.payment} (${p.plan}) against an affordable cap of ${p.cap}`,
  },
}));
