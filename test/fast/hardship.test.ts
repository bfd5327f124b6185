/**
 * The fast engine does not model `offers[].requiresHardship` (§3): a policy that sets it is scored
 * by the exact path, so a row without a hardship reason sees those offers unavailable, as `plan` does.
 */
import { describe, expect, it } from 'vitest';
import { parseAccount } from '../../src/core/account.js';
import { parseCivilDate, type CivilDate } from '../../src/dates/civil-date.js';
import { compileFast, evaluateRow } from '../../src/fast/engine.js';
import { compilePolicy } from '../../src/policy/compile.js';
import { presetDoc } from '../../src/policy/presets.js';
import type { PolicyDoc } from '../../src/policy/types.js';

describe('fast engine and requiresHardship', () => {
  const doc = structuredClone(presetDoc('cn-standard')) as PolicyDoc;
  (doc.offers[0] as { requiresHardship?: boolean }).requiresHardship = true;
  const policy = compilePolicy(doc);
  const asOf = parseCivilDate('2026-11-22') as CivilDate;

  it('a policy with an offer that requires a hardship reason is left to the exact path', () => {
    expect(compileFast(policy)).toBeNull();
    expect(compileFast(compilePolicy(presetDoc('cn-standard') as PolicyDoc))).not.toBeNull();
  });

  it('without a reason the offer is unavailable; with one it is open', () => {
    const engine = compileFast(policy);
    const score = (raw: Record<string, string>) => {
      const parsed = parseAccount(raw, policy.currency);
      if ('issues' in parsed) throw new Error(parsed.issues[0]?.message);
      return evaluateRow(engine, policy, parsed.account, asOf).ev;
    };
    const none = score({ principal: '20000', overdueDays: '95' });
    expect(none.plans.some((p) => p.offerId === 'installment')).toBe(false);
    expect(none.unavailable.filter((u) => u.offerId === 'installment').every((u) => u.code === 'hardship-required')).toBe(true);
    const stated = score({ principal: '20000', overdueDays: '95', hardship: 'illness' });
    expect(stated.plans.some((p) => p.offerId === 'installment')).toBe(true);
  });
});
