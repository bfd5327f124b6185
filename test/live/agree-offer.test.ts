/**
 * `agree --offer-lump Y --offer-monthly X` (issue #10 item 3): the agreement record of the plan
 * that answers a counter-offer — a down-payment variant exists only with both figures — is the
 * record negotiate saves for the same account, offer and plan (savedAt apart).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { negotiate } from '../../src/cli/commands/negotiate.js';
import { aPolicy, date, WORKED_FLAGS } from '../helpers/builders.js';
import { memoryIO, ScriptedPrompter, tempDir, validateAgreement } from '../negotiate/helpers.js';
import { run } from './inproc.js';

const ACCOUNT = { principal: '20000', interest: '1500', fees: '800', overdueDays: '95', monthlyIncome: '6000', monthlyExpenses: '3500', availableCash: '6000' };
const FLAGS = [...WORKED_FLAGS, '--cash', '6000'];
const AS_OF = ['--as-of', '2026-01-31'];

describe('agree with a counter-offer', () => {
  it('records the down-payment plan exactly as negotiate saves it after "5000 800"', async () => {
    const dir = tempDir();
    const prompter = new ScriptedPrompter(['offer', '5000 800', 'pick', '', 'y', 'agreed on the call']);
    const io = memoryIO(prompter, dir);
    const start = { policy: aPolicy(), policyRef: 'cn-standard', raw: ACCOUNT, asOf: date('2026-01-31'), lang: 'en' as const, save: 'a.json' };
    const result = await negotiate(start, io);
    expect(result).toMatchObject({ outcome: 'saved', planId: 'installment-24+dp5000' });
    const saved = JSON.parse(readFileSync(join(dir, 'a.json'), 'utf8')) as Record<string, unknown>;

    const r = await run([
      'agree',
      ...FLAGS,
      ...AS_OF,
      '--plan',
      'installment-24+dp5000',
      '--offer-lump',
      '5千',
      '--offer-monthly',
      '800',
      '--note',
      'agreed on the call',
      '--lang',
      'en',
    ]);
    expect(r.code).toBe(0);
    // the spoken amount is echoed before it is used
    expect(r.stderr).toBe('repayplan: --offer-lump 5千 is read as ¥5,000.00\n');
    const record = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(validateAgreement(record)).toBe(true);
    expect({ ...record, savedAt: null }).toEqual({ ...saved, savedAt: null });
    expect(record.counterOffer).toEqual({ lump: '5000.00', monthly: '800.00' });
  });

  it('a down-payment plan without both figures is refused with the fix, in the language asked', async () => {
    for (const [lang, text] of [
      ['en', 'give both --offer-lump Y and --offer-monthly X'],
      ['zh', '请同时给出 --offer-lump（首付）和 --offer-monthly（月供）'],
    ] as const) {
      const r = await run(['agree', ...FLAGS, ...AS_OF, '--plan', 'installment-24+dp5000', '--offer-monthly', '800', '--lang', lang]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(text);
      expect(r.stdout).toBe('');
    }
  });

  it('a monthly-only counter-offer is kept in the record of an ordinary plan', async () => {
    const r = await run(['agree', ...FLAGS, ...AS_OF, '--plan', 'installment-36', '--offer-monthly', '800']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).counterOffer).toEqual({ lump: null, monthly: '800.00' });
  });

  it('--offer-monthly 0 is refused as in plan and negotiate; --batch cannot take a counter-offer', async () => {
    const zero = await run(['agree', ...FLAGS, ...AS_OF, '--plan', 'installment-36', '--offer-monthly', '0']);
    expect(zero.code).toBe(2);
    expect(zero.stderr).toContain('--offer-monthly');
    const batch = await run(['agree', '--batch', 'x.ndjson', '--offer-lump', '5000']);
    expect(batch.code).toBe(2);
    expect(batch.stderr).toContain('--offer-lump');
  });
});
