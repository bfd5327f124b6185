/**
 * schema/output.schema.json against REAL `plan --format json` output of the binary, for
 * accounts that reach every shape of the document (SPEC §5): the worked example, estimated
 * charges, no income (affordable null), a tiny balance (unavailable plans), M1, bucket C (no
 * plans), none affordable, a huge balance, other currencies (JPY 0 digits, KWD 3, USD, GBP),
 * counter-offers and the script. Every money string is checked for exactly the currency's
 * minor digits, which the schema alone cannot see.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cnStandard } from '../../src/policy/presets/cn-standard.js';
import type { PolicyDoc } from '../../src/policy/types.js';
import { tempDirWith } from '../cli/helpers.js';
import { inproc } from '../helpers/inproc.js';
import { ERROR_SCHEMA, OUTPUT_SCHEMA, assertPlanDocument, moneyDigitProblems, newAjv, typedLeaves, validateOutput } from './helpers.js';

type Doc = Record<string, any>;

const AS_OF = ['--as-of', '2026-11-22'];
const WORKED = ['--principal', '20000', '--interest', '1500', '--fees', '800', '--overdue-days', '95', '--income', '6000', '--expenses', '3500', ...AS_OF];

/** cn-standard re-denominated: same shape, another currency and amounts with its digits. */
function policyIn(code: string, minorDigits: number, min: string, minInstallment: string): PolicyDoc {
  const doc = structuredClone(cnStandard) as PolicyDoc;
  doc.name = `cn-standard-${code.toLowerCase()}`;
  doc.currency = { ...doc.currency, code, minorDigits };
  (doc.lateFee as { min: string }).min = min;
  doc.limits = { ...doc.limits, minInstallment };
  return doc;
}

const dir = tempDirWith({
  'jpy.json': policyIn('JPY', 0, '10', '100'),
  'kwd.json': policyIn('KWD', 3, '10.000', '100.000'),
});

/** `plan … --format json` in-process (test/helpers/inproc.ts; test/golden and test/cli/plan.e2e run the binary). */
async function plan(args: string[], cwd?: string): Promise<Doc> {
  const r = await inproc(['plan', ...args, '--format', 'json'], cwd ? { cwd } : {});
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as Doc;
}

describe('the published schemas', () => {
  it('are valid draft 2020-12 schemas that compile under ajv strict mode', () => {
    const ajv = newAjv();
    for (const schema of [OUTPUT_SCHEMA, ERROR_SCHEMA]) {
      expect(ajv.validateSchema(schema), JSON.stringify(ajv.errors)).toBe(true);
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    }
    expect(() => newAjv().compile(OUTPUT_SCHEMA)).not.toThrow();
    expect(() => newAjv().compile(ERROR_SCHEMA)).not.toThrow();
  });

  it('pin schemaVersion "1" and forbid members they do not describe, at every level', () => {
    for (const schema of [OUTPUT_SCHEMA, ERROR_SCHEMA]) {
      expect((schema.properties as Doc).schemaVersion).toEqual(expect.objectContaining({ const: '1' }));
      const open: string[] = [];
      const walk = (s: unknown, at: string): void => {
        if (s === null || typeof s !== 'object') return;
        const o = s as Doc;
        if (o.type === 'object' && o.properties && o.additionalProperties !== false) open.push(at);
        for (const [k, v] of Object.entries(o)) walk(v, `${at}/${k}`);
      };
      walk(schema, '#');
      expect(open).toEqual([]);
    }
  });
});

describe('real plan --format json output is valid', () => {
  it('worked example (SPEC issue #2 figures)', async () => {
    const d = await plan(WORKED);
    assertPlanDocument(d);
    expect(d.snapshot).toMatchObject({ bucket: 'M4', total: '22300.00' });
    expect(d.affordability).toEqual({ surplus: '2500.00', cap: '1250.00', availableCash: null });
    expect(d.recommendation).toMatchObject({ planId: 'installment-24', code: 'best-npv-affordable', closest: null });
    // a lump sum: dueBy set, no regular payment, the whole amount now at k = 0
    const lump = d.plans.find((p: Doc) => p.id === 'settlement-1');
    expect(lump).toMatchObject({ months: 0, regularPayment: null, dueBy: '2026-12-22' });
    expect(lump.schedule[0].k).toBe(0);
    expect(lump.paymentNow).toBe(lump.amount);
    // the walker sees every money string: 5 given in input, 5 in the snapshot, surplus and cap,
    // 3 in the status quo, 11 per plan (regularPayment null for a lump sum), 5 per schedule row
    const { money, dates } = typedLeaves(d);
    const rows = d.plans.reduce((n: number, p: Doc) => n + p.schedule.length, 0);
    const lumps = d.plans.filter((p: Doc) => p.regularPayment === null).length;
    expect(lumps).toBe(1);
    expect(money.length).toBe(5 + 5 + 2 + 3 + d.plans.length * 11 - lumps + rows * 5);
    expect(dates.length).toBe(2 + rows + 1); // input.asOf, snapshot.asOf, each row, settlement-1 dueBy
  });

  it('estimated charges (no interest or fees given)', async () => {
    const d = await plan([
      '--principal',
      '8000.00',
      '--overdue-days',
      '45',
      '--income',
      '9000',
      '--expenses',
      '4000',
      '--other-debt',
      '1200',
      '--cash',
      '3000',
      '--as-of',
      '2026-01-31',
    ]);
    assertPlanDocument(d);
    expect(d.snapshot.estimated).toEqual({ interest: true, fees: true });
    expect(d.input).toMatchObject({ interest: null, fees: null, otherDebtPayments: '1200.00', availableCash: '3000.00' });
  });

  it('no income: surplus, cap and paymentToSurplus null, affordable null, recommendation among unknowns', async () => {
    const d = await plan(['--principal', '20000', '--overdue-days', '95', ...AS_OF]);
    assertPlanDocument(d);
    expect(d.affordability).toEqual({ surplus: null, cap: null, availableCash: null });
    expect(d.plans.length).toBeGreaterThan(0);
    for (const p of d.plans) {
      expect(p.affordable).toBeNull();
      expect(p.paymentToSurplus).toBeNull();
    }
    expect(d.recommendation.code).toBe('best-npv-unknown');
  });

  it('a negative surplus is a negative money string', async () => {
    const d = await plan(['--principal', '20000', '--overdue-days', '95', '--income', '3000', '--expenses', '3500.5', ...AS_OF]);
    assertPlanDocument(d);
    expect(d.affordability).toMatchObject({ surplus: '-500.50', cap: '0.00' });
  });

  it('tiny balance: plans listed under unavailable with a code', async () => {
    const d = await plan(['--principal', '3.33', '--overdue-days', '95', ...AS_OF]);
    assertPlanDocument(d);
    expect(d.unavailable.length).toBeGreaterThan(0);
    expect(new Set(d.unavailable.map((u: Doc) => u.code)).size).toBeGreaterThan(0);
    expect(d.plans.map((p: Doc) => p.id)).toContain('settlement-1');
  });

  it('bucket M1', async () => {
    const d = await plan(['--principal', '12000', '--overdue-days', '20', '--income', '8000', '--expenses', '3000', ...AS_OF]);
    assertPlanDocument(d);
    expect(d.snapshot.bucket).toBe('M1');
    expect(d.plans.some((p: Doc) => p.family === 'deferral')).toBe(false);
  });

  it('overdue 0 days: bucket C, no plans, no recommendation', async () => {
    const d = await plan(['--principal', '5000', '--overdue-days', '0', '--income', '6000', ...AS_OF]);
    assertPlanDocument(d);
    expect(d.snapshot.bucket).toBe('C');
    expect(d.plans).toEqual([]);
    expect(d.recommendation).toMatchObject({ planId: null, code: 'no-plans', closest: null });
  });

  it('none affordable: no recommendation, the closest plan and its payment', async () => {
    // cash given too, so that the lump sums are not "unknown" either
    const d = await plan([
      '--principal',
      '90000',
      '--interest',
      '4000',
      '--fees',
      '1000',
      '--overdue-days',
      '130',
      '--income',
      '5000',
      '--expenses',
      '4200',
      '--cash',
      '1000',
      ...AS_OF,
    ]);
    assertPlanDocument(d);
    expect(d.recommendation.planId).toBeNull();
    expect(d.recommendation.code).toBe('none-affordable');
    expect(d.recommendation.closest).toEqual({ planId: expect.any(String), regularPayment: expect.stringMatching(/^\d+\.\d{2}$/) });
  });

  it('a huge balance (money beyond 2^53 stays exact text)', async () => {
    const d = await plan([
      '--principal',
      '987654321012.34',
      '--overdue-days',
      '200',
      '--minimum-due',
      '1000000',
      '--income',
      '99999999999',
      '--as-of',
      '2026-12-31',
    ]);
    assertPlanDocument(d);
    expect(d.input.principal).toBe('987654321012.34');
  });

  it('an account id and every optional field given', async () => {
    const d = await plan([
      '--id',
      'A-1002',
      '--principal',
      '¥1,234.5',
      '--interest',
      '0',
      '--fees',
      '0',
      '--minimum-due',
      '200',
      '--overdue-days',
      '61',
      '--income',
      '9000',
      '--expenses',
      '4000',
      '--other-debt',
      '0',
      '--cash',
      '500',
      '--as-of',
      '2026-01-31',
    ]);
    assertPlanDocument(d);
    expect(d.input).toMatchObject({ id: 'A-1002', principal: '1234.50', interest: '0.00', minimumDue: '200.00', availableCash: '500.00' });
  });

  it('a policy with minorDigits 0 (JPY): money has no decimal point', async () => {
    const d = await plan(
      ['--principal', '1234567', '--overdue-days', '95', '--income', '320000', '--expenses', '180000', '--policy', 'jpy.json', ...AS_OF],
      dir,
    );
    assertPlanDocument(d);
    expect(d.policy.currency).toBe('JPY');
    expect(d.input.principal).toBe('1234567');
    expect(d.plans.length).toBeGreaterThan(0);
  });

  it('a policy with minorDigits 3 (KWD): money has three decimals', async () => {
    const d = await plan(['--principal', '1234.567', '--overdue-days', '95', '--income', '2000', '--expenses', '800', '--policy', 'kwd.json', ...AS_OF], dir);
    assertPlanDocument(d);
    expect(d.input.principal).toBe('1234.567');
    expect(d.snapshot.total).toMatch(/^\d+\.\d{3}$/);
  });

  it.each(['us-card-act', 'uk-fca'])('preset %s', async (preset) => {
    const d = await plan([
      '--principal',
      '5000',
      '--overdue-days',
      '75',
      '--income',
      '3000',
      '--expenses',
      '2000',
      '--cash',
      '1500',
      '--policy',
      preset,
      ...AS_OF,
    ]);
    assertPlanDocument(d);
    expect(d.policy.name).toBe(preset);
  });

  it('annuity, half-even, USD (fixture policy) with month-end dates', async () => {
    const d = await plan([
      '--principal',
      '8,000.00',
      '--overdue-days',
      '95',
      '--income',
      '4200',
      '--expenses',
      '2600',
      '--other-debt',
      '350',
      '--policy',
      join(import.meta.dirname, '../../fixtures/cases/policies/usd-annuity-half-even.json'),
      '--as-of',
      '2026-01-31',
    ]);
    assertPlanDocument(d);
    expect(d.plans[0].schedule[0].date).toBe('2026-02-28');
  });

  it('with counter-offers and a script: the optional members', async () => {
    const d = await plan([...WORKED, '--offer-monthly', '800', '--offer-lump', '15000', '--script', '--lang', 'zh']);
    assertPlanDocument(d);
    expect(Array.isArray(d.counterOffers)).toBe(true);
    // the script follows the conversation (issue #10): "¥15,000 now and ¥800 a month" is answered by a down-payment plan
    expect(d.script).toMatchObject({ planId: 'installment-12+dp15000', lang: 'zh', text: expect.any(String) });
  });

  it('without them, the optional members are absent (not null)', async () => {
    const d = await plan(WORKED);
    expect('counterOffers' in d).toBe(false);
    expect('script' in d).toBe(false);
  });
});

describe('the schema and the digit check refuse what §5 forbids', () => {
  let good: Doc;
  beforeAll(async () => {
    good = await plan(WORKED);
  });

  function mutated(change: (d: Doc) => void): Doc {
    const d = structuredClone(good);
    change(d);
    return d;
  }

  it.each<[string, (d: Doc) => void]>([
    [
      'an unknown top-level member',
      (d) => {
        d.extra = 1;
      },
    ],
    [
      'an unknown member in a plan',
      (d) => {
        d.plans[0].monthlyPayment = '1.00';
      },
    ],
    [
      'an unknown member in a schedule row',
      (d) => {
        d.plans[0].schedule[0].note = 'x';
      },
    ],
    [
      'money as a JSON number',
      (d) => {
        d.snapshot.total = 22300;
      },
    ],
    [
      'money with an exponent',
      (d) => {
        d.plans[0].amount = '2.15e4';
      },
    ],
    [
      'money with a thousands separator',
      (d) => {
        d.snapshot.total = '22,300.00';
      },
    ],
    [
      'a missing required member',
      (d) => {
        delete d.plans[0].npv;
      },
    ],
    [
      'another schemaVersion',
      (d) => {
        d.schemaVersion = '2';
      },
    ],
    [
      'schemaVersion as a number',
      (d) => {
        d.schemaVersion = 1;
      },
    ],
    [
      'a rate in percent',
      (d) => {
        d.plans[0].apr = '10.90%';
      },
    ],
    [
      'a rate with 2 decimals',
      (d) => {
        d.plans[0].apr = '0.11';
      },
    ],
    [
      'recoveryRate with 2 decimals',
      (d) => {
        d.plans[0].recoveryRate = '0.86';
      },
    ],
    [
      'a date in another format',
      (d) => {
        d.snapshot.asOf = '22/11/2026';
      },
    ],
    [
      'affordable as a string',
      (d) => {
        d.plans[0].affordable = 'unknown';
      },
    ],
    [
      'an unknown family',
      (d) => {
        d.plans[0].family = 'loan';
      },
    ],
    [
      'an unknown recommendation code',
      (d) => {
        d.recommendation.code = 'best';
      },
    ],
    [
      'a short sha256',
      (d) => {
        d.policy.sha256 = 'abc';
      },
    ],
    [
      'counterOffers that are not objects',
      (d) => {
        d.counterOffers = ['x'];
      },
    ],
    [
      'a script without text',
      (d) => {
        d.script = { planId: null, lang: 'en' };
      },
    ],
  ])('%s', (_what, change) => {
    expect(validateOutput(mutated(change))).toBe(false);
  });

  it('money with the wrong number of decimals for the currency', () => {
    expect(moneyDigitProblems(good, 2)).toEqual([]);
    const d = mutated((x) => {
      x.plans[1].schedule[3].fee = '107.5';
      x.input.principal = '20000';
      x.statusQuo.total = '27100.000';
    });
    expect(validateOutput(d)).toBe(true); // the pattern allows any digits…
    expect(moneyDigitProblems(d, 2)).toEqual(['/input/principal: "20000"', '/statusQuo/total: "27100.000"', '/plans/1/schedule/3/fee: "107.5"']); // …the currency does not
    expect(() => assertPlanDocument(d)).toThrow(/exactly 2 decimals \(CNY\)/);
    expect(
      moneyDigitProblems(
        mutated((x) => {
          x.recommendation.closest = { planId: 'installment-60', regularPayment: '1.0' };
        }),
        2,
      ),
    ).toEqual(['/recommendation/closest/regularPayment: "1.0"']);
  });

  it('leading zeros, negative zero and impossible dates', () => {
    expect(() =>
      assertPlanDocument(
        mutated((x) => {
          x.snapshot.fees = '0800.00';
        }),
      ),
    ).toThrow(/snapshot\/fees/);
    expect(() =>
      assertPlanDocument(
        mutated((x) => {
          x.snapshot.fees = '-0.00';
        }),
      ),
    ).toThrow(/snapshot\/fees/);
    expect(() =>
      assertPlanDocument(
        mutated((x) => {
          x.plans[0].schedule[2].date = '2027-02-29';
        }),
      ),
    ).toThrow(/not a calendar date: \/plans\/0\/schedule\/2\/date/);
  });
});
