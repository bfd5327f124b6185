/**
 * After the call (§10): reminder texts for the cardholder, the tracking table's labels and
 * the reasons a ledger row is rejected. Reminders follow §9: they state the account (masked),
 * the amount, the due date and what is already paid, politely, with no threat and no legal
 * consequence. Amounts and dates arrive formatted (¥1,851.98; 2026年2月28日 / 28 February 2026).
 */
import { defineMessages } from './types.js';

type R = { ref: string; n: number; amount: string; due: string; paid: string; left: string };

export const FOLLOWUP = defineMessages(() => ({
  // Reminders (§10.4)
  'followup.remind.before': {
    zh: (p: R) =>
      `账户 ${p.ref}：您的还款协议第 ${p.n} 期应还 ${p.amount}，还款日为 ${p.due}。本期已还 ${p.paid}，尚需还款 ${p.left}。如已还款，请忽略本提醒。`,
    en: (p: R) =>
      `Account ${p.ref}: instalment ${p.n} of your repayment agreement, ${p.amount}, is due on ${p.due}. Already paid towards it: ${p.paid}; left to pay: ${p.left}. If you have already paid, please ignore this reminder.`,
  },
  'followup.remind.due': {
    zh: (p: R) =>
      `账户 ${p.ref}：您的还款协议第 ${p.n} 期应还 ${p.amount}，今天（${p.due}）到期。本期已还 ${p.paid}，尚需还款 ${p.left}。如已还款，请忽略本提醒。`,
    en: (p: R) =>
      `Account ${p.ref}: instalment ${p.n} of your repayment agreement, ${p.amount}, is due today (${p.due}). Already paid towards it: ${p.paid}; left to pay: ${p.left}. If you have already paid, please ignore this reminder.`,
  },
  'followup.remind.overdue': {
    zh: (p: R) =>
      `账户 ${p.ref}：您的还款协议第 ${p.n} 期应还 ${p.amount}，已于 ${p.due} 到期，目前已还 ${p.paid}，尚有 ${p.left} 未还。如还款有困难，请与我们联系协商。`,
    en: (p: R) =>
      `Account ${p.ref}: instalment ${p.n} of your repayment agreement, ${p.amount}, was due on ${p.due}; ${p.paid} has been received and ${p.left} is still to pay. If paying is difficult, please contact us so that we can talk it over.`,
  },
  'followup.ics.summary': {
    zh: (p: { ref: string; n: number; amount: string }) => `还款协议第 ${p.n} 期：${p.amount}（账户 ${p.ref}）`,
    en: (p: { ref: string; n: number; amount: string }) => `Repayment agreement instalment ${p.n}: ${p.amount} (account ${p.ref})`,
  },
  'followup.ics.alarm': {
    zh: (p: { amount: string; due: string }) => `还款提醒：${p.due} 应还 ${p.amount}`,
    en: (p: { amount: string; due: string }) => `Payment reminder: ${p.amount} due on ${p.due}`,
  },
  'followup.ics.calendar': { zh: '还款协议提醒', en: 'Repayment agreement reminders' },

  'followup.agree.saved': {
    zh: (p: { path: string; plan: string; ref: string }) => `协议已保存到 ${p.path}（账户 ${p.ref}，方案 ${p.plan}）。`,
    en: (p: { path: string; plan: string; ref: string }) => `Agreement saved to ${p.path} (account ${p.ref}, plan ${p.plan}).`,
  },

  'followup.row': {
    zh: (p: { source: string; row: number; line: number; reason: string }) => `${p.source} 第 ${p.row} 条记录（第 ${p.line} 行）：${p.reason}`,
    en: (p: { source: string; row: number; line: number; reason: string }) => `${p.source} row ${p.row} (line ${p.line}): ${p.reason}`,
  },
  'followup.agree.summary': {
    zh: (p: { read: number; recorded: number; rejected: number }) => `agree：读取 ${p.read} 行，记录 ${p.recorded} 份协议，拒收 ${p.rejected} 行`,
    en: (p: { read: number; recorded: number; rejected: number }) => `agree: ${p.read} read, ${p.recorded} recorded, ${p.rejected} rejected`,
  },

  // Status, action and instalment words (§10.2)
  'followup.status.on-track': { zh: '正常履约', en: 'on track' },
  'followup.status.late': { zh: '有逾期', en: 'late' },
  'followup.status.broken': { zh: '协议已中断', en: 'broken' },
  'followup.status.completed': { zh: '已还清', en: 'completed' },
  'followup.action.none': { zh: '无需处理', en: 'none' },
  'followup.action.remind': { zh: '发送提醒', en: 'remind' },
  'followup.action.call': { zh: '电话联系', en: 'call' },
  'followup.action.re-plan': { zh: '重新制定方案', en: 're-plan' },
  'followup.instalment.on-time': { zh: '按时', en: 'on time' },
  'followup.instalment.late': { zh: '逾期后还清', en: 'late' },
  'followup.instalment.missed': { zh: '未还（已过宽限期）', en: 'missed' },
  'followup.instalment.pending': { zh: '待还', en: 'pending' },
  'followup.kind.before': { zh: '到期前', en: 'before' },
  'followup.kind.due': { zh: '到期日', en: 'due' },
  'followup.kind.overdue': { zh: '逾期', en: 'overdue' },

  // Tracking table (one agreement)
  'followup.table.title': {
    zh: (p: { ref: string; plan: string; date: string; asOf: string }) => `账户 ${p.ref} · 方案 ${p.plan} · 协议日 ${p.date} · 截至 ${p.asOf}`,
    en: (p: { ref: string; plan: string; date: string; asOf: string }) => `Account ${p.ref} · plan ${p.plan} · agreed ${p.date} · as of ${p.asOf}`,
  },
  'followup.field.status': { zh: '状态', en: 'Status' },
  'followup.field.breakDate': { zh: '中断日期', en: 'Broken on' },
  'followup.field.paid': { zh: '已收款', en: 'Paid' },
  'followup.field.applied': { zh: '已冲抵（本金 / 利息 / 费用）', en: 'Applied (principal / interest / fees)' },
  'followup.field.dueToDate': { zh: '截至今日应还', en: 'Due to date' },
  'followup.field.arrears': { zh: '拖欠金额', en: 'Arrears' },
  'followup.field.missed': { zh: '未还期数', en: 'Missed instalments' },
  'followup.field.daysPastDue': { zh: '逾期天数', en: 'Days past due' },
  'followup.field.nextDue': { zh: '下一期', en: 'Next due' },
  'followup.field.remaining': { zh: '剩余未还', en: 'Remaining' },
  'followup.field.overpaid': { zh: '多付金额', en: 'Overpaid' },
  'followup.field.action': { zh: '建议操作', en: 'Action' },
  'followup.field.none': { zh: '无', en: 'none' },
  'followup.days': { zh: (p: { n: number }) => `${p.n} 天`, en: (p: { n: number }) => `${p.n} day${p.n === 1 ? '' : 's'}` },
  'followup.col.k': { zh: '期数', en: 'No.' },
  'followup.col.due': { zh: '到期日', en: 'Due' },
  'followup.col.amount': { zh: '应还', en: 'Amount' },
  'followup.col.paid': { zh: '已还', en: 'Paid' },
  'followup.col.settled': { zh: '还清日', en: 'Settled' },
  'followup.col.state': { zh: '状态', en: 'State' },
  'followup.col.id': { zh: '账户', en: 'Account' },
  'followup.replan.title': {
    zh: (p: { principal: string; interest: string; fees: string; days: number }) =>
      `中断后重新计算的欠款：本金 ${p.principal}，利息 ${p.interest}，费用 ${p.fees}，逾期 ${p.days} 天`,
    en: (p: { principal: string; interest: string; fees: string; days: number }) =>
      `Owed again after the break: principal ${p.principal}, interest ${p.interest}, fees ${p.fees}, ${p.days} days overdue`,
  },
  'followup.replan.none': { zh: '本金已还清，无需重新制定方案。', en: 'The principal is paid off: there is nothing to re-plan.' },

  // Closing summary (stderr)
  'followup.summary.track': {
    zh: (p: {
      agreements: number;
      onTrack: number;
      late: number;
      broken: number;
      completed: number;
      paid: string;
      arrears: string;
      remaining: string;
      read: number;
      applied: number;
      rejected: number;
    }) =>
      `共 ${p.agreements} 份协议：正常 ${p.onTrack}，逾期 ${p.late}，中断 ${p.broken}，已还清 ${p.completed}；已收款 ${p.paid}，拖欠 ${p.arrears}，剩余 ${p.remaining}。还款记录读取 ${p.read} 行：已入账 ${p.applied}，拒收 ${p.rejected}。`,
    en: (p: {
      agreements: number;
      onTrack: number;
      late: number;
      broken: number;
      completed: number;
      paid: string;
      arrears: string;
      remaining: string;
      read: number;
      applied: number;
      rejected: number;
    }) =>
      `${p.agreements} agreement${p.agreements === 1 ? '' : 's'}: ${p.onTrack} on track, ${p.late} late, ${p.broken} broken, ${p.completed} completed; paid ${p.paid}, in arrears ${p.arrears}, remaining ${p.remaining}. Ledger: ${p.read} row${p.read === 1 ? '' : 's'} read, ${p.applied} applied, ${p.rejected} rejected.`,
  },
  'followup.summary.remind': {
    zh: (p: { reminders: number; agreements: number; from: string; to: string }) =>
      `${p.from} 至 ${p.to} 共有 ${p.reminders} 条提醒（${p.agreements} 份协议）。`,
    en: (p: { reminders: number; agreements: number; from: string; to: string }) =>
      `${p.reminders} reminder${p.reminders === 1 ? '' : 's'} from ${p.from} to ${p.to} (${p.agreements} agreement${p.agreements === 1 ? '' : 's'}).`,
  },

  // Ledger rows rejected (§10)
  'followup.reject.ledger.unreadable': { zh: (p: { detail: string }) => `无法读取：${p.detail}`, en: (p: { detail: string }) => `cannot be read: ${p.detail}` },
  'followup.reject.ledger.unknown-account': {
    zh: (p: { id: string }) => `没有账户 ${p.id} 的协议`,
    en: (p: { id: string }) => `unknown account: no agreement for ${p.id}`,
  },
  'followup.reject.ledger.bad-date': {
    zh: (p: { value: string }) => `还款日期 ${p.value} 无效，请写成 YYYY-MM-DD`,
    en: (p: { value: string }) => `bad date ${p.value}: write it as YYYY-MM-DD`,
  },
  'followup.reject.ledger.bad-amount-why': {
    zh: (p: { value: string; why: string }) => `还款金额 ${p.value} 无效：${p.why}`,
    en: (p: { value: string; why: string }) => `bad amount ${p.value}: ${p.why}`,
  },
  'followup.reject.ledger.bad-amount': {
    zh: (p: { value: string }) => `还款金额 ${p.value} 无效，请写大于 0 的金额`,
    en: (p: { value: string }) => `bad amount ${p.value}: give an amount greater than 0`,
  },
  'followup.reject.ledger.before-agreement': {
    zh: (p: { date: string }) => `还款日期早于协议日 ${p.date}`,
    en: (p: { date: string }) => `dated before the agreement's asOf ${p.date}`,
  },
  'followup.reject.ledger.after-as-of': {
    zh: (p: { date: string }) => `还款日期晚于跟踪日 ${p.date}`,
    en: (p: { date: string }) => `dated after the tracking date ${p.date}`,
  },
}));
