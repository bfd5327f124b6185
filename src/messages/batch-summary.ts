/**
 * The closing summary of `repayplan batch` on stderr (§6, issue #12), the notes printed while it
 * runs, and the Chinese output headers of `--headers zh`.
 */
import { defineMessages } from './types.js';

export const BATCH_SUMMARY = defineMessages(() => ({
  'batch-summary.counts': {
    zh: (p: { read: number; scored: number; rejected: number; seconds: string; extras: string }) =>
      `共读取 ${p.read} 行 = 已评分 ${p.scored} + 已拒绝 ${p.rejected}，用时 ${p.seconds} 秒${p.extras ? `（${p.extras}）` : ''}`,
    en: (p: { read: number; scored: number; rejected: number; seconds: string; extras: string }) =>
      `read ${p.read} = scored ${p.scored} + rejected ${p.rejected} in ${p.seconds} s${p.extras ? ` (${p.extras})` : ''}`,
  },
  'batch-summary.header-skipped': { zh: '已跳过表头行', en: 'header line skipped' },
  'batch-summary.blank': {
    zh: (p: { n: number }) => `跳过空行 ${p.n} 行`,
    en: (p: { n: number }) => `${p.n} blank line${p.n === 1 ? '' : 's'} skipped`,
  },
  'batch-summary.list-sep': { zh: '；', en: '; ' },
  'batch-summary.stopped': { zh: '提前停止，原因见下', en: 'stopped early, see below' },
  'batch-summary.totals': {
    zh: (p: { owed: string; npv: string; rate: string; in12: string }) =>
      `欠款合计 ${p.owed}，预期回收现值 ${p.npv}（回收率 ${p.rate}）；若不还款，12 个月后将增至 ${p.in12}`,
    en: (p: { owed: string; npv: string; rate: string; in12: string }) =>
      `owed ${p.owed}, expected NPV ${p.npv} (recovery ${p.rate}); with nothing paid it grows to ${p.in12} in 12 months`,
  },
  'batch-summary.affordable-share': {
    zh: (p: { n: number; of: number; share: string; plan: number }) => `有推荐方案 ${p.plan} 户；其中可负担 ${p.n} 户，占已评分 ${p.of} 户的 ${p.share}`,
    en: (p: { n: number; of: number; share: string; plan: number }) =>
      `${p.plan} accounts have a recommended plan; ${p.n} of ${p.of} scored (${p.share}) can afford it`,
  },
  'batch-summary.col.group': { zh: '分组', en: 'group' },
  'batch-summary.col.accounts': { zh: '户数', en: 'accounts' },
  'batch-summary.col.owed': { zh: '欠款', en: 'owed' },
  'batch-summary.col.npv': { zh: '预期回收现值', en: 'expected NPV' },
  'batch-summary.col.rate': { zh: '回收率', en: 'recovery' },
  'batch-summary.by-bucket': { zh: '按逾期阶段', en: 'by bucket' },
  'batch-summary.by-family': { zh: '按推荐方案类型', en: 'by recommended family' },
  'batch-summary.by-plan': { zh: '按推荐方案与期数', en: 'by recommended plan and term' },
  'batch-summary.by-affordable': { zh: '按可负担性', en: 'by affordability' },
  'batch-summary.family.none': { zh: '无推荐方案', en: 'no plan' },
  'batch-summary.afford.true': { zh: '可负担', en: 'affordable' },
  'batch-summary.afford.false': { zh: '不可负担', en: 'not affordable' },
  'batch-summary.afford.unknown': { zh: '未知', en: 'unknown' },
  'batch-summary.rejections-head': { zh: '按拒绝原因：', en: 'rejected by reason:' },
  'batch-summary.rejection-item': {
    zh: (p: { code: string; count: number; rows: string }) => `${p.code}：${p.count} 行（第 ${p.rows} 行）`,
    en: (p: { code: string; count: number; rows: string }) => `${p.code}: ${p.count} (row${p.count === 1 ? '' : 's'} ${p.rows})`,
  },
  'batch-summary.duplicates': {
    zh: (p: { rows: number; ids: number; list: string }) => `账户重复：${p.ids} 个账户号出现多次，共 ${p.rows} 行重复（${p.list}）`,
    en: (p: { rows: number; ids: number; list: string }) =>
      `duplicate ids: ${p.rows} row${p.rows === 1 ? ' repeats' : 's repeat'} ${p.ids === 1 ? 'an earlier id' : `${p.ids} ids`} (${p.list})`,
  },
  'batch-summary.duplicate-item': {
    zh: (p: { id: string; rows: string }) => `${p.id}：第 ${p.rows} 行`,
    en: (p: { id: string; rows: string }) => `${p.id}: rows ${p.rows}`,
  },
  'batch-summary.mask-collisions': {
    zh: (p: { n: number }) => `遮蔽后相同的不同账户号：${p.n} 处，请按行号（row）关联，勿按 id 关联`,
    en: (p: { n: number }) => `different ids that look the same once masked: ${p.n}; join on the row column, not on id`,
  },
  'batch-summary.mask-collision': {
    zh: (p: { id: string; first: number; row: number }) =>
      `第 ${p.row} 行的账户号遮蔽后为 ${p.id}，与第 ${p.first} 行的另一账户号相同：请用行号（row）或 --keep 的列关联回输入`,
    en: (p: { id: string; first: number; row: number }) =>
      `row ${p.row}: its id masks to ${p.id}, like the different id of row ${p.first}: join the output back on the row column (or a --keep column), not on id`,
  },
  'batch-summary.jobs-capped': {
    zh: (p: { asked: number; cores: number }) => `--jobs ${p.asked} 超过本机可用的 ${p.cores} 个核心：改用 ${p.cores} 个线程（更多线程只会更慢、更占内存）`,
    en: (p: { asked: number; cores: number }) =>
      `--jobs ${p.asked} is more than the ${p.cores} cores available: using ${p.cores} worker threads (more would only be slower and use more memory)`,
  },
  'batch-summary.written': {
    zh: (p: { what: string; path: string }) => `${p.what}已写入 ${p.path}`,
    en: (p: { what: string; path: string }) => `${p.what} written to ${p.path}`,
  },
  'batch-summary.what.summary': { zh: '汇总（JSON）', en: 'summary (JSON)' },
  'batch-summary.what.report': { zh: '报告（HTML）', en: 'report (HTML)' },
  // --headers zh: the output columns in Chinese
  'batch-col.row': { zh: '行号', en: 'row' },
  'batch-col.id': { zh: '账户', en: 'id' },
  'batch-col.as_of': { zh: '估值日期', en: 'as_of' },
  'batch-col.bucket': { zh: '逾期阶段', en: 'bucket' },
  'batch-col.principal': { zh: '本金', en: 'principal' },
  'batch-col.interest': { zh: '利息', en: 'interest' },
  'batch-col.fees': { zh: '费用', en: 'fees' },
  'batch-col.total': { zh: '欠款总额', en: 'total' },
  'batch-col.recommended_plan': { zh: '推荐方案', en: 'recommended_plan' },
  'batch-col.months': { zh: '期数', en: 'months' },
  'batch-col.payment_now': { zh: '立即还款额', en: 'payment_now' },
  'batch-col.regular_payment': { zh: '每月还款额', en: 'regular_payment' },
  'batch-col.total_paid': { zh: '还款总额', en: 'total_paid' },
  'batch-col.npv': { zh: '预期回收现值', en: 'npv' },
  'batch-col.recovery_rate': { zh: '回收率', en: 'recovery_rate' },
  'batch-col.affordable': { zh: '可负担', en: 'affordable' },
  'batch-col.surplus': { zh: '月结余', en: 'surplus' },
  'batch-col.cap': { zh: '可负担月供上限', en: 'cap' },
  'batch-col.closest_plan': { zh: '最接近方案', en: 'closest_plan' },
  'batch-col.needed_payment': { zh: '所需月供', en: 'needed_payment' },
  'batch-col.over_cap': { zh: '超出上限', en: 'over_cap' },
  'batch-col.recommendation': { zh: '推荐结论', en: 'recommendation' },
  'batch-col.reason': { zh: '原因', en: 'reason' },
  'batch-col.hardship': { zh: '逾期原因', en: 'hardship' },
  'batch-col.willing_to_repay': { zh: '还款意愿', en: 'willing_to_repay' },
  'batch-col.waived': { zh: '减免金额', en: 'waived' },
  'batch-col.unavailable': { zh: '不可用原因', en: 'unavailable' },
}));
