/** Helpers for the batch tests: run the real binary, or main() in-process with an in-memory Context. */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import type { Context } from '../../src/io/context.js';
import { main } from '../../src/cli/main.js';

export const ROOT = join(import.meta.dirname, '../..');
export const BIN = join(ROOT, 'bin/repayplan.js');
export const FIXTURES = join(ROOT, 'fixtures/csv');
export const AS_OF = '2026-01-15';

export interface Run {
  code: number;
  stdout: Buffer;
  stderr: string;
  out: string;
}

/** Spawns `node bin/repayplan.js …args` with optional stdin; never throws on a non-zero exit. */
export function runBin(args: string[], opts: { input?: string | Buffer; cwd?: string; env?: Record<string, string> } = {}): Promise<Run> {
  if (!existsSync(join(ROOT, 'dist/cli/main.js'))) throw new Error('dist/ is missing: run `npm run build` before the batch tests');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: opts.cwd ?? ROOT,
      env: { ...process.env, NO_COLOR: '1', ...opts.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) => {
      const stdout = Buffer.concat(out);
      resolve({ code: code ?? -1, stdout, out: stdout.toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
    child.stdin.on('error', () => undefined);
    if (opts.input !== undefined) child.stdin.end(opts.input);
    else child.stdin.end();
  });
}

/** Runs the CLI in this process (scoring inline: add --jobs 1) with stdin from `input`. */
export async function runInProcess(args: string[], input: string | Buffer = ''): Promise<Run> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (b: Buffer) => out.push(Buffer.from(b)));
  stderr.on('data', (b: Buffer) => err.push(Buffer.from(b)));
  const ctx: Context = {
    stdin: Readable.from([typeof input === 'string' ? Buffer.from(input) : input]),
    stdout,
    stderr,
    stdoutIsTTY: false,
    stderrIsTTY: false,
    stdinIsTTY: false,
    env: { NO_COLOR: '1' },
    cwd: ROOT,
    today: () => ({ year: 2026, month: 1, day: 15 }),
    columns: 120,
  };
  const code = await main(['node', 'repayplan', ...args], ctx);
  const buf = Buffer.concat(out);
  return { code, stdout: buf, out: buf.toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}

/** Parses CSV text into records (objects keyed by the header). */
export function csvRecords(text: string): Record<string, string>[] {
  return parse(text, { columns: true, bom: true, skip_empty_lines: true }) as Record<string, string>[];
}

/** Parses NDJSON text into objects. */
export function ndjsonRecords(text: string): Record<string, unknown>[] {
  return text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** The summary line's numbers. */
export function summaryOf(stderr: string): { read: number; scored: number; rejected: number } | null {
  const m = /read (\d+) = scored (\d+) \+ rejected (\d+) in \d+\.\d+ s/.exec(stderr);
  return m ? { read: Number(m[1]), scored: Number(m[2]), rejected: Number(m[3]) } : null;
}

/**
 * English that leaked: two English words in a row, once the parts that stay as written are
 * taken out (quoted values, the JSON example, flag names, column names in brackets).
 */
export function englishIn(text: string): string[] {
  const rest = text
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/"[^"]*"/g, ' ')
    .replace(/--[a-z-]+/g, ' ');
  return rest.match(/[A-Za-z]{2,}[ ,]+[A-Za-z]{2,}/g) ?? [];
}
