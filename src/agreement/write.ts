/**
 * Writes a file atomically: the text goes to a temporary file in the same folder, is flushed
 * to disk, then renamed over the target in one step. A reader (or a Ctrl-C) sees either no
 * file or the whole file, never half of it; a failed write removes its temporary file.
 */
import { closeSync, fsyncSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { ioReason } from '../io/fs-error.js';
import { said, type MessageRef } from '../messages/index.js';
import { UserError } from '../errors.js';

/** The temporary file used for `target` (a dot file beside it). */
export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/** Temporary files still open, removed by `removePendingTemp` if the process is interrupted. */
const pending = new Set<string>();

/** Removes any temporary file a write left behind (called on an interrupt). */
export function removePendingTemp(): void {
  for (const path of pending) rmSync(path, { force: true });
  pending.clear();
}

/** Why a write failed: a stable code (`save.no-folder`, …) and the words (src/messages/io.ts). */
function why(error: unknown): { code: string; text: MessageRef } {
  const { reason, text } = ioReason(error, 'write');
  const code = reason === 'no-folder' || reason === 'permission' || reason === 'is-folder' || reason === 'disk-full' ? `save.${reason}` : 'save.unwritable';
  return { code, text };
}

/** True when `path` (relative to cwd) names an existing file. */
export function fileExists(path: string, cwd: string): boolean {
  try {
    return statSync(resolve(cwd, path)).isFile();
  } catch {
    return false;
  }
}

/** Writes `text` to `path` (relative to `cwd`) atomically; a UserError names the path and the cause. */
export function writeFileAtomic(path: string, text: string, cwd: string, field = '--save'): string {
  const target = resolve(cwd, path);
  try {
    if (statSync(target).isDirectory()) throw UserError.said('save.is-folder', said('io.save-is-folder', { flag: field, path: JSON.stringify(path) }), { field, value: path });
  } catch (error) {
    if (error instanceof UserError) throw error;
  }
  const temp = tempPathFor(target);
  pending.add(temp);
  let fd: number | null = null;
  try {
    fd = openSync(temp, 'wx', 0o600);
    writeSync(fd, text);
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    renameSync(temp, target);
    pending.delete(temp);
    return target;
  } catch (error) {
    if (fd !== null) closeSync(fd);
    rmSync(temp, { force: true });
    pending.delete(temp);
    const w = why(error);
    throw UserError.said(w.code, { code: 'io.cannot-write', params: { flag: field, path: JSON.stringify(path), why: w.text } }, { field, value: path });
  }
}
