/**
 * negotiate's account figures (issue #9 step 4, split from flow.ts): the questionnaire that
 * collects a valid account (every field asked when nothing was given, else only the wrong or
 * missing ones, each re-asked with its reason) and the picker that changes figures during the
 * call ("-" clears an optional one back to "not given").
 */
import { safeValue } from '../../core/privacy.js';
import { parseAccount, type Account, type AccountField, type RawAccount } from '../../core/account.js';
import { msg } from '../../messages/index.js';
import { formatMoney } from '../../money/amount.js';
import type { Lang, Policy } from '../../policy/types.js';
import { moneyText } from '../../render/script.js';
import type { Prompter, PromptChoice } from '../prompter.js';
import { checkField, fieldInput, fieldName, fieldQuestion, isClear, issueText } from './text.js';

/** The fields the questionnaire asks for, in order (minimumDue only via flags / --input). */
const ASKED: readonly AccountField[] = [
  'id',
  'principal',
  'overdueDays',
  'interest',
  'fees',
  'monthlyIncome',
  'monthlyExpenses',
  'otherDebtPayments',
  'availableCash',
  'hardship',
  'willingToRepay',
];
/** The figures the agent may change during the call. */
const CHANGEABLE: readonly AccountField[] = [
  'monthlyIncome',
  'monthlyExpenses',
  'otherDebtPayments',
  'availableCash',
  'hardship',
  'willingToRepay',
  'interest',
  'fees',
  'overdueDays',
  'principal',
];

function hasAnyField(raw: RawAccount): boolean {
  return ASKED.some((f) => f !== 'id' && raw[f] !== undefined && raw[f]?.trim() !== '') || (raw.minimumDue ?? '').trim() !== '';
}

async function askField(field: AccountField, lang: Lang, policy: Policy, prompter: Prompter): Promise<string> {
  const text = await prompter.input({
    message: fieldQuestion(field, lang),
    validate: (v) => checkField(field, v, policy.currency, lang),
    ...(field === 'id' ? { echo: (v: string) => safeValue(v) } : {}),
  });
  return fieldInput(field, text);
}

/** Collects a valid account: every field asked when nothing was given, else only the wrong or missing ones. */
export async function collectAccount(
  given: RawAccount,
  policy: Policy,
  io: { prompter: Prompter; print(text: string): void },
  lang: () => Lang,
): Promise<{ raw: RawAccount; account: Account }> {
  const raw: RawAccount = { ...given };
  if (!hasAnyField(raw)) {
    for (const field of ASKED) raw[field] = await askField(field, lang(), policy, io.prompter);
  }
  for (;;) {
    const names = new Map<string, AccountField>(ASKED.concat(['minimumDue']).map((f) => [fieldName(f, lang()), f]));
    const r = parseAccount(raw, policy.currency, (f) => fieldName(f, lang()));
    if ('account' in r) return { raw, account: r.account };
    for (const issue of r.issues) {
      const field = names.get(issue.field ?? '') ?? (issue.field as AccountField);
      io.print(`${issueText(issue, lang(), fieldName(field, lang()))}\n`);
      raw[field] = await askField(field, lang(), policy, io.prompter);
    }
  }
}

export async function changeFigures(raw: RawAccount, lang: Lang, policy: Policy, prompter: Prompter): Promise<RawAccount> {
  const next: RawAccount = { ...raw };
  const c = policy.currency;
  for (;;) {
    const parsed = parseAccount(next, c);
    const account = 'account' in parsed ? parsed.account : null;
    const shown = (f: AccountField): string => {
      const v = account ? account[f as keyof Account] : null;
      if ((v === null || v === undefined) && (f === 'interest' || f === 'fees')) return msg(lang, 'negotiate.estimated');
      if (v === null || v === undefined) return msg(lang, 'negotiate.not-given');
      if (f === 'hardship') return msg(lang, `live.reason.${v as NonNullable<Account['hardship']>}`);
      if (f === 'willingToRepay') return msg(lang, v ? 'common.yes' : 'common.no');
      return typeof v === 'bigint' ? moneyText(v, policy) : String(v);
    };
    const choices: PromptChoice<AccountField | 'done'>[] = [
      ...CHANGEABLE.map((f) => ({ value: f as AccountField | 'done', name: msg(lang, 'negotiate.now', { name: fieldName(f, lang), value: shown(f) }) })),
      { value: 'done', name: msg(lang, 'negotiate.done') },
    ];
    const field = await prompter.select({
      message: msg(lang, 'negotiate.which-figure'),
      hint: msg(lang, 'negotiate.hint'),
      choices,
      default: 'done' as AccountField | 'done',
    });
    if (field === 'done') return next;
    const v = account ? account[field as keyof Account] : null;
    // the default is the current value as the agent would type it, in the agent's language (收入下降, 是)
    const current =
      typeof v === 'bigint'
        ? formatMoney(v, c)
        : v === null || v === undefined
          ? (next[field] ?? '')
          : field === 'hardship' || field === 'willingToRepay'
            ? shown(field)
            : String(v);
    const typed = (
      await prompter.input({
        message: msg(lang, 'negotiate.new-value', { name: fieldName(field, lang) }),
        ...(current !== '' ? { default: current } : {}),
        validate: (t) => checkField(field, t, c, lang, true),
      })
    ).trim();
    // "-" clears an optional figure back to "not given"
    next[field] = isClear(typed) ? '' : fieldInput(field, typed);
  }
}
