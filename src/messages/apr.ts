/** Messages of `repayplan apr` (§11): the APR core's errors, the flag and file errors, the table. */
import { defineMessages } from './types.js';

export const APR = defineMessages(() => ({
  // --- the core: flow sets with no rate or several possible rates
  'apr.no-advance': {
    zh: '现金流里没有放款（借出的金额）：用 --advance 金额 --on 日期 给出，或写一笔负数的流水，如 --flow 2026-01-10:-10000',
    en: 'the flows hold no advance (money lent): give --advance AMOUNT --on DATE, or a negative flow such as --flow 2026-01-10:-10000',
  },
  'apr.no-payment': {
    zh: '现金流里没有还款：全部是同一方向的金额，无法求出利率；用 --payment 或 --flow 日期:金额 给出还款',
    en: 'the flows hold no payment: every amount goes one way, so no rate solves them; give payments with --payment or --flow DATE:AMOUNT',
  },
  'apr.amount-not-positive': {
    zh: (p: { date: string; amount: string }) => `${p.date} 的金额 ${p.amount} 必须大于 0：放款写负数或标为 advance，还款写正数`,
    en: (p: { date: string; amount: string }) =>
      `the amount ${p.amount} on ${p.date} must be greater than 0: write an advance as a negative amount or with kind advance, a payment as a positive one`,
  },
  'apr.before-advance': {
    zh: (p: { date: string; start: string }) => `${p.date} 的还款早于第一笔放款（${p.start}）：检查日期，放款应在最前`,
    en: (p: { date: string; start: string }) =>
      `the payment on ${p.date} comes before the first advance (${p.start}): check the dates; the advance comes first`,
  },
  'apr.nothing-financed': {
    zh: (p: { date: string }) => `${p.date} 扣除当日费用和还款后没有借出任何金额：费用或首付不能达到或超过放款`,
    en: (p: { date: string }) =>
      `nothing is financed on ${p.date} once that day's fees and payments are taken off the advance: a fee or down payment cannot reach the amount advanced`,
  },
  'apr.sign-changes': {
    zh: (p: { date: string }) => `${p.date} 在还款之后又有放款：现金流多次变号，可能有多个利率同时成立，无法给出唯一的年化利率；请分开计算每笔放款`,
    en: (p: { date: string }) =>
      `an advance on ${p.date} follows a payment: the flows change sign more than once, so several rates may solve them and no single APR can be stated; check each advance on its own`,
  },
  'apr.payments-below-advance': {
    zh: (p: { payments: string; financed: string }) => `还款合计 ${p.payments} 少于实际借款 ${p.financed}：利率为负，年化利率无意义；检查金额`,
    en: (p: { payments: string; financed: string }) =>
      `the payments total ${p.payments}, less than the amount financed ${p.financed}: the rate would be negative and no APR applies; check the amounts`,
  },
  'apr.rate-out-of-range': {
    zh: '利率高得超出可计算范围（每个周期超过 10^18 倍）：检查金额和日期，是否把还款写成了放款或日期写错',
    en: 'the rate is beyond any meaningful range (over 10^18 per period): check the amounts and dates for a payment typed as an advance or a wrong year',
  },
  'apr.no-convergence': {
    zh: '求解没有收敛到残差小于 0.000001：这组现金流给不出可靠的利率，请检查金额和日期',
    en: 'the solver did not reach |residual| < 0.000001 of the currency: these flows give no reliable rate; check the amounts and dates',
  },

  // --- flags, files and saved plans
  'apr.flag-payment': {
    zh: (p: { value: string }) => `--payment: "${p.value}" 不是“金额x期数”的写法，如 884.91x12`,
    en: (p: { value: string }) => `--payment: "${p.value}" is not AMOUNTxCOUNT, e.g. 884.91x12`,
  },
  'apr.flag-flow': {
    zh: (p: { value: string }) => `--flow: "${p.value}" 不是“日期:金额”的写法，如 2026-02-15:884.91（放款写负数：2026-01-10:-10000）`,
    en: (p: { value: string }) => `--flow: "${p.value}" is not DATE:AMOUNT, e.g. 2026-02-15:884.91 (an advance is negative: 2026-01-10:-10000)`,
  },
  'apr.flag-date': {
    zh: (p: { flag: string; value: string }) => `${p.flag}: "${p.value}" 不是有效日期：写成 YYYY-MM-DD，如 2026-01-10`,
    en: (p: { flag: string; value: string }) => `${p.flag}: "${p.value}" is not a valid date: write YYYY-MM-DD, e.g. 2026-01-10`,
  },
  'apr.flag-cap': {
    zh: (p: { value: string }) => `--cap: "${p.value}" 不是年利率小数：写成 0.24 表示 24%`,
    en: (p: { value: string }) => `--cap: "${p.value}" is not an annual rate as a fraction: write 0.24 for 24 %`,
  },
  'apr.flag-needs-advance': {
    zh: '--payment 需要 --advance：给出借款金额和日期（--advance 10000 --on 2026-01-10）',
    en: '--payment needs --advance: give the amount lent and its date (--advance 10000 --on 2026-01-10)',
  },
  'apr.flag-fee-without-advance': {
    zh: '--fee 需要 --advance：费用从放款中扣除',
    en: '--fee needs --advance: the fee is taken off the advance',
  },
  'apr.no-flows': {
    zh: '没有现金流：用 --advance/--payment、--flow、--flows 文件或 --from 已保存的方案给出',
    en: 'no flows given: use --advance with --payment, --flow, a --flows file, or --from a saved plan',
  },
  'apr.sources': {
    zh: '--from 不能与 --advance、--payment、--flow 或 --flows 同时使用：方案自带现金流',
    en: '--from cannot be combined with --advance, --payment, --flow or --flows: the saved plan brings its own flows',
  },
  'apr.file-unreadable': {
    zh: (p: { flag: string; path: string; why: string }) => `${p.flag}: ${p.path}: ${p.why}`,
    en: (p: { flag: string; path: string; why: string }) => `${p.flag}: ${p.path}: ${p.why}`,
  },
  'apr.file-format': {
    zh: (p: { flag: string; path: string; why: string }) =>
      `${p.flag}: ${p.path} 格式不对（${p.why}）：CSV 要有 date,amount 表头（可加 kind 列），JSON 是 [{"date":"2026-01-10","amount":"-10000"}, …]`,
    en: (p: { flag: string; path: string; why: string }) =>
      `${p.flag}: ${p.path} is not a flows file (${p.why}): a CSV needs a date,amount header (kind optional); JSON is [{"date":"2026-01-10","amount":"-10000"}, …]`,
  },
  'apr.file-row': {
    zh: (p: { path: string; row: number; why: string }) => `--flows: ${p.path} 第 ${p.row} 行：${p.why}`,
    en: (p: { path: string; row: number; why: string }) => `--flows: ${p.path} row ${p.row}: ${p.why}`,
  },
  'apr.kind': {
    zh: (p: { value: string }) => `类型 "${p.value}" 无效：用 advance（放款）、payment（还款）或 fee（费用）`,
    en: (p: { value: string }) => `kind "${p.value}" is not advance, payment or fee`,
  },
  'apr.from-not-plan': {
    zh: (p: { path: string }) => `--from: ${p.path} 不是 \`repayplan plan --format json\` 的输出，也不是 negotiate --save 保存的协议`,
    en: (p: { path: string }) => `--from: ${p.path} is neither \`repayplan plan --format json\` output nor an agreement saved by negotiate --save`,
  },
  'apr.from-needs-plan': {
    zh: (p: { ids: string }) => `--from 的文件里有多个方案：用 --plan 选一个（${p.ids}）`,
    en: (p: { ids: string }) => `--from holds several plans: choose one with --plan (${p.ids})`,
  },
  'apr.from-plan-unknown': {
    zh: (p: { id: string; ids: string }) => `--plan: 文件里没有方案 "${p.id}"：可选 ${p.ids}`,
    en: (p: { id: string; ids: string }) => `--plan: no plan "${p.id}" in the file: choose one of ${p.ids}`,
  },
  'apr.from-policy': {
    zh: (p: { path: string; name: string }) => `--from: ${p.path} 按政策 "${p.name}" 生成，它不是内置政策：用 --policy 文件 指定`,
    en: (p: { path: string; name: string }) => `--from: ${p.path} was made under policy "${p.name}", which is not a preset: pass it with --policy FILE`,
  },
  'apr.from-policy-mismatch': {
    zh: (p: { path: string; name: string; sha256: string }) =>
      `--from: ${p.path} 所用政策的 SHA-256 是 ${p.sha256}，与现在的 ${p.name} 不同：用 --policy 指定当时的政策`,
    en: (p: { path: string; name: string; sha256: string }) =>
      `--from: ${p.path} was made under a policy with SHA-256 ${p.sha256}, not today's ${p.name}: pass the same policy with --policy`,
  },
  'apr.from-bad-plan': {
    zh: (p: { path: string; field: string }) => `--from: ${p.path} 的方案缺少或写错了 ${p.field}`,
    en: (p: { path: string; field: string }) => `--from: ${p.path}: the plan's ${p.field} is missing or malformed`,
  },

  // --- the table
  'apr.title': { zh: '年化利率核算', en: 'Annual percentage rate' },
  'apr.method.unit-period': { zh: '单位周期法（内部收益率法，美国 Z 条例附录 J）', en: 'unit-period (IRR; US Regulation Z Appendix J)' },
  'apr.method.eu': { zh: '欧盟/英国 APRC（2008/48/EC 附件一，CONC 附录 1）', en: 'EU/UK APRC (Directive 2008/48/EC Annex I, CONC App 1)' },
  'apr.label.method': { zh: '方法', en: 'Method' },
  'apr.label.unit': { zh: '单位周期', en: 'Unit period' },
  'apr.label.per-year': { zh: '每年周期数', en: 'Unit periods a year' },
  'apr.label.odd-days': { zh: '首期零头（占单位周期）', en: 'Odd first period (of a unit period)' },
  'apr.label.year-basis': { zh: '计年方式', en: 'Year measured in' },
  'apr.label.financed': { zh: '实际借款', en: 'Amount financed' },
  'apr.label.payments': { zh: '还款合计', en: 'Total of payments' },
  'apr.label.charge': { zh: '融资成本', en: 'Finance charge' },
  'apr.label.apr': { zh: '年化利率', en: 'APR' },
  'apr.label.nominal': { zh: '名义年化利率', en: 'Nominal annual rate' },
  'apr.label.effective': { zh: '实际年化利率（复利）', en: 'Effective annual rate' },
  'apr.label.periodic': { zh: '单位周期利率', en: 'Rate per unit period' },
  'apr.label.residual': { zh: '残差', en: 'Residual' },
  'apr.label.flows': { zh: '现金流', en: 'Flows' },
  'apr.col.date': { zh: '日期', en: 'Date' },
  'apr.col.amount': { zh: '金额', en: 'Amount' },
  'apr.col.time': { zh: '时间', en: 'Time' },
  'apr.unit.term': { zh: '整个期限（单笔放款、单笔还款）', en: 'the term (single advance, single payment)' },
  'apr.unit.week': { zh: '周', en: 'week' },
  'apr.unit.2weeks': { zh: '两周', en: '2 weeks' },
  'apr.unit.4weeks': { zh: '四周', en: '4 weeks' },
  'apr.unit.semimonth': { zh: '半月', en: 'semimonth' },
  'apr.unit.month': { zh: '月', en: 'month' },
  'apr.unit.2months': { zh: '两个月', en: '2 months' },
  'apr.unit.quarter': { zh: '季度', en: 'quarter' },
  'apr.unit.half-year': { zh: '半年', en: 'half-year' },
  'apr.unit.year': { zh: '年', en: 'year' },
  'apr.year.days': { zh: '实际天数 / 365', en: 'actual days / 365' },
  'apr.year.leap': { zh: '整年 + 剩余天数 / 365（闰年 366）', en: 'whole years + remaining days / 365 (366 in a leap year)' },
  'apr.year.months': { zh: '整月 / 12 + 剩余天数 / 365', en: 'whole months / 12 + remaining days / 365' },
  'apr.flow.time-unit': {
    zh: (p: { t: number; f: string }) => `${p.t} 期 + ${p.f}`,
    en: (p: { t: number; f: string }) => `${p.t} + ${p.f}`,
  },
  'apr.flow.time-years': {
    zh: (p: { years: string }) => `${p.years} 年`,
    en: (p: { years: string }) => `${p.years} years`,
  },
  'apr.cap.source.flag': { zh: '指定上限（--cap）', en: 'cap given (--cap)' },
  'apr.cap.source.policy': {
    zh: '政策的费用上限 chargesCap（cn-standard 即 24% 司法保护线，法发〔2017〕22号，法院应借款人请求适用）',
    en: "the policy's charges cap (for cn-standard the 24 % court-practice threshold, 法发〔2017〕22号, applied on the borrower's request)",
  },
  'apr.cap.source.cn-36': { zh: '36% 线（原民间借贷上限，超出部分无效）', en: 'the 36 % line (former private-lending ceiling; interest above it was void)' },
  'apr.cap.above': {
    zh: (p: { rate: string; cap: string; margin: string }) => `年化利率 ${p.rate} 高于上限 ${p.cap}，超出 ${p.margin} 个百分点`,
    en: (p: { rate: string; cap: string; margin: string }) => `the APR ${p.rate} is above the cap ${p.cap} by ${p.margin} percentage points`,
  },
  'apr.cap.within': {
    zh: (p: { rate: string; cap: string; margin: string }) => `年化利率 ${p.rate} 不高于上限 ${p.cap}（低 ${p.margin} 个百分点）`,
    en: (p: { rate: string; cap: string; margin: string }) => `the APR ${p.rate} is within the cap ${p.cap} (${p.margin} percentage points below)`,
  },
  'apr.cap.payment': {
    zh: (p: { now: string; atCap: string }) => `每期还款现为 ${p.now}，为 ${p.atCap} 时恰好等于上限`,
    en: (p: { now: string; atCap: string }) => `the regular payment of ${p.now} would sit at the cap at ${p.atCap}`,
  },
  'apr.cap.total': {
    zh: (p: { now: string; atCap: string }) => `还款合计现为 ${p.now}，各期按同一比例调整到合计 ${p.atCap} 时恰好等于上限`,
    en: (p: { now: string; atCap: string }) => `the total of payments ${p.now}, all scaled alike, would sit at the cap at ${p.atCap}`,
  },
  'apr.note.from-method': {
    zh: '（按方案自身的 §4.6 方法：整月计的内部收益率 × 12）',
    en: "(the plan's own method, §4.6: monthly IRR × 12)",
  },
}));
