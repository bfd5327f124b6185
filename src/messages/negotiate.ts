/**
 * `repayplan negotiate` (the live call): questions, the menu, the pick-and-save steps, the edge
 * lines (no terminal, Ctrl-C). Field names and questions are keyed by the account field.
 */
import { defineMessages } from './types.js';

type S = string;

export const NEGOTIATE = defineMessages(() => ({
  // ── field names (as the agent sees them) ─────────────────────────────────────────────────
  'negotiate.field.id': { zh: '账户编号', en: 'account reference' },
  'negotiate.field.principal': { zh: '本金', en: 'principal' },
  'negotiate.field.interest': { zh: '利息', en: 'interest' },
  'negotiate.field.fees': { zh: '费用', en: 'fees' },
  'negotiate.field.overdueDays': { zh: '逾期天数', en: 'overdue days' },
  'negotiate.field.minimumDue': { zh: '最低还款额', en: 'minimum due' },
  'negotiate.field.monthlyIncome': { zh: '月收入', en: 'monthly income' },
  'negotiate.field.monthlyExpenses': { zh: '月必要支出', en: 'monthly expenses' },
  'negotiate.field.otherDebtPayments': { zh: '其他负债月供', en: 'other debt payments' },
  'negotiate.field.availableCash': { zh: '可一次性筹措资金', en: 'available cash' },
  'negotiate.field.hardship': { zh: '逾期原因', en: 'hardship reason' },
  'negotiate.field.willingToRepay': { zh: '还款意愿', en: 'will to repay' },

  // ── the questionnaire ────────────────────────────────────────────────────────────────────
  'negotiate.ask.id': { zh: '账户编号（可不填；不要填卡号或身份证号）', en: 'Account reference (optional; never a card or ID number)' },
  'negotiate.ask.principal': { zh: '本金', en: 'Outstanding principal' },
  'negotiate.ask.overdueDays': { zh: '逾期天数', en: 'Days overdue' },
  'negotiate.ask.interest': { zh: '已产生未还利息（不填则估算）', en: 'Unpaid interest already charged (blank: estimate)' },
  'negotiate.ask.fees': { zh: '已产生未还费用，含违约金（不填则估算）', en: 'Unpaid fees, late fees included (blank: estimate)' },
  'negotiate.ask.minimumDue': { zh: '未还最低还款额（不填则按政策）', en: 'Unpaid minimum payment (blank: from the policy)' },
  'negotiate.ask.monthlyIncome': { zh: '月收入（不填为未知）', en: 'Net monthly income (blank: unknown)' },
  'negotiate.ask.monthlyExpenses': { zh: '月必要支出（不填为无）', en: 'Essential monthly expenses (blank: none)' },
  'negotiate.ask.otherDebtPayments': { zh: '其他负债月供（不填为无）', en: 'Monthly payments on other debts (blank: none)' },
  'negotiate.ask.availableCash': { zh: '可一次性筹措资金（不填为未知）', en: 'Cash the cardholder can pay at once (blank: unknown)' },
  'negotiate.ask.hardship': {
    zh: '逾期原因：失业、疾病、经营困难、收入下降、其他（不填为未说明）',
    en: 'Why is the cardholder behind? unemployment, illness, business, income-drop, other (blank: not stated)',
  },
  'negotiate.ask.willingToRepay': { zh: '客户愿意还款吗？是 / 否（不填为未说明）', en: 'Does the cardholder want to repay? yes / no (blank: not stated)' },
  'negotiate.required': { zh: (p: { name: S }) => `${p.name}必须填写`, en: (p: { name: S }) => `${p.name} is required` },
  'negotiate.id-too-long': { zh: '账户编号太长（最多 64 个字符）', en: 'the account reference is too long (64 characters at most)' },

  // ── the menu ─────────────────────────────────────────────────────────────────────────────
  'negotiate.menu': { zh: '下一步？', en: 'What next?' },
  'negotiate.hint': { zh: '↑↓ 移动 · 输入序号 · ⏎ 确认 · Ctrl-C 退出', en: '↑↓ move · type the number · ⏎ choose · Ctrl-C quit' },
  'negotiate.action.offer': { zh: '客户提议：首付和/或月供', en: 'Counter-offer: now and/or a month' },
  'negotiate.action.figures': { zh: '修改收入、支出、现金、逾期原因等', en: 'Change income, expenses, cash, hardship …' },
  'negotiate.action.full': { zh: '全部方案（完整对比）', en: 'All plans (full comparison)' },
  'negotiate.action.schedule': { zh: '查看还款计划', en: "A plan's schedule" },
  'negotiate.action.script': { zh: '话术（读给客户听）', en: 'Read-out script' },
  'negotiate.action.pick': { zh: '选定方案（达成协议）', en: 'Pick a plan (agreement)' },
  /** Each names the other language in its own words too, so a speaker of it finds the way back. */
  'negotiate.action.lang': { zh: '切换到英文（English）', en: '切换到中文 (switch to Chinese)' },
  'negotiate.action.quit': { zh: '退出，不保存', en: 'Quit without saving' },

  // ── the two-figure counter-offer ─────────────────────────────────────────────────────────
  'negotiate.offer.ask': {
    zh: '客户能还多少？只填月供（如 800），或 首付 月供（如 5000 800、2万 800；5000 0 = 只付首付）',
    en: 'What can the cardholder pay? A month (800), or now and a month (5000 800; 5000 0 = now only)',
  },
  'negotiate.offer.field': { zh: '客户提议', en: 'the offer' },
  'negotiate.offer.monthly-field': { zh: '月供', en: 'the monthly figure' },
  'negotiate.offer.lump-field': { zh: '首付', en: 'the amount now' },
  'negotiate.offer.too-many': { zh: '最多两个数：首付 月供（例如 5000 800）', en: 'at most two figures: now and a month (e.g. 5000 800)' },
  'negotiate.offer.nothing': { zh: '首付和月供不能都是 0', en: 'now and a month cannot both be 0' },
  'negotiate.offer.echo.both': {
    zh: (p: { now: S; monthly: S }) => `客户提议：现在付 ${p.now}，之后每月 ${p.monthly}`,
    en: (p: { now: S; monthly: S }) => `The offer: ${p.now} now, then ${p.monthly} a month`,
  },
  'negotiate.offer.echo.monthly': { zh: (p: { monthly: S }) => `客户提议：每月 ${p.monthly}`, en: (p: { monthly: S }) => `The offer: ${p.monthly} a month` },
  'negotiate.offer.echo.lump': { zh: (p: { now: S }) => `客户提议：现在付 ${p.now}`, en: (p: { now: S }) => `The offer: ${p.now} now` },
  'negotiate.offer.no-answer': { zh: '没有方案能满足这个提议。', en: 'No plan meets this offer.' },

  // ── changing figures ─────────────────────────────────────────────────────────────────────
  'negotiate.which-figure': { zh: '修改哪一项？', en: 'Which figure?' },
  'negotiate.done': { zh: '完成：重新计算', en: 'Done: recompute' },
  /** A figure in the change-figures picker with its current value. */
  'negotiate.now': {
    zh: (p: { name: S; value: S }) => `${p.name}（当前：${p.value}）`,
    en: (p: { name: S; value: S }) => `${p.name} (now ${p.value})`,
  },
  'negotiate.not-given': { zh: '未提供', en: 'not given' },
  'negotiate.estimated': { zh: '估算', en: 'estimated' },
  'negotiate.new-value': { zh: (p: { name: S }) => `新的${p.name}（输入 - 清除为未提供）`, en: (p: { name: S }) => `New ${p.name} (- to clear: not given)` },

  // ── plans, schedule, script, pick ────────────────────────────────────────────────────────
  'negotiate.which-plan': { zh: '选择哪个方案？', en: 'Which plan?' },
  'negotiate.recommended': { zh: '★ 推荐', en: '★ recommended' },
  'negotiate.answers-offer': { zh: '➜ 回应提议', en: '➜ answers the offer' },
  'negotiate.no-plans': { zh: '这个账户没有可以选择的方案。', en: 'There is no plan to choose for this account.' },
  'negotiate.agreed': { zh: '客户同意这个方案吗？（同意则记录下来）', en: 'Did the cardholder agree to this plan? (yes: it is recorded)' },
  'negotiate.not-agreed': { zh: '未记录，回到菜单。', en: 'Nothing recorded; back to the menu.' },
  'negotiate.note': { zh: '备注（可不填；不要填卡号或身份证号）', en: 'Note for the record (optional; no card or ID numbers)' },
  'negotiate.save-path': { zh: '协议记录保存到（文件名；不填则不保存）', en: 'Save the agreement record to (file name; blank: do not save)' },
  'negotiate.overwrite': { zh: (p: { path: S }) => `${p.path} 已存在，要覆盖吗？`, en: (p: { path: S }) => `${p.path} exists. Replace it?` },
  'negotiate.saved': {
    zh: (p: { path: S; cmd: S }) => `协议已保存到 ${p.path}。\n随时可以重算：${p.cmd}`,
    en: (p: { path: S; cmd: S }) => `Agreement saved to ${p.path}.\nRecompute it any time with: ${p.cmd}`,
  },
  'negotiate.not-saved': { zh: '已选定方案，未保存记录。', en: 'Plan picked; no record was saved.' },
  'negotiate.quit': { zh: '没有保存任何内容。', en: 'Nothing was saved.' },
  'negotiate.save.is-folder': {
    zh: (p: { path: S }) => `${p.path} 是一个文件夹：请给出文件名，例如 agreement.json`,
    en: (p: { path: S }) => `${p.path} is a folder: give a file name, e.g. agreement.json`,
  },
  'negotiate.save.no-folder': {
    zh: (p: { path: S }) => `无法保存到 ${p.path}：文件夹不存在`,
    en: (p: { path: S }) => `cannot save to ${p.path}: the folder does not exist`,
  },
  'negotiate.save.permission': {
    zh: (p: { path: S }) => `无法保存到 ${p.path}：没有写入权限`,
    en: (p: { path: S }) => `cannot save to ${p.path}: permission denied`,
  },
  'negotiate.save.disk-full': {
    zh: (p: { path: S }) => `无法保存到 ${p.path}：磁盘已满`,
    en: (p: { path: S }) => `cannot save to ${p.path}: the disk is full`,
  },
  'negotiate.save.other': {
    zh: (p: { path: S; why: S }) => `无法保存到 ${p.path}：${p.why}`,
    en: (p: { path: S; why: S }) => `cannot save to ${p.path}: ${p.why}`,
  },

  // ── the edge ─────────────────────────────────────────────────────────────────────────────
  'negotiate.cancelled': { zh: 'negotiate 已取消，没有保存任何内容', en: 'negotiate cancelled; nothing was saved' },

  // yes/no questions (cli/prompter.ts)
  'prompt.yes-no': { zh: '（是/否）', en: '(y/n)' },
  'prompt.yes-no.default-yes': { zh: '（是/否，默认 是）', en: '(Y/n)' },
  'prompt.yes-no.default-no': { zh: '（是/否，默认 否）', en: '(y/N)' },
  /** A yes/no question with its hint. */
  'prompt.confirm': {
    zh: (p: { question: string; hint: string }) => `${p.question}${p.hint}`,
    en: (p: { question: string; hint: string }) => `${p.question} ${p.hint}`,
  },
  'prompt.yes-no.again': { zh: '请回答 是 或 否（y/n）', en: 'please answer y (yes) or n (no)' },
}));
