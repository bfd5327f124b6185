/**
 * Reading a document — a policy file, an account for `--input` — with a size limit (issue #15).
 * A policy or an account is a few kilobytes; reading stops with one clear error past
 * MAX_DOCUMENT_BYTES, so `--policy /dev/zero` ends at once instead of growing until the process
 * dies. A named pipe (FIFO) is opened without blocking: with no writer it is an error at once
 * (never a hang); a writer that is already there is read to its end. Batch inputs stream and
 * have no such limit.
 */
import { closeSync, constants, openSync, readSync, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { UserError } from '../errors.js';
import { said } from '../messages/index.js';

/** The most a document read takes: 1 MiB. */
export const MAX_DOCUMENT_BYTES = 1024 * 1024;
const LIMIT_TEXT = '1 MiB';

function tooBig(where: string, field: string, value: string): UserError {
  return UserError.said('input.too-big', said('input.too-big', { where, limit: LIMIT_TEXT }), { field, value });
}

/** Waits `ms` milliseconds without spinning (a writer on a pipe has not written yet). */
function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * The bytes of the file at `path` (absolute), at most MAX_DOCUMENT_BYTES. Errors from the file
 * system (ENOENT, EACCES, EISDIR …) are thrown as they are, for the caller's own message; the
 * size limit and an empty FIFO are UserErrors naming `where` (e.g. `--policy: "p.json"`).
 */
export function readDocumentSync(path: string, where: string, field: string): Buffer {
  const st = statSync(path);
  if (st.isDirectory()) throw Object.assign(new Error(`EISDIR: ${path}`), { code: 'EISDIR' });
  if (st.isFile() && st.size > MAX_DOCUMENT_BYTES) throw tooBig(where, field, path);
  const fifo = st.isFIFO();
  const fd = openSync(path, fifo ? constants.O_RDONLY | constants.O_NONBLOCK : constants.O_RDONLY);
  try {
    const chunks: Buffer[] = [];
    const buf = Buffer.alloc(64 * 1024);
    let total = 0;
    for (;;) {
      let n: number;
      try {
        n = readSync(fd, buf, 0, buf.length, null);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EAGAIN') {
          pause(10);
          continue;
        }
        throw error;
      }
      if (n === 0) break;
      total += n;
      if (total > MAX_DOCUMENT_BYTES) throw tooBig(where, field, path);
      chunks.push(Buffer.from(buf.subarray(0, n)));
    }
    if (fifo && total === 0) throw UserError.said('input.fifo-no-writer', said('input.fifo-no-writer', { where }), { field, value: path });
    return Buffer.concat(chunks);
  } finally {
    closeSync(fd);
  }
}

/** Reads a stream (stdin) to its end, at most MAX_DOCUMENT_BYTES. */
export async function readDocumentStream(stream: Readable, where: string, field: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    total += b.length;
    if (total > MAX_DOCUMENT_BYTES) {
      stream.destroy();
      throw tooBig(where, field, '-');
    }
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}
