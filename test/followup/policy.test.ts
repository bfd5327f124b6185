/** The policy's followUp section (SPEC §10): presets set it, a policy without it gets the defaults, bad values are refused with their path. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_FOLLOW_UP, followUpOf } from '../../src/followup/index.js';
import { presetDoc } from '../../src/policy/presets.js';
import { validatePolicy } from '../../src/policy/validate.js';
import { aPolicy } from '../helpers/builders.js';

describe('policy followUp', () => {
  it('each preset sets it (and its version moved on)', () => {
    expect(followUpOf(aPolicy('cn-standard'))).toEqual({
      graceDays: 3,
      breakAfterMissed: 1,
      breakAfterDays: 30,
      allocation: 'cn-art57',
      onBreak: { reinstateWaivers: true },
      reminders: { daysBefore: [3, 1], daysAfter: [1, 3] },
    });
    expect(followUpOf(aPolicy('us-card-act'))).toMatchObject({
      graceDays: 0,
      breakAfterMissed: 2,
      breakAfterDays: 60,
      allocation: 'charges-first',
      onBreak: { reinstateWaivers: false },
    });
    expect(followUpOf(aPolicy('uk-fca'))).toMatchObject({
      graceDays: 14,
      breakAfterMissed: 2,
      breakAfterDays: 60,
      allocation: 'principal-first',
      onBreak: { reinstateWaivers: false },
    });
    expect(['cn-standard', 'us-card-act', 'uk-fca'].map((n) => presetDoc(n)?.version)).toEqual(['2', '3', '2']);
  });

  it('a policy without it gets the documented defaults; the section changes the hash', () => {
    const without = aPolicy('cn-standard', (doc) => {
      delete (doc as { followUp?: unknown }).followUp;
    });
    expect(followUpOf(without)).toEqual(DEFAULT_FOLLOW_UP);
    expect(without.sha256).not.toBe(aPolicy('cn-standard').sha256);
  });

  it('bad values are refused with their JSON path', () => {
    const doc = JSON.parse(JSON.stringify(presetDoc('cn-standard')));
    doc.followUp.breakAfterMissed = 0;
    doc.followUp.reminders.daysBefore = [3, 'x'];
    doc.followUp.onBreak = {};
    const r = validatePolicy(doc);
    expect(r.ok).toBe(false);
    const fields = 'issues' in r ? r.issues.map((i) => i.field) : [];
    expect(fields).toEqual(expect.arrayContaining(['followUp.breakAfterMissed', 'followUp.reminders.daysBefore[1]', 'followUp.onBreak.reinstateWaivers']));
  });
});
