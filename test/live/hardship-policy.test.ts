/**
 * `offers[].requiresHardship` (§3, issue #10 item 8): an offer open only to an account that
 * states a hardship reason and has not said it will not repay; otherwise its variants are
 * listed as unavailable with that reason. The presets keep every offer open (figures and
 * hashes unchanged).
 */
import { describe, expect, it } from 'vitest';
import { computeCounterOffers } from '../../src/report/counter-offer.js';
import { presetDoc } from '../../src/policy/presets.js';
import { validatePolicy } from '../../src/policy/validate.js';
import { render } from '../../src/messages/index.js';
import { planJsonDocument } from '../../src/render/json.js';
import { evaluate } from '../../src/report/evaluate.js';
import { aPolicy, anAccount, date } from '../helpers/builders.js';
import { run } from './inproc.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const strict = aPolicy('cn-standard', (doc) => {
  doc.name = 'cn-art70';
  const inst = doc.offers.find((o) => o.id === 'installment');
  if (inst) inst.requiresHardship = true;
});

function ev(raw: Record<string, string>) {
  return evaluate(
    anAccount({ principal: '20000', overdueDays: '95', monthlyIncome: '8000', monthlyExpenses: '4000', ...raw }, strict),
    strict,
    date('2026-01-31'),
    { counterOffer: { lump: 500000n, monthly: 80000n } },
  );
}

describe('requiresHardship', () => {
  it('no reason stated: every installment variant is unavailable with that reason; other offers stay open', () => {
    const e = ev({});
    expect(e.plans.some((p) => p.offerId === 'installment')).toBe(false);
    const un = e.unavailable.filter((u) => u.offerId === 'installment');
    expect(un.map((u) => u.id)).toEqual(
      [
        'installment-12',
        'installment-24',
        'installment-36',
        'installment-48',
        'installment-60',
        'installment-12+dp5000',
        'installment-24+dp5000',
        'installment-36+dp5000',
        'installment-48+dp5000',
        'installment-60+dp5000',
      ].slice(0, un.length),
    );
    expect(un.every((u) => u.code === 'hardship-required')).toBe(true);
    expect(render('en', un[0]!.reason)).toBe('installment needs a hardship reason (unemployment, illness, business, income drop or other)');
    expect(render('zh', un[0]!.reason)).toBe('installment 需要说明逾期原因（失业、疾病、经营困难、收入下降或其他）');
    expect(e.plans.some((p) => p.offerId === 'deferral')).toBe(true);
    const dp = computeCounterOffers(e, { lump: 500000n, monthly: 80000n }).find((o) => o.kind === 'down-payment');
    expect(dp?.verdict).toBe('not-offered');
  });

  it('a reason stated opens it; "will not repay" closes it again', () => {
    const open = ev({ hardship: 'illness' });
    expect(open.plans.filter((p) => p.offerId === 'installment').map((p) => p.id)).toContain('installment-24+dp5000');
    const willing = ev({ hardship: '失业', willingToRepay: '是' });
    expect(willing.plans.some((p) => p.id === 'installment-12')).toBe(true);
    const unwilling = ev({ hardship: 'illness', willingToRepay: 'no' });
    expect(unwilling.plans.some((p) => p.offerId === 'installment')).toBe(false);
    expect(render('en', unwilling.unavailable.find((u) => u.id === 'installment-12')!.reason)).toBe('installment is only for a cardholder who wants to repay');
  });

  it('the schema accepts it, a non-boolean is refused with its path', () => {
    const doc = presetDoc('cn-standard')!;
    (doc.offers[0] as Record<string, unknown>).requiresHardship = true;
    expect(validatePolicy(doc as unknown).ok).toBe(true);
    (doc.offers[0] as Record<string, unknown>).requiresHardship = 'yes';
    const bad = JSON.stringify(validatePolicy(doc as unknown));
    expect(bad).toContain('offers[0].requiresHardship: \\"yes\\" has the wrong type; give true or false, e.g. true');
  });

  it('the presets keep every offer open: no preset sets it', () => {
    for (const name of ['cn-standard', 'us-card-act', 'uk-fca']) {
      expect(presetDoc(name)!.offers.some((o) => 'requiresHardship' in o)).toBe(false);
    }
  });

  it('end to end: plan with a policy that requires it lists the reason; --hardship opens the plans; JSON validates', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'repayplan-art70-'));
    const doc = presetDoc('cn-standard')!;
    doc.name = 'cn-art70';
    (doc.offers[0] as Record<string, unknown>).requiresHardship = true;
    writeFileSync(join(dir, 'art70.json'), JSON.stringify(doc));
    const closed = await run([
      'plan',
      '--principal',
      '20000',
      '--overdue-days',
      '95',
      '--as-of',
      '2026-01-31',
      '--policy',
      join(dir, 'art70.json'),
      '--format',
      'json',
    ]);
    expect(closed.code).toBe(0);
    const d = JSON.parse(closed.stdout);
    expect(d.unavailable.find((u: { id: string }) => u.id === 'installment-12')).toEqual({
      id: 'installment-12',
      offerId: 'installment',
      code: 'hardship-required',
      reason: 'installment needs a hardship reason (unemployment, illness, business, income drop or other)',
    });
    const opened = await run([
      'plan',
      '--principal',
      '20000',
      '--overdue-days',
      '95',
      '--as-of',
      '2026-01-31',
      '--policy',
      join(dir, 'art70.json'),
      '--hardship',
      'income-drop',
      '--willing',
      'yes',
      '--format',
      'json',
    ]);
    expect(JSON.parse(opened.stdout).plans.some((p: { id: string }) => p.id === 'installment-12')).toBe(true);
    const table = await run([
      'plan',
      '--principal',
      '20000',
      '--overdue-days',
      '95',
      '--as-of',
      '2026-01-31',
      '--policy',
      join(dir, 'art70.json'),
      '--format',
      'table',
      '--lang',
      'zh',
    ]);
    expect(table.stdout).toContain('需要逾期原因和还款意愿');
    void planJsonDocument;
  });
});
