/**
 * Messages of the live call (issue #10): the one-screen view, plans in words, amounts typed as
 * agents say them, the two-figure counter-offer and what a recompute changed.
 */
import { defineMessages } from './types.js';

type S = string;

export const LIVE = defineMessages(() => ({
  'account.hardship': {
    zh: (p: { field: S; value: S; choices: S }) => `${p.field}：${p.value} 不是可选的逾期原因，请选择：失业、疾病、经营困难、收入下降、其他（或 ${p.choices}）`,
    en: (p: { field: S; value: S; choices: S }) =>
      `${p.field}: ${p.value} is not a hardship reason: give one of ${p.choices} (失业, 疾病, 经营困难, 收入下降, 其他)`,
  },
  'account.willing': {
    zh: (p: { field: S; value: S }) => `${p.field}：${p.value} 不是“是”或“否”，请输入 是 / 否（或 yes / no）`,
    en: (p: { field: S; value: S }) => `${p.field}: ${p.value} is not yes or no: give yes or no (是 / 否)`,
  },
  'plan.unavailable.hardship-required': {
    zh: (p: { offer: S }) => `${p.offer} 需要说明逾期原因（失业、疾病、经营困难、收入下降或其他）`,
    en: (p: { offer: S }) => `${p.offer} needs a hardship reason (unemployment, illness, business, income drop or other)`,
  },
  'plan.unavailable.not-willing': {
    zh: (p: { offer: S }) => `${p.offer} 只适用于有还款意愿的客户`,
    en: (p: { offer: S }) => `${p.offer} is only for a cardholder who wants to repay`,
  },
  'unavailable.short.hardship-required': { zh: '需要逾期原因和还款意愿', en: 'needs a hardship reason and a will to repay' },
  // ── the read-out script (issue #10: plans in words; Art. 70 agreement contents) ───────────
  'live.script.title': { zh: (p: { name: S; id: S }) => `话术 · ${p.name} [${p.id}]`, en: (p: { name: S; id: S }) => `Read-out script · ${p.name} [${p.id}]` },
  'live.script.down-payment': {
    zh: (p: { amount: S; date: S }) => `首付：${p.date}（今天）还款 ${p.amount}，全部用于偿还本金。`,
    en: (p: { amount: S; date: S }) => `Down payment: ${p.amount} today, ${p.date}, all of it towards the principal.`,
  },
  'live.script.due-day': {
    zh: (p: { day: number }) => `每期还款日为每月 ${p.day} 日。`,
    en: (p: { day: number }) => `Each monthly payment is due on day ${p.day} of the month.`,
  },
  'live.script.due-day-clamped': {
    zh: (p: { day: number }) => `每期还款日为每月 ${p.day} 日；当月没有这一天的，为当月最后一天。`,
    en: (p: { day: number }) => `Each monthly payment is due on day ${p.day} of the month, or the last day of a shorter month.`,
  },
  'live.script.art70-head': {
    zh: '六、协议要点（《商业银行信用卡业务监督管理办法》第七十条）',
    en: '6. What the agreement states (Article 70 of the Credit Card Business Measures)',
  },
  'live.script.no-charges': { zh: '还款期间不收取利息、年费或其他任何费用。', en: 'No interest, annual fee or other fee is charged while the plan runs.' },
  'live.script.fees-only': {
    zh: (p: { fees: S }) => `还款期间停止计息；除上面所列的手续费（共 ${p.fees}）外，不收取年费或其他费用。`,
    en: (p: { fees: S }) =>
      `No interest is charged while the plan runs; apart from the fees listed above (${p.fees} in all), no annual fee or other fee is charged.`,
  },
  'live.script.interest': {
    zh: (p: { interest: S; fees: S }) => `还款期间按上面的还款安排计收利息（共 ${p.interest}）和手续费（共 ${p.fees}），不收取年费或其他费用。`,
    en: (p: { interest: S; fees: S }) =>
      `Interest (${p.interest} in all) and fees (${p.fees} in all) are charged only as in the payments above; no annual fee or other fee is charged.`,
  },
  'live.script.no-new-cards': {
    zh: '在这笔欠款按协议还清之前，您承诺不向任何银行申请新的信用卡。',
    en: 'Until this debt is repaid under the agreement, you undertake not to apply for a credit card with any bank.',
  },
  'live.script.recorded': {
    zh: '本次通话全程录音；这段录音就是这份口头协议的记录，会保存到欠款还清为止。',
    en: 'This call is recorded; the recording is the record of this oral agreement and is kept until the debt is repaid.',
  },
  // ── --help of the §2 flags (one per field of core/account.ts ACCOUNT_FIELDS) ─────────────
  'account.help.id': { zh: '账户编号，原样输出（不要填卡号或身份证号）', en: 'account reference, passed through (never a card or ID number)' },
  'account.help.principal': { zh: '本金，> 0（可写 2万、1.5万）', en: 'outstanding principal (本金), > 0; 2万 / 1.5万 / 3千 accepted' },
  'account.help.interest': { zh: '已产生未还利息；不填则估算', en: 'unpaid interest already charged (利息); estimated when absent' },
  'account.help.fees': { zh: '已产生未还费用，含违约金；不填则估算', en: 'unpaid fees, late fees included (违约金及费用); estimated when absent' },
  'account.help.overdueDays': { zh: '逾期天数，整数 ≥ 0', en: 'days past the missed due date (逾期天数), whole number ≥ 0' },
  'account.help.minimumDue': { zh: '未还最低还款额；不填则按政策', en: 'unpaid minimum payment (最低还款额); default from the policy' },
  'account.help.monthlyIncome': { zh: '月收入', en: 'net monthly income (月收入)' },
  'account.help.monthlyExpenses': { zh: '月必要支出', en: 'essential monthly living costs (月必要支出)' },
  'account.help.otherDebtPayments': { zh: '其他负债月供', en: 'monthly payments on other debts (其他负债月供)' },
  'account.help.availableCash': { zh: '可一次性筹措资金', en: 'cash the cardholder can pay at once (可一次性筹措资金)' },
  'account.help.hardship': {
    zh: '逾期原因：失业/疾病/经营困难/收入下降/其他',
    en: 'why the cardholder is behind (逾期原因): unemployment|illness|business|income-drop|other (失业/疾病/经营困难/收入下降/其他)',
  },
  'account.help.willingToRepay': { zh: '还款意愿：是 / 否', en: 'the cardholder states a will to repay (还款意愿): yes or no' },
  'account.help.asOf': { zh: '计算日期 YYYY-MM-DD（或 Excel 的 YYYY/M/D），默认今天', en: "valuation date YYYY-MM-DD (or Excel's YYYY/M/D) (default: today)" },
  'live.days-overdue': { zh: (p: { days: number }) => `逾期 ${p.days} 天`, en: (p: { days: number }) => `${p.days} days overdue` },
  'live.spoken-echo': {
    zh: (p: { field: S; text: S; amount: S }) => `${p.field} ${p.text} 按 ${p.amount} 计算`,
    en: (p: { field: S; text: S; amount: S }) => `${p.field} ${p.text} is read as ${p.amount}`,
  },

  // ── a plan's name: label and terms ──────────────────────────────────────────────────────
  'live.name.term': { zh: (p: { label: S; n: number }) => `${p.label} ${p.n} 期`, en: (p: { label: S; n: number }) => `${p.label}, ${p.n} months` },
  'live.name.down-payment': {
    zh: (p: { label: S; n: number }) => `${p.label} 首付 + ${p.n} 期`,
    en: (p: { label: S; n: number }) => `${p.label}, down payment + ${p.n} months`,
  },
  'live.name.deferral': {
    zh: (p: { label: S; g: number; n: number }) => `${p.label} 宽限 ${p.g} 个月 + ${p.n} 期`,
    en: (p: { label: S; g: number; n: number }) => `${p.label}, ${p.g} grace + ${p.n} months`,
  },
  'live.name.lump': { zh: (p: { label: S }) => `${p.label} 一次性`, en: (p: { label: S }) => `${p.label}, one payment` },

  'live.terms.term': { zh: (p: { n: number }) => `${p.n} 期`, en: (p: { n: number }) => `${p.n} months` },
  'live.terms.down-payment': { zh: (p: { n: number }) => `首付 + ${p.n} 期`, en: (p: { n: number }) => `down payment + ${p.n} months` },
  'live.terms.deferral': {
    zh: (p: { g: number; n: number }) => `宽限 ${p.g} 个月 + ${p.n} 期`,
    en: (p: { g: number; n: number }) => `${p.g} grace + ${p.n} months`,
  },
  'live.terms.lump': { zh: '一次性', en: 'one payment' },

  // ── a plan's payments in words (every run stated exactly) ────────────────────────────────
  'live.pay.lump': {
    zh: (p: { amount: S; date: S }) => `一次性还款 ${p.amount}，${p.date} 前`,
    en: (p: { amount: S; date: S }) => `one payment of ${p.amount} by ${p.date}`,
  },
  'live.pay.now': { zh: (p: { amount: S }) => `首付 ${p.amount}（今天）`, en: (p: { amount: S }) => `${p.amount} now` },
  'live.pay.grace': {
    zh: (p: { n: number; amount: S }) => `前 ${p.n} 个月每月 ${p.amount}（宽限期）`,
    en: (p: { n: number; amount: S }) => `${p.n} grace months of ${p.amount}`,
  },
  'live.pay.single': { zh: (p: { amount: S }) => `1 期 ${p.amount}`, en: (p: { amount: S }) => `1 payment of ${p.amount}` },
  'live.pay.equal': {
    zh: (p: { n: number; amount: S }) => `分 ${p.n} 期，每月 ${p.amount}`,
    en: (p: { n: number; amount: S }) => `${p.n} monthly payments of ${p.amount}`,
  },
  'live.pay.last': {
    zh: (p: { n: number; amount: S; last: S }) => `分 ${p.n} 期，每月 ${p.amount}，最后一期 ${p.last}`,
    en: (p: { n: number; amount: S; last: S }) => `${p.n} monthly payments of ${p.amount}, the last ${p.last}`,
  },
  'live.pay.varying': {
    zh: (p: { n: number; first: S; last: S }) => `分 ${p.n} 期，首期 ${p.first}，末期 ${p.last}（逐月变化）`,
    en: (p: { n: number; first: S; last: S }) => `${p.n} monthly payments from ${p.first} (first) to ${p.last} (last)`,
  },
  'live.pay.then': { zh: '，之后', en: ', then ' },
  'live.pay.join': { zh: '，', en: ', ' },

  'live.apr': { zh: (p: { rate: S }) => `年化 ${p.rate}`, en: (p: { rate: S }) => `APR ${p.rate}` },
  'live.aprc': { zh: (p: { rate: S }) => `实际年化 ${p.rate}`, en: (p: { rate: S }) => `APRC ${p.rate}` },
  'live.afford.true': { zh: '可负担', en: 'affordable' },
  'live.afford.false': { zh: '不可负担', en: 'not affordable' },
  'live.afford.null': { zh: '是否可负担未知', en: 'affordability unknown' },

  // ── the one-screen view ──────────────────────────────────────────────────────────────────
  'live.debt': {
    zh: (p: { account: S; days: number; bucket: S; total: S; principal: S; charges: S; est: S }) =>
      `${p.account}欠款 ${p.total} · 逾期 ${p.days} 天（${p.bucket}）· 本金 ${p.principal} + 息费 ${p.charges}${p.est}`,
    en: (p: { account: S; days: number; bucket: S; total: S; principal: S; charges: S; est: S }) =>
      `${p.account}Owes ${p.total} · ${p.days} days overdue (${p.bucket}) · principal ${p.principal} + charges ${p.charges}${p.est}`,
  },
  'live.account': { zh: (p: { id: S }) => `账户 ${p.id} · `, en: (p: { id: S }) => `Account ${p.id} · ` },
  'live.estimated': { zh: '（估算）', en: ' (est.)' },
  'live.waiting': {
    zh: (p: { total: S; more: S }) => `如果不还：12 个月后欠款 ${p.total}，多 ${p.more}`,
    en: (p: { total: S; more: S }) => `Waiting costs ${p.more}: ${p.total} owed in 12 months`,
  },
  'live.budget': {
    zh: (p: { cap: S; surplus: S }) => `每月可负担 ${p.cap}（月结余 ${p.surplus}）`,
    en: (p: { cap: S; surplus: S }) => `Can pay ${p.cap} a month (surplus ${p.surplus})`,
  },
  'live.budget-unknown': { zh: '未提供收入：月供是否可负担未知', en: 'Income not given: monthly affordability unknown' },
  'live.cash': { zh: (p: { cash: S }) => `可一次性筹措 ${p.cash}`, en: (p: { cash: S }) => `cash ${p.cash}` },
  'live.hardship': { zh: (p: { reason: S }) => `原因：${p.reason}`, en: (p: { reason: S }) => `hardship: ${p.reason}` },
  'live.willing.yes': { zh: '愿意还款', en: 'willing' },
  'live.willing.no': { zh: '不愿还款', en: 'not willing' },
  'live.reason.unemployment': { zh: '失业', en: 'unemployment' },
  'live.reason.illness': { zh: '疾病', en: 'illness' },
  'live.reason.business': { zh: '经营困难', en: 'business' },
  'live.reason.income-drop': { zh: '收入下降', en: 'income drop' },
  'live.reason.other': { zh: '其他', en: 'other' },
  'live.recommended': { zh: '★ 推荐：', en: '★ Recommended: ' },
  'live.answer': { zh: '➜ 回应提议：', en: '➜ Answers the offer: ' },

  'live.none-affordable': {
    zh: (p: { lowest: S; plan: S; cap: S }) => `没有可负担的方案：最低月供 ${p.lowest}（${p.plan}）高于每月可负担 ${p.cap}`,
    en: (p: { lowest: S; plan: S; cap: S }) =>
      `No plan is affordable: the lowest monthly payment, ${p.lowest} (${p.plan}), is above the ${p.cap} a month the cardholder can afford`,
  },
  'live.no-plans': { zh: '按这个政策，这个账户没有可用的方案', en: 'No plan is available for this account under this policy' },
  'live.no-recommendation': { zh: '没有推荐方案', en: 'No plan recommended' },
  'live.more': {
    zh: (p: { plans: number; unavailable: number; how: S }) =>
      `共 ${p.plans} 个方案${p.unavailable > 0 ? `（另有 ${p.unavailable} 个不可用）` : ''}；完整对比和还款计划：${p.how}`,
    en: (p: { plans: number; unavailable: number; how: S }) =>
      `${p.plans} plans${p.unavailable > 0 ? ` (${p.unavailable} more unavailable)` : ''}; full comparison and schedules: ${p.how}`,
  },
  'live.more.flag': { zh: '加 --full', en: 'add --full' },
  'live.more.menu': { zh: '菜单「全部方案」', en: 'menu "All plans"' },

  // ── what a recompute changed ─────────────────────────────────────────────────────────────
  'live.changed.none': { zh: '数字没有变化。', en: 'Nothing changed.' },
  'live.changed.field': {
    zh: (p: { field: S; from: S; to: S }) => `${p.field}：${p.from} → ${p.to}`,
    en: (p: { field: S; from: S; to: S }) => `${p.field}: ${p.from} → ${p.to}`,
  },
  'live.changed.recommendation': {
    zh: (p: { from: S; to: S }) => `推荐方案：${p.from} → ${p.to}`,
    en: (p: { from: S; to: S }) => `Recommended: ${p.from} → ${p.to}`,
  },
  'live.changed.same-recommendation': { zh: (p: { plan: S }) => `推荐方案不变：${p.plan}`, en: (p: { plan: S }) => `Recommendation unchanged: ${p.plan}` },
  'live.changed.afford': {
    zh: (p: { from: number; to: number }) => `可负担的方案：${p.from} 个 → ${p.to} 个`,
    en: (p: { from: number; to: number }) => `Affordable plans: ${p.from} → ${p.to}`,
  },
  'live.changed.total': { zh: '欠款', en: 'owed' },
  'live.changed.cap': { zh: '每月可负担', en: 'affordable a month' },
  'live.changed.head': { zh: '已更新：', en: 'Updated:' },
  'live.none': { zh: '无', en: 'none' },

  // ── "Y now and X a month" verdicts ───────────────────────────────────────────────────────
  'live.co.heading': {
    zh: (p: { now: S; amount: S }) => `客户提议：现在还 ${p.now}，之后每月 ${p.amount}`,
    en: (p: { now: S; amount: S }) => `Counter-offer: ${p.now} now and ${p.amount} a month`,
  },
  /** With both figures, the plain verdicts are headed as what they are: X alone, or Y alone. */
  'live.co.heading.monthly-only': {
    zh: (p: { amount: S }) => `不付首付、只按月还：每月 ${p.amount}`,
    en: (p: { amount: S }) => `Without the down payment: ${p.amount} a month`,
  },
  'live.co.heading.lump-only': {
    zh: (p: { amount: S }) => `只付 ${p.amount}、一次性结清：`,
    en: (p: { amount: S }) => `Settling with ${p.amount} now:`,
  },
  'live.co.fits.words': {
    zh: (p: { words: S; afford: S }) => `：${p.words}；${p.afford}`,
    en: (p: { words: S; afford: S }) => `: ${p.words}; ${p.afford}`,
  },
  'live.co.reason.range': {
    zh: (p: { amount: S }) => `首付须大于 0 且小于应还金额 ${p.amount}`,
    en: (p: { amount: S }) => `the down payment must be more than 0 and less than the amount to repay, ${p.amount}`,
  },
  'live.co.reason.no-plan': {
    zh: (p: { limit: S }) => `首付后剩余的金额按政策限制无法按月分期（${p.limit}）`,
    en: (p: { limit: S }) => `what is left after the down payment cannot be paid monthly under the policy's limits (${p.limit})`,
  },
  'live.co.range': { zh: '首付须大于 0 且小于应还金额', en: 'the down payment must be more than 0 and less than the amount to repay' },
}));
