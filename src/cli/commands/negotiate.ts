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
import { parseAccount, parseAsOf, type Account, type AccountField, type RawAccount } from '../../core/account.js';
import { formatCivilDate, type CivilDate } from '../../dates/civil-date.js';
import { UserError, type FieldIssue } from '../../errors.js';
import { formatMoney, isIssue, parseAmount, type Minor } from '../../money/amount.js';
import type { Currency } from '../../money/currency.js';
import type { Policy } from '../../policy/types.js';
import { msg, msgOf, render, said, type Lang } from '../../messages/index.js';
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

/** An account field's catalogue key: `monthlyIncome` → `monthly-income`. */
const kebab = (f: AccountField) => f.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`) as KebabField;
type KebabField = 'id' | 'principal' | 'interest' | 'fees' | 'overdue-days' | 'minimum-due' | 'monthly-income' | 'monthly-expenses' | 'other-debt-payments' | 'available-cash';
const FIELDS: readonly AccountField[] = ['id', 'principal', 'interest', 'fees', 'overdueDays', 'minimumDue', 'monthlyIncome', 'monthlyExpenses', 'otherDebtPayments', 'availableCash'];

function byField(lang: Lang, prefix: 'field' | 'ask'): Record<AccountField, string> {
  return Object.fromEntries(FIELDS.map((f) => [f, msg(lang, `${prefix}.${kebab(f)}`)])) as Record<AccountField, string>;
}

/** Field names and questions in each language (src/messages/negotiate.ts). */
const FIELD_NAMES: Record<Lang, Record<AccountField, string>> = { en: byField('en', 'field'), zh: byField('zh', 'field') };
const QUESTIONS: Record<Lang, Record<AccountField, string>> = { en: byField('en', 'ask'), zh: byField('zh', 'ask') };

type MenuAction = 'monthly' | 'lump' | 'figures' | 'schedule' | 'script' | 'table' | 'lang' | 'pick' | 'quit';
const ACTIONS: readonly MenuAction[] = ['monthly', 'lump', 'figures', 'schedule', 'script', 'table', 'lang', 'pick', 'quit'];

/** The live call's words in one language, read from the catalogue. */
function phrases(lang: Lang) {
  return {
    menu: msg(lang, 'negotiate.menu'),
    hint: msg(lang, 'negotiate.hint'),
    actions: Object.fromEntries(ACTIONS.map((a) => [a, msg(lang, `negotiate.action.${a}`)])) as Record<MenuAction, string>,
    monthlyAsk: msg(lang, 'negotiate.monthly-ask'),
    lumpAsk: msg(lang, 'negotiate.lump-ask'),
    monthlyField: msg(lang, 'negotiate.monthly-field'),
    lumpField: msg(lang, 'negotiate.lump-field'),
    whichFigure: msg(lang, 'negotiate.which-figure'),
    done: msg(lang, 'negotiate.done'),
    now: (v: string) => msg(lang, 'negotiate.now', { value: v }),
    unknown: msg(lang, 'common.not-given'),
    estimated: msg(lang, 'label.estimated'),
    newValue: (name: string) => msg(lang, 'negotiate.new-value', { name }),
    whichPlan: msg(lang, 'negotiate.which-plan'),
    recommended: msg(lang, 'negotiate.recommended'),
    run: (first: boolean, grace: boolean, v: string, n: number) => msg(lang, 'negotiate.run', { first: first ? 1 : 0, grace: grace ? 1 : 0, payment: v, count: n }),
    lastRun: (v: string) => msg(lang, 'negotiate.last-run', { value: v }),
    runJoin: msg(lang, 'negotiate.run-join'),
    lumpSum: (v: string) => msg(lang, 'negotiate.lump-sum', { value: v }),
    afford: { true: msg(lang, 'afford.yes'), false: msg(lang, 'afford.no'), null: msg(lang, 'afford.unknown') },
    noPlans: msg(lang, 'negotiate.no-plans'),
    agreed: msg(lang, 'negotiate.agreed'),
    notAgreed: msg(lang, 'negotiate.not-agreed'),
    note: msg(lang, 'negotiate.note'),
    savePath: msg(lang, 'negotiate.save-path'),
    overwrite: (p: string) => msg(lang, 'negotiate.overwrite', { path: p }),
    saved: (p: string, cmd: string) => msg(lang, 'negotiate.saved', { path: p, command: cmd }),
    notSaved: msg(lang, 'negotiate.not-saved'),
    quit: msg(lang, 'negotiate.quit'),
    required: (name: string) => msg(lang, 'negotiate.required', { name }),
    figuresChanged: msg(lang, 'negotiate.figures-changed'),
    header: (ev: Evaluation) => msg(lang, 'negotiate.header', {
      account: ev.account.id ?? '', bucket: ev.snapshot.bucket, owed: moneyText(ev.snapshot.total, ev.policy),
      policy: ev.policy.name, version: ev.policy.version, asOf: formatCivilDate(ev.asOf),
    }),
    recommendation: (ev: Evaluation) => (ev.recommendation.planId
      ? msg(lang, 'negotiate.recommended-plan', { plan: ev.recommendation.planId })
      : msg(lang, 'negotiate.no-recommendation', { why: render(lang, ev.recommendation.reason) })),
  };
}

const TEXT = { en: phrases('en'), zh: phrases('zh') };

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
  if (field === 'id') return text.trim().length <= 64 ? true : msg(lang, 'negotiate.id-too-long');
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
  const label = p.label[lang];
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
    case 'save.is-folder': return msg('zh', 'negotiate.save.is-folder', { path: p });
    case 'save.no-folder': return msg('zh', 'negotiate.save.no-folder', { path: p });
    case 'save.permission': return msg('zh', 'negotiate.save.permission', { path: p });
    case 'save.disk-full': return msg('zh', 'negotiate.save.disk-full', { path: p });
    default: return msg('zh', 'negotiate.save.other', { path: p, why: error.message });
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
      io.print(`${lang === 'en' ? error.message : saveErrorZh(error, path)}\n`);
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
    throw UserError.said('negotiate.no-tty', said('negotiate.no-tty'), { field: 'negotiate', value: null });
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
