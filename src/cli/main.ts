/**
 * The entry point: builds the commander program (src/cli/program.ts), runs it, and holds the one
 * top-level catch that maps errors to exit codes (§7).
 */
import { CommanderError } from 'commander';
import { EXIT_INTERNAL, EXIT_OK, EXIT_USAGE, InternalError, UserError } from '../errors.js';
import { processContext, withContext, type Context } from '../io/context.js';
import { maskNumbersIn } from '../core/privacy.js';
import { buildProgram, helpCommand } from './program.js';
import { errorJson, reportUserError, safeLine } from './report-error.js';
import { usageRef } from './usage-error.js';
import { msg, render } from '../messages/index.js';

export { VERSION } from '../version.js';
export { buildProgram } from './program.js';
export { reportUserError, safeLine } from './report-error.js';

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

/** Runs the CLI; returns the exit code (bin/repayplan.js sets process.exitCode). */
export async function main(argv: readonly string[], ctx: Context = processContext()): Promise<number> {
  let exitCode = EXIT_OK;
  // plan writes JSON when stdout is not a terminal: its errors are then JSON objects too
  const json = wantsJson(argv) || (argv[2] === 'plan' && !ctx.stdoutIsTTY && !argv.some((a) => a === '--format' || a.startsWith('--format=')));
  const indent = wantsNdjson(argv) ? 0 : 2;
  const program = buildProgram(withContext(ctx, { argv }), (code) => {
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
      // one line: "repayplan: unknown option '--x' (see repayplan plan --help)"; the JSON object stays English
      const ref = usageRef(error.code, error.message, helpCommand(program, argv));
      ctx.stderr.write(`repayplan: ${safeLine(render(wantsZh(argv) ? 'zh' : 'en', ref))}\n`);
      if (json) ctx.stdout.write(errorJson(new UserError(`usage.${error.code.replace('commander.', '')}`, maskNumbersIn(render('en', ref))), indent));
      return EXIT_USAGE;
    }
    if (error instanceof UserError) return reportUserError(error, ctx, json, indent, wantsZh(argv) ? 'zh' : 'en');
    const internal = error instanceof InternalError ? error : new InternalError(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
    const lang = wantsZh(argv) ? 'zh' : 'en';
    ctx.stderr.write(`repayplan: ${safeLine(msg(lang, 'internal.line', { detail: internal.message }))}\n${msg(lang, 'internal.report')}\n`);
    if (ctx.env.REPAYPLAN_DEBUG && error instanceof Error && error.stack) ctx.stderr.write(`${error.stack}\n`);
    if (json) ctx.stdout.write(errorJson(internal, indent));
    return EXIT_INTERNAL;
  }
}
