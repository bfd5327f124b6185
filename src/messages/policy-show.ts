/**
 * What `repayplan policy list` and `policy show --format table` print for people (render/policy.ts):
 * the preset descriptions, the list's headers and the summary's labels and values. Rates arrive
 * already as percentages (`common.percent`), amounts as the policy writes them.
 */
import { defineMessages } from './types.js';

type S = string;
type N = number;

export const POLICY_SHOW = defineMessages(() => ({
  // --- the built-in presets' one-line descriptions (policy/presets.ts; `policy list --format json` keeps the English)
  'policy.preset.cn-standard': {
    en: 'Mainland China (default): 0.05 %/day monthly compounding, 5 % late fee, Art. 70 installments up to 60 months, 停息挂账, settlement waivers',
    zh: '中国大陆（默认）：日利率 0.05%，按月复利，滞纳金 5%，第七十条个性化分期最长 60 个月，停息挂账，减免结清',
  },
  'policy.preset.us-card-act': {
    en: 'United States: ~24 % APR, $30 late fee capped at the minimum due (Reg Z), 6 % hardship plan up to 60 months, settlement ~50 % once charged off',
    zh: '美国：年化约 24%，滞纳金 $30 且不超过最低还款额（Reg Z），6% 困难分期最长 60 个月，核销后约 50% 和解结清',
  },
  'policy.preset.uk-fca': {
    en: 'United Kingdom (FCA CONC): ~24 % effective, £12 fee, interest frozen, plans within 48 months, token payments, full and final settlement',
    zh: '英国（FCA CONC）：实际年化约 24%，费用 £12，停止计息，还款计划不超过 48 个月，象征性还款，一次性和解结清',
  },

  // --- policy list
  'policy.list.name': { en: 'NAME', zh: '名称' },
  'policy.list.version': { en: 'VERSION', zh: '版本' },
  'policy.list.currency': { en: 'CURRENCY', zh: '币种' },
  'policy.list.sha256': { en: 'SHA-256', zh: 'SHA-256' },
  'policy.list.description': { en: 'DESCRIPTION', zh: '说明' },
  'policy.list.default': { en: (p: { name: S }) => `${p.name} (default)`, zh: (p: { name: S }) => `${p.name}（默认）` },

  // --- policy show: the hash line on stderr, and the summary's labels
  'policy.show.hash': {
    en: (p: { name: S; version: S; sha: S }) => `policy ${p.name} v${p.version}: sha256 ${p.sha}`,
    zh: (p: { name: S; version: S; sha: S }) => `政策 ${p.name} v${p.version}：sha256 ${p.sha}`,
  },
  'policy.show.unknown': {
    en: (p: { ref: S; presets: S }) => `policy show: ${p.ref} is neither a preset nor a readable file; use one of ${p.presets} or a path to a policy JSON file`,
    zh: (p: { ref: S; presets: S }) => `policy show：${p.ref} 既不是预设政策，也不是可读取的文件；请用 ${p.presets} 之一，或政策 JSON 文件的路径`,
  },
  'policy.validate.ok': {
    en: (p: { file: S; name: S; version: S; sha: S }) => `${p.file}: ok (${p.name} v${p.version}, sha256 ${p.sha})`,
    zh: (p: { file: S; name: S; version: S; sha: S }) => `${p.file}：通过（${p.name} v${p.version}，sha256 ${p.sha}）`,
  },
  'policy.validate.issue': { en: (p: { file: S; why: S }) => `${p.file}: ${p.why}`, zh: (p: { file: S; why: S }) => `${p.file}：${p.why}` },
  'policy.validate.bad-count': {
    en: (p: { bad: number; total: number }) => `${p.bad} of ${p.total} policy files have problems`,
    zh: (p: { bad: number; total: number }) => `${p.total} 个政策文件中有 ${p.bad} 个有问题`,
  },
  'policy.init.unknown': {
    en: (p: { name: S; presets: S }) => `policy init: ${p.name} is not a preset; use one of ${p.presets}`,
    zh: (p: { name: S; presets: S }) => `policy init：${p.name} 不是预设政策；请用 ${p.presets} 之一`,
  },
  'policy.show.label.currency': { en: 'currency', zh: '币种' },
  'policy.show.label.interest': { en: 'interest', zh: '利息' },
  'policy.show.label.late-fee': { en: 'late fee', zh: '滞纳金' },
  'policy.show.label.minimum-due': { en: 'minimum due', zh: '最低还款' },
  'policy.show.label.charges-cap': { en: 'charges cap', zh: '费用上限' },
  'policy.show.label.apr-shown': { en: 'APR shown', zh: '年化口径' },
  'policy.show.label.buckets': { en: 'buckets', zh: '逾期阶段' },
  'policy.show.label.affordable': { en: 'affordable', zh: '可负担' },
  'policy.show.label.recovery': { en: 'recovery', zh: '回收' },
  'policy.show.label.limits': { en: 'limits', zh: '限制' },
  'policy.show.label.follow-up': { en: 'follow-up', zh: '还款跟进' },
  'policy.show.offers': { en: 'offers', zh: '方案' },

  // --- policy show: the values
  'policy.show.none': { en: 'none', zh: '无' },
  'policy.show.list-sep': { en: ', ', zh: '、' },
  'policy.show.rounding.half-up': { en: 'half-up', zh: '四舍五入（half-up）' },
  'policy.show.rounding.half-even': { en: 'half-even', zh: '银行家舍入（half-even）' },
  'policy.show.compounding.monthly': { en: 'monthly', zh: '按月复利' },
  'policy.show.compounding.none': { en: 'none', zh: '不计复利' },
  'policy.show.apr.nominal': { en: 'nominal', zh: '名义年化（nominal）' },
  'policy.show.apr.effective': { en: 'effective', zh: '实际年化（effective）' },
  'policy.show.currency': {
    en: (p: { code: S; digits: N; rounding: S }) => `${p.code}, ${p.digits} decimals, ${p.rounding} rounding`,
    zh: (p: { code: S; digits: N; rounding: S }) => `${p.code}，${p.digits} 位小数，${p.rounding}`,
  },
  'policy.show.interest': {
    en: (p: { rate: S; compounding: S; cycleDays: N }) => `${p.rate} a day, compounding ${p.compounding}; ${p.cycleDays}-day cycles`,
    zh: (p: { rate: S; compounding: S; cycleDays: N }) => `日利率 ${p.rate}，${p.compounding}；账单周期 ${p.cycleDays} 天`,
  },
  'policy.show.late-fee.flat': {
    en: (p: { amount: S }) => `${p.amount} per missed due date`,
    zh: (p: { amount: S }) => `每逾期一个还款日 ${p.amount}`,
  },
  'policy.show.late-fee.percent': {
    en: (p: { rate: S; min: S; max: S }) =>
      `${p.rate} of the minimum due, ${p.min === '' ? 'no minimum' : `at least ${p.min}`}, ${p.max === '' ? 'no maximum' : `at most ${p.max}`}`,
    zh: (p: { rate: S; min: S; max: S }) =>
      `最低还款额的 ${p.rate}，${p.min === '' ? '无下限' : `至少 ${p.min}`}，${p.max === '' ? '无上限' : `至多 ${p.max}`}`,
  },
  'policy.show.minimum-due': { en: (p: { rate: S }) => `${p.rate} of the principal`, zh: (p: { rate: S }) => `本金的 ${p.rate}` },
  'policy.show.charges-cap': { en: (p: { rate: S }) => `${p.rate} a year`, zh: (p: { rate: S }) => `年化 ${p.rate}` },
  /** One bucket: "M1 1–30"; the open last one "M7+ 181+ days". */
  'policy.show.bucket.open': { en: (p: { name: S; from: N }) => `${p.name} ${p.from}+ days`, zh: (p: { name: S; from: N }) => `${p.name} ${p.from} 天及以上` },
  'policy.show.affordable': {
    en: (p: { share: S }) => `up to ${p.share} of the monthly surplus`,
    zh: (p: { share: S }) => `不超过每月结余的 ${p.share}`,
  },
  'policy.show.recovery': {
    en: (p: { discount: S; breakRate: S }) => `discount ${p.discount} a year, break ${p.breakRate} a month`,
    zh: (p: { discount: S; breakRate: S }) => `年贴现率 ${p.discount}，月违约率 ${p.breakRate}`,
  },
  'policy.show.limits': {
    en: (p: { months: N; minimum: S }) => `at most ${p.months} months; monthly payments at least ${p.minimum}`,
    zh: (p: { months: N; minimum: S }) => `最长 ${p.months} 个月；每月还款至少 ${p.minimum}`,
  },
  'policy.show.follow-up': {
    en: (p: { unset: N; grace: N; missed: S; days: S; allocation: S; reinstate: N; before: S; after: S }) =>
      `${p.unset ? '(not set: defaults) ' : ''}${p.grace} days' grace; broken at ${p.missed} missed or over ${p.days} days past due; ` +
      `payments ${p.allocation}; waivers ${p.reinstate ? 'reinstated' : 'kept'} on a break; reminders ${p.before} days before, ${p.after} after`,
    zh: (p: { unset: N; grace: N; missed: S; days: S; allocation: S; reinstate: N; before: S; after: S }) =>
      `${p.unset ? '（未设置：默认值）' : ''}宽限 ${p.grace} 天；逾期 ${p.missed} 期或超过 ${p.days} 天即违约；` +
      `还款冲抵顺序 ${p.allocation}；违约后减免${p.reinstate ? '恢复' : '保留'}；提醒：到期前 ${p.before} 天，到期后 ${p.after} 天`,
  },
  'policy.show.offer.title': {
    en: (p: { id: S; family: S; en: S; zh: S }) => `${p.id} (${p.family}): ${p.en} / ${p.zh}`,
    zh: (p: { id: S; family: S; en: S; zh: S }) => `${p.id}（${p.family}）：${p.zh}`,
  },
  'policy.show.offer.lump-sum': {
    en: (p: { days: N }) => `term 1 = lump sum within ${p.days} days, others monthly at no fee`,
    zh: (p: { days: N }) => `1 期即 ${p.days} 天内一次付清，其余按月分期、不收手续费`,
  },
  'policy.show.offer.flat-fee': { en: (p: { rate: S }) => `flat-fee ${p.rate} a month`, zh: (p: { rate: S }) => `flat-fee，每月手续费 ${p.rate}` },
  'policy.show.offer.rate': {
    en: (p: { method: S; rate: S }) => `${p.method} at ${p.rate} a year`,
    zh: (p: { method: S; rate: S }) => `${p.method}，年利率 ${p.rate}`,
  },
  'policy.show.offer.grace': {
    en: (p: { months: S; share: S }) => `; first ${p.months} months pay ${p.share} a month, no interest`,
    zh: (p: { months: S; share: S }) => `；前 ${p.months} 个月每月还 ${p.share}，不计息`,
  },
  'policy.show.offer.or': { en: ' or ', zh: ' 或 ' },
  'policy.show.offer.terms': {
    en: (p: { terms: S; buckets: S }) => `terms ${p.terms}; open to ${p.buckets}`,
    zh: (p: { terms: S; buckets: S }) => `期数 ${p.terms}；适用 ${p.buckets}`,
  },
  'policy.show.offer.waivers': { en: (p: { waivers: S }) => `waivers: ${p.waivers}`, zh: (p: { waivers: S }) => `减免：${p.waivers}` },
  'policy.show.offer.no-waiver': { en: 'nothing waived', zh: '不减免' },
  'policy.show.offer.waiver': {
    en: (p: { bucket: S; fees: S; interest: S; principal: S }) => `${p.bucket}: fees ${p.fees}, interest ${p.interest}, principal ${p.principal}`,
    zh: (p: { bucket: S; fees: S; interest: S; principal: S }) => `${p.bucket}：费用 ${p.fees}，利息 ${p.interest}，本金 ${p.principal}`,
  },
  'policy.show.offer.waiver-sep': { en: '; ', zh: '；' },
}));
