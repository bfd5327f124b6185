/**
 * Files written atomically (shared by the agreement record and batch `-o` / `--errors`): the
 * text goes to a temporary file in the same folder, then is renamed over the target in one
 * step. A reader (or a Ctrl-C, or a kill) sees either no file or the whole file, never half of
 * it; a failed or interrupted write removes its temporary file (`removePendingTemp`).
 */
import { closeSync, createWriteStream, fsyncSync, openSync, renameSync, rmSync, statSync, writeSync, type WriteStream } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { UserError } from '../errors.js';
import { ioReason } from './fs-error.js';
import { said, type MessageRef } from '../messages/index.js';

/** The temporary file used for `target` (a dot file beside it). */
export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/** Temporary files still open, removed by `removePendingTemp` if the process is interrupted. */
const pending = new Map<string, string>();

/** Scratch folders (the duplicate-id check's spill, batch/id-spill.ts), removed with the temporary files. */
const scratch = new Set<string>();

/** Registers a scratch folder for removePendingTemp (an interrupt), or forgets it (`keep` false: removed normally). */
export function pendingScratch(dir: string, keep: boolean): void {
  if (keep) scratch.add(dir);
  else scratch.delete(dir);
}

/**
 * Removes every temporary file a write left behind (on an interrupt), and every scratch folder;
 * returns the targets the files were for (a scratch folder has none: it is nobody's output).
 */
export function removePendingTemp(): string[] {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
  scratch.clear();
  const targets: string[] = [];
  for (const [temp, target] of pending) {
    rmSync(temp, { force: true });
    targets.push(target);
  }
  pending.clear();
  return targets;
}

/** Why a write failed: a stable code (`save.no-folder`, …) and the words (src/messages/io.ts). */
function why(error: unknown): { code: string; text: MessageRef } {
  const { reason, text } = ioReason(error, 'write');
  const code = reason === 'no-folder' || reason === 'permission' || reason === 'is-folder' || reason === 'disk-full' ? `save.${reason}` : 'save.unwritable';
  return { code, text };
}

/** Writes `text` to `path` (relative to `cwd`) atomically; a UserError names the path and the cause. */
export function writeFileAtomic(path: string, text: string, cwd: string, field = '--save'): string {
  const target = resolve(cwd, path);
  try {
    if (statSync(target).isDirectory())
      throw UserError.said('save.is-folder', said('io.save-is-folder', { flag: field, path: JSON.stringify(path) }), { field, value: path });
  } catch (error) {
    if (error instanceof UserError) throw error;
  }
  const temp = tempPathFor(target);
  pending.set(temp, target);
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

/** A stream written to a temporary file and renamed over its target by `commit()`. */
export interface AtomicStream {
  stream: WriteStream;
  /** The temporary file, or null when the target is not a regular file (a device: written directly). */
  temp: string | null;
  target: string;
  /** Renames the finished temporary file over the target (the stream must be finished). */
  commit(): void;
  /** Removes the temporary file (a run that did not finish). */
  abort(): void;
}

/**
 * Opens a stream for `target`. A regular file (or one that does not exist yet) is written through
 * a temporary file beside it; a device or a pipe (`/dev/null`, a FIFO) is written directly.
 */
export function openAtomicStream(target: string, highWaterMark = 256 * 1024): AtomicStream {
  let direct = false;
  try {
    direct = !statSync(target).isFile();
  } catch {
    direct = false;
  }
  if (direct) {
    const stream = createWriteStream(target, { flags: 'w', highWaterMark });
    return { stream, temp: null, target, commit: () => undefined, abort: () => undefined };
  }
  const temp = tempPathFor(target);
  pending.set(temp, target);
  const stream = createWriteStream(temp, { flags: 'wx', highWaterMark });
  return {
    stream,
    temp,
    target,
    commit() {
      renameSync(temp, target);
      pending.delete(temp);
    },
    abort() {
      rmSync(temp, { force: true });
      pending.delete(temp);
    },
  };
}
