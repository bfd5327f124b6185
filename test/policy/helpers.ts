/** Runs the real binary (built dist/) for the policy tests. */
import { spawn, spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '../..');
export const POLICIES = join(ROOT, 'fixtures/policies');

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function repayplan(args: string[], opts: { cwd?: string; input?: string } = {}): Run {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/repayplan.js'), ...args], {
    cwd: opts.cwd ?? ROOT,
    encoding: 'utf8',
    input: opts.input,
    env: { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Like repayplan(), without blocking: many runs can go at once (see runAll). */
export function repayplanAsync(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin/repayplan.js'), ...args], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => {
      stdout += s;
    });
    child.stderr.setEncoding('utf8').on('data', (s: string) => {
      stderr += s;
    });
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** Runs every argument list through the binary, a few at a time; results in the same order. */
export async function runAll(argLists: string[][], parallel = Math.max(2, availableParallelism())): Promise<Run[]> {
  const results: Run[] = new Array<Run>(argLists.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < argLists.length) {
      const i = next++;
      results[i] = await repayplanAsync(argLists[i] as string[]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, argLists.length) }, worker));
  return results;
}
