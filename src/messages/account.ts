/**
 * What is wrong with an account field (§2): amounts, overdue days, the valuation date. The core
 * (money/amount.ts, core/account.ts) returns the code and these parameters; English is the
 * text of the JSON error object, Chinese is shown by the live call (negotiate).
 */
import { defineMessages } from './types.js';

/** Every amount message: field name, the value as typed (JSON-quoted), an example, the currency. */
type Amount = { field: string; value: string; example: string; code: string; digits: number; sign: string };

const malformedZh = (p: Amount) =>
  `${p.field}：${p.value} 不是有效金额，请只输入数字（${p.sign ? `可带 ${p.sign} 和` : '可带'}千位逗号，最多 ${p.digits} 位小数），例如 ${p.example}`;

export const ACCOUNT = defineMessages(() => ({
  'amount.empty': {
    zh: (p: Amount) => `${p.field}必须填写，例如 ${p.example}`,
    en: (p: Amount) => `${p.field}: ${p.value} is empty: give an amount such as ${p.example}`,
  },
  /** Negative where the amount must be greater than 0 (principal, counter-offers). */
  'amount.negative.positive': {
    zh: (p: Amount) => `${p.field}不能是负数（输入的是 ${p.value}）：请输入大于 0 的金额，例如 ${p.example}`,
    en: (p: Amount) => `${p.field}: ${p.value} is negative: ${p.field} must be greater than 0`,
  },
  /** Negative where 0 is allowed. */
  'amount.negative.non-negative': {
    zh: (p: Amount) => `${p.field}不能是负数（输入的是 ${p.value}）：请输入 0 或以上的金额`,
    en: (p: Amount) => `${p.field}: ${p.value} is negative: ${p.field} must be 0 or more`,
  },
  'amount.currency': {
    zh: (p: Amount & { typed: string }) => `${p.field}：${p.value} 的货币符号与政策货币 ${p.code} 不符，请去掉符号`,
    en: (p: Amount & { typed: string }) =>
      `${p.field}: ${p.value} has the sign ${p.typed} but the policy currency is ${p.code}: drop the sign or use a ${p.code} policy`,
  },
  'amount.not-a-number': {
    zh: malformedZh,
    en: (p: Amount) => `${p.field}: ${p.value} is not a number: give an amount such as ${p.example}`,
  },
  'amount.exponent': {
    zh: (p: Amount) => `${p.field}：${p.value} 用了科学计数法，请直接写出金额，例如 ${p.example}`,
    en: (p: Amount) => `${p.field}: ${p.value} uses an exponent: write the amount out in full, e.g. ${p.example}`,
  },
  'amount.two-points': {
    zh: (p: Amount) => `${p.field}：${p.value} 有多个小数点，请输入例如 ${p.example}`,
    en: (p: Amount) => `${p.field}: ${p.value} has more than one decimal point: give an amount such as ${p.example}`,
  },
  'amount.grouping': {
    zh: (p: Amount) => `${p.field}：${p.value} 的千位逗号位置不对，写成 1,234,567.89 或不加逗号`,
    en: (p: Amount) => `${p.field}: ${p.value} has misplaced thousands separators: group digits by three (1,234,567.89) or leave the commas out`,
  },
  'amount.malformed': {
    zh: malformedZh,
    en: (p: Amount) => `${p.field}: ${p.value} is not an amount: use digits with an optional currency sign and at most ${p.digits} decimals, e.g. ${p.example}`,
  },
  /** Issue code `amount.malformed`: "12." */
  'amount.trailing-point': {
    zh: malformedZh,
    en: (p: Amount) => `${p.field}: ${p.value} ends with a decimal point: give an amount such as ${p.example}`,
  },
  'amount.too-many-decimals': {
    zh: (p: Amount & { decimals: number }) => `${p.field}：${p.value} 小数位太多，${p.code} 最多 ${p.digits} 位小数`,
    en: (p: Amount & { decimals: number }) =>
      `${p.field}: ${p.value} has ${p.decimals} decimals but ${p.code} has ${p.digits}: round it to ${p.digits} decimal${p.digits === 1 ? '' : 's'}`,
  },
  'amount.too-large': {
    zh: (p: Amount & { max: number }) => `${p.field}：${p.value} 超出 repayplan 能处理的范围（整数部分最多 ${p.max} 位），请核对金额`,
    en: (p: Amount & { max: number }) =>
      `${p.field}: ${p.value} is larger than repayplan handles (at most ${p.max} digits before the decimal point): check the figure`,
  },
  'amount.zero': {
    zh: (p: Amount) => `${p.field}必须大于 0`,
    en: (p: Amount) => `${p.field}: ${p.value} is zero: ${p.field} must be greater than 0`,
  },

  'account.missing.principal': {
    zh: (p: { field: string; example: string }) => `${p.field}必须填写：请输入未还本金，例如 ${p.example}`,
    en: (p: { field: string; example: string }) => `${p.field} is required: give the outstanding principal, e.g. ${p.example}`,
  },
  'account.missing.overdue-days': {
    zh: (p: { field: string }) => `${p.field}必须填写：请输入逾期天数，例如 95`,
    en: (p: { field: string }) => `${p.field} is required: give the days past the missed due date, e.g. 95`,
  },
  'account.overdue-days.negative': {
    zh: (p: { field: string; value: string }) => `${p.field}不能是负数（输入的是 ${p.value}）：请输入 0 或以上的整数，例如 95`,
    en: (p: { field: string; value: string }) => `${p.field}: ${p.value} is negative: give a whole number of days, 0 or more, e.g. 95`,
  },
  'account.overdue-days.fraction': {
    zh: (p: { field: string; value: string }) => `${p.field}：${p.value} 不是整数，请输入整天数，例如 95`,
    en: (p: { field: string; value: string }) => `${p.field}: ${p.value} is not a whole number: give a whole number of days, 0 or more, e.g. 95`,
  },
  'account.overdue-days.not-a-number': {
    zh: (p: { field: string; value: string }) => `${p.field}：${p.value} 不是有效天数，请输入 0 或以上的整数，例如 95`,
    en: (p: { field: string; value: string }) => `${p.field}: ${p.value} is not a number of days: give a whole number of days, 0 or more, e.g. 95`,
  },
  'account.overdue-days.too-many': {
    zh: (p: { field: string; value: string; max: number }) => `${p.field}：${p.value} 超过 ${p.max} 天，请核对天数`,
    en: (p: { field: string; value: string; max: number }) => `${p.field}: ${p.value} is more than ${p.max} days: check the figure`,
  },
  'account.as-of': {
    zh: (p: { field: string; value: string }) => `${p.field}：${p.value} 不是 1900-01-01 至 2999-12-31 之间的日期，请写成 YYYY-MM-DD，例如 2026-11-22`,
    en: (p: { field: string; value: string }) =>
      `${p.field}: ${p.value} is not a calendar date between 1900-01-01 and 2999-12-31: write YYYY-MM-DD, e.g. 2026-11-22`,
  },
}));
