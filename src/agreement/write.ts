/**
 * Writes a file atomically: the text goes to a temporary file in the same folder, is flushed
 * to disk, then renamed over the target in one step. A reader (or a Ctrl-C) sees either no
 * file or the whole file, never half of it; a failed write removes its temporary file.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';

// the atomic write itself is shared with batch -o / --errors (src/io/atomic.ts)
export { removePendingTemp, tempPathFor, writeFileAtomic } from '../io/atomic.js';

/** True when `path` (relative to cwd) names an existing file. */
export function fileExists(path: string, cwd: string): boolean {
  try {
    return statSync(resolve(cwd, path)).isFile();
  } catch {
    return false;
  }
}
