/**
 * Runs the real binary (bin/repayplan.js → dist/, built by `npm run build`) the way a user or a
 * script does: a fixed --as-of in every test, NO_COLOR=1, an English locale, stdin closed
 * unless given.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '../..');
export const BIN = join(ROOT, 'bin/repayplan.js');
export const ERRORS_DIR = join(ROOT, 'fixtures/errors');

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function repayplan(args: readonly string[], opts: { cwd?: string; stdin?: string; env?: Record<string, string> } = {}): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    encoding: 'utf8',
    input: opts.stdin ?? '',
    env: { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '', ...opts.env },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Like repayplan(), without blocking, so that many runs can go at once (describe.concurrent). */
export function repayplanAsync(args: readonly string[], opts: { cwd?: string; stdin?: string } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: opts.cwd ?? ROOT,
      env: { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => {
      stdout += s;
    });
    child.stderr.setEncoding('utf8').on('data', (s: string) => {
      stderr += s;
    });
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.on('error', () => {
      /* the binary may exit before reading stdin */
    });
    child.stdin.end(opts.stdin ?? '');
  });
}

/** A fresh temporary folder holding the given files (a string is written as is, anything else as JSON). */
export function tempDirWith(files: Readonly<Record<string, unknown>> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'repayplan-cli-'));
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(join(dir, name), typeof content === 'string' ? content : `${JSON.stringify(content, null, 2)}\n`);
  }
  return dir;
}

/** One reproducer of a user error (STYLE 14): fixtures/errors/<name>.json. */
export interface ErrorCase {
  name: string;
  description: string;
  /** The command words before the arguments: ["plan"], ["policy", "show"], or [] (top level). */
  command: string[];
  args: string[];
  stdin?: string;
  /** Files written into the temporary working folder the case runs in. */
  files?: Record<string, unknown>;
  exit: number;
  /** The stable error code (error.code of the JSON error object). */
  code: string;
  /** The exact first line of stderr (absent only where the text is not yet settled: see `paths`). */
  stderr?: string;
  /** How many lines stderr has (one per issue); 1 when absent. */
  lines?: number;
  /** JSON paths / fields that stderr must name and the JSON error's issues must carry, in order. */
  paths?: string[];
  /**
   * A bug in the binary this case reproduces, not yet fixed, by check ("stderr" or "json"):
   * that check is expected to fail (vitest `it.fails`), so the fix shows up as a failure here
   * and the marker is then removed.
   */
  knownBug?: { stderr?: string; json?: string };
}

export function loadErrorCases(): ErrorCase[] {
  return readdirSync(ERRORS_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ name: f.slice(0, -5), ...(JSON.parse(readFileSync(join(ERRORS_DIR, f), 'utf8')) as Omit<ErrorCase, 'name'>) }));
}

/**
 * Runs an error case; with `json`, adds `--format json` right after the command words (so a
 * flag missing its value at the end stays missing), or at the end for a top-level case.
 */
export function runErrorCase(c: ErrorCase, json = false): Promise<Run> {
  const { args, cwd, stdin } = errorCaseRun(c, json);
  return repayplanAsync(args, { cwd, ...(stdin !== undefined ? { stdin } : {}) });
}

/** The arguments, working folder (fresh, with the case's files) and stdin of an error case. */
export function errorCaseRun(c: ErrorCase, json = false): { args: string[]; cwd: string; stdin?: string } {
  const cwd = tempDirWith(c.files);
  const format = json ? ['--format', 'json'] : [];
  const args = c.command.length > 0 ? [...c.command, ...format, ...c.args] : [...c.args, ...format];
  return { args, cwd, ...(c.stdin !== undefined ? { stdin: c.stdin } : {}) };
}

/**
 * Scrubs what depends on the Node version, not on repayplan: V8 adds " (line L column C)" to
 * JSON.parse messages from Node 21 on, and repayplan quotes them.
 */
export function scrubEngine(text: string): string {
  return text.replace(/ \(line \d+ column \d+\)/g, '');
}

/** The lines of a stream's text (a trailing newline ends the last line, it does not start another). */
export function lines(text: string): string[] {
  return text === '' ? [] : text.replace(/\n$/, '').split('\n');
}
