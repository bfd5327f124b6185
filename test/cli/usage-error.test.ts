/**
 * Commander's English read back into catalogue messages (src/cli/usage-error.ts): each message
 * this commander writes becomes its own code, and the English rendering is commander's text word
 * for word (the JSON error object and fixtures/errors stay as they were). A commander that words
 * a message differently falls to `usage.other` here and fails.
 */
import { describe, expect, it } from 'vitest';
import { usageRef } from '../../src/cli/usage-error.js';
import { render } from '../../src/messages/index.js';

const HELP = 'repayplan plan --help';
const CASES: [string, string, string][] = [
  ['commander.unknownOption', "error: unknown option '--principle'\n(Did you mean --principal?)", 'usage.unknownOption'],
  ['commander.unknownOption', "error: unknown option '--x'\n(Did you mean one of --a, --b?)", 'usage.unknownOption'],
  ['commander.unknownOption', "error: unknown option '--bogus'", 'usage.unknownOption'],
  ['commander.unknownCommand', "error: unknown command 'plans'\n(Did you mean plan?)", 'usage.unknownCommand'],
  ['commander.excessArguments', "error: too many arguments for 'plan'. Expected 0 arguments but got 1.", 'usage.excessArguments'],
  ['commander.excessArguments', 'error: too many arguments. Expected 1 argument but got 2.', 'usage.excessArguments'],
  ['commander.missingArgument', "error: missing required argument 'name|file'", 'usage.missingArgument'],
  ['commander.optionMissingArgument', "error: option '--principal <amount>' argument missing", 'usage.optionMissingArgument'],
  [
    'commander.invalidArgument',
    "error: option '--format <format>' argument 'xml' is invalid. Allowed choices are table, json, script, html.",
    'usage.invalidArgument',
  ],
  ['commander.invalidArgument', "error: command-argument value 'x' is invalid for argument 'kind'. Allowed choices are a, b.", 'usage.invalidCommandArgument'],
];

describe('usageRef', () => {
  it.each(CASES)('%s: %s', (code, message, want) => {
    const ref = usageRef(code, message, HELP);
    expect(ref.code).toBe(want);
    expect(render('en', ref)).toBe(`${message.replace(/^error: /, '').replace(/\n/g, ' ')} (see ${HELP})`);
    expect(render('zh', ref)).toContain(`（见 ${HELP}）`);
  });

  it('an unknown wording keeps its English in English and says only "usage" in Chinese', () => {
    const ref = usageRef('commander.conflictingOption', "error: option '--a' cannot be used with option '--b'", HELP);
    expect(ref.code).toBe('usage.other');
    expect(render('en', ref)).toBe(`option '--a' cannot be used with option '--b' (see ${HELP})`);
    expect(render('zh', ref)).toBe(`命令行用法有误（见 ${HELP}）`);
  });
});
