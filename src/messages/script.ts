/**
 * The read-out script (§1, §9; render/script.ts): what an agent reads to the cardholder for one
 * plan. Amounts, dates and rates arrive formatted; the sentences say nothing else.
 */
import { defineMessages } from './types.js';

type A = { amount: string };
type Rate = { daily: string; annual: string; accrues: number };

export const SCRIPT = defineMessages(() => ({
  'list.separator': { zh: '、', en: ', ' },
  'list.last-separator': { zh: '、', en: ' and ' },

  'script.title': {
    zh: (p: { plan: string; label: string }) => `话术 · ${p.plan} · ${p.label}`,
    en: (p: { plan: string; label: string }) => `Read-out script · ${p.plan} · ${p.label}`,
  },
  'script.header.account': { zh: (p: { id: string }) => `账户 ${p.id}`, en: (p: { id: string }) => `Account ${p.id}` },
  'script.header.policy': {
    zh: (p: { name: string; version: string }) => `政策 ${p.name} v${p.version}`,
    en: (p: { name: string; version: string }) => `policy ${p.name} v${p.version}`,
  },
  'script.header.as-of': { zh: (p: { date: string }) => `截至 ${p.date}`, en: (p: { date: string }) => `as of ${p.date}` },

  'script.owed-head': { zh: '一、欠款金额', en: '1. The amount owed' },
  'script.owed': {
    zh: (p: { date: string; total: string; principal: string; interest: string; fees: string }) =>
      `截至${p.date}，这个账户的欠款共 ${p.total}，其中本金 ${p.principal}、利息 ${p.interest}、费用 ${p.fees}。`,
    en: (p: { date: string; total: string; principal: string; interest: string; fees: string }) =>
      `As of ${p.date}, the balance on this account is ${p.total}: principal ${p.principal}, interest ${p.interest} and fees ${p.fees}.`,
  },
  'script.estimated': {
    zh: '利息和费用是按政策费率估算的，具体以账单为准。',
    en: "The interest and fees are estimated from the policy's rates; the statement shows the exact figures.",
  },

  'script.waived-head': { zh: '二、减免', en: '2. What is waived' },
  'script.waived.fees': { zh: (p: A) => `费用 ${p.amount}`, en: (p: A) => `${p.amount} of fees` },
  'script.waived.interest': { zh: (p: A) => `利息 ${p.amount}`, en: (p: A) => `${p.amount} of interest` },
  'script.waived.principal': { zh: (p: A) => `本金 ${p.amount}`, en: (p: A) => `${p.amount} of principal` },
  'script.nothing-waived': {
    zh: (p: A) => `这个方案没有减免，需要还款的金额是 ${p.amount}。`,
    en: (p: A) => `Nothing is waived under this plan. The amount to repay is ${p.amount}.`,
  },
  'script.waived': {
    zh: (p: { parts: string; count: number; total: string; amount: string }) =>
      `按这个方案，为您减免${p.parts}${p.count > 1 ? `，共 ${p.total}` : ''}；需要还款的金额是 ${p.amount}。`,
    en: (p: { parts: string; count: number; total: string; amount: string }) =>
      `Under this plan, ${p.parts} ${p.count > 1 ? 'are' : 'is'} waived${p.count > 1 ? `, ${p.total} in all` : ''}. The amount to repay is ${p.amount}.`,
  },

  'script.schedule-head': { zh: '三、还款安排', en: '3. What is paid, and when' },
  'script.lump-sum.due': {
    zh: (p: A & { date: string }) => `一次性还款 ${p.amount}，请在${p.date}前还清。`,
    en: (p: A & { date: string }) => `One payment of ${p.amount}, to be paid by ${p.date}.`,
  },
  'script.lump-sum.now': {
    zh: (p: A & { date: string }) => `${p.date}还款 ${p.amount}。`,
    en: (p: A & { date: string }) => `A payment of ${p.amount} on ${p.date}.`,
  },
  'script.grace': { zh: '（宽限期，不计利息和费用）', en: ' (grace months: no interest or fees)' },
  'script.run.one': {
    zh: (p: A & { date: string; grace: string }) => `· ${p.date}还款 ${p.amount}${p.grace}`,
    en: (p: A & { date: string; grace: string }) => `- ${p.amount} on ${p.date}${p.grace}`,
  },
  'script.run.many': {
    zh: (p: A & { count: number; from: string; to: string; grace: string }) => `· ${p.from}至${p.to}，每月还款 ${p.amount}，共 ${p.count} 期${p.grace}`,
    en: (p: A & { count: number; from: string; to: string; grace: string }) =>
      `- ${p.count} monthly payments of ${p.amount}, from ${p.from} to ${p.to}${p.grace}`,
  },
  'script.cost.interest': { zh: (p: A) => `利息 ${p.amount}`, en: (p: A) => `${p.amount} of interest` },
  'script.cost.fees': { zh: (p: A) => `手续费 ${p.amount}`, en: (p: A) => `${p.amount} of fees` },
  'script.totals.free': {
    zh: (p: { total: string; payments: number }) => `合计还款 ${p.total}，共 ${p.payments} 笔，不收利息和费用。`,
    en: (p: { total: string; payments: number }) =>
      `In total, ${p.total} in ${p.payments === 1 ? 'one payment' : `${p.payments} payments`}, with no interest or fees.`,
  },
  'script.totals': {
    zh: (p: { total: string; payments: number; cost: string }) => `合计还款 ${p.total}，共 ${p.payments} 笔，其中${p.cost}。`,
    en: (p: { total: string; payments: number; cost: string }) =>
      `In total, ${p.total} in ${p.payments === 1 ? 'one payment' : `${p.payments} payments`}, including ${p.cost}.`,
  },

  'script.rate-head': { zh: '四、年化利率', en: '4. The annual rate' },
  'script.rate.free': {
    zh: (p: { rate: string }) => `这个方案不收利息和费用，年化利率为 ${p.rate}。`,
    en: (p: { rate: string }) => `No interest or fees are charged under this plan, so its annual percentage rate is ${p.rate}.`,
  },
  'script.rate.none': { zh: '本次未计算年化利率。', en: 'The annual percentage rate was not computed for this run.' },
  'script.rate.effective': {
    zh: (p: { rate: string }) => `按内部收益率法（IRR）计算，这个方案的实际年化利率（按年复利折算）为 ${p.rate}。`,
    en: (p: { rate: string }) => `The annual percentage rate of charge (APRC, effective annual rate, by the internal-rate-of-return method) is ${p.rate}.`,
  },
  'script.rate.nominal': {
    zh: (p: { rate: string }) => `按内部收益率法（IRR）计算，这个方案的年化利率为 ${p.rate}。`,
    en: (p: { rate: string }) => `The annual percentage rate (APR, by the internal-rate-of-return method: 12 × the monthly rate) is ${p.rate}.`,
  },

  'script.missed-head': { zh: '五、如果没有按时还款', en: '5. If a payment is missed' },
  /** A lump sum not paid in time; `by` is empty when there is no deadline, `accrues` 0 when the daily rate is 0. */
  'script.missed.lump': {
    zh: (p: Rate & { by: string }) =>
      `如果${p.by ? `在${p.by}前` : ''}没有还款，这个方案就失效，全部欠款仍需归还${p.accrues ? `，并继续按合同约定的日利率 ${p.daily}（年化 ${p.annual}）计息` : ''}。`,
    en: (p: Rate & { by: string }) =>
      `If the payment is not made${p.by ? ` by ${p.by}` : ''}, this offer lapses: the full balance stays due${p.accrues ? ` and interest keeps running at the policy's daily rate of ${p.daily} (${p.annual} a year)` : ''}.`,
  },
  // a plan's missed payment, from the policy's followUp (§10, docs/after-the-call.md)
  'script.missed.grace': {
    zh: (p: { days: number }) => `每期还款日后有 ${p.days} 天宽限期；过了宽限期仍未还清的，这一期就算逾期。`,
    en: (p: { days: number }) =>
      `Each payment has ${p.days === 1 ? "1 day's" : `${p.days} days'`} grace after its due date; a payment still unpaid after that counts as missed.`,
  },
  'script.missed.no-grace': {
    zh: '每期须在还款日当天还清；当天没有还清的，这一期就算逾期。',
    en: 'Each payment is due on its date; a payment not made that day counts as missed.',
  },
  /** When the agreement breaks (the parts are joined by script.missed.or). */
  'script.missed.when.any': { zh: '任何一期逾期', en: 'a payment is missed' },
  'script.missed.when.count': {
    zh: (p: { n: number }) => `同时有 ${p.n} 期逾期未还`,
    en: (p: { n: number }) => `${p.n} payments are missed and still unpaid`,
  },
  'script.missed.when.days': {
    zh: (p: { days: number }) => `最早未还的一期超过还款日 ${p.days} 天仍未还清`,
    en: (p: { days: number }) => `the oldest unpaid payment is more than ${p.days} days past its due date`,
  },
  'script.missed.or': { zh: '，或者', en: ', or ' },
  /** What a break means; `what` lists the consequences (script.missed.what.*). */
  'script.missed.break': {
    zh: (p: { when: string; what: string }) => `如果${p.when}，银行可以取消该方案；方案取消后，${p.what}。`,
    en: (p: { when: string; what: string }) => `If ${p.when}, the plan is cancelled: ${p.what}.`,
  },
  'script.missed.what.due': { zh: '剩余欠款全部到期', en: 'the remaining balance falls due at once' },
  'script.missed.what.reinstated': {
    zh: (p: A) => `已减免的 ${p.amount} 恢复计收`,
    en: (p: A) => `the ${p.amount} waived is owed again`,
  },
  'script.missed.what.kept': {
    zh: (p: A) => `已减免的 ${p.amount} 仍然减免`,
    en: (p: A) => `the ${p.amount} waived stays waived`,
  },
  'script.missed.what.interest': {
    zh: (p: Rate) => `并按合同约定的日利率 ${p.daily}（年化 ${p.annual}）重新计息`,
    en: (p: Rate) => `interest runs on it again at the policy's daily rate of ${p.daily} (${p.annual} a year)`,
  },
  'script.missed.what.join': { zh: '，', en: ', ' },
  'script.missed.what.last': { zh: '，', en: ' and ' },
  /** The policy sets no break rule: a missed payment is owed, the plan goes on. */
  'script.missed.no-break': {
    zh: '政策没有规定逾期后终止这个方案；逾期的款项仍需尽快补还。',
    en: 'The policy does not cancel the plan for a missed payment; a missed payment is still owed and should be made up soon.',
  },
  'script.credit-report.cn': {
    zh: '逾期记录会报送征信系统，在欠款还清后仍在信用报告中保留 5 年。',
    en: 'Missed payments are reported to the credit reference system; the record stays on the credit report for 5 years after the debt is settled.',
  },
  'script.credit-report.other': { zh: '逾期记录可能会报送征信机构。', en: 'Missed payments may be reported to the credit reference agencies.' },
  'script.settled': { zh: '还款完成后，这个账户即结清，不再催收。', en: 'Once the payment is made, the account is settled and collection on it ends.' },
  'script.collection-stops.cn': {
    zh: '按《商业银行信用卡业务监督管理办法》第七十条，方案正常履行期间，停止对这个账户的催收。',
    en: 'While the plan is kept, collection on this account stops (Article 70 of the Credit Card Business Measures).',
  },
  'script.closing': { zh: '请问这个方案您是否可以接受？', en: 'Does this plan work for you?' },

  /** No plan fits the budget; `cap` is empty when income was not given. */
  'script.no-fit': {
    zh: (p: { cap: string }) => `按您提供的收支情况${p.cap ? `（每月可负担约 ${p.cap}）` : ''}，目前没有合适的方案。`,
    en: (p: { cap: string }) => `No plan on offer fits the monthly budget we worked out${p.cap ? ` (${p.cap} a month)` : ''}.`,
  },
  'script.lowest': {
    zh: (p: { payment: string; plan: string }) => `现有方案中最低的月供是 ${p.payment}（${p.plan}）。`,
    en: (p: { payment: string; plan: string }) => `The lowest monthly payment on offer is ${p.payment} (${p.plan}).`,
  },
  'script.look-again': {
    zh: '如果这个金额可以做到，或者情况有变化，我们可以再看一下方案。',
    en: 'If that amount is possible, or the figures change, we can look at the plans again.',
  },
  'script.no-plan': {
    zh: (p: { policy: string; why: string }) => `按政策 ${p.policy}，这个账户目前没有可用的还款方案：${p.why}。`,
    en: (p: { policy: string; why: string }) => `No repayment plan is on offer for this account under policy ${p.policy}: ${p.why}.`,
  },
}));
