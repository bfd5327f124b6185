/**
 * Commander's usage errors as catalogue messages: commander writes English, so its message is
 * read back into parameters here and shown in the language of --lang (src/messages/usage.ts).
 * The English rendering reproduces commander's text, so the JSON error object does not change.
 */
import { said, type MessageRef } from '../messages/index.js';

/** commander's message as one line, without its "error: " prefix. */
export function oneLine(message: string): string {
  return message
    .replace(/^error: /, '')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}

/** commander's "(Did you mean X?)" / "(Did you mean one of X, Y?)" suggestion, split from the message. */
function suggestion(line: string): { rest: string; also: string } {
  const m = / \(Did you mean (?:one of )?(.+)\?\)$/.exec(line);
  return m ? { rest: line.slice(0, m.index), also: m[1]! } : { rest: line, also: '' };
}

/** How to read each commander message: its code, the pattern (of the line without the suggestion) and the message it becomes. */
const RULES: readonly { code: string; re: RegExp; ref: (m: RegExpExecArray, also: string, help: string) => MessageRef }[] = [
  { code: 'commander.unknownOption', re: /^unknown option '(.+)'$/, ref: (m, also, help) => said('usage.unknownOption', { flag: m[1]!, also, help }) },
  { code: 'commander.unknownCommand', re: /^unknown command '(.+)'$/, ref: (m, also, help) => said('usage.unknownCommand', { name: m[1]!, also, help }) },
  {
    code: 'commander.excessArguments',
    re: /^too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+)\.$/,
    ref: (m, _also, help) => said('usage.excessArguments', { command: m[1] ?? '', expected: Number(m[2]), got: Number(m[3]), help }),
  },
  {
    code: 'commander.missingArgument',
    re: /^missing required argument '(.+)'$/,
    ref: (m, _also, help) => said('usage.missingArgument', { name: m[1]!, help }),
  },
  {
    code: 'commander.optionMissingArgument',
    re: /^option '(.+)' argument missing$/,
    ref: (m, _also, help) => said('usage.optionMissingArgument', { option: m[1]!, help }),
  },
  {
    code: 'commander.invalidArgument',
    re: /^option '(.+)' argument '(.*)' is invalid\. Allowed choices are (.+)\.$/,
    ref: (m, _also, help) => said('usage.invalidArgument', { option: m[1]!, value: m[2]!, choices: m[3]!, help }),
  },
  {
    code: 'commander.invalidArgument',
    re: /^command-argument value '(.*)' is invalid for argument '(.+)'\. Allowed choices are (.+)\.$/,
    ref: (m, _also, help) => said('usage.invalidCommandArgument', { value: m[1]!, name: m[2]!, choices: m[3]!, help }),
  },
];

/** The message of a commander error (`code` like `commander.unknownOption`) with `help` the hint command. */
export function usageRef(code: string, message: string, help: string): MessageRef {
  const line = oneLine(message);
  const { rest, also } = suggestion(line);
  for (const rule of RULES) {
    if (rule.code !== code) continue;
    const m = rule.re.exec(rest);
    if (m) return rule.ref(m, also, help);
  }
  return said('usage.other', { detail: line, help });
}
