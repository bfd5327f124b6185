/** The built-in presets, by name, with a one-line summary each (`repayplan policy list`; its words in src/messages/policy-show.ts). */
import { cnStandard } from './presets/cn-standard.js';
import { ukFca } from './presets/uk-fca.js';
import { usCardAct } from './presets/us-card-act.js';
import type { PolicyDoc } from './types.js';
import { said, type MessageRef } from '../messages/index.js';

export const DEFAULT_PRESET = 'cn-standard';

const PRESETS: Readonly<Record<string, { doc: PolicyDoc; summary: MessageRef }>> = {
  'cn-standard': {
    doc: cnStandard,
    summary: said('policy.preset.cn-standard'),
  },
  'us-card-act': {
    doc: usCardAct,
    summary: said('policy.preset.us-card-act'),
  },
  'uk-fca': {
    doc: ukFca,
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

/** The one-line description of a preset (a catalogue message), or null when there is no such preset. */
export function presetSummary(name: string): MessageRef | null {
  return Object.hasOwn(PRESETS, name) ? (PRESETS[name]?.summary ?? null) : null;
}
