/**
 * The language of `repayplan --help` and commander's own words in it. The language is the one
 * every command uses: `--lang zh|en` when given (anywhere on the line), else the locale (LC_ALL,
 * LC_MESSAGES, LANG). The English help is commander's, untouched; for Chinese the headings,
 * "choices"/"default" and the help and version lines come from the catalogue
 * (src/messages/help.ts), and wrapping counts a Chinese character as two columns.
 */
import type { Command, Help, Option, Argument } from 'commander';
import { localeLang, type Context } from '../io/context.js';
import { msg, msgOf, type Lang } from '../messages/index.js';
import type { HELP } from '../messages/help.js';
import type { MessagesOf } from '../messages/types.js';
import { displayWidth } from '../render/layout.js';

/** A help text without parameters (a command's or an option's description). */
export type HelpText = Exclude<keyof MessagesOf<typeof HELP>, 'help.choices' | 'help.default' | 'help.extra'>;

/** `--lang zh|en` given on the command line, else the locale's language. */
export function helpLang(argv: readonly string[], env: Context['env']): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = a === '--lang' ? argv[i + 1] : a?.startsWith('--lang=') ? a.slice('--lang='.length) : undefined;
    if (value === 'zh' || value === 'en') return value;
  }
  return localeLang(env);
}

/** The text of a help message in `lang`. */
export function helpText(lang: Lang, code: HelpText): string {
  return msgOf(lang, code);
}

const TITLES: Record<string, HelpText> = {
  'Usage:': 'help.title.usage',
  'Arguments:': 'help.title.arguments',
  'Options:': 'help.title.options',
  'Commands:': 'help.title.commands',
};

/** "(choices: …, default: …)" after a description, in `lang`. */
function described(lang: Lang, description: string, choices: readonly string[] | undefined, fallback: string | undefined): string {
  const extra: string[] = [];
  if (choices) extra.push(msg(lang, 'help.choices', { list: choices.map((c) => JSON.stringify(c)).join(', ') }));
  if (fallback !== undefined) extra.push(msg(lang, 'help.default', { value: fallback }));
  if (extra.length === 0) return description;
  return msg(lang, 'help.extra', { text: description, list: extra.join(msg(lang, 'help.extra-sep')) });
}

const OPENING = '（《“‘[(';
const CLOSING = '，。、；：？！）》”’]),.;:';

/**
 * Wraps help text to `width` columns where Chinese allows a break: at a space, and between two
 * Chinese characters, never before closing punctuation or after an opening one.
 */
export function wrapChinese(text: string, width: number): string {
  // tokens: a run of spaces, one wide character, or a run of narrow non-space characters
  const raw = text.match(/ +|[^\x00-\u10ff]|[\x00-\u10ff]+?(?= |[^\x00-\u10ff]|$)/gu) ?? [];
  const tokens: string[] = [];
  for (const tok of raw) {
    const prev = tokens.at(-1);
    if (prev !== undefined && tok !== ' ' && ((CLOSING.includes(tok[0]!) && !prev.startsWith(' ')) || OPENING.includes(prev.at(-1)!))) {
      tokens[tokens.length - 1] = prev + tok;
    } else tokens.push(tok);
  }
  const lines: string[] = [];
  let line = '';
  for (const tok of tokens) {
    if (line !== '' && displayWidth(line + tok) > width) {
      lines.push(line.trimEnd());
      line = tok.startsWith(' ') ? '' : tok;
    } else if (!(line === '' && tok.startsWith(' '))) line += tok;
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines.join('\n');
}

/**
 * Gives the program the help of `lang`. Call it before the commands are added: they inherit the
 * help configuration, the help option and the help command from the program.
 */
export function localiseHelp(program: Command, lang: Lang): void {
  if (lang === 'en') return;
  program.helpOption('-h, --help', helpText(lang, 'help.help'));
  program.helpCommand('help [command]', helpText(lang, 'help.help'));
  program.configureHelp({
    styleTitle: (title: string) => (TITLES[title] ? helpText(lang, TITLES[title]) : title),
    displayWidth: (text: string) => displayWidth(text),
    boxWrap: (text: string, width: number) =>
      text
        .split('\n')
        .map((line) => wrapChinese(line, width))
        .join('\n'),
    optionDescription(option: Option): string {
      const showDefault =
        option.defaultValue !== undefined && (option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean'));
      const fallback = showDefault ? option.defaultValueDescription || JSON.stringify(option.defaultValue) : undefined;
      return described(lang, option.description, option.argChoices, fallback);
    },
    argumentDescription(argument: Argument): string {
      const fallback = argument.defaultValue === undefined ? undefined : argument.defaultValueDescription || JSON.stringify(argument.defaultValue);
      return described(lang, argument.description, argument.argChoices, fallback);
    },
  } satisfies Partial<Help>);
}

/** The description of `-V, --version` in `lang`. */
export function versionText(lang: Lang): string {
  return helpText(lang, 'help.version');
}
