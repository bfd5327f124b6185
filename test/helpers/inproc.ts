/**
 * Runs the CLI in-process: `main(argv, ctx)` of src/cli/main.ts with a Context that looks like
 * the one bin/repayplan.js builds when stdout and stderr are pipes (issue #9 step 5). Same
 * `Run` shape, environment and defaults as the real-binary helper (test/cli/helpers.ts
 * `repayplan`): NO_COLOR=1, an English locale, stdin closed unless given, stdout not a TTY,
 * 120 columns unless COLUMNS says otherwise, today from the clock.
 *
 * What it does not cover, and what the e2e tests keep for the real binary: the shim
 * (process.exitCode, EPIPE and write errors), signals, worker threads (`batch --jobs N` above 1
 * loads dist/batch/worker.js), the ahead-of-time policy validator of dist/, start-up.
 * A spawn costs about 0.13 s of CPU; an in-process run a few milliseconds.
 */
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { main } from '../../src/cli/main.js';
import type { Context } from '../../src/io/context.js';

const ROOT_DIR = join(import.meta.dirname, '../..');

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface InprocOptions {
  cwd?: string;
  stdin?: string | Buffer;
  env?: Record<string, string>;
}

function sink(): { stream: Writable; text: () => string } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk, _enc, cb) {
      chunks.push(Buffer.from(chunk));
      cb();
    },
  });
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

/** `repayplan ARGS` in this process; resolves with the exit code and what went to stdout and stderr. */
export async function inproc(args: readonly string[], opts: InprocOptions = {}): Promise<Run> {
  const out = sink();
  const err = sink();
  const stdin = new PassThrough();
  stdin.end(opts.stdin ?? '');
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '', ...opts.env };
  const ctx: Context = {
    stdin,
    stdout: out.stream,
    stderr: err.stream,
    stdoutIsTTY: false,
    stderrIsTTY: false,
    stdinIsTTY: false,
    env,
    cwd: opts.cwd ?? ROOT_DIR,
    today() {
      const now = new Date();
      return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
    },
    columns: Number.parseInt(env.COLUMNS ?? '', 10) || 120,
    rows: Number.parseInt(env.LINES ?? '', 10) || undefined,
  };
  const status = await main(['node', 'repayplan', ...args], ctx);
  return { status, stdout: out.text(), stderr: err.text() };
}

/** Several runs one after the other (in-process runs share this process: no point running them at once). */
export async function inprocAll(argLists: readonly (readonly string[])[], opts: InprocOptions = {}): Promise<Run[]> {
  const results: Run[] = [];
  for (const args of argLists) results.push(await inproc(args, opts));
  return results;
}
