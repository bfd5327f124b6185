/**
 * negotiate's "save" part (issue #9 step 4): where the agreement record goes, replacing a file
 * only when confirmed, a failed write re-asked with its reason, and the command that
 * recomputes the saved agreement.
 */
import { UserError } from '../../errors.js';
import { msg } from '../../messages/index.js';
import type { Lang } from '../../policy/types.js';
import { presetDoc } from '../../policy/presets.js';
import type { Prompter } from '../prompter.js';

/** A word as a POSIX shell reads it: unchanged when safe, else single-quoted. */
export function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/**
 * The command that recomputes a saved agreement (a policy file must be named again: only presets
 * are found by name). A down-payment plan exists only with its counter-offer, so it is repeated.
 */
export function recomputeCommand(
  path: string,
  policyRef: string,
  planId: string,
  offer: { lump: string | null; monthly: string | null } = { lump: null, monthly: null },
): string {
  const policy = presetDoc(policyRef) === null ? ` --policy ${shellWord(policyRef)}` : '';
  const counter = planId.includes('+dp') && offer.lump !== null && offer.monthly !== null ? ` --offer-lump ${offer.lump} --offer-monthly ${offer.monthly}` : '';
  return `repayplan plan --input ${shellWord(path)}${policy}${counter} --schedule ${shellWord(planId)}`;
}

/** A failed save in the agent's language. */
export function saveErrorText(error: UserError, path: string, lang: Lang): string {
  if (lang === 'en') return error.message;
  const p = JSON.stringify(path);
  switch (error.code) {
    case 'save.is-folder':
      return msg(lang, 'negotiate.save.is-folder', { path: p });
    case 'save.no-folder':
      return msg(lang, 'negotiate.save.no-folder', { path: p });
    case 'save.permission':
      return msg(lang, 'negotiate.save.permission', { path: p });
    case 'save.disk-full':
      return msg(lang, 'negotiate.save.disk-full', { path: p });
    default:
      return msg(lang, 'negotiate.save.other', { path: p, why: error.message });
  }
}

export interface SaveIO {
  prompter: Prompter;
  print(text: string): void;
  /** Writes the record atomically; returns the absolute path. Throws a UserError on failure. */
  writeRecord(path: string, text: string): string;
  exists(path: string): boolean;
}

/** Asks where to save (unless --save), confirms a replacement, writes; re-asks on a write error. Null = not saved. */
export async function saveRecord(save: string | null, io: SaveIO, lang: Lang, text: string): Promise<string | null> {
  let path = save;
  for (;;) {
    if (path === null) {
      path = (await io.prompter.input({ message: msg(lang, 'negotiate.save-path') })).trim();
      if (path === '') return null;
    }
    if (io.exists(path) && !(await io.prompter.confirm({ message: msg(lang, 'negotiate.overwrite', { path }), default: false, lang }))) {
      path = null;
      continue;
    }
    try {
      io.writeRecord(path, text);
      return path;
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      io.print(`${saveErrorText(error, path, lang)}\n`);
      path = null;
    }
  }
}
