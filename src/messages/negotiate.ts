/**
 * The live call (`repayplan negotiate`, issue #5): questions, menu, plan lines, save and quit.
 * Errors in typed figures come from account.ts; counter-offer lines from counter-offer.ts.
 */
import { defineMessages } from './types.js';

type V = { value: string };

export const NEGOTIATE = defineMessages({
  // account fields as the agent names them
  'field.id': { zh: '账户编号', en: 'account reference' },
  'field.principal': { zh: '本金', en: 'principal' },
  'field.interest': { zh: '利息', en: 'interest' },
  'field.fees': { zh: '费用', en: 'fees' },
  'field.overdue-days': { zh: '逾期天数', en: 'overdue days' },
  'field.minimum-due': { zh: '最低还款额', en: 'minimum due' },
  'field.monthly-income': { zh: '月收入', en: 'monthly income' },
  'field.monthly-expenses': { zh: '月必要支出', en: 'monthly expenses' },
  'field.other-debt-payments': { zh: '其他负债月供', en: 'other debt payments' },
  'field.available-cash': { zh: '可一次性筹措资金', en: 'available cash' },

  // the questionnaire
  'ask.id': { zh: '账户编号（可不填；不要填卡号或身份证号）', en: 'Account reference (optional; never a card or ID number)' },
  'ask.principal': { zh: '本金', en: 'Outstanding principal' },
  'ask.overdue-days': { zh: '逾期天数', en: 'Days overdue' },
  'ask.interest': { zh: '已产生未还利息（不填则估算）', en: 'Unpaid interest already charged (blank: estimate)' },
  'ask.fees': { zh: '已产生未还费用，含违约金（不填则估算）', en: 'Unpaid fees, late fees included (blank: estimate)' },
  'ask.minimum-due': { zh: '未还最低还款额（不填则按政策）', en: 'Unpaid minimum payment (blank: from the policy)' },
  'ask.monthly-income': { zh: '月收入（不填为未知）', en: 'Net monthly income (blank: unknown)' },
  'ask.monthly-expenses': { zh: '月必要支出（不填为无）', en: 'Essential monthly expenses (blank: none)' },
  'ask.other-debt-payments': { zh: '其他负债月供（不填为无）', en: 'Monthly payments on other debts (blank: none)' },
  'ask.available-cash': { zh: '可一次性筹措资金（不填为未知）', en: 'Cash the cardholder can pay at once (blank: unknown)' },
  'negotiate.required': { zh: (p: { name: string }) => `${p.name}必须填写`, en: (p: { name: string }) => `${p.name} is required` },
  'negotiate.id-too-long': { zh: '账户编号太长（最多 64 个字符）', en: 'the account reference is too long (64 characters at most)' },

  // the menu
  'negotiate.menu': { zh: '下一步？', en: 'What next?' },
  'negotiate.hint': { zh: '↑↓ 移动 · 输入序号 · ⏎ 确认 · Ctrl-C 退出', en: '↑↓ move · type the number · ⏎ choose · Ctrl-C quit' },
  'negotiate.action.monthly': { zh: '客户提议：每月能还多少', en: 'Counter-offer: a monthly payment the cardholder can manage' },
  'negotiate.action.lump': { zh: '客户提议：现在能一次性还多少', en: 'Counter-offer: a lump sum the cardholder can pay now' },
  'negotiate.action.figures': { zh: '修改收入、支出、其他负债或现金', en: 'Change income, expenses, other debts or cash' },
  'negotiate.action.schedule': { zh: '查看某个方案的还款计划', en: "View one plan's schedule" },
  'negotiate.action.script': { zh: '查看某个方案的话术', en: 'Read-out script for a plan' },
  'negotiate.action.table': { zh: '重新显示方案对比', en: 'Show the comparison again' },
  /** Written in the other language: it is how the agent switches. */
  'negotiate.action.lang': { zh: 'Switch to English（切换到英文）', en: '切换到中文 (switch to Chinese)' },
  'negotiate.action.pick': { zh: '选定方案（达成协议）', en: 'Pick a plan (agreement)' },
  'negotiate.action.quit': { zh: '退出，不保存', en: 'Quit without saving' },

  // counter-offers and figures
  'negotiate.monthly-ask': { zh: '客户提议的每月还款额', en: 'Monthly payment the cardholder offers' },
  'negotiate.lump-ask': { zh: '客户现在能一次性还的金额', en: 'Lump sum the cardholder can pay now' },
  'negotiate.monthly-field': { zh: '每月还款额', en: 'the monthly offer' },
  'negotiate.lump-field': { zh: '一次性还款额', en: 'the lump-sum offer' },
  'negotiate.which-figure': { zh: '修改哪一项？', en: 'Which figure?' },
  'negotiate.done': { zh: '完成：显示方案', en: 'Done: show the plans' },
  'negotiate.now': { zh: (p: V) => `当前 ${p.value}`, en: (p: V) => `now ${p.value}` },
  'negotiate.new-value': { zh: (p: { name: string }) => `新的${p.name}`, en: (p: { name: string }) => `New ${p.name}` },
  'negotiate.figures-changed': { zh: '已更新。', en: 'Figures updated.' },

  // plans
  'negotiate.which-plan': { zh: '选择哪个方案？', en: 'Which plan?' },
  'negotiate.recommended': { zh: '推荐', en: 'recommended' },
  /** One run of equal monthly payments in a plan line: `first` = 1 for the first thing paid. */
  'negotiate.run': {
    zh: (p: { first: number; grace: number; payment: string; count: number }) => `${p.first ? '' : '之后'}${p.grace ? '宽限期' : ''}每月 ${p.payment} × ${p.count} 期`,
    en: (p: { first: number; grace: number; payment: string; count: number }) => `${p.first ? '' : 'then '}${p.payment}${p.first ? ' a month' : ''} × ${p.count}${p.grace ? ' (grace)' : ''}`,
  },
  'negotiate.last-run': { zh: (p: V) => `末期 ${p.value}`, en: (p: V) => `last ${p.value}` },
  'negotiate.run-join': { zh: '，', en: ', ' },
  'negotiate.lump-sum': { zh: (p: V) => `一次性 ${p.value}`, en: (p: V) => `${p.value} now` },
  'negotiate.no-plans': { zh: '这个账户没有可以选择的方案。', en: 'There is no plan to choose for this account.' },
  'negotiate.header': {
    zh: (p: { account: string; bucket: string; owed: string; policy: string; version: string; asOf: string }) =>
      `账户${p.account ? ` ${p.account}` : ''} · ${p.bucket} · 欠款 ${p.owed} · 政策 ${p.policy} v${p.version} · 截至 ${p.asOf}`,
    en: (p: { account: string; bucket: string; owed: string; policy: string; version: string; asOf: string }) =>
      `Account${p.account ? ` ${p.account}` : ''} · bucket ${p.bucket} · owed ${p.owed} · policy ${p.policy} v${p.version} · as of ${p.asOf}`,
  },
  'negotiate.recommended-plan': { zh: (p: { plan: string }) => `推荐方案：${p.plan}`, en: (p: { plan: string }) => `Recommended: ${p.plan}` },
  'negotiate.no-recommendation': { zh: (p: { why: string }) => `没有推荐方案：${p.why}`, en: (p: { why: string }) => `No plan recommended: ${p.why}` },

  // agreement and saving
  'negotiate.agreed': { zh: '客户同意这个方案吗？（同意则记录下来）', en: 'Did the cardholder agree to this plan? (yes: it is recorded)' },
  'negotiate.not-agreed': { zh: '未记录，回到菜单。\n', en: 'Nothing recorded; back to the menu.\n' },
  'negotiate.note': { zh: '备注（可不填；不要填卡号或身份证号）', en: 'Note for the record (optional; no card or ID numbers)' },
  'negotiate.save-path': { zh: '协议记录保存到（文件名；不填则不保存）', en: 'Save the agreement record to (file name; blank: do not save)' },
  'negotiate.overwrite': { zh: (p: { path: string }) => `${p.path} 已存在，要覆盖吗？`, en: (p: { path: string }) => `${p.path} exists. Replace it?` },
  'negotiate.saved': {
    zh: (p: { path: string; command: string }) => `协议已保存到 ${p.path}。\n随时可以重算：${p.command}\n`,
    en: (p: { path: string; command: string }) => `Agreement saved to ${p.path}.\nRecompute it any time with: ${p.command}\n`,
  },
  'negotiate.not-saved': { zh: '已选定方案，未保存记录。\n', en: 'Plan picked; no record was saved.\n' },
  'negotiate.quit': { zh: '没有保存任何内容。\n', en: 'Nothing was saved.\n' },
  /** A failed save, by the writer's code (English: the writer's own message, see io.ts). */
  'negotiate.save.is-folder': { zh: (p: { path: string }) => `${p.path} 是一个文件夹：请给出文件名，例如 agreement.json`, en: (p: { path: string }) => `${p.path} is a folder: give a file name, e.g. agreement.json` },
  'negotiate.save.no-folder': { zh: (p: { path: string }) => `无法保存到 ${p.path}：文件夹不存在`, en: (p: { path: string }) => `cannot save to ${p.path}: its folder does not exist` },
  'negotiate.save.permission': { zh: (p: { path: string }) => `无法保存到 ${p.path}：没有写入权限`, en: (p: { path: string }) => `cannot save to ${p.path}: permission denied` },
  'negotiate.save.disk-full': { zh: (p: { path: string }) => `无法保存到 ${p.path}：磁盘已满`, en: (p: { path: string }) => `cannot save to ${p.path}: the disk is full` },
  'negotiate.save.other': { zh: (p: { path: string; why: string }) => `无法保存到 ${p.path}：${p.why}`, en: (p: { path: string; why: string }) => `cannot save to ${p.path}: ${p.why}` },

  // yes/no questions (cli/prompter.ts)
  'prompt.yes-no': { zh: '（是/否）', en: '(y/n)' },
  'prompt.yes-no.default-yes': { zh: '（是/否，默认 是）', en: '(Y/n)' },
  'prompt.yes-no.default-no': { zh: '（是/否，默认 否）', en: '(y/N)' },
  /** A yes/no question with its hint. */
  'prompt.confirm': { zh: (p: { question: string; hint: string }) => `${p.question}${p.hint}`, en: (p: { question: string; hint: string }) => `${p.question} ${p.hint}` },
  'prompt.yes-no.again': { zh: '请回答 是 或 否（y/n）', en: 'please answer y (yes) or n (no)' },
});
