/** The built-in presets, by name, with a one-line summary each (`repayplan policy list`; its words in src/messages/policy-show.ts). */
import { cnStandard } from './presets/cn-standard.js';
import { ukFca } from './presets/uk-fca.js';
import { usCardAct } from './presets/us-card-act.js';
import type { PolicyDoc } from './types.js';
import { said, type MessageRef } from '../messages/index.js';

export const DEFAULT_PRESET = 'cn-standard';

/**
 * `sha256` is the SHA-256 of the preset's canonical JSON (what compilePolicy would compute), written
 * here so that `plan` with a preset does not hash it at every start (issue #16; hashing it
 * cold costs ~2 ms, and with node:crypto ~4 ms more to load it). test/policy/preset-hash.test.ts recomputes each one: editing a preset
 * without updating its hash fails there and prints the new hash.
 */
const PRESETS: Readonly<Record<string, { doc: PolicyDoc; sha256: string; summary: MessageRef }>> = {
  'cn-standard': {
    doc: cnStandard,
    sha256: 'ecfcbff395da53d10d6695585d2ad4271fd685d5f34e18d51e15a72d9a2a63e7',
    summary: said('policy.preset.cn-standard'),
  },
  'us-card-act': {
    doc: usCardAct,
    sha256: 'e2fff2127730e9773098f6e5b1d6636d5b1278f52122afba766b9fc3c34989a8',
    summary: said('policy.preset.us-card-act'),
  },
  'uk-fca': {
    doc: ukFca,
    sha256: '5e93ba711e4c39537266eca2c0f502296cc7820bfdbc260defb9fe01bc90dbaa',
    summary: said('policy.preset.uk-fca'),
  },
};

/** Names of the built-in presets, the default first. */
export function presetNames(): string[] {
  return Object.keys(PRESETS);
}

/** A deep copy of a preset document, or null when there is no such preset. */
export function presetDoc(name: string): PolicyDoc | null {
  const preset = Object.hasOwn(PRESETS, name) ? PRESETS[name] : undefined;
  return preset ? (structuredClone(preset.doc) as PolicyDoc) : null;
}

/** The SHA-256 of a preset's canonical JSON (the `policy.sha256` of its compiled form), or null when there is no such preset. */
export function presetSha256(name: string): string | null {
  return Object.hasOwn(PRESETS, name) ? (PRESETS[name]?.sha256 ?? null) : null;
}

/** The one-line description of a preset (a catalogue message), or null when there is no such preset. */
export function presetSummary(name: string): MessageRef | null {
  return Object.hasOwn(PRESETS, name) ? (PRESETS[name]?.summary ?? null) : null;
}
