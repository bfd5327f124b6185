/** In-memory builders: tests state only the fields they care about (STYLE 16). */
import { parseAccount, type Account, type RawAccount } from '../../src/core/account.js';
import { parseCivilDate, type CivilDate } from '../../src/dates/civil-date.js';
import { compilePolicy } from '../../src/policy/compile.js';
import { presetDoc } from '../../src/policy/presets.js';
import type { Policy, PolicyDoc } from '../../src/policy/types.js';

export function aPolicy(name = 'cn-standard', change?: (doc: PolicyDoc) => void): Policy {
  const doc = presetDoc(name);
  if (!doc) throw new Error(`no preset ${name}`);
  change?.(doc);
  return compilePolicy(doc);
}

export function anAccount(raw: RawAccount, policy: Policy = aPolicy()): Account {
  const r = parseAccount({ overdueDays: '95', ...raw }, policy.currency);
  if ('issues' in r) throw new Error(r.issues.map((i) => i.message).join('; '));
  return r.account;
}

export function date(text: string): CivilDate {
  const d = parseCivilDate(text);
  if (!d) throw new Error(`bad date ${text}`);
  return d;
}

/** The worked example of the README and docs/method.md as flags: ¥20,000 + 1,500 + 800, 95 days, income 6,000, expenses 3,500. */
export const WORKED_FLAGS: readonly string[] = [
  '--principal',
  '20000',
  '--interest',
  '1500',
  '--fees',
  '800',
  '--overdue-days',
  '95',
  '--income',
  '6000',
  '--expenses',
  '3500',
];
