/**
 * The commander program: declares commands and flags, lazy-imports each command's module, and
 * holds the one top-level catch that maps errors to exit codes (§7). Flag values stay strings:
 * money flags are parsed by the money parser, never coerced by commander.
 */
import { Command, CommanderError, Option } from 'commander';
import { EXIT_INTERNAL, EXIT_OK, EXIT_USAGE, InternalError, UserError, toErrorObject } from '../errors.js';
import { processContext, type Context } from '../io/context.js';

export { VERSION } from '../version.js';
import { VERSION } from '../version.js';

const COMMANDS = ['plan', 'policy', 'batch', 'negotiate', 'apr'];

/** commander's message as one line, without its "error: " prefix. */
function oneLine(message: string): string {
  return message.replace(/^error: /, '').replace(/\s*\n\s*/g, ' ').trim();
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
  return cmd
    .option('--principal <amount>', 'outstanding principal (本金), > 0')
    .option('--interest <amount>', 'unpaid interest already charged (利息); estimated when absent')
    .option('--fees <amount>', 'unpaid fees, late fees included (违约金及费用); estimated when absent')
    .option('--overdue-days <days>', 'days past the missed due date (逾期天数), whole number ≥ 0')
    .option('--minimum-due <amount>', 'unpaid minimum payment (最低还款额); default from the policy')
    .option('--income <amount>', 'net monthly income (月收入)')
    .option('--expenses <amount>', 'essential monthly living costs (月必要支出)')
    .option('--other-debt <amount>', 'monthly payments on other debts (其他负债月供)')
    .option('--cash <amount>', 'cash the cardholder can pay at once (可一次性筹措资金)')
    .option('--id <ref>', 'account reference, passed through (never a card or ID number)')
    .option('--input <file>', 'read the account from a JSON file, or - for stdin (flags override its fields)')
    .option('--as-of <date>', 'valuation date YYYY-MM-DD (default: today)')
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
      outputError: (s, writeErr) => writeErr(`repayplan: ${oneLine(s)} (see ${helpCommand(ctx.argv)})\n`),
    })
    .exitOverride();

  accountOptions(program.command('plan'))
    .description('compute every plan the policy allows for one account, side by side (SPEC §4, §5)')
    .addOption(new Option('--format <format>', 'table, json or html (default: table on a terminal, json when piped)').choices(['table', 'json', 'html']))
    .option('-o, --output <file>', 'write to this file (atomically) instead of stdout')
    .option('--schedule <id>', "print one plan's full schedule (e.g. installment-24)")
    .option('--offer-monthly <amount>', 'counter-offer: the monthly payment the cardholder can manage (§4.10)')
    .option('--offer-lump <amount>', 'counter-offer: the lump sum the cardholder can pay now (§4.10)')
    .option('--script', 'print a read-out script for the recommended plan (or --schedule ID)')
    .action(async (opts: Record<string, unknown>) => {
      const { runPlan } = await import('./commands/plan.js');
      setExit(await runPlan(opts, ctx));
    });

  const policy = program.command('policy').description('list, show, validate and start policies (SPEC §3)');
  policy.command('list').description('list the built-in presets')
    .addOption(new Option('--format <format>', 'table or json').choices(['table', 'json']))
    .action(async (opts: Record<string, unknown>) => {
      const { runPolicyList } = await import('./commands/policy.js');
      setExit(await runPolicyList(opts, ctx));
    });
  policy.command('show').argument('<name|file>').description('print the canonical JSON of a preset or file and its SHA-256')
    .addOption(new Option('--format <format>', 'json (canonical policy) or table').choices(['table', 'json']))
    .action(async (ref: string, opts: Record<string, unknown>) => {
      const { runPolicyShow } = await import('./commands/policy.js');
      setExit(await runPolicyShow(ref, opts, ctx));
    });
  policy.command('validate').argument('<file...>').description('check policy files; report every problem with its JSON path')
    .addOption(new Option('--format <format>', 'table or json').choices(['table', 'json']))
    .action(async (files: string[], opts: Record<string, unknown>) => {
      const { runPolicyValidate } = await import('./commands/policy.js');
      setExit(await runPolicyValidate(files, opts, ctx));
    });
  policy.command('init').argument('<name>').description('write a preset as a starting policy file (stdout, or -o FILE)')
    .option('-o, --output <file>', 'write to this file instead of stdout (refuses to overwrite)')
    .action(async (name: string, opts: Record<string, unknown>) => {
      const { runPolicyInit } = await import('./commands/policy.js');
      setExit(await runPolicyInit(name, opts, ctx));
    });

  program.command('batch')
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

  const collect = (value: string, previous: string[]) => [...previous, value];
  program.command('apr')
    .description('the APR of any offer: dated flows → rate by Regulation Z Appendix J or the EU/UK APRC (SPEC §11)')
    .option('--advance <amount>', 'amount lent (放款金额)')
    .option('--on <date>', 'date of the advance YYYY-MM-DD (default: today)')
    .option('--fee <amount>', 'fee taken at the start: reduces the amount financed')
    .option('--payment <amountxN>', 'N payments of AMOUNT, e.g. 884.91x12 (repeat for a series that continues)', collect, [])
    .option('--first <date>', 'date of the first payment (default: one period after --on)')
    .addOption(new Option('--every <period>', 'payment interval, also the unit period (default: month; inferred for --flow/--flows)').choices(['week', '2weeks', '4weeks', 'semimonth', 'month', '2months', 'quarter', 'half-year', 'year']))
    .option('--flow <date:amount>', 'one dated flow, repeatable; an advance is negative (2026-01-10:-10000)', collect, [])
    .option('--flows <file>', 'CSV (date,amount[,kind]) or JSON file of dated flows')
    .option('--from <file>', 'a saved `plan --format json` output or a `negotiate --save` agreement')
    .option('--plan <id>', 'with --from: which plan (e.g. installment-24)')
    .addOption(new Option('--method <method>', 'unit-period (Reg Z App J, §4.6) or eu (APRC); default from the policy').choices(['unit-period', 'eu']))
    .addOption(new Option('--eu-year <basis>', 'eu: time in years as days/365, leap (366 in a leap year) or months (12 equal months)').choices(['days', 'leap', 'months']))
    .option('--cap <rate>', 'annual rate cap as a fraction (0.24); default: the policy chargesCap (and the 36 % line for CNY)')
    .option('--policy <name|file>', 'built-in preset or policy JSON file (default: cn-standard)')
    .option('--policy-hash <sha256>', 'refuse to run unless the policy has exactly this SHA-256')
    .addOption(new Option('--format <format>', 'table or json (default: table on a terminal, json when piped)').choices(['table', 'json']))
    .addOption(new Option('--lang <lang>', 'labels: zh or en (default from the locale)').choices(['zh', 'en']))
    .action(async (opts: Record<string, unknown>) => {
      const { runApr } = await import('./commands/apr.js');
      setExit(await runApr(opts, ctx));
    });

  return program;
}

/** Prints a user error as one line (and the JSON error object under --format json). */
export function reportUserError(error: UserError, ctx: Context, json: boolean, indent = 2): number {
  ctx.stderr.write(`repayplan: ${error.message}\n`);
  for (const issue of error.issues.slice(1)) ctx.stderr.write(`repayplan: ${issue.message}\n`);
  if (json) ctx.stdout.write(`${JSON.stringify(toErrorObject(error), null, indent)}\n`);
  return EXIT_USAGE;
}

/** Runs the CLI; returns the exit code (bin/repayplan.js sets process.exitCode). */
export async function main(argv: readonly string[], ctx: Context = processContext()): Promise<number> {
  let exitCode = EXIT_OK;
  const json = wantsJson(argv);
  const indent = wantsNdjson(argv) ? 0 : 2;
  const program = buildProgram({ ...ctx, argv }, (code) => { exitCode = code; });
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
        const message = `${oneLine(error.message)} (see ${helpCommand(argv)})`;
        ctx.stdout.write(`${JSON.stringify(toErrorObject(new UserError(`usage.${error.code.replace('commander.', '')}`, message)), null, indent)}\n`);
      }
      return EXIT_USAGE;
    }
    if (error instanceof UserError) return reportUserError(error, ctx, json, indent);
    const internal = error instanceof InternalError ? error : new InternalError(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
    ctx.stderr.write(`repayplan: internal error: ${internal.message}\nThis is a bug in repayplan; please report it with the command you ran.\n`);
    if (ctx.env.REPAYPLAN_DEBUG && error instanceof Error && error.stack) ctx.stderr.write(`${error.stack}\n`);
    if (json) ctx.stdout.write(`${JSON.stringify(toErrorObject(internal), null, indent)}\n`);
    return EXIT_INTERNAL;
  }
}
