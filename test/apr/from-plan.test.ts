/**
 * `apr --from` a saved plan reproduces that plan's own `apr` (and effective rate) exactly, for
 * every plan of several accounts under all three presets, from `plan --format json` output and
 * from an agreement record; the same plans read through their dates (no k) give the same rates.
 */
import { describe, expect, it } from 'vitest';
import { agreementRecord, agreementText } from '../../src/agreement/record.js';
import { computeApr, type Flow } from '../../src/apr/index.js';
import { parseCivilDate } from '../../src/dates/civil-date.js';
import { folderWith, run, validateApr } from './helpers.js';
import { aPolicy, anAccount, date } from '../helpers/builders.js';
import { evaluate } from '../../src/report/evaluate.js';

const ACCOUNTS: string[][] = [
  ['--principal', '10000', '--overdue-days', '95', '--as-of', '2026-01-31'],
  ['--principal', '50000', '--interest', '3000', '--fees', '500', '--overdue-days', '200', '--as-of', '2026-03-30'],
  ['--principal', '3333.33', '--overdue-days', '40', '--as-of', '2024-02-29'],
  ['--principal', '120000', '--overdue-days', '400', '--as-of', '2026-08-15', '--income', '9000', '--expenses', '4000'],
];

interface PlanJson {
  id: string;
  apr: string;
  effectiveAnnualRate: string;
  amount: string;
  schedule: { k: number; date: string; payment: string }[];
}

describe("apr --from reproduces each plan's own apr", () => {
  for (const preset of ['cn-standard', 'us-card-act', 'uk-fca']) {
    it(`every plan of ${ACCOUNTS.length} accounts under ${preset}`, async () => {
      let checked = 0;
      for (const account of ACCOUNTS) {
        const plan = await run(['plan', ...account, '--policy', preset, '--format', 'json']);
        expect(plan.code, plan.stderr).toBe(0);
        const dir = folderWith({ 'plan.json': plan.stdout });
        const doc = JSON.parse(plan.stdout) as { plans: PlanJson[] };
        expect(doc.plans.length).toBeGreaterThan(0);
        for (const p of doc.plans) {
          const r = await run(['apr', '--from', 'plan.json', '--plan', p.id, '--format', 'json'], dir);
          expect(r.code, r.stderr).toBe(0);
          const out = JSON.parse(r.stdout) as Record<string, unknown>;
          expect(validateApr(out), JSON.stringify(validateApr.errors)).toBe(true);
          expect({ id: p.id, apr: out.apr, effective: out.effectiveAnnualRate }).toEqual({ id: p.id, apr: p.apr, effective: p.effectiveAnnualRate });
          expect(out.method).toBe('unit-period');
          expect((out.source as { plan: unknown }).plan).toEqual({ apr: p.apr, effectiveAnnualRate: p.effectiveAnnualRate });
          // under eu on 12 equal months the APRC is the plan's effective rate, and its nominal the plan's apr
          const eu = JSON.parse((await run(['apr', '--from', 'plan.json', '--plan', p.id, '--method', 'eu', '--format', 'json'], dir)).stdout) as Record<
            string,
            unknown
          >;
          expect([eu.apr, eu.nominalAnnualRate]).toEqual([p.effectiveAnnualRate, p.apr]);
          checked++;
        }
      }
      expect(checked).toBeGreaterThanOrEqual(20);
    });
  }

  it('the same schedules read by their dates alone (Appendix J month counting) give the same apr', () => {
    for (const preset of ['cn-standard', 'us-card-act', 'uk-fca']) {
      for (const asOf of ['2026-01-31', '2026-01-30', '2024-02-29', '2026-03-15']) {
        const policy = aPolicy(preset);
        const ev = evaluate(anAccount({ principal: '20000', overdueDays: '120' }, policy), policy, date(asOf));
        for (const p of ev.plans) {
          const flows: Flow[] = [{ date: date(asOf), amount: p.amount, kind: 'advance' }];
          for (const row of p.schedule) if (row.payment > 0n) flows.push({ date: row.date, amount: row.payment, kind: 'payment', seriesDay: date(asOf).day });
          const r = computeApr({ flows, currency: policy.currency, method: 'unit-period', unitPeriod: 'month' });
          expect(`${preset} ${asOf} ${p.id} ${r.apr}`).toBe(`${preset} ${asOf} ${p.id} ${p.rates?.apr}`);
        }
      }
    }
  });

  it('reads an agreement record written by negotiate --save', async () => {
    const policy = aPolicy('cn-standard');
    const ev = evaluate(anAccount({ principal: '10000', overdueDays: '95' }, policy), policy, date('2026-01-10'));
    const planId = ev.plans.find((p) => p.id.startsWith('installment'))!.id;
    const record = agreementRecord({
      ev,
      planId,
      savedAt: '2026-01-10T09:00:00Z',
      note: '',
      lang: 'en',
      script: 'x',
      policyRef: 'cn-standard',
      tool: { name: 'repayplan', version: '0.1.0' },
    });
    const dir = folderWith({ 'agreement.json': agreementText(record) });
    const r = await run(['apr', '--from', 'agreement.json', '--format', 'json'], dir);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { apr: string; source: { kind: string; planId: string } };
    expect(out.source).toMatchObject({ kind: 'agreement', planId });
    expect(out.apr).toBe(ev.plans.find((p) => p.id === planId)!.rates?.apr);
    expect(parseCivilDate('2026-01-10')).not.toBeNull();
  });

  it('names the plans when --plan is missing or unknown', async () => {
    const plan = await run(['plan', '--principal', '10000', '--overdue-days', '95', '--as-of', '2026-01-10', '--format', 'json']);
    const dir = folderWith({ 'plan.json': plan.stdout });
    const missing = await run(['apr', '--from', 'plan.json'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^repayplan: --from holds several plans: choose one with --plan \(installment-12, /);
    const unknown = await run(['apr', '--from', 'plan.json', '--plan', 'installment-7'], dir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^repayplan: --plan: no plan "installment-7" in the file: choose one of installment-12, /);
  });
});
