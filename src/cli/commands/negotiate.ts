/**
 * `repayplan negotiate`: the edge of the live call (issue #5, #10). TTY check, the clock,
 * inquirer on the terminal, Ctrl-C → exit 130 with nothing written. The flow is
 * cli/negotiate/flow.ts, its words cli/negotiate/text.ts, saving cli/negotiate/save.ts.
 */
import { fileExists, removePendingTemp, writeFileAtomic } from '../../agreement/write.js';
import { parseAsOf, type AccountField, type RawAccount } from '../../core/account.js';
import { isIssue, parseAmount } from '../../money/amount.js';
import { spokenEcho } from '../spoken-echo.js';
import { UserError } from '../../errors.js';
import { msg, said } from '../../messages/index.js';
import type { Lang } from '../../policy/types.js';
import { flagLabel, rawFromFlags, readInputDocument, type AccountOptions } from '../account-input.js';
import { localeLang, useColour, type Context } from '../../io/context.js';
import { negotiate } from '../negotiate/flow.js';
import { inquirerPrompter, isPromptExit } from '../prompter.js';
import { resolvePolicy } from './plan.js';

export { negotiate, type NegotiateIO, type NegotiateResult, type NegotiateStart } from '../negotiate/flow.js';
export { checkField, issueText, parseOfferPair } from '../negotiate/text.js';
export { recomputeCommand } from '../negotiate/save.js';

/** Exit code after Ctrl-C (128 + SIGINT), as shells report it. */
export const EXIT_INTERRUPTED = 130;

/** `repayplan negotiate`: needs a terminal on stdin and stdout; Ctrl-C exits 130 with nothing written. */
/** `negotiate`'s options: the §2 account flags (typed from the field table) and --save. */
export type NegotiateOptions = AccountOptions & { save?: string };

export async function runNegotiate(opts: NegotiateOptions, ctx: Context): Promise<number> {
  const lang: Lang = (opts.lang as Lang | undefined) ?? localeLang(ctx.env);
  if (!ctx.stdinIsTTY || !ctx.stdoutIsTTY) {
    throw UserError.said('negotiate.no-tty', said('negotiate.no-tty'), { field: 'negotiate', value: null });
  }
  const doc = typeof opts.input === 'string' ? await readInputDocument(opts.input, ctx) : null;
  const policy = resolvePolicy(opts, doc, ctx);
  const spoken: { field: AccountField | 'asOf'; text: string }[] = [];
  const raw: RawAccount = { ...(doc?.raw ?? {}), ...rawFromFlags(opts, spoken) };
  // an amount typed as agents say it (--principal 2万) is echoed with its value before it is used;
  // a wrong one is re-asked by the flow
  for (const s of spoken) {
    const m = parseAmount(raw[s.field as AccountField] ?? '', flagLabel(s.field), policy.currency);
    if (!isIssue(m)) ctx.stderr.write(`repayplan: ${spokenEcho(lang, flagLabel(s.field), s.text, m, policy)}\n`);
  }
  let asOf = ctx.today();
  if (raw.asOf !== undefined && raw.asOf.trim() !== '') {
    const d = parseAsOf(raw.asOf, typeof opts.asOf === 'string' ? '--as-of' : 'asOf');
    if ('code' in d) throw UserError.fromIssue(d);
    asOf = d;
  }
  const cancelled = (): number => {
    removePendingTemp();
    ctx.stderr.write(`\nrepayplan: ${msg(lang, 'negotiate.cancelled')}\n`);
    return EXIT_INTERRUPTED;
  };
  // Outside a prompt (raw mode off), Ctrl-C is a signal: finish any write in progress, then leave.
  const onSigint = () => {
    process.exit(cancelled());
  };
  process.on('SIGINT', onSigint);
  try {
    await negotiate(
      {
        policy,
        policyRef: typeof opts.policy === 'string' ? opts.policy : policy.name,
        raw,
        asOf,
        lang,
        save: typeof opts.save === 'string' ? opts.save : null,
      },
      {
        prompter: inquirerPrompter({ input: ctx.stdin, output: ctx.stdout }),
        print: (text) => {
          ctx.stdout.write(text);
        },
        now: () => new Date().toISOString(),
        colour: useColour(ctx),
        width: Math.max(60, Math.min(ctx.columns, 200)),
        rows: ctx.rows ?? 24,
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
