/** The built-in presets, by name, with a one-line summary each (`repayplan policy list`). */
import { cnStandard } from './presets/cn-standard.js';
import { ukFca } from './presets/uk-fca.js';
import { usCardAct } from './presets/us-card-act.js';
import type { PolicyDoc } from './types.js';

export const DEFAULT_PRESET = 'cn-standard';

const PRESETS: Readonly<Record<string, { doc: PolicyDoc; summary: string }>> = {
  'cn-standard': {
    doc: cnStandard,
    summary:
      'Mainland China (default, SPEC §3): 0.05 %/day monthly compounding, 5 % late fee, Art. 70 installments up to 60 months, 停息挂账, settlement waivers',
  },
  'us-card-act': {
    doc: usCardAct,
    summary: 'United States: ~24 % APR, $30 late fee capped at the minimum due (Reg Z), 6 % hardship plan up to 60 months, settlement ~50 % once charged off',
  },
  'uk-fca': {
    doc: ukFca,
    summary: 'United Kingdom (FCA CONC): ~24 % effective, £12 fee, interest frozen, plans within 48 months, token payments, full and final settlement',
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

/** The one-line description of a preset, or null when there is no such preset. */
export function presetSummary(name: string): string | null {
  return Object.hasOwn(PRESETS, name) ? (PRESETS[name]?.summary ?? null) : null;
}
