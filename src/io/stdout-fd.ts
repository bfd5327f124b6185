/**
 * Standard output written straight to file descriptor 1 when it is a plain file, a pipe, a
 * socket or /dev/null (issue #16). Creating `process.stdout` loads Node's stream modules (and for
 * a pipe its net module): ~2 ms of CPU for a file, ~3.5 ms for a pipe, at every `plan`, which
 * writes its one text and exits. For a file and /dev/null Node's own stdout is a SyncWriteStream
 * that calls the same `writeSync(1, …)`; for a pipe or socket, Node writes synchronously on
 * Linux too. A terminal, and anything else, goes through `process.stdout` as before.
 */
import { fstatSync, statSync, writeSync } from 'node:fs';

/** 1 when fd 1 may be written directly (it is no terminal), else undefined (use process.stdout). */
export function directStdoutFd(): number | undefined {
  if (process.platform === 'win32') return undefined;
  try {
    const out = fstatSync(1);
    if (out.isFile() || out.isFIFO() || out.isSocket()) return 1;
    if (out.isCharacterDevice() && out.rdev === statSync('/dev/null').rdev) return 1;
  } catch {
    // no fd 1 (closed): process.stdout decides, as before
  }
  return undefined;
}

/**
 * Writes `text` to `fd`. Whatever it cannot write at once (a non-blocking pipe that is full,
 * EAGAIN) or cannot write at all (EPIPE, a full disk) is handed to `fallback()` — process.stdout —
 * which then writes it, or meets the same error and reports it, exactly as before.
 */
export function writeDirect(fd: number, text: string, fallback: (rest: Uint8Array) => Promise<void>): Promise<void> {
  const bytes = Buffer.from(text, 'utf8');
  let at = 0;
  try {
    while (at < bytes.length) at += writeSync(fd, bytes, at);
  } catch {
    return fallback(bytes.subarray(at));
  }
  return Promise.resolve();
}
