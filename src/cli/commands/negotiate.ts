/**
 * `repayplan negotiate`: the agent's what-if loop on a live call (issue #5). Takes the account
 * (prompts, or --input / flags with any bad field re-asked), shows the comparison, then loops:
 * counter-offers, changed figures, one schedule, the script, language — until a plan is picked
 * (script printed, agreement record written atomically) or the agent quits.
 *
 * `negotiate()` is the flow over an injected Prompter and writer (unit-tested with scripted
 * answers); `runNegotiate()` is the edge: TTY check, clock, inquirer, Ctrl-C → exit 130.
 */
import { computeCounterOffers } from '../../report/counter-offer.js';
import { agreementRecord, agreementText, maskNote } from '../../agreement/record.js';
import { safeValue } from '../../core/privacy.js';
import { presetDoc } from '../../policy/presets.js';
import { fileExists, removePendingTemp, writeFileAtomic } from '../../agreement/write.js';
import { MAX_OVERDUE_DAYS, parseAccount, parseAsOf, type Account, type AccountField, type RawAccount } from '../../core/account.js';
import { formatCivilDate, type CivilDate } from '../../dates/civil-date.js';
import { UserError, type FieldIssue } from '../../errors.js';
import { MAX_WHOLE_DIGITS, formatMoney, isIssue, parseAmount, type Minor } from '../../money/amount.js';
import { currencySymbol, type Currency } from '../../money/currency.js';
import type { Lang, Policy } from '../../policy/types.js';
import { msgOf, render } from '../../messages/index.js';
import { renderCounterOffers } from '../../render/counter-offer-text.js';
import { moneyText, paymentRuns, renderScript, dateText } from '../../render/script.js';
import { renderPlanTable, renderSchedule } from '../../render/table.js';
import { evaluate } from '../../report/evaluate.js';
import type { Plan } from '../../analysis/types.js';
import type { Evaluation } from '../../report/types.js';
import { rawFromFlags, readInputDocument } from '../account-input.js';
import { localeLang, useColour, type Context } from '../../io/context.js';
import { VERSION } from '../../version.js';
import { inquirerPrompter, isPromptExit, type Prompter, type PromptChoice } from '../prompter.js';
import { resolvePolicy } from './plan.js';

/** Exit code after Ctrl-C (128 + SIGINT), as shells report it. */
export const EXIT_INTERRUPTED = 130;

/** The fields the questionnaire asks for, in order (minimumDue only via flags / --input). */
const ASKED: readonly (AccountField)[] = ['id', 'principal', 'overdueDays', 'interest', 'fees', 'monthlyIncome', 'monthlyExpenses', 'otherDebtPayments', 'availableCash'];
/** The figures the agent may change during the call. */
const CHANGEABLE: readonly AccountField[] = ['monthlyIncome', 'monthlyExpenses', 'otherDebtPayments', 'availableCash', 'interest', 'fees', 'overdueDays', 'principal'];
const REQUIRED = new Set<AccountField>(['principal', 'overdueDays']);

const FIELD_NAMES: Record<Lang, Record<AccountField, string>> = {
  en: {
    id: 'account reference', principal: 'principal', interest: 'interest', fees: 'fees', overdueDays: 'overdue days',
    minimumDue: 'minimum due', monthlyIncome: 'monthly income', monthlyExpenses: 'monthly expenses',
    otherDebtPayments: 'other debt payments', availableCash: 'available cash',
    hardship: 'hardship reason', willingToRepay: 'will to repay',
  },
  zh: {
    id: '账户编号', principal: '本金', interest: '利息', fees: '费用', overdueDays: '逾期天数', minimumDue: '最低还款额',
    monthlyIncome: '月收入', monthlyExpenses: '月必要支出', otherDebtPayments: '其他负债月供', availableCash: '可一次性筹措资金',
    hardship: '逾期原因', willingToRepay: '还款意愿',
  },
};

const QUESTIONS: Record<Lang, Record<AccountField, string>> = {
  en: {
    id: 'Account reference (optional; never a card or ID number)',
    principal: 'Outstanding principal',
    overdueDays: 'Days overdue',
    interest: 'Unpaid interest already charged (blank: estimate)',
    fees: 'Unpaid fees, late fees included (blank: estimate)',
    minimumDue: 'Unpaid minimum payment (blank: from the policy)',
    monthlyIncome: 'Net monthly income (blank: unknown)',
    monthlyExpenses: 'Essential monthly expenses (blank: none)',
    otherDebtPayments: 'Monthly payments on other debts (blank: none)',
    availableCash: 'Cash the cardholder can pay at once (blank: unknown)',
    hardship: 'Why is the cardholder behind? unemployment, illness, business, income-drop, other (blank: not stated)',
    willingToRepay: 'Does the cardholder want to repay? yes / no (blank: not stated)',
  },
  zh: {
    id: '账户编号（可不填；不要填卡号或身份证号）',
    principal: '本金',
    overdueDays: '逾期天数',
    interest: '已产生未还利息（不填则估算）',
    fees: '已产生未还费用，含违约金（不填则估算）',
    minimumDue: '未还最低还款额（不填则按政策）',
    monthlyIncome: '月收入（不填为未知）',
    monthlyExpenses: '月必要支出（不填为无）',
    otherDebtPayments: '其他负债月供（不填为无）',
    availableCash: '可一次性筹措资金（不填为未知）',
    hardship: '逾期原因：失业、疾病、经营困难、收入下降、其他（不填为未说明）',
    willingToRepay: '客户有还款意愿吗？是 / 否（不填为未说明）',
  },
};

type MenuAction = 'monthly' | 'lump' | 'figures' | 'schedule' | 'script' | 'table' | 'lang' | 'pick' | 'quit';

const TEXT = {
  en: {
    menu: 'What next?',
    hint: '↑↓ move · type the number · ⏎ choose · Ctrl-C quit',
    actions: {
      monthly: 'Counter-offer: a monthly payment the cardholder can manage',
      lump: 'Counter-offer: a lump sum the cardholder can pay now',
      figures: 'Change income, expenses, other debts or cash',
      schedule: "View one plan's schedule",
      script: 'Read-out script for a plan',
      table: 'Show the comparison again',
      lang: '切换到中文 (switch to Chinese)',
      pick: 'Pick a plan (agreement)',
      quit: 'Quit without saving',
    } satisfies Record<MenuAction, string>,
    monthlyAsk: 'Monthly payment the cardholder offers',
    lumpAsk: 'Lump sum the cardholder can pay now',
    monthlyField: 'the monthly offer',
    lumpField: 'the lump-sum offer',
    whichFigure: 'Which figure?',
    done: 'Done: show the plans',
    now: (v: string) => `now ${v}`,
    unknown: 'not given',
    estimated: 'estimated',
    newValue: (name: string) => `New ${name}`,
    whichPlan: 'Which plan?',
    recommended: 'recommended',
    run: (first: boolean, grace: boolean, v: string, n: number) => `${first ? '' : 'then '}${v}${first ? ' a month' : ''} × ${n}${grace ? ' (grace)' : ''}`,
    lastRun: (v: string) => `last ${v}`,
    runJoin: ', ',
    lumpSum: (v: string) => `${v} now`,
    afford: { true: 'affordable', false: 'not affordable', null: 'affordability unknown' },
    noPlans: 'There is no plan to choose for this account.',
    agreed: 'Did the cardholder agree to this plan? (yes: it is recorded)',
    notAgreed: 'Nothing recorded; back to the menu.\n',
    note: 'Note for the record (optional; no card or ID numbers)',
    savePath: 'Save the agreement record to (file name; blank: do not save)',
    overwrite: (p: string) => `${p} exists. Replace it?`,
    saved: (p: string, cmd: string) => `Agreement saved to ${p}.\nRecompute it any time with: ${cmd}\n`,
    notSaved: 'Plan picked; no record was saved.\n',
    quit: 'Nothing was saved.\n',
    required: (name: string) => `${name} is required`,
    figuresChanged: 'Figures updated.',
    header: (ev: Evaluation) => `Account${ev.account.id ? ` ${ev.account.id}` : ''} · bucket ${ev.snapshot.bucket} · owed ${moneyText(ev.snapshot.total, ev.policy)} · policy ${ev.policy.name} v${ev.policy.version} · as of ${formatCivilDate(ev.asOf)}`,
    recommendation: (ev: Evaluation) => (ev.recommendation.planId ? `Recommended: ${ev.recommendation.planId}` : `No plan recommended: ${render('en', ev.recommendation.reason)}`),
  },
  zh: {
    menu: '下一步？',
    hint: '↑↓ 移动 · 输入序号 · ⏎ 确认 · Ctrl-C 退出',
    actions: {
      monthly: '客户提议：每月能还多少',
      lump: '客户提议：现在能一次性还多少',
      figures: '修改收入、支出、其他负债或现金',
      schedule: '查看某个方案的还款计划',
      script: '查看某个方案的话术',
      table: '重新显示方案对比',
      lang: 'Switch to English（切换到英文）',
      pick: '选定方案（达成协议）',
      quit: '退出，不保存',
    } satisfies Record<MenuAction, string>,
    monthlyAsk: '客户提议的每月还款额',
    lumpAsk: '客户现在能一次性还的金额',
    monthlyField: '每月还款额',
    lumpField: '一次性还款额',
    whichFigure: '修改哪一项？',
    done: '完成：显示方案',
    now: (v: string) => `当前 ${v}`,
    unknown: '未提供',
    estimated: '估算',
    newValue: (name: string) => `新的${name}`,
    whichPlan: '选择哪个方案？',
    recommended: '推荐',
    run: (first: boolean, grace: boolean, v: string, n: number) => `${first ? '' : '之后'}${grace ? '宽限期' : ''}每月 ${v} × ${n} 期`,
    lastRun: (v: string) => `末期 ${v}`,
    runJoin: '，',
    lumpSum: (v: string) => `一次性 ${v}`,
    afford: { true: '可负担', false: '不可负担', null: '是否可负担未知' },
    noPlans: '这个账户没有可以选择的方案。',
    agreed: '客户同意这个方案吗？（同意则记录下来）',
    notAgreed: '未记录，回到菜单。\n',
    note: '备注（可不填；不要填卡号或身份证号）',
    savePath: '协议记录保存到（文件名；不填则不保存）',
    overwrite: (p: string) => `${p} 已存在，要覆盖吗？`,
    saved: (p: string, cmd: string) => `协议已保存到 ${p}。\n随时可以重算：${cmd}\n`,
    notSaved: '已选定方案，未保存记录。\n',
    quit: '没有保存任何内容。\n',
    required: (name: string) => `${name}必须填写`,
    figuresChanged: '已更新。',
    header: (ev: Evaluation) => `账户${ev.account.id ? ` ${ev.account.id}` : ''} · ${ev.snapshot.bucket} · 欠款 ${moneyText(ev.snapshot.total, ev.policy)} · 政策 ${ev.policy.name} v${ev.policy.version} · 截至 ${formatCivilDate(ev.asOf)}`,
    recommendation: (ev: Evaluation) => (ev.recommendation.planId ? `推荐方案：${ev.recommendation.planId}` : `没有推荐方案：${render('en', ev.recommendation.reason)}`),
  },
} as const;

/**
 * A field's problem in the agent's language: the catalogue message the parser returned (English:
 * the parser's own message), naming the field as the agent sees it.
 */
export function issueText(issue: FieldIssue, lang: Lang, name: string): string {
  if (lang === 'en' || !issue.text) return issue.message;
  return msgOf(lang, issue.text.code, { ...issue.text.params, field: name }, issue.message);
}

/** Checks one typed account field with the §2 rules: true, or the message to re-ask with. */
export function checkField(field: AccountField, text: string, currency: Currency, lang: Lang): true | string {
  const name = FIELD_NAMES[lang][field];
  if (text.trim() === '') return REQUIRED.has(field) ? TEXT[lang].required(name) : true;
  if (field === 'id') return text.trim().length <= 64 ? true : (lang === 'zh' ? '账户编号太长（最多 64 个字符）' : 'the account reference is too long (64 characters at most)');
  const probe: RawAccount = { principal: '1', overdueDays: '0', [field]: text };
  const r = parseAccount(probe, currency, (f) => FIELD_NAMES[lang][f as AccountField] ?? f);
  if ('issues' in r) {
    const issue = r.issues[0] as FieldIssue;
    return issueText(issue, lang, name);
  }
  return true;
}

/** Checks a typed counter-offer amount (> 0: an offer of nothing is no offer; the currency's digits). */
export function checkOfferAmount(text: string, currency: Currency, lang: Lang, name: string): true | string {
  const m = parseAmount(text, name, currency, { positive: true });
  return isIssue(m) ? issueText(m, lang, name) : true;
}

export interface NegotiateStart {
  policy: Policy;
  /** How the policy was named (preset or file), for the record. */
  policyRef: string;
  /** Account fields from --input and flags (may be empty or partly wrong: re-asked). */
  raw: RawAccount;
  asOf: CivilDate;
  lang: Lang;
  /** --save FILE, or null to ask on a pick. */
  save: string | null;
}

export interface NegotiateIO {
  prompter: Prompter;
  print(text: string): void;
  /** The current instant as ISO 8601 (the clock is read only at the edge). */
  now(): string;
  colour: boolean;
  width: number;
  /** Writes the record atomically; returns the absolute path. Throws a UserError on failure. */
  writeRecord(path: string, text: string): string;
  exists(path: string): boolean;
}

export type NegotiateResult =
  | { outcome: 'saved'; planId: string; path: string; record: Record<string, unknown> }
  | { outcome: 'picked'; planId: string; path: null; record: Record<string, unknown> }
  | { outcome: 'quit' };

function hasAnyField(raw: RawAccount): boolean {
  return ASKED.some((f) => f !== 'id' && raw[f] !== undefined && raw[f]?.trim() !== '') || (raw.minimumDue ?? '').trim() !== '';
}

async function askField(field: AccountField, state: { lang: Lang }, currency: Currency, prompter: Prompter, current?: string): Promise<string> {
  const lang = state.lang;
  return prompter.input({
    message: QUESTIONS[lang][field],
    ...(current !== undefined && current !== '' ? { default: current } : {}),
    validate: (v) => checkField(field, v, currency, lang),
    ...(field === 'id' ? { echo: (v: string) => safeValue(v) } : {}),
  });
}

/** Collects a valid account: every field asked when nothing was given, else only the wrong or missing ones. */
async function collectAccount(start: NegotiateStart, io: NegotiateIO, state: { lang: Lang }): Promise<{ raw: RawAccount; account: Account }> {
  const currency = start.policy.currency;
  const raw: RawAccount = { ...start.raw };
  if (!hasAnyField(raw)) {
    for (const field of ASKED) raw[field] = (await askField(field, state, currency, io.prompter)).trim();
  }
  for (;;) {
    const names = FIELD_NAMES[state.lang];
    const r = parseAccount(raw, currency, (f) => names[f]);
    if ('account' in r) return { raw, account: r.account };
    for (const issue of r.issues) {
      const field = (Object.keys(names) as AccountField[]).find((f) => names[f] === issue.field) ?? (issue.field as AccountField);
      io.print(`${issueText(issue, state.lang, names[field] ?? field)}\n`);
      raw[field] = (await askField(field, state, currency, io.prompter)).trim();
    }
  }
}

function planLine(p: Plan, ev: Evaluation, lang: Lang): string {
  const t = TEXT[lang];
  const pol = ev.policy;
  // Every run of equal payments (a last payment that differs by its rounding residue included),
  // so the line never says 60 × ¥454.31 where the schedule is 59 × ¥454.26 and 1 × ¥454.31.
  const runs = paymentRuns(p);
  const now = p.paymentNow > 0n ? t.lumpSum(moneyText(p.paymentNow, pol)) : null;
  const monthly = runs.map((r, i) => (i > 0 && i === runs.length - 1 && r.count === 1 && !r.grace
    ? t.lastRun(moneyText(r.payment, pol))
    : t.run(i === 0 && now === null, r.grace, moneyText(r.payment, pol), r.count)));
  const pay = [...(now === null ? [] : [now]), ...monthly].join(t.runJoin);
  const label = lang === 'zh' ? p.label.zh : p.label.en;
  const star = ev.recommendation.planId === p.id ? ` ★ ${t.recommended}` : '';
  return `${p.id} · ${label} · ${pay} · ${t.afford[String(p.affordable) as 'true' | 'false' | 'null']}${star}`;
}

function planChoices(ev: Evaluation, lang: Lang): PromptChoice<string>[] {
  return ev.plans.map((p) => ({ value: p.id, name: planLine(p, ev, lang) }));
}

/** The comparison: the shared table renderer, or a plain list when it prints nothing. */
function comparison(ev: Evaluation, lang: Lang, io: NegotiateIO): string {
  const t = TEXT[lang];
  const table = renderPlanTable(ev, { lang, colour: io.colour, width: io.width });
  if (table.trim() !== '') return `\n${table.endsWith('\n') ? table : `${table}\n`}\n`;
  const body = ev.plans.map((p) => `  ${planLine(p, ev, lang)}`).join('\n');
  return `\n${t.header(ev)}\n${body}\n${t.recommendation(ev)}\n\n`;
}

/** One schedule: the shared renderer, or the folded payment runs when it prints nothing. */
function schedule(ev: Evaluation, id: string, lang: Lang, io: NegotiateIO): string {
  const text = renderSchedule(ev, id, { lang, colour: io.colour, width: io.width });
  if (text.trim() !== '') return `\n${text.endsWith('\n') ? text : `${text}\n`}\n`;
  const plan = ev.plans.find((p) => p.id === id) as Plan;
  const lines = [planLine(plan, ev, lang)];
  if (plan.paymentNow > 0n) lines.push(`  k=0  ${formatCivilDate(ev.asOf)}  ${moneyText(plan.paymentNow, ev.policy)}${plan.dueBy ? ` (≤ ${dateText(plan.dueBy, lang)})` : ''}`);
  for (const run of paymentRuns(plan)) {
    const ks = run.count === 1 ? `${run.from.k}` : `${run.from.k}–${run.to.k}`;
    const dates = run.count === 1 ? formatCivilDate(run.from.date) : `${formatCivilDate(run.from.date)} … ${formatCivilDate(run.to.date)}`;
    lines.push(`  k=${ks}  ${dates}  ${moneyText(run.payment, ev.policy)}`);
  }
  return `\n${lines.join('\n')}\n\n`;
}

function amountOf(text: string, currency: Currency): Minor {
  const m = parseAmount(text, 'amount', currency);
  if (isIssue(m)) throw new UserError(m.code, m.message);
  return m;
}

async function changeFigures(raw: RawAccount, state: { lang: Lang }, policy: Policy, io: NegotiateIO): Promise<RawAccount> {
  const next: RawAccount = { ...raw };
  const c = policy.currency;
  for (;;) {
    const t = TEXT[state.lang];
    const parsed = parseAccount(next, c);
    const account = 'account' in parsed ? parsed.account : null;
    const shown = (f: AccountField): string => {
      const v = account ? account[f as keyof Account] : null;
      if ((v === null || v === undefined) && (f === 'interest' || f === 'fees')) return t.estimated;
      if (v === null || v === undefined) return t.unknown;
      return typeof v === 'bigint' ? moneyText(v, policy) : String(v);
    };
    const choices: PromptChoice<AccountField | 'done'>[] = [
      ...CHANGEABLE.map((f) => ({ value: f as AccountField | 'done', name: `${FIELD_NAMES[state.lang][f]} (${t.now(shown(f))})` })),
      { value: 'done', name: t.done },
    ];
    const field = await io.prompter.select({ message: t.whichFigure, hint: TEXT[state.lang].hint, choices, default: 'done' as AccountField | 'done' });
    if (field === 'done') return next;
    const current = account ? (() => {
      const v = account[field as keyof Account];
      return typeof v === 'bigint' ? formatMoney(v, c) : v === null ? '' : String(v);
    })() : next[field] ?? '';
    next[field] = (await io.prompter.input({
      message: t.newValue(FIELD_NAMES[state.lang][field]),
      ...(current !== '' ? { default: current } : {}),
      validate: (v) => checkField(field, v, c, state.lang),
    })).trim();
  }
}

/** A word as a POSIX shell reads it: unchanged when safe, else single-quoted. */
function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** The command that recomputes a saved agreement (a policy file must be named again: only presets are found by name). */
export function recomputeCommand(path: string, policyRef: string, planId: string): string {
  const policy = presetDoc(policyRef) === null ? ` --policy ${shellWord(policyRef)}` : '';
  return `repayplan plan --input ${shellWord(path)}${policy} --schedule ${shellWord(planId)}`;
}

/** A failed save in Chinese (the English message is the writer's own). */
function saveErrorZh(error: UserError, path: string): string {
  const p = JSON.stringify(path);
  switch (error.code) {
    case 'save.is-folder': return `${p} 是一个文件夹：请给出文件名，例如 agreement.json`;
    case 'save.no-folder': return `无法保存到 ${p}：文件夹不存在`;
    case 'save.permission': return `无法保存到 ${p}：没有写入权限`;
    case 'save.disk-full': return `无法保存到 ${p}：磁盘已满`;
    default: return `无法保存到 ${p}：${error.message}`;
  }
}

/** Asks where to save (unless --save), confirms a replacement, writes; re-asks on a write error. */
async function saveRecord(start: NegotiateStart, io: NegotiateIO, lang: Lang, text: string): Promise<string | null> {
  let path = start.save;
  for (;;) {
    const t = TEXT[lang];
    if (path === null) {
      path = (await io.prompter.input({ message: t.savePath })).trim();
      if (path === '') return null;
    }
    if (io.exists(path) && !(await io.prompter.confirm({ message: t.overwrite(path), default: false, lang }))) {
      path = null;
      continue;
    }
    try {
      io.writeRecord(path, text);
      return path;
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      io.print(`${lang === 'zh' ? saveErrorZh(error, path) : error.message}\n`);
      path = null;
    }
  }
}

/** The interactive session (issue #5): returns what happened; writes only through `io`. */
export async function negotiate(start: NegotiateStart, io: NegotiateIO): Promise<NegotiateResult> {
  const state = { lang: start.lang };
  const policy = start.policy;
  const c = policy.currency;
  let { raw, account } = await collectAccount(start, io, state);
  let ev = evaluate(account, policy, start.asOf);
  io.print(comparison(ev, state.lang, io));

  for (;;) {
    const t = TEXT[state.lang];
    const order: MenuAction[] = ['monthly', 'lump', 'figures', 'schedule', 'script', 'table', 'lang', 'pick', 'quit'];
    const action = await io.prompter.select<MenuAction>({
      message: t.menu,
      hint: t.hint,
      choices: order.map((a) => ({ value: a, name: t.actions[a] })),
    });
    const opts = { lang: state.lang, colour: io.colour, width: io.width };
    switch (action) {
      case 'monthly':
      case 'lump': {
        const ask = action === 'monthly' ? t.monthlyAsk : t.lumpAsk;
        const name = action === 'monthly' ? t.monthlyField : t.lumpField;
        const text = await io.prompter.input({ message: ask, validate: (v) => checkOfferAmount(v, c, state.lang, name) });
        const x = amountOf(text, c);
        const list = computeCounterOffers(ev, action === 'monthly' ? { monthly: x, lump: null } : { monthly: null, lump: x });
        io.print(`\n${renderCounterOffers(list, ev, opts)}\n`);
        break;
      }
      case 'figures': {
        raw = await changeFigures(raw, state, policy, io);
        const r = parseAccount(raw, c);
        if ('account' in r) account = r.account;
        ev = evaluate(account, policy, start.asOf);
        io.print(`${t.figuresChanged}\n${comparison(ev, state.lang, io)}`);
        break;
      }
      case 'schedule':
      case 'script': {
        if (ev.plans.length === 0) { io.print(`${t.noPlans}\n`); break; }
        const id = await io.prompter.select({ message: t.whichPlan, hint: t.hint, choices: planChoices(ev, state.lang), default: ev.recommendation.planId ?? ev.plans[0]?.id });
        io.print(action === 'schedule' ? schedule(ev, id, state.lang, io) : `\n${renderScript(ev, id, state.lang)}\n`);
        break;
      }
      case 'table':
        io.print(comparison(ev, state.lang, io));
        break;
      case 'lang':
        state.lang = state.lang === 'zh' ? 'en' : 'zh';
        io.print(comparison(ev, state.lang, io));
        break;
      case 'quit':
        io.print(t.quit);
        return { outcome: 'quit' };
      case 'pick': {
        if (ev.plans.length === 0) { io.print(`${t.noPlans}\n`); break; }
        const id = await io.prompter.select({ message: t.whichPlan, hint: t.hint, choices: planChoices(ev, state.lang), default: ev.recommendation.planId ?? ev.plans[0]?.id });
        const script = renderScript(ev, id, state.lang);
        io.print(`\n${script}\n`);
        if (!(await io.prompter.confirm({ message: t.agreed, lang: state.lang }))) { io.print(t.notAgreed); break; }
        const note = (await io.prompter.input({ message: t.note, echo: maskNote })).trim();
        const record = agreementRecord({ ev, planId: id, savedAt: io.now(), note, lang: state.lang, script, policyRef: start.policyRef, tool: { name: 'repayplan', version: VERSION } });
        const path = await saveRecord(start, io, state.lang, agreementText(record));
        if (path === null) {
          io.print(t.notSaved);
          return { outcome: 'picked', planId: id, path: null, record };
        }
        io.print(t.saved(path, recomputeCommand(path, start.policyRef, id)));
        return { outcome: 'saved', planId: id, path, record };
      }
    }
  }
}

/** `repayplan negotiate`: needs a terminal on stdin and stdout; Ctrl-C exits 130 with nothing written. */
export async function runNegotiate(opts: Record<string, unknown>, ctx: Context): Promise<number> {
  if (!ctx.stdinIsTTY || !ctx.stdoutIsTTY) {
    throw new UserError('negotiate.no-tty', 'negotiate is interactive and needs a terminal on stdin and stdout: in scripts and pipes use `repayplan plan` with the same flags (e.g. --format json --offer-monthly 800)', { field: 'negotiate', value: null });
  }
  const lang: Lang = (opts.lang as Lang | undefined) ?? localeLang(ctx.env);
  const doc = typeof opts.input === 'string' ? await readInputDocument(opts.input, ctx) : null;
  const policy = resolvePolicy(opts, doc, ctx);
  const raw: RawAccount = { ...(doc?.raw ?? {}), ...rawFromFlags(opts) };
  let asOf = ctx.today();
  if (raw.asOf !== undefined && raw.asOf.trim() !== '') {
    const d = parseAsOf(raw.asOf, typeof opts.asOf === 'string' ? '--as-of' : 'asOf');
    if ('code' in d) throw UserError.fromIssue(d);
    asOf = d;
  }
  const cancelled = (): number => {
    removePendingTemp();
    ctx.stderr.write(`\nrepayplan: negotiate cancelled; nothing was saved\n`);
    return EXIT_INTERRUPTED;
  };
  // Outside a prompt (raw mode off), Ctrl-C is a signal: finish any write in progress, then leave.
  const onSigint = () => { process.exit(cancelled()); };
  process.on('SIGINT', onSigint);
  try {
    await negotiate(
      { policy, policyRef: typeof opts.policy === 'string' ? opts.policy : policy.name, raw, asOf, lang, save: typeof opts.save === 'string' ? opts.save : null },
      {
        prompter: inquirerPrompter({ input: ctx.stdin, output: ctx.stdout }),
        print: (text) => { ctx.stdout.write(text); },
        now: () => new Date().toISOString(),
        colour: useColour(ctx),
        width: Math.max(60, Math.min(ctx.columns, 200)),
        writeRecord: (path, text) => writeFileAtomic(path, text, ctx.cwd),
        exists: (path) => fileExists(path, ctx.cwd),
      },
    );
    return 0;
  } catch (error) {
    if (isPromptExit(error)) return cancelled();
    throw error;
  } finally {
    process.off('SIGINT', onSigint);
  }
}
