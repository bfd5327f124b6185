/**
 * The commander program: declares the commands and their flags and lazy-imports each command's
 * module when it runs. Flag values stay strings: money flags are parsed by the money parser,
 * never coerced by commander. The texts are src/messages/help.ts.
 */
import { Command, Option } from 'commander';
import { ACCOUNT_FIELDS } from '../core/account.js';
import { msg, said, type Lang } from '../messages/index.js';
import { helpLang, helpText, localiseHelp, versionText, type HelpText } from './help.js';
import { UserError } from '../errors.js';
import type { Context } from '../io/context.js';
import { safeValue } from '../core/privacy.js';
import { VERSION } from '../version.js';

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
        throw UserError.said('usage.empty-value', said('usage.empty-value', { flag }), { field: flag, value });
      }
      const before = seen.get(flag);
      if (before !== undefined && !repeatable) {
        const first = JSON.stringify(safeValue(before));
        const second = JSON.stringify(safeValue(value));
        throw UserError.said('usage.repeated-flag', said('usage.repeated-flag', { flag, first, second }), { field: flag, value: safeValue(value) });
      }
      seen.set(flag, value);
    });
  }
  for (const sub of cmd.commands) refuseRepeatedAndEmpty(sub);
}

/** `repayplan plan --help` when a command of the program was named, else `repayplan --help`. */
export function helpCommand(program: Command, argv: readonly string[] | undefined): string {
  const command = argv?.slice(2).find((a) => !a.startsWith('-'));
  return command && program.commands.some((c) => c.name() === command) ? `repayplan ${command} --help` : 'repayplan --help';
}

/** Adds the account flags of §2 and the options shared by `plan` and `negotiate`. */
function accountOptions(cmd: Command, lang: Lang): Command {
  const t = (code: HelpText) => helpText(lang, code);
  // the §2 flags, generated from the one field table (core/account.ts ACCOUNT_FIELDS)
  for (const f of ACCOUNT_FIELDS) cmd.option(`${f.flag} <${f.arg}>`, msg(lang, `account.help.${f.json}`));
  return cmd
    .option('--input <file>', t('help.opt.input'))
    .option('--policy <name|file>', t('help.opt.policy'))
    .option('--policy-hash <sha256>', t('help.opt.policy-hash'))
    .addOption(new Option('--lang <lang>', t('help.opt.lang')).choices(['zh', 'en']));
}

export function buildProgram(ctx: Context & { argv?: readonly string[] }, setExit: (code: number) => void): Command {
  // the help's language: --lang, else the locale (src/cli/help.ts); its texts are src/messages/help.ts
  const lang = helpLang(ctx.argv ?? [], ctx.env);
  const t = (code: HelpText) => helpText(lang, code);
  const program = new Command();
  localiseHelp(program, lang);
  program
    .name('repayplan')
    .description(t('help.program'))
    .version(VERSION, '-V, --version', lang === 'en' ? undefined : versionText(lang))
    .configureOutput({
      writeOut: (s) => ctx.stdout.write(s),
      writeErr: (s) => ctx.stderr.write(s),
      // commander's own rule (the terminal's width, else 80), read from the context so a test sees a pipe
      getOutHelpWidth: () => (ctx.stdoutIsTTY ? ctx.columns : 80),
      getErrHelpWidth: () => (ctx.stderrIsTTY ? ctx.columns : 80),
      // one line: "repayplan: unknown option '--x' (see repayplan plan --help)"
      // commander's English is written by main()'s catch, in the language of --lang (cli/usage-error.ts)
      outputError: () => {},
    })
    .exitOverride();

  accountOptions(program.command('plan'), lang)
    .description(t('help.plan'))
    .addOption(new Option('--format <format>', t('help.plan.format')).choices(['table', 'json', 'script', 'html']))
    .option('--full', t('help.plan.full'))
    .option('-o, --output <file>', t('help.plan.output'))
    .option('--schedule <id>', t('help.plan.schedule'))
    .option('--offer-monthly <amount>', t('help.plan.offer-monthly'))
    .option('--offer-lump <amount>', t('help.plan.offer-lump'))
    .option('--script', t('help.plan.script'))
    .action(async (opts: Record<string, unknown>) => {
      const { runPlan } = await import('./commands/plan.js');
      setExit(await runPlan(opts, ctx));
    });

  const policy = program.command('policy').description(t('help.policy'));
  policy
    .command('list')
    .description(t('help.policy.list'))
    .addOption(new Option('--format <format>', t('help.opt.table-or-json')).choices(['table', 'json']))
    .addOption(new Option('--lang <lang>', t('help.opt.lang')).choices(['zh', 'en']))
    .action(async (opts: Record<string, unknown>) => {
      const { runPolicyList } = await import('./commands/policy.js');
      setExit(await runPolicyList(opts, ctx));
    });
  policy
    .command('show')
    .argument('<name|file>')
    .description(t('help.policy.show'))
    .addOption(new Option('--format <format>', t('help.policy.show.format')).choices(['table', 'json']))
    .addOption(new Option('--lang <lang>', t('help.opt.lang')).choices(['zh', 'en']))
    .action(async (ref: string, opts: Record<string, unknown>) => {
      const { runPolicyShow } = await import('./commands/policy.js');
      setExit(await runPolicyShow(ref, opts, ctx));
    });
  policy
    .command('validate')
    .argument('<file...>')
    .description(t('help.policy.validate'))
    .addOption(new Option('--format <format>', t('help.opt.table-or-json')).choices(['table', 'json']))
    .addOption(new Option('--lang <lang>', t('help.opt.lang')).choices(['zh', 'en']))
    .action(async (files: string[], opts: Record<string, unknown>) => {
      const { runPolicyValidate } = await import('./commands/policy.js');
      setExit(await runPolicyValidate(files, opts, ctx));
    });
  policy
    .command('init')
    .argument('<name>')
    .description(t('help.policy.init'))
    .option('-o, --output <file>', t('help.policy.init.output'))
    .action(async (name: string, opts: Record<string, unknown>) => {
      const { runPolicyInit } = await import('./commands/policy.js');
      setExit(await runPolicyInit(name, opts, ctx));
    });

  program
    .command('batch')
    .argument('[file]', t('help.batch.file'), '-')
    .description(t('help.batch'))
    .option('-o, --output <file>', t('help.opt.output'), '-')
    .option('--errors <file>', t('help.batch.errors'))
    .addOption(new Option('--format <format>', t('help.opt.output-format')).choices(['csv', 'ndjson']))
    .addOption(new Option('--input-format <format>', t('help.batch.input-format')).choices(['csv', 'ndjson']))
    .option('--policy <name|file>', t('help.opt.policy'))
    .option('--policy-hash <sha256>', t('help.opt.policy-hash'))
    .option('--as-of <date>', t('help.batch.as-of'))
    .addOption(new Option('--encoding <encoding>', t('help.batch.encoding')).choices(['auto', 'utf8', 'gbk', 'gb18030']).default('auto'))
    .option('--columns <list>', t('help.batch.columns'))
    .option('--skip-header', t('help.batch.skip-header'))
    .option('--row-offset <n>', t('help.batch.row-offset'))
    .option('--jobs <n>', t('help.batch.jobs'))
    .option('--plans', t('help.batch.plans'))
    .option('--bom', t('help.batch.bom'))
    .option('--no-bom', t('help.batch.no-bom'))
    .option('--keep <list>', t('help.batch.keep'))
    .addOption(new Option('--headers <lang>', t('help.batch.headers')).choices(['en', 'zh']))
    .option('--summary <file>', t('help.batch.summary'))
    .option('--report <file>', t('help.batch.report'))
    .addOption(new Option('--lang <lang>', t('help.batch.lang')).choices(['zh', 'en']))
    .option('--no-progress', t('help.batch.no-progress'))
    .action(async (file: string, opts: Record<string, unknown>) => {
      const { runBatch } = await import('./commands/batch.js');
      setExit(await runBatch(file, opts, ctx));
    });

  accountOptions(program.command('negotiate'), lang)
    .description(t('help.negotiate'))
    .option('--save <file>', t('help.negotiate.save'))
    .action(async (opts: Record<string, unknown>) => {
      const { runNegotiate } = await import('./commands/negotiate.js');
      setExit(await runNegotiate(opts, ctx));
    });

  accountOptions(program.command('agree'), lang)
    .description(t('help.agree'))
    .option('--plan <id>', t('help.agree.plan'))
    .option('--note <text>', t('help.agree.note'))
    .option('-o, --output <file>', t('help.agree.output'), '-')
    .option('--force', t('help.agree.force'))
    .option('--batch <file>', t('help.agree.batch'))
    .option('--errors <file>', t('help.agree.errors'))
    .action(async (opts: Record<string, unknown>) => {
      const { runAgree } = await import('./commands/agree.js');
      setExit(await runAgree(opts, ctx));
    });

  const collect = (value: string, previous: string[]) => [...previous, value];
  program
    .command('track')
    .argument('<agreement...>', t('help.arg.agreements'))
    .description(t('help.track'))
    .option('--payments <file>', t('help.track.payments'), collect, [])
    .option('--as-of <date>', t('help.track.as-of'))
    .addOption(new Option('--format <format>', t('help.track.format')).choices(['table', 'json', 'ndjson', 'csv']))
    .option('--replan', t('help.track.replan'))
    .option('--policy <name|file>', t('help.track.policy'))
    .option('--policy-hash <sha256>', t('help.opt.policy-hash-given'))
    .addOption(new Option('--encoding <encoding>', t('help.opt.ledger-encoding')).choices(['auto', 'utf8', 'gbk', 'gb18030']).default('auto'))
    .option('-o, --output <file>', t('help.opt.output'), '-')
    .option('--errors <file>', t('help.track.errors'))
    .option('--summary <file>', t('help.track.summary'))
    .addOption(new Option('--lang <lang>', t('help.track.lang')).choices(['zh', 'en']))
    .action(async (paths: string[], opts: Record<string, unknown>) => {
      const { runTrack } = await import('./commands/track.js');
      setExit(await runTrack(paths, opts, ctx));
    });

  program
    .command('remind')
    .argument('<agreement...>', t('help.arg.agreements'))
    .description(t('help.remind'))
    .option('--payments <file>', t('help.remind.payments'), collect, [])
    .option('--as-of <date>', t('help.remind.as-of'))
    .option('--days <n>', t('help.remind.days'), '7')
    .addOption(new Option('--format <format>', t('help.opt.output-format')).choices(['csv', 'ndjson', 'ics']).default('csv'))
    .option('--policy <name|file>', t('help.remind.policy'))
    .option('--policy-hash <sha256>', t('help.opt.policy-hash-given'))
    .addOption(new Option('--encoding <encoding>', t('help.opt.ledger-encoding')).choices(['auto', 'utf8', 'gbk', 'gb18030']).default('auto'))
    .option('-o, --output <file>', t('help.opt.output'), '-')
    .addOption(new Option('--lang <lang>', t('help.remind.lang')).choices(['zh', 'en']))
    .action(async (paths: string[], opts: Record<string, unknown>) => {
      const { runRemind } = await import('./commands/remind.js');
      setExit(await runRemind(paths, opts, ctx));
    });

  program
    .command('apr')
    .description(t('help.apr'))
    .option('--advance <amount>', t('help.apr.advance'))
    .option('--on <date>', t('help.apr.on'))
    .option('--fee <amount>', t('help.apr.fee'))
    .option('--payment <amountxN>', t('help.apr.payment'), collect, [])
    .option('--first <date>', t('help.apr.first'))
    .addOption(
      new Option('--every <period>', t('help.apr.every')).choices([
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
    .option('--flow <date:amount>', t('help.apr.flow'), collect, [])
    .option('--flows <file>', t('help.apr.flows'))
    .option('--from <file>', t('help.apr.from'))
    .option('--plan <id>', t('help.apr.plan'))
    .addOption(new Option('--method <method>', t('help.apr.method')).choices(['unit-period', 'eu']))
    .addOption(new Option('--eu-year <basis>', t('help.apr.eu-year')).choices(['days', 'leap', 'months']))
    .option('--cap <rate>', t('help.apr.cap'))
    .option('--policy <name|file>', t('help.opt.policy'))
    .option('--policy-hash <sha256>', t('help.opt.policy-hash'))
    .addOption(new Option('--format <format>', t('help.apr.format')).choices(['table', 'json']))
    .addOption(new Option('--lang <lang>', t('help.opt.lang')).choices(['zh', 'en']))
    .action(async (opts: Record<string, unknown>) => {
      const { runApr } = await import('./commands/apr.js');
      setExit(await runApr(opts, ctx));
    });

  refuseRepeatedAndEmpty(program);
  return program;
}
