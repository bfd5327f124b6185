/**
 * The edges gathered once (STYLE "inject the edges once"): streams, TTY-ness, environment,
 * locale and today's date. Commands take a Context; nothing below src/cli reads process.
 */
import type { Readable, Writable } from 'node:stream';
import type { CivilDate } from '../dates/civil-date.js';
import type { Lang } from '../messages/index.js';
import { directStdoutFd, writeDirect } from './stdout-fd.js';

export interface Context {
  stdin: Readable;
  stdout: Writable;
  /** Set when stdout is a file, pipe or /dev/null that `writeOut` writes directly (src/io/stdout-fd.ts). */
  stdoutFd?: number;
  stderr: Writable;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  stdinIsTTY: boolean;
  env: Readonly<Record<string, string | undefined>>;
  /** Working directory for relative paths. */
  cwd: string;
  /** Today's date in the local time zone (the default asOf). */
  today(): CivilDate;
  /** Terminal width in columns (80 when unknown). */
  columns: number;
  /** Terminal height in rows (undefined when unknown). */
  rows?: number;
}

/**
 * stdin, stdout and stderr are read from `process` when first used, not here: creating them loads
 * Node's stream modules (a ReadStream for a file or /dev/null, a socket for a pipe), ~2 ms each on
 * every `plan`, which reads neither stdin nor stderr unless it has something to say, and writes
 * its one text straight to stdout's file descriptor when that is no terminal (`writeOut`, issue
 * #16). Node itself creates each of them once, on first use, so a command sees the same stream
 * either way.
 */
export function processContext(): Context {
  const stdoutFd = directStdoutFd();
  const size = (key: 'columns' | 'rows') => (stdoutFd === undefined ? process.stdout[key] : undefined);
  return {
    get stdin() {
      return process.stdin;
    },
    get stdout() {
      return process.stdout;
    },
    stdoutFd,
    get stderr() {
      return process.stderr;
    },
    stdoutIsTTY: stdoutFd === undefined && Boolean(process.stdout.isTTY),
    get stderrIsTTY() {
      return Boolean(process.stderr.isTTY);
    },
    get stdinIsTTY() {
      return Boolean(process.stdin.isTTY);
    },
    env: process.env,
    cwd: process.cwd(),
    today() {
      const now = new Date();
      return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
    },
    columns: size('columns') || Number.parseInt(process.env.COLUMNS ?? '', 10) || 120,
    rows: size('rows') || Number.parseInt(process.env.LINES ?? '', 10) || undefined,
  };
}

/** `{ ...ctx, ...extra }` with ctx's getters kept as getters (a spread would call them). */
export function withContext<T extends object>(ctx: Context, extra: T): Context & T {
  const both = Object.defineProperties({}, Object.getOwnPropertyDescriptors(ctx));
  return Object.defineProperties(both, Object.getOwnPropertyDescriptors(extra)) as Context & T;
}

/** Default language from the locale (LC_ALL, LC_MESSAGES, LANG): zh when it starts with zh. */
export function localeLang(env: Context['env']): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** Colour only on a TTY and never with NO_COLOR (https://no-color.org). */
export function useColour(ctx: Context): boolean {
  return ctx.stdoutIsTTY && !('NO_COLOR' in ctx.env && ctx.env.NO_COLOR !== undefined) && ctx.env.TERM !== 'dumb';
}

/** Writes text to a stream and resolves once it is flushed. */
export function write(stream: Writable, text: string | Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write(text, (error) => (error ? reject(error) : resolve()));
  });
}

/** Writes text to stdout: straight to its file descriptor when it is no terminal, else the stream. */
export function writeOut(ctx: Context, text: string): Promise<void> {
  if (ctx.stdoutFd === undefined) return write(ctx.stdout, text);
  return writeDirect(ctx.stdoutFd, text, (rest) => write(ctx.stdout, rest));
}
