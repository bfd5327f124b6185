/**
 * The input and output paths of `repayplan batch` (§6): opening the input (a file or stdin),
 * guessing its format from the first bytes, never writing over the input or mixing the output
 * with the rejected rows (issue #15: a hard or symbolic link to the input counts as the input).
 */
import { fstatSync, statSync, createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { UserError } from '../errors.js';
import { ioReason } from '../io/fs-error.js';
import type { Context } from '../io/context.js';
import { said } from '../messages/index.js';
import type { BatchRequest } from './options.js';
import type { InputFormat } from './read.js';
import type { ErrorFormat } from './sinks.js';

/** Reads the first chunk to guess the format, then hands the whole stream on. */
export async function sniffFormat(source: AsyncIterable<Buffer | string>): Promise<{ format: InputFormat; source: AsyncIterable<Buffer | string> }> {
  const it = source[Symbol.asyncIterator]();
  const first = await it.next();
  const head = first.done ? Buffer.alloc(0) : typeof first.value === 'string' ? Buffer.from(first.value) : first.value;
  let i = 0;
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) i = 3;
  while (i < head.length && (head[i] === 0x20 || head[i] === 0x09 || head[i] === 0x0a || head[i] === 0x0d)) i++;
  const format: InputFormat = head[i] === 0x7b /* { */ ? 'ndjson' : 'csv';
  async function* all(): AsyncGenerator<Buffer> {
    if (!first.done) yield head;
    for (;;) {
      const next = await it.next();
      if (next.done) return;
      yield typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
    }
  }
  return { format, source: all() };
}

/** Device and inode of a path (symlinks followed), or null when it does not exist. */
function fileId(path: string): { dev: number; ino: number } | null {
  try {
    const st = statSync(path);
    return { dev: st.dev, ino: st.ino };
  } catch {
    return null;
  }
}

/**
 * True when the two paths are one file: the same device and inode, so a hard link or a
 * symbolic link to the input counts as the input (issue #15), not only the same path string.
 */
function sameFile(a: { dev: number; ino: number } | null, b: string): boolean {
  const other = fileId(b);
  return a !== null && other !== null && a.dev === other.dev && a.ino === other.ino;
}

/** The input's device and inode: the file, or the regular file redirected into stdin. */
function inputId(req: BatchRequest, ctx: Context): { dev: number; ino: number } | null {
  if (req.file !== '-') return fileId(resolve(ctx.cwd, req.file));
  if (ctx.stdin !== process.stdin) return null;
  try {
    const st = fstatSync(0);
    return st.isFile() ? { dev: st.dev, ino: st.ino } : null;
  } catch {
    return null;
  }
}

export function openInput(req: BatchRequest, ctx: Context): { stream: Readable; size: number | null; name: string } {
  if (req.file === '-') {
    if (ctx.stdinIsTTY) {
      throw UserError.said('batch.stdin-tty', said('batch.stdin-tty'), { field: 'file', value: null });
    }
    return { stream: ctx.stdin, size: null, name: 'stdin' };
  }
  const path = resolve(ctx.cwd, req.file);
  let size: number | null = null;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
    size = st.isFile() ? st.size : null;
  } catch (error) {
    throw UserError.said(
      'batch.input',
      { code: 'io.batch-input', params: { path: JSON.stringify(req.file), why: ioReason(error, 'read').text } },
      { field: 'file', value: req.file },
    );
  }
  return { stream: createReadStream(path, { highWaterMark: 256 * 1024 }), size, name: req.file };
}

export function errorFormatFor(path: string | null, output: InputFormat): ErrorFormat {
  if (path === null || path === '-') return path === '-' ? output : 'text';
  const lower = path.toLowerCase();
  if (/\.(ndjson|jsonl|json)$/.test(lower)) return 'ndjson';
  if (/\.csv$/.test(lower)) return 'csv';
  return output;
}

/** The output and error paths, checked: never the input, never each other. */
export function outputPaths(req: BatchRequest, ctx: Context): { outputPath: string | null; errorsPath: string | null; inline: boolean } {
  // paths: never overwrite the input, never mix output and errors
  const outputPath = req.output === '-' ? null : resolve(ctx.cwd, req.output);
  const inline = req.errors === 'inline';
  const errorsPath = req.errors === null || req.errors === '-' || inline ? null : resolve(ctx.cwd, req.errors);
  const input0 = inputId(req, ctx);
  if (outputPath && sameFile(input0, outputPath)) {
    throw UserError.said('batch.same-file', said('batch.same-file', { flag: '-o', name: JSON.stringify(req.output) }), {
      field: '--output',
      value: req.output,
    });
  }
  if (errorsPath && sameFile(input0, errorsPath)) {
    throw UserError.said('batch.same-file', said('batch.same-file', { flag: '--errors', name: JSON.stringify(req.errors) }), {
      field: '--errors',
      value: req.errors,
    });
  }
  if (outputPath && errorsPath && (outputPath === errorsPath || sameFile(fileId(outputPath), errorsPath))) {
    throw UserError.said('batch.output', said('batch.errors-is-output', { name: req.errors ?? '' }), {
      field: '--errors',
      value: req.errors,
    });
  }
  if (req.errors === '-' && req.output === '-') {
    throw UserError.said('batch.output', said('batch.errors-stdout'), { field: '--errors', value: '-' });
  }

  return { outputPath, errorsPath, inline };
}
