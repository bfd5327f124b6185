/**
 * Policy validation messages, second part: the cross-field rules (src/policy/rules.ts), the words
 * the messages are built from, and the labels of the schema's examples. The first part (what a
 * key's value must be, reading a policy file) is messages/policy.ts.
 */
import { defineMessages } from './types.js';

type S = string;

export const POLICY_RULES = defineMessages(() => ({
  // Cross-field rules (src/policy/rules.ts).
  'policy.rule.currency-digits': {
    en: (p: { code: S; iso: number; digits: number }) =>
      `${p.code} has ${p.iso} minor digit${p.iso === 1 ? '' : 's'} (ISO 4217), not ${p.digits}; set currency.minorDigits to ${p.iso} and write every amount with at most ${p.iso} decimal${p.iso === 1 ? '' : 's'}`,
    zh: (p: { code: S; iso: number; digits: number }) =>
      `${p.code} 的辅币单位是 ${p.iso} 位小数（ISO 4217），不是 ${p.digits}；请把 currency.minorDigits 设为 ${p.iso}，每个金额最多写 ${p.iso} 位小数`,
  },
  'policy.rule.money-decimals': {
    en: (p: { value: S; decimals: number; digits: number; code: S; suggestion: S }) =>
      `${p.value} has ${p.decimals} decimals but currency.minorDigits is ${p.digits} (${p.code}); write amounts with at most ${p.digits} decimal${p.digits === 1 ? '' : 's'}, e.g. "${p.suggestion}", or correct currency.minorDigits`,
    zh: (p: { value: S; decimals: number; digits: number; code: S; suggestion: S }) =>
      `${p.value} 有 ${p.decimals} 位小数，但 currency.minorDigits 是 ${p.digits}（${p.code}）；金额最多写 ${p.digits} 位小数，如 "${p.suggestion}"，或改正 currency.minorDigits`,
  },
  'policy.rule.bucket-star': {
    en: '"*" cannot name a bucket (in waiver tables it means every other bucket); choose another name, such as "M7+"',
    zh: '"*" 不能用作账龄段名（在减免表里它表示其余所有账龄段）；请换一个名字，如 "M7+"',
  },
  'policy.rule.duplicate-bucket': {
    en: (p: { value: S; first: number }) => `${p.value} already names buckets[${p.first}]; give each bucket its own name`,
    zh: (p: { value: S; first: number }) => `${p.value} 已是 buckets[${p.first}] 的名字；每个账龄段要有自己的名字`,
  },
  'policy.rule.bucket-order': {
    en: (p: { days: number; prev: number; prevDays: number }) =>
      `${p.days} is not more than buckets[${p.prev}].maxDays (${p.prevDays}): buckets overlap or are out of order; list buckets by strictly increasing maxDays, e.g. 0, 30, 60, …, null`,
    zh: (p: { days: number; prev: number; prevDays: number }) =>
      `${p.days} 不大于 buckets[${p.prev}].maxDays（${p.prevDays}）：账龄段重叠或顺序不对；请按 maxDays 严格递增排列，如 0、30、60、…、null`,
  },
  'policy.rule.null-not-last': {
    en: 'null (no upper bound) is allowed only on the last bucket; give the last overdue day of this bucket, or move it to the end',
    zh: 'null（无上限）只能用在最后一个账龄段；请写出这一段的最后逾期天数，或把它移到最后',
  },
  'policy.rule.last-not-null': {
    en: (p: { days: S }) =>
      `the last bucket ends at day ${p.days}, so a longer overdue account would fall in no bucket; set the last bucket's maxDays to null (add a bucket after it if needed)`,
    zh: (p: { days: S }) => `最后一个账龄段止于第 ${p.days} 天，逾期更久的账户将不属于任何账龄段；请把最后一段的 maxDays 设为 null（需要时在其后加一段）`,
  },
  'policy.rule.duplicate-offer-id': {
    en: (p: { value: S; first: number }) =>
      `${p.value} is already the id of offers[${p.first}]; give each offer its own id (plan ids such as installment-36 are built from it)`,
    zh: (p: { value: S; first: number }) => `${p.value} 已是 offers[${p.first}] 的 id；每个方案要有自己的 id（installment-36 这类方案编号由它生成）`,
  },
  'policy.rule.unknown-bucket': {
    en: (p: { value: S; names: S }) => `${p.value} is not a bucket of this policy; use one of ${p.names}`,
    zh: (p: { value: S; names: S }) => `${p.value} 不是本政策的账龄段；请用 ${p.names} 之一`,
  },
  'policy.rule.unknown-waiver-bucket': {
    en: (p: { value: S; names: S }) => `${p.value} is not a bucket of this policy; key waiver tables by ${p.names}, or "*" for every bucket not named`,
    zh: (p: { value: S; names: S }) => `${p.value} 不是本政策的账龄段；减免表的键请用 ${p.names}，或用 "*" 表示未列出的所有账龄段`,
  },
  'policy.rule.term-too-long': {
    en: (p: { n: number; limit: number }) =>
      `${p.n} months is longer than limits.maxTermMonths (${p.limit}); use terms of at most ${p.limit} months, or raise limits.maxTermMonths`,
    zh: (p: { n: number; limit: number }) => `${p.n} 个月超过了 limits.maxTermMonths（${p.limit}）；期数最多 ${p.limit} 个月，或调高 limits.maxTermMonths`,
  },
  'policy.rule.term-grace-too-long': {
    en: (p: { n: number; grace: number; gracePath: S; limit: number }) =>
      `${p.n} months after ${p.grace} grace months (${p.gracePath}) make ${p.n + p.grace}, more than limits.maxTermMonths (${p.limit}); keep term + grace within ${p.limit}: a term of at most ${p.limit - p.grace} months with that grace, or raise limits.maxTermMonths`,
    zh: (p: { n: number; grace: number; gracePath: S; limit: number }) =>
      `${p.grace} 个月宽限期（${p.gracePath}）加 ${p.n} 个月共 ${p.n + p.grace} 个月，超过 limits.maxTermMonths（${p.limit}）；期数加宽限期不超过 ${p.limit}：这个宽限期下期数最多 ${p.limit - p.grace} 个月，或调高 limits.maxTermMonths`,
  },
  'policy.rule.grace-share': {
    en: (p: { grace: number; value: S; below: S }) =>
      `${p.grace} grace months at ${p.value} of the debt each pay it all before the term starts; use a graceShare below ${p.below} (1 ÷ ${p.grace}), e.g. "0.01"`,
    zh: (p: { grace: number; value: S; below: S }) =>
      `宽限期 ${p.grace} 个月、每月还欠款的 ${p.value}，分期开始前就已还清；请让 graceShare 小于 ${p.below}（1 ÷ ${p.grace}），如 "0.01"`,
  },
  'policy.rule.late-fee-bounds': {
    en: (p: { min: S; max: S }) =>
      `${p.min} is more than lateFee.max (${p.max}); make lateFee.min at most lateFee.max, or set lateFee.max to null for no upper bound`,
    zh: (p: { min: S; max: S }) => `${p.min} 大于 lateFee.max（${p.max}）；请让 lateFee.min 不大于 lateFee.max，或把 lateFee.max 设为 null 表示无上限`,
  },
  // Words the messages above are built from.
  // how a value reads inside a message (policy/rules.ts describeValue): `"0,5"`, the JSON number 0.5, a list …
  'policy.value.string': { en: (p: { text: S }) => p.text, zh: (p: { text: S }) => p.text },
  'policy.value.number': { en: (p: { text: S }) => `the JSON number ${p.text}`, zh: (p: { text: S }) => `JSON 数字 ${p.text}` },
  'policy.value.boolean': { en: (p: { text: S }) => `the JSON value ${p.text}`, zh: (p: { text: S }) => `JSON 值 ${p.text}` },
  'policy.value.null': { en: 'null', zh: 'null' },
  'policy.value.list': { en: 'a list', zh: '列表' },
  'policy.value.object': { en: 'an object', zh: '对象' },
  'policy.type.string': { en: 'a string', zh: '字符串' },
  'policy.type.integer': { en: 'a whole number', zh: '整数' },
  'policy.type.number': { en: 'a number', zh: '数字' },
  'policy.type.object': { en: 'an object', zh: '对象' },
  'policy.type.array': { en: 'a list', zh: '列表' },
  'policy.type.null': { en: 'null', zh: 'null' },
  'policy.type.boolean': { en: 'true or false', zh: 'true 或 false' },
  'policy.or': { en: ' or ', zh: ' 或 ' },
  /** Between the items of a list before its last ("a, b or c" / "a、b 或 c"). */
  'policy.list-sep': { en: ', ', zh: '、' },
  'policy.range.between': {
    en: (p: { lo: number; hi: number }) => `a whole number from ${p.lo} to ${p.hi}`,
    zh: (p: { lo: number; hi: number }) => ` ${p.lo} 到 ${p.hi} 之间的整数`,
  },
  'policy.range.min': { en: (p: { lo: number }) => `a whole number, at least ${p.lo}`, zh: (p: { lo: number }) => `不小于 ${p.lo} 的整数` },
  'policy.range.max': { en: (p: { hi: number }) => `a whole number, at most ${p.hi}`, zh: (p: { hi: number }) => `不大于 ${p.hi} 的整数` },
  'policy.range.any': { en: 'a whole number', zh: '整数' },
  'policy.item.buckets': { en: 'bucket', zh: '账龄段' },
  'policy.item.offer-buckets': { en: 'bucket name', zh: '账龄段名' },
  'policy.item.offers': { en: 'offer', zh: '方案' },
  'policy.item.terms': { en: 'term (months)', zh: '期数（月）' },
  'policy.item.graceMonths': { en: 'grace length (months)', zh: '宽限期（月）' },
  'policy.item.any': { en: 'item', zh: '项' },
  // Labels of the schema's examples (`exampleLabels`), printed after the example in parentheses.
  'policy.example.or-null-lower': { en: 'or null for no lower bound', zh: '或 null 表示无下限' },
  'policy.example.no-upper': { en: 'no upper bound', zh: '无上限' },
  'policy.example.no-cap': { en: 'no cap', zh: '不设上限' },
  'policy.example.or-null-last': { en: 'or null on the last bucket', zh: '最后一段写 null' },
  'policy.example.all': { en: 'all', zh: '全部' },
  'policy.example.half': { en: 'half', zh: '一半' },
}));
