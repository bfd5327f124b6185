/**
 * The commander program: declares commands and flags, lazy-imports each command's module, and
 * holds the one top-level catch that maps errors to exit codes (§7). Flag values stay strings:
 * money flags are parsed by the money parser, never coerced by commander.
 */
import { Command, CommanderError, Option } from 'commander';
import { ACCOUNT_FIELDS } from '../core/account.js';
import { msg, render, type MessageRef } from '../messages/index.js';
import { EXIT_INTERNAL, EXIT_OK, EXIT_USAGE, InternalError, UserError, toErrorObject } from '../errors.js';
import { processContext, type Context } from '../io/context.js';
import { maskNumbersIn, safeValue } from '../core/privacy.js';
import { printable } from '../text/printable.js';

export { VERSION } from '../version.js';
import { VERSION } from '../version.js';

const COMMANDS = ['plan', 'policy', 'batch', 'negotiate', 'apr', 'agree', 'track', 'remind'];

/** commander's message as one line, without its "error: " prefix. */
function oneLine(message: string): string {
  return message
    .replace(/^error: /, '')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}

/** A line as it may reach a terminal: numbers that look personal masked, control characters escaped. */
export function safeLine(text: string): string {
  return printable(maskNumbersIn(text));
}

/** Every string in a JSON error object with the numbers that look personal masked. */
function masked(value: unknown): unknown {
  if (typeof value === 'string') return maskNumbersIn(value);
  if (Array.isArray(value)) return value.map(masked);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, masked(v)]));
  return value;
}

/** The JSON error object as printed on stdout. */
function errorJson(error: UserError | InternalError, indent: number): string {
  return `${JSON.stringify(masked(toErrorObject(error)), null, indent)}\n`;
}

/**
 * Every option that takes a value may be given once, and not empty (issue #15): a repeated
 * flag would otherwise resolve silently as "last one wins", and `--as-of ""` as "not given".
 * Commander emits `option:<name>` each time it reads one; defaults do not emit.
 */
function refuseRepeatedAndEmpty(cmd: Command): void {
  const seen = new Map<string, string>();
  for (const option of cmd.options) {
    if (!option.required && !option.optional) continue;
    // a repeatable option (apr --payment, --flow) collects its values: only emptiness is checked
    const repeatable = option.parseArg !== undefined || Array.isArray(option.defaultValue);
    const flag = option.long ?? option.short ?? option.name();
    cmd.on(`option:${option.name()}`, (value: unknown) => {
      if (typeof value !== 'string') return;
      if (value.trim() === '') {
        throw new UserError('usage.empty-value', msg('en', 'usage.empty-value', { flag }), { field: flag, value });
      }
      const before = seen.get(flag);
      if (before !== undefined && !repeatable) {
        const first = JSON.stringify(safeValue(before));
        const second = JSON.stringify(safeValue(value));
        throw new UserError('usage.repeated-flag', msg('en', 'usage.repeated-flag', { flag, first, second }), { field: flag, value: safeValue(value) });
      }
      seen.set(flag, value);
    });
  }
  for (const sub of cmd.commands) refuseRepeatedAndEmpty(sub);
}

/** `repayplan plan --help` when a command was named, else `repayplan --help`. */
function helpCommand(argv: readonly string[] | undefined): string {
  const command = argv?.slice(2).find((a) => !a.startsWith('-'));
  return command && COMMANDS.includes(command) ? `repayplan ${command} --help` : 'repayplan --help';
}

/** Under --format ndjson an error object is one line, like every other line of output. */
function wantsNdjson(argv: readonly string[]): boolean {
  return argv.some((a, i) => a === '--format=ndjson' || (a === '--format' && argv[i + 1] === 'ndjson'));
}

/**
 * `batch` keeps stdout for data (§6): a fatal error is stderr and the exit code only, whatever
 * --format, so a partitioned engine never takes an error object for a scored row (issue #14).
 */
function isBatch(argv: readonly string[]): boolean {
  return argv.slice(2).find((a) => !a.startsWith('-')) === 'batch';
}

/** An explicit `--lang zh` (the locale alone never changes what scripts read on stderr). */
function wantsZh(argv: readonly string[]): boolean {
  return argv.some((a, i) => a === '--lang=zh' || (a === '--lang' && argv[i + 1] === 'zh'));
}

function wantsJson(argv: readonly string[]): boolean {
  if (isBatch(argv)) return false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--format=json' || a === '--format=ndjson') return true;
    if (a === '--format' && (argv[i + 1] === 'json' || argv[i + 1] === 'ndjson')) return true;
  }
  return false;
}

/** Adds the account flags of §2 and the options shared by `plan` and `negotiate`. */
function accountOptions(cmd: Command): Command {
  // the §2 flags, generated from the one field table (core/account.ts ACCOUNT_FIELDS)
  for (const f of ACCOUNT_FIELDS) cmd.option(`${f.flag} <${f.arg}>`, msg('en', `account.help.${f.json}`));
  return cmd
    .option('--input <file>', 'read the account from a JSON file, or - for stdin (flags override its fields)')
    .option('--policy <name|file>', 'built-in preset or policy JSON file (default: cn-standard)')
    .option('--policy-hash <sha256>', 'refuse to run unless the policy has exactly this SHA-256')
    .addOption(new Option('--lang <lang>', 'labels: zh or en (default from the locale)').choices(['zh', 'en']));
}

export function buildProgram(ctx: Context & { argv?: readonly string[] }, setExit: (code: number) => void): Command {
  const program = new Command();
  program
    .name('repayplan')
    .description('Turn an overdue credit-card account into exact, comparable repayment plans.')
    .version(VERSION, '-V, --version')
    .configureOutput({
      writeOut: (s) => ctx.stdout.write(s),
      writeErr: (s) => ctx.stderr.write(s),
      // one line: "repayplan: unknown option '--x' (see repayplan plan --help)"
      outputError: (s, writeErr) => writeErr(`repayplan: ${safeLine(oneLine(s))} (see ${helpCommand(ctx.argv)})\n`),
    })
    .exitOverride();

  accountOptions(program.command('plan'))
    .description('compute every plan the policy allows for one account, side by side (SPEC §4, §5)')
    .addOption(
      new Option('--format <format>', 'table, json, script (the read-out script alone) or html (default: table on a terminal, json when piped)').choices([
        'table',
        'json',
        'script',
        'html',
      ]),
    )
    .option('--full', 'on a terminal: the full comparison and schedules instead of the one-screen view')
    .option('-o, --output <file>', 'write to this file (atomically) instead of stdout')
    .option('--schedule <id>', "print one plan's full schedule (e.g. installment-24)")
    .option('--offer-monthly <amount>', 'counter-offer: the monthly payment the cardholder can manage (§4.10)')
    .option('--offer-lump <amount>', 'counter-offer: the lump sum the cardholder can pay now (§4.10)')
    .option('--script', 'add the read-out script: of the plan answering the counter-offer, else --schedule ID, else the recommended plan')
    .action(async (opts: Record<string, unknown>) => {
      const { runPlan } = await import('./commands/plan.js');
      setExit(await runPlan(opts, ctx));
    });

  const policy = program.command('policy').description('list, show, validate and start policies (SPEC §3)');
  policy
    .command('list')
    .description('list the built-in presets')
    .addOption(new Option('--format <format>', 'table or json').choices(['table', 'json']))
    .addOption(new Option('--lang <lang>', 'labels: zh or en (default from the locale)').choices(['zh', 'en']))
    .action(async (opts: Record<string, unknown>) => {
      const { runPolicyList } = await import('./commands/policy.js');
      setExit(await runPolicyList(opts, ctx));
    });
  policy
    .command('show')
    .argument('<name|file>')
    .description('print the canonical JSON of a preset or file and its SHA-256')
    .addOption(new Option('--format <format>', 'json (canonical policy) or table').choices(['table', 'json']))
    .addOption(new Option('--lang <lang>', 'labels: zh or en (default from the locale)').choices(['zh', 'en']))
    .action(async (ref: string, opts: Record<string, unknown>) => {
      const { runPolicyShow } = await import('./commands/policy.js');
      setExit(await runPolicyShow(ref, opts, ctx));
    });
  policy
    .command('validate')
    .argument('<file...>')
    .description('check policy files; report every problem with its JSON path')
    .addOption(new Option('--format <format>', 'table or json').choices(['table', 'json']))
    .action(async (files: string[], opts: Record<string, unknown>) => {
      const { runPolicyValidate } = await import('./commands/policy.js');
      setExit(await runPolicyValidate(files, opts, ctx));
    });
  policy
    .command('init')
    .argument('<name>')
    .description('write a preset as a starting policy file (stdout, or -o FILE)')
    .option('-o, --output <file>', 'write to this file instead of stdout (refuses to overwrite)')
    .action(async (name: string, opts: Record<string, unknown>) => {
      const { runPolicyInit } = await import('./commands/policy.js');
      setExit(await runPolicyInit(name, opts, ctx));
    });

  program
    .command('batch')
    .argument('[file]', 'CSV or NDJSON input, or - for stdin', '-')
    .description('score many accounts from CSV/NDJSON, in order, none lost (SPEC §6)')
    .option('-o, --output <file>', 'output file, or - for stdout', '-')
    .option('--errors <file>', 'rejected rows: a .csv or .ndjson file, - for stdout, or inline (in the output, in input order); default: stderr')
    .addOption(new Option('--format <format>', 'output format').choices(['csv', 'ndjson']))
    .addOption(new Option('--input-format <format>', 'input format (default: from the file name / content)').choices(['csv', 'ndjson']))
    .option('--policy <name|file>', 'built-in preset or policy JSON file (default: cn-standard)')
    .option('--policy-hash <sha256>', 'refuse to run unless the policy has exactly this SHA-256')
    .option('--as-of <date>', 'valuation date YYYY-MM-DD for rows without as_of (default: today)')
    .addOption(new Option('--encoding <encoding>', 'input encoding').choices(['auto', 'utf8', 'gbk', 'gb18030']).default('auto'))
    .option('--columns <list>', 'headerless CSV: the column names, comma-separated (filter mode)')
    .option('--skip-header', 'with --columns: drop a first line that is the header naming those columns (a partition that kept it)')
    .option('--row-offset <n>', 'number rows and lines from N+1 (the rows before this part: global row numbers)')
    .option('--jobs <n>', 'worker threads (default: the core count)')
    .option('--plans', 'add one column group per plan id')
    .option('--bom', 'write CSV with a UTF-8 byte-order mark, for Excel (default: when the input was GBK or had one)')
    .option('--no-bom', 'never write a byte-order mark')
    .option('--keep <list>', 'input columns to pass through to the output, comma-separated (personal ones masked)')
    .addOption(new Option('--headers <lang>', 'output CSV headers: en (default) or zh').choices(['en', 'zh']))
    .option('--summary <file>', 'write the portfolio summary as JSON (schema/summary.schema.json)')
    .option('--report <file>', 'write the portfolio report as one self-contained HTML page')
    .addOption(new Option('--lang <lang>', 'summary and report language: zh or en (default from the locale)').choices(['zh', 'en']))
    .option('--no-progress', 'never show a progress bar')
    .action(async (file: string, opts: Record<string, unknown>) => {
      const { runBatch } = await import('./commands/batch.js');
      setExit(await runBatch(file, opts, ctx));
    });

  accountOptions(program.command('negotiate'))
    .description('interactive: try counter-offers on a live call, pick a plan, save the agreement')
    .option('--save <file>', 'write the agreement record (JSON) here when a plan is picked')
    .action(async (opts: Record<string, unknown>) => {
      const { runNegotiate } = await import('./commands/negotiate.js');
      setExit(await runNegotiate(opts, ctx));
    });

  accountOptions(program.command('agree'))
    .description('record an agreement without prompts (the record of negotiate --save), or many with --batch (SPEC §10)')
    .option('--plan <id>', 'the agreed plan id, e.g. installment-24 (in --batch: the default for lines without planId)')
    .option('--note <text>', 'free-text note kept in the record (card/ID/phone numbers are masked)')
    .option('-o, --output <file>', 'write the record here (- for stdout)', '-')
    .option('--force', 'replace an existing output file')
    .option('--batch <file>', 'NDJSON of accounts, each with a planId: one record a line (- for stdin)')
    .option('--errors <file>', '--batch: rejected lines to this .csv or .ndjson file (default: stderr)')
    .action(async (opts: Record<string, unknown>) => {
      const { runAgree } = await import('./commands/agree.js');
      setExit(await runAgree(opts, ctx));
    });

  const collect = (value: string, previous: string[]) => [...previous, value];
  program
    .command('track')
    .argument('<agreement...>', 'agreement records (JSON), NDJSON files of records, or folders of them')
    .description('apply a ledger of payments to agreements and report their status (SPEC §10.1-10.3)')
    .option('--payments <file>', 'ledger CSV or NDJSON (id, date, amount or 账户, 还款日期, 还款金额); repeatable', collect, [])
    .option('--as-of <date>', 'tracking date YYYY-MM-DD (default: today)')
    .addOption(
      new Option('--format <format>', 'output (default: table on a terminal, json for one agreement, ndjson for many)').choices([
        'table',
        'json',
        'ndjson',
        'csv',
      ]),
    )
    .option('--replan', 'plan a broken agreement again through the engine (§10.3)')
    .option('--policy <name|file>', "policy for follow-up settings of old records and for --replan (default: the record's preset)")
    .option('--policy-hash <sha256>', 'refuse to run unless --policy has exactly this SHA-256')
    .addOption(new Option('--encoding <encoding>', 'ledger encoding').choices(['auto', 'utf8', 'gbk', 'gb18030']).default('auto'))
    .option('-o, --output <file>', 'output file, or - for stdout', '-')
    .option('--errors <file>', 'rejected ledger rows to this .csv or .ndjson file (default: stderr)')
    .option('--summary <file>', 'write the closing summary as JSON')
    .addOption(new Option('--lang <lang>', 'labels and reasons: zh or en (default from the locale)').choices(['zh', 'en']))
    .action(async (paths: string[], opts: Record<string, unknown>) => {
      const { runTrack } = await import('./commands/track.js');
      setExit(await runTrack(paths, opts, ctx));
    });

  program
    .command('remind')
    .argument('<agreement...>', 'agreement records (JSON), NDJSON files of records, or folders of them')
    .description('the reminders due in a window, for SMS/e-mail (csv, ndjson) or a calendar (ics) (SPEC §10.4)')
    .option('--payments <file>', 'ledger CSV or NDJSON (id, date, amount); repeatable', collect, [])
    .option('--as-of <date>', 'first day of the window YYYY-MM-DD (default: today)')
    .option('--days <n>', 'length of the window in days, the first day included', '7')
    .addOption(new Option('--format <format>', 'output format').choices(['csv', 'ndjson', 'ics']).default('csv'))
    .option('--policy <name|file>', 'policy for the follow-up settings of old records')
    .option('--policy-hash <sha256>', 'refuse to run unless --policy has exactly this SHA-256')
    .addOption(new Option('--encoding <encoding>', 'ledger encoding').choices(['auto', 'utf8', 'gbk', 'gb18030']).default('auto'))
    .option('-o, --output <file>', 'output file, or - for stdout', '-')
    .addOption(new Option('--lang <lang>', 'reminder texts: zh or en (default from the locale)').choices(['zh', 'en']))
    .action(async (paths: string[], opts: Record<string, unknown>) => {
      const { runRemind } = await import('./commands/remind.js');
      setExit(await runRemind(paths, opts, ctx));
    });

  program
    .command('apr')
    .description('the APR of any offer: dated flows → rate by Regulation Z Appendix J or the EU/UK APRC (SPEC §11)')
    .option('--advance <amount>', 'amount lent (放款金额)')
    .option('--on <date>', 'date of the advance YYYY-MM-DD (default: today)')
    .option('--fee <amount>', 'fee taken at the start: reduces the amount financed')
    .option('--payment <amountxN>', 'N payments of AMOUNT, e.g. 884.91x12 (repeat for a series that continues)', collect, [])
    .option('--first <date>', 'date of the first payment (default: one period after --on)')
    .addOption(
      new Option('--every <period>', 'payment interval, also the unit period (default: month; inferred for --flow/--flows)').choices([
        'week',
        '2weeks',
        '4weeks',
        'semimonth',
        'month',
        '2months',
        'quarter',
        'half-year',
        'year',
      ]),
    )
    .option('--flow <date:amount>', 'one dated flow, repeatable; an advance is negative (2026-01-10:-10000)', collect, [])
    .option('--flows <file>', 'CSV (date,amount[,kind]) or JSON file of dated flows')
    .option('--from <file>', 'a saved `plan --format json` output or a `negotiate --save` agreement')
    .option('--plan <id>', 'with --from: which plan (e.g. installment-24)')
    .addOption(new Option('--method <method>', 'unit-period (Reg Z App J, §4.6) or eu (APRC); default from the policy').choices(['unit-period', 'eu']))
    .addOption(
      new Option('--eu-year <basis>', 'eu: time in years as days/365, leap (366 in a leap year) or months (12 equal months)').choices([
        'days',
        'leap',
        'months',
      ]),
    )
    .option('--cap <rate>', 'annual rate cap as a fraction (0.24); default: the policy chargesCap (and the 36 % line for CNY)')
    .option('--policy <name|file>', 'built-in preset or policy JSON file (default: cn-standard)')
    .option('--policy-hash <sha256>', 'refuse to run unless the policy has exactly this SHA-256')
    .addOption(new Option('--format <format>', 'table or json (default: table on a terminal, json when piped)').choices(['table', 'json']))
    .addOption(new Option('--lang <lang>', 'labels: zh or en (default from the locale)').choices(['zh', 'en']))
    .action(async (opts: Record<string, unknown>) => {
      const { runApr } = await import('./commands/apr.js');
      setExit(await runApr(opts, ctx));
    });

  refuseRepeatedAndEmpty(program);
  return program;
}

/** Prints a user error as one line (and the JSON error object under --format json). */
export function reportUserError(error: UserError, ctx: Context, json: boolean, indent = 2, lang: 'zh' | 'en' = 'en'): number {
  // under an explicit --lang zh a catalogue message is shown in Chinese (the JSON object stays English)
  const said = (text: MessageRef | null | undefined, english: string) => (lang === 'zh' && text ? render('zh', text) : english);
  ctx.stderr.write(`repayplan: ${safeLine(said(error.text ?? error.issues[0]?.text, error.message))}\n`);
  for (const issue of error.issues.slice(1)) ctx.stderr.write(`repayplan: ${safeLine(said(issue.text, issue.message))}\n`);
  if (json) ctx.stdout.write(errorJson(error, indent));
  return EXIT_USAGE;
}

/** Runs the CLI; returns the exit code (bin/repayplan.js sets process.exitCode). */
export async function main(argv: readonly string[], ctx: Context = processContext()): Promise<number> {
  let exitCode = EXIT_OK;
  // plan writes JSON when stdout is not a terminal: its errors are then JSON objects too
  const json = wantsJson(argv) || (argv[2] === 'plan' && !ctx.stdoutIsTTY && !argv.some((a) => a === '--format' || a.startsWith('--format=')));
  const indent = wantsNdjson(argv) ? 0 : 2;
  const program = buildProgram({ ...ctx, argv }, (code) => {
    exitCode = code;
  });
  try {
    if (argv.length <= 2) {
      program.outputHelp();
      return EXIT_OK;
    }
    await program.parseAsync([...argv]);
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return EXIT_OK;
      // commander already printed its one-line message (plus the help hint) on stderr
      if (json) {
        const message = `${maskNumbersIn(oneLine(error.message))} (see ${helpCommand(argv)})`;
        ctx.stdout.write(errorJson(new UserError(`usage.${error.code.replace('commander.', '')}`, message), indent));
      }
      return EXIT_USAGE;
    }
    if (error instanceof UserError) return reportUserError(error, ctx, json, indent, wantsZh(argv) ? 'zh' : 'en');
    const internal = error instanceof InternalError ? error : new InternalError(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
    ctx.stderr.write(`repayplan: internal error: ${safeLine(internal.message)}\nThis is a bug in repayplan; please report it with the command you ran.\n`);
    if (ctx.env.REPAYPLAN_DEBUG && error instanceof Error && error.stack) ctx.stderr.write(`${error.stack}\n`);
    if (json) ctx.stdout.write(errorJson(internal, indent));
    return EXIT_INTERNAL;
  }
}
