/**
 * The one errno → words mapping (issue #9): every site that reads or writes a file asks
 * `ioReason` why it failed and puts the answer in its own sentence (src/messages/io.ts).
 */
import type { MessageRef } from '../messages/index.js';

/** Why a file operation failed, as a stable word (agreement codes `save.<reason>` use it). */
export type IoReason = 'no-file' | 'no-folder' | 'is-folder' | 'permission' | 'disk-full' | 'io' | 'other';

/**
 * Why reading (`read`) or writing (`write`) a file failed: ENOENT is "no such file" when reading,
 * "no such file or folder" when reading a path that may be either (`read-any`) and "its folder
 * does not exist" when writing.
 */
export function ioReason(error: unknown, action: 'read' | 'read-any' | 'write'): { reason: IoReason; text: MessageRef } {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const say = (reason: IoReason, text: string, params = {}) => ({ reason, text: { code: text, params } });
  if (code === 'ENOENT') return action === 'write' ? say('no-folder', 'fs.no-folder') : say('no-file', action === 'read' ? 'fs.no-file' : 'fs.no-path');
  if (code === 'EISDIR') return say('is-folder', 'fs.is-folder');
  if (code === 'EACCES' || code === 'EPERM') return say('permission', 'fs.permission');
  if (code === 'ENOSPC') return say('disk-full', 'fs.disk-full');
  if (code === 'EIO') return say('io', 'fs.io');
  return say('other', 'fs.other', { code: String(code ?? (error instanceof Error ? error.message : error)) });
}
