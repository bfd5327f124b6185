/**
 * Commander's own usage errors (unknown option, missing value, a value not among the choices …)
 * and the internal-error line, in both languages. The English is commander's text word for word
 * (it is the JSON error object's message and the fixtures' stderr); `src/cli/usage-error.ts`
 * reads the parameters back out of commander's message. `help` is the hint command
 * (`repayplan plan --help`), `also` commander's suggestion (one name, or several with ", ").
 */
import { defineMessages } from './types.js';

type Help = { help: string };
type Also = { also: string };

const didYouMean = (also: string) => (also === '' ? '' : ` (Did you mean ${also.includes(', ') ? `one of ${also}` : also}?)`);
const zhDidYouMean = (also: string) => (also === '' ? '' : `（是不是想用 ${also}${also.includes(', ') ? ' 之一' : ''}？）`);

export const USAGE = defineMessages(() => ({
  'usage.unknownOption': {
    en: (p: Help & Also & { flag: string }) => `unknown option '${p.flag}'${didYouMean(p.also)} (see ${p.help})`,
    zh: (p: Help & Also & { flag: string }) => `没有选项 '${p.flag}'${zhDidYouMean(p.also)}（见 ${p.help}）`,
  },
  'usage.unknownCommand': {
    en: (p: Help & Also & { name: string }) => `unknown command '${p.name}'${didYouMean(p.also)} (see ${p.help})`,
    zh: (p: Help & Also & { name: string }) => `没有命令 '${p.name}'${zhDidYouMean(p.also)}（见 ${p.help}）`,
  },
  'usage.excessArguments': {
    en: (p: Help & { command: string; expected: number; got: number }) =>
      `too many arguments${p.command === '' ? '' : ` for '${p.command}'`}. Expected ${p.expected} argument${p.expected === 1 ? '' : 's'} but got ${p.got}. (see ${p.help})`,
    zh: (p: Help & { command: string; expected: number; got: number }) =>
      `参数太多：${p.command === '' ? '' : `${p.command} `}应有 ${p.expected} 个参数，实际给了 ${p.got} 个（见 ${p.help}）`,
  },
  'usage.missingArgument': {
    en: (p: Help & { name: string }) => `missing required argument '${p.name}' (see ${p.help})`,
    zh: (p: Help & { name: string }) => `缺少必需的参数 '${p.name}'（见 ${p.help}）`,
  },
  'usage.optionMissingArgument': {
    en: (p: Help & { option: string }) => `option '${p.option}' argument missing (see ${p.help})`,
    zh: (p: Help & { option: string }) => `选项 '${p.option}' 缺少取值（见 ${p.help}）`,
  },
  'usage.invalidArgument': {
    en: (p: Help & { option: string; value: string; choices: string }) =>
      `option '${p.option}' argument '${p.value}' is invalid. Allowed choices are ${p.choices}. (see ${p.help})`,
    zh: (p: Help & { option: string; value: string; choices: string }) => `选项 '${p.option}' 的取值 '${p.value}' 无效：可选 ${p.choices}（见 ${p.help}）`,
  },
  'usage.invalidCommandArgument': {
    en: (p: Help & { name: string; value: string; choices: string }) =>
      `command-argument value '${p.value}' is invalid for argument '${p.name}'. Allowed choices are ${p.choices}. (see ${p.help})`,
    zh: (p: Help & { name: string; value: string; choices: string }) => `参数 '${p.name}' 的取值 '${p.value}' 无效：可选 ${p.choices}（见 ${p.help}）`,
  },
  /** A commander message this version of repayplan does not know how to read (a newer commander). */
  'usage.other': {
    en: (p: Help & { detail: string }) => `${p.detail} (see ${p.help})`,
    zh: (p: Help) => `命令行用法有误（见 ${p.help}）`,
  },
  /** An exit-1 failure: `detail` is the developer's text (for the report), then the request. */
  'internal.line': {
    en: (p: { detail: string }) => `internal error: ${p.detail}`,
    zh: (p: { detail: string }) => `内部错误：${p.detail}`,
  },
  'internal.report': {
    en: 'This is a bug in repayplan; please report it with the command you ran.',
    zh: '这是 repayplan 的缺陷，请连同你运行的命令一起报告。',
  },
}));
