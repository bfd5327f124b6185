/** Runs the CLI in-process with a fake context (fast; no binary spawned): test/helpers/inproc.ts at 80 columns on 2026-01-31. */
import { inproc } from '../helpers/inproc.js';

export interface InprocRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function run(args: string[], opts: { tty?: boolean; columns?: number; env?: Record<string, string> } = {}): Promise<InprocRun> {
  const r = await inproc(args, { tty: opts.tty, columns: opts.columns ?? 80, env: opts.env, cwd: process.cwd(), today: { year: 2026, month: 1, day: 31 } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
