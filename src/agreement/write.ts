/**
 * Writes a file atomically: the text goes to a temporary file in the same folder, is flushed
 * to disk, then renamed over the target in one step. A reader (or a Ctrl-C) sees either no
 * file or the whole file, never half of it; a failed write removes its temporary file.
 */
import { closeSync, fsyncSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
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

/** Why a write failed: a stable code (`save.no-folder`, …) and the English words. */
function why(error: unknown): { code: string; text: string } {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return { code: 'save.no-folder', text: 'the folder does not exist' };
  if (code === 'EACCES' || code === 'EPERM') return { code: 'save.permission', text: 'permission denied' };
  if (code === 'EISDIR') return { code: 'save.is-folder', text: 'it is a folder' };
  if (code === 'ENOSPC') return { code: 'save.disk-full', text: 'the disk is full' };
  return { code: 'save.unwritable', text: String(code ?? (error instanceof Error ? error.message : error)) };
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
    if (statSync(target).isDirectory()) throw new UserError('save.is-folder', `${field}: ${JSON.stringify(path)} is a folder: give a file name, e.g. agreement.json`, { field, value: path });
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
    throw new UserError(w.code, `${field}: cannot write ${JSON.stringify(path)}: ${w.text}`, { field, value: path });
  }
}
