/** The HTML pages: the portfolio report of `batch --report` and `plan --format html` (issue #12). */
import { defineMessages } from './types.js';

export const REPORT = defineMessages(() => ({
  // chart axes: compact units, largest first, as "scale:suffix" pairs (the tables carry exact figures)
  'report.axis-units': { zh: '100000000:亿,10000:万', en: '1000000000:B,1000000:M,1000:k' },
  'report.html-lang': { zh: 'zh-CN', en: 'en' },
  'report.title': { zh: '组合评分报告', en: 'Portfolio scoring report' },
  'report.subtitle': {
    zh: (p: { policy: string; sha: string; asOf: string; version: string }) =>
      `政策 ${p.policy}（SHA-256 ${p.sha}）· 估值日期 ${p.asOf} · repayplan ${p.version}`,
    en: (p: { policy: string; sha: string; asOf: string; version: string }) =>
      `policy ${p.policy} (SHA-256 ${p.sha}) · valued on ${p.asOf} · repayplan ${p.version}`,
  },
  'report.rows': {
    zh: (p: { read: number; scored: number; rejected: number; blank: number }) =>
      `共读取 ${p.read} 行 = 已评分 ${p.scored} + 已拒绝 ${p.rejected}${p.blank > 0 ? `（另跳过空行 ${p.blank} 行）` : ''}`,
    en: (p: { read: number; scored: number; rejected: number; blank: number }) =>
      `read ${p.read} = scored ${p.scored} + rejected ${p.rejected}${p.blank > 0 ? ` (${p.blank} blank lines skipped)` : ''}`,
  },
  'report.kpi.owed': { zh: '欠款合计', en: 'Total owed' },
  'report.kpi.npv': { zh: '预期回收现值', en: 'Expected NPV' },
  'report.kpi.rate': { zh: '回收率', en: 'Recovery rate' },
  'report.kpi.affordable': { zh: '可负担方案占比', en: 'With an affordable plan' },
  'report.kpi.in12': { zh: '12 个月后（不还款）', en: 'In 12 months, nothing paid' },
  'report.section.bucket': { zh: '按逾期阶段：户数与欠款', en: 'Accounts and owed by bucket' },
  'report.section.family': { zh: '各逾期阶段的推荐方案类型', en: 'Recommended plan family by bucket' },
  'report.section.plan': { zh: '按推荐方案与期数', en: 'By recommended plan and term' },
  'report.section.rates': { zh: '推荐方案回收率分布', en: 'Distribution of recovery rates' },
  'report.section.afford': { zh: '可负担性', en: 'Affordability' },
  'report.section.growth': { zh: '不还款时欠款的增长（12 个月）', en: 'Status quo: how the debt grows in 12 months with nothing paid' },
  'report.section.rejections': { zh: '被拒绝的行（按原因）', en: 'Rejected rows by reason' },
  'report.section.ids': { zh: '重复账户号', en: 'Duplicate ids' },
  'report.none-rejected': { zh: '没有被拒绝的行。', en: 'No row was rejected.' },
  'report.no-scored': { zh: '没有评分成功的行。', en: 'No row was scored.' },
  'report.col.group': { zh: '分组', en: 'group' },
  'report.col.bucket': { zh: '逾期阶段', en: 'bucket' },
  'report.col.accounts': { zh: '户数', en: 'accounts' },
  'report.col.owed': { zh: '欠款', en: 'owed' },
  'report.col.in12': { zh: '12 个月后', en: 'in 12 months' },
  'report.col.growth': { zh: '增长', en: 'growth' },
  'report.col.npv': { zh: '预期回收现值', en: 'expected NPV' },
  'report.col.rate': { zh: '回收率', en: 'recovery' },
  'report.col.plan': { zh: '方案', en: 'plan' },
  'report.col.family': { zh: '类型', en: 'family' },
  'report.col.months': { zh: '期数', en: 'months' },
  'report.col.code': { zh: '原因代码', en: 'reason code' },
  'report.col.rows': { zh: '行数', en: 'rows' },
  'report.col.examples': { zh: '示例行号', en: 'first rows' },
  'report.col.id': { zh: '账户', en: 'id' },
  'report.col.range': { zh: '回收率区间', en: 'recovery rate' },
  'report.total': { zh: '合计', en: 'total' },
  'report.now': { zh: '当前', en: 'now' },
  'report.series.accounts': { zh: '户数', en: 'accounts' },
  'report.series.owed': { zh: '欠款', en: 'owed' },
  'report.series.now': { zh: '当前欠款', en: 'owed now' },
  'report.series.in12': { zh: '12 个月后', en: 'in 12 months' },
  'report.duplicates': {
    zh: (p: { rows: number; ids: number }) => `${p.ids} 个账户号出现多次，共 ${p.rows} 行重复。请按行号（row）关联回输入。`,
    en: (p: { rows: number; ids: number }) => `${p.ids} ids appear more than once (${p.rows} repeated rows). Join the output back on the row column.`,
  },
  'report.collisions': {
    zh: (p: { n: number }) => `另有 ${p.n} 处不同账户号遮蔽后相同。`,
    en: (p: { n: number }) => `${p.n} different ids look the same once masked.`,
  },
  'report.footer': {
    zh: '金额为精确小数（分），由 repayplan 计算；本页不需联网即可打开与打印。',
    en: 'Amounts are exact to the minor unit, computed by repayplan; this page opens and prints without a network.',
  },
  // plan --format html
  'report.plan.title': {
    zh: (p: { id: string }) => `还款方案比较${p.id ? `：${p.id}` : ''}`,
    en: (p: { id: string }) => `Repayment plans${p.id ? ` for ${p.id}` : ''}`,
  },
  'report.plan.snapshot': {
    zh: (p: { bucket: string; days: number; total: string; principal: string; interest: string; fees: string }) =>
      `逾期 ${p.days} 天（${p.bucket}），欠款 ${p.total}：本金 ${p.principal}，利息 ${p.interest}，费用 ${p.fees}`,
    en: (p: { bucket: string; days: number; total: string; principal: string; interest: string; fees: string }) =>
      `${p.days} days overdue (${p.bucket}), owing ${p.total}: principal ${p.principal}, interest ${p.interest}, fees ${p.fees}`,
  },
  'report.plan.recommended': {
    zh: (p: { plan: string }) => `推荐方案：${p.plan}`,
    en: (p: { plan: string }) => `Recommended: ${p.plan}`,
  },
  'report.plan.none': { zh: '没有推荐方案', en: 'No plan recommended' },
  'report.plan.comparison': { zh: '方案比较', en: 'Comparison' },
  'report.plan.balance': { zh: '各方案剩余欠款随时间的变化', en: 'Balance left under each plan, month by month' },
  'report.plan.status-quo': { zh: '不还款', en: 'no plan' },
  'report.plan.month': { zh: '月份', en: 'month' },
  'report.plan.unavailable': { zh: '不可用的方案', en: 'Not offered' },
  'report.plan.col.payment-now': { zh: '立即还款', en: 'now' },
  'report.plan.col.monthly': { zh: '每月还款', en: 'monthly' },
  'report.plan.col.total-paid': { zh: '还款总额', en: 'total paid' },
  'report.plan.col.waived': { zh: '减免', en: 'waived' },
  'report.plan.col.apr': { zh: '年化利率', en: 'APR' },
  'report.plan.col.affordable': { zh: '可负担', en: 'affordable' },
  'report.plan.col.reason': { zh: '原因', en: 'reason' },
  'report.plan.recommended-mark': { zh: '推荐', en: 'recommended' },
}));
