/** Loads fixtures/cases/<name>.json: an account (§2 JSON names), a policy (preset or file) and asOf. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseAccount, type RawAccount } from '../../src/core/account.js';
import { compilePolicy } from '../../src/policy/compile.js';
import { presetDoc } from '../../src/policy/presets.js';
import type { Policy, PolicyDoc } from '../../src/policy/types.js';
import { validatePolicy } from '../../src/policy/validate.js';
import { evaluate } from '../../src/report/evaluate.js';
import type { Evaluation } from '../../src/report/types.js';
import { date } from './builders.js';

export const CASES_DIR = join(import.meta.dirname, '../../fixtures/cases');

export interface Case {
  name: string;
  /** A preset name, or a policy file relative to fixtures/cases. */
  policy: string;
  /** The account (§2 JSON names) with its asOf: the form `plan --input` reads. */
  input: Record<string, string | number> & { asOf: string };
}

export function caseNames(): string[] {
  return readdirSync(CASES_DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -5))
    .sort();
}

export function loadCase(name: string): Case {
  return { name, ...JSON.parse(readFileSync(join(CASES_DIR, `${name}.json`), 'utf8')) } as Case;
}

/** The case's policy file path (for the binary) or preset name. */
export function casePolicyArg(c: Case): string {
  return c.policy.endsWith('.json') ? join(CASES_DIR, c.policy) : c.policy;
}

export function casePolicy(c: Case): Policy {
  if (!c.policy.endsWith('.json')) return compilePolicy(presetDoc(c.policy) as PolicyDoc);
  const result = validatePolicy(JSON.parse(readFileSync(join(CASES_DIR, c.policy), 'utf8')));
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('; '));
  return compilePolicy(result.doc);
}

export function evaluateCase(c: Case): Evaluation {
  const policy = casePolicy(c);
  const raw: RawAccount = {};
  for (const [k, v] of Object.entries(c.input)) if (k !== 'asOf') (raw as Record<string, string>)[k] = String(v);
  const parsed = parseAccount(raw, policy.currency);
  if ('issues' in parsed) throw new Error(parsed.issues.map((i) => i.message).join('; '));
  return evaluate(parsed.account, policy, date(c.input.asOf));
}
