/** The built-in presets, by name. */
import { cnStandard } from './presets/cn-standard.js';
import type { PolicyDoc } from './types.js';

export const DEFAULT_PRESET = 'cn-standard';

const PRESETS: Readonly<Record<string, PolicyDoc>> = {
  'cn-standard': cnStandard,
};

/** Names of the built-in presets, the default first. */
export function presetNames(): string[] {
  return Object.keys(PRESETS);
}

/** A deep copy of a preset document, or null when there is no such preset. */
export function presetDoc(name: string): PolicyDoc | null {
  const doc = PRESETS[name];
  return doc ? (structuredClone(doc) as PolicyDoc) : null;
}
