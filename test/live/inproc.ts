/** Runs the CLI in-process with a fake context (fast; no binary spawned). */
import { PassThrough, Writable } from 'node:stream';
import { main } from '../../src/cli/main.js';
import type { Context } from '../../src/io/context.js';

export interface InprocRun {
  code: number;
  stdout: string;
  stderr: string;
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

export async function run(args: string[], opts: { tty?: boolean; columns?: number; env?: Record<string, string> } = {}): Promise<InprocRun> {
  const out = sink();
  const err = sink();
  const ctx: Context = {
    stdin: new PassThrough(),
    stdout: out.stream,
    stderr: err.stream,
    stdoutIsTTY: opts.tty ?? false,
    stderrIsTTY: false,
    stdinIsTTY: false,
    env: { NO_COLOR: '1', ...(opts.env ?? {}) },
    cwd: process.cwd(),
    today: () => ({ year: 2026, month: 1, day: 31 }),
    columns: opts.columns ?? 80,
  };
  const code = await main(['node', 'repayplan', ...args], ctx);
  return { code, stdout: out.text(), stderr: err.text() };
}
