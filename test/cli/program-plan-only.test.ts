// `repayplan plan …` builds a program with only `plan` declared (issue #16). Its help, errors and
// exit codes must be those of the program with every command. Since commander's errors are
// written by main()'s catch in the language of --lang (src/cli/usage-error.ts), the comparison
// runs main() itself, once with the plan-only program and once with every command (the program
// main() builds is chosen here through a module mock), on arguments that stop before plan's
// action (which is the same function either way).
import { Writable } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import type { Context } from '../../src/io/context.js';

/** The command set main() builds: 'all' or 'plan'; undefined leaves buildProgram's default. */
const forced = vi.hoisted(() => ({ commands: undefined as 'all' | 'plan' | undefined }));

vi.mock('../../src/cli/program.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/cli/program.js')>();
  return {
    ...original,
    buildProgram: (ctx: Parameters<typeof original.buildProgram>[0], setExit: (code: number) => void, commands?: 'all' | 'plan') =>
      original.buildProgram(ctx, setExit, commands ?? forced.commands),
  };
});

const { main } = await import('../../src/cli/main.js');
const { buildProgram } = await import('../../src/cli/program.js');

function sink(into: string[]): Writable {
  return new Writable({
    write(chunk, _enc, done) {
      into.push(String(chunk));
      done();
    },
  });
}

async function run(args: string[], commands: 'all' | 'plan', tty: boolean) {
  const out: string[] = [];
  const err: string[] = [];
  const ctx: Context = {
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
  forced.commands = commands;
  try {
    const status = await main(['node', 'repayplan', 'plan', ...args], ctx);
    return { status, out: out.join(''), err: err.join('') };
  } finally {
    forced.commands = undefined;
  }
}

describe('plan-only program', () => {
  it.each([
    [['--help']],
    [['-h']],
    [['--help', '--lang', 'zh']],
    [['--bogus']],
    [['--bogus', '--lang', 'zh']],
    [['--princpal', '1']],
    [['--princpal', '1', '--lang', 'zh']],
    [['extra']],
    [['extra', '--lang', 'zh']],
    [['--format', 'xml']],
    [['--format', 'xml', '--lang', 'zh']],
    [['--lang', 'fr']],
    [['--principal', '1', '--principal', '2']],
    [['--principal', '1', '--principal', '2', '--lang', 'zh']],
    [['--principal', '']],
    [['--principal', '', '--lang', 'zh']],
    [['--principal']],
    [['--lang', 'zh', '--principal']],
    [['--bogus', '--format', 'json']],
    [['--bogus', '--format', 'json', '--lang', 'zh']],
    [['-V']],
    [['--version']],
    [['help']],
  ])('plan %j: the same as with every command', async (args) => {
    for (const tty of [false, true]) {
      const all = await run(args, 'all', tty);
      expect(all.out + all.err).not.toBe('');
      expect(await run(args, 'plan', tty)).toEqual(all);
    }
  });

  it('gives commander errors in Chinese under --lang zh', async () => {
    const en = await run(['--bogus'], 'plan', false);
    const zh = await run(['--bogus', '--lang', 'zh'], 'plan', false);
    expect(zh.status).toBe(2);
    expect(zh.err).toMatch(/^repayplan: .*[\u4e00-\u9fff]/);
    expect(zh.err).toContain('repayplan plan --help');
    expect(zh.err).not.toBe(en.err);
  });

  it('is what a plan call gets by default, and only then', () => {
    const ctx = { argv: ['node', 'repayplan', 'plan'], env: {} } as unknown as Context;
    expect(buildProgram(ctx, () => {}).commands.map((c) => c.name())).toEqual(['plan']);
    const other = { argv: ['node', 'repayplan', 'policy'], env: {} } as unknown as Context;
    expect(buildProgram(other, () => {}).commands.length).toBeGreaterThan(5);
  });
});
