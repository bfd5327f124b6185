// `repayplan plan …` builds a program with only `plan` declared (issue #16). Its help, errors and
// exit codes must be those of the program with every command: both are built here from the same
// call and parse the same arguments (the ones that stop before plan's action, which is the same
// function either way).
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/program.js';
import type { Context } from '../../src/io/context.js';

function sink(into: string[]): Writable {
  return new Writable({
    write(chunk, _enc, done) {
      into.push(String(chunk));
      done();
    },
  });
}

async function parse(argv: string[], commands: 'all' | 'plan', tty = false) {
  const out: string[] = [];
  const err: string[] = [];
  const ctx: Context & { argv: string[] } = {
    argv,
    stdin: process.stdin,
    stdout: sink(out),
    stderr: sink(err),
    stdoutIsTTY: tty,
    stderrIsTTY: tty,
    stdinIsTTY: false,
    env: { LANG: 'en_US.UTF-8' },
    cwd: process.cwd(),
    today: () => ({ year: 2026, month: 11, day: 22 }),
    columns: 60,
  };
  let exit: number | undefined;
  let thrown: unknown;
  try {
    await buildProgram(ctx, (code) => (exit = code), commands).parseAsync(argv);
  } catch (error) {
    const e = error as { name?: string; code?: string; exitCode?: number; message?: string };
    thrown = { name: e.name, code: e.code, exitCode: e.exitCode, message: e.message };
  }
  return { out: out.join(''), err: err.join(''), exit, thrown };
}

describe('plan-only program', () => {
  it.each([
    [['--help']],
    [['-h']],
    [['--help', '--lang', 'zh']],
    [['--bogus']],
    [['--princpal', '1']],
    [['extra']],
    [['--format', 'xml']],
    [['--lang', 'fr']],
    [['--principal', '1', '--principal', '2']],
    [['--principal', '']],
    [['--principal']],
    [['-V']],
    [['--version']],
    [['help']],
  ])('plan %j: the same as with every command', async (args) => {
    const argv = ['node', 'repayplan', 'plan', ...args];
    for (const tty of [false, true]) {
      const all = await parse(argv, 'all', tty);
      expect(all.out + all.err + String(all.thrown)).not.toBe('');
      expect(await parse(argv, 'plan', tty)).toEqual(all);
    }
  });

  it('is what a plan call gets by default, and only then', () => {
    const ctx = { argv: ['node', 'repayplan', 'plan'], env: {} } as unknown as Context;
    expect(buildProgram(ctx, () => {}).commands.map((c) => c.name())).toEqual(['plan']);
    const other = { argv: ['node', 'repayplan', 'policy'], env: {} } as unknown as Context;
    expect(buildProgram(other, () => {}).commands.length).toBeGreaterThan(5);
  });
});
