/** validatePolicy in process: the result shape, paths, messages and every rule function. */
import { describe, expect, it } from 'vitest';
import { compilePolicy } from '../../src/policy/compile.js';
import { presetDoc, presetNames, presetSummary } from '../../src/policy/presets.js';
import * as rules from '../../src/policy/rules.js';
import { schemaValidator } from '../../src/policy/schema-check.js';
import type { PolicyDoc } from '../../src/policy/types.js';
import { validatePolicy } from '../../src/policy/validate.js';

function cn(): Record<string, any> {
  return presetDoc('cn-standard') as unknown as Record<string, any>;
}

function issuesOf(json: unknown): [string, string][] {
  const r = validatePolicy(json);
  return r.ok ? [] : r.issues.map((i) => [i.field, i.code]);
}

describe('validatePolicy', () => {
  it.each(presetNames())('accepts the preset %s, returning the document itself', (name) => {
    const doc = presetDoc(name);
    const r = validatePolicy(doc);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.doc).toBe(doc);
    expect(presetSummary(name)).toBeTruthy();
    expect(() => compilePolicy(doc as PolicyDoc)).not.toThrow();
  });

  it.each([null, 0, 'policy', [], true])('refuses %j as the whole document, at $', (json) => {
    expect(issuesOf(json)).toEqual([['$', 'policy.type']]);
  });

  it('reports a JSON number where a decimal string belongs as such', () => {
    const doc = cn();
    doc.offers[0].monthlyFeeRate = 0.005;
    doc.lateFee.min = 10;
    doc.offers[2].waivers['M7+'].principal = 0.2;
    const r = validatePolicy(doc);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.message)).toEqual([
      'lateFee.min: the JSON number 10 is not a decimal string; give amounts as decimal strings like "10.00", not the JSON number 10',
      'offers[0].monthlyFeeRate: the JSON number 0.005 is not a decimal string; give rates as decimal strings like "0.005", not the JSON number 0.005',
      'offers[2].waivers["M7+"].principal: the JSON number 0.2 is not a decimal string; give shares as decimal strings like "0.2", not the JSON number 0.2',
    ]);
    expect(r.issues.map((i) => [i.code, i.value])).toEqual([
      ['policy.decimal-as-number', '10'],
      ['policy.decimal-as-number', '0.005'],
      ['policy.decimal-as-number', '0.2'],
    ]);
  });

  it('collects every issue, not just the first, each once', () => {
    const doc = cn();
    doc.extra = true;
    doc.currency.rounding = 'bankers';
    doc.buckets[1].maxDays = 0;
    doc.offers[0].terms = [12, 24, 96];
    doc.offers[1].graceShare = '2';
    doc.limits.minInstallment = '100.5.0';
    expect(issuesOf(doc)).toEqual([
      ['extra', 'policy.unknown-key'],
      ['currency.rounding', 'policy.enum'],
      ['limits.minInstallment', 'policy.decimal-format'],
      ['offers[1].graceShare', 'policy.out-of-range'],
      ['buckets[1].maxDays', 'policy.bucket-order'],
      ['offers[0].terms[2]', 'policy.term-too-long'],
    ]);
  });

  it('gives messages as "<path>: <what is wrong>; <what would be valid>" with the value', () => {
    const doc = cn();
    doc.offers[2].waivers.M9 = { fees: '1', interest: '0', principal: '0' };
    const r = validatePolicy(doc);
    expect(r.ok ? [] : r.issues).toMatchObject([
      {
        code: 'policy.unknown-bucket',
        field: 'offers[2].waivers.M9',
        value: 'M9',
        message:
          'offers[2].waivers.M9: "M9" is not a bucket of this policy; key waiver tables by "C", "M1", "M2", "M3", "M4", "M5", "M6", "M7+", or "*" for every bucket not named',
      },
    ]);
  });

  it('suggests the key meant by a misspelt one', () => {
    const doc = cn();
    doc.limits.maxTerm = 60;
    delete doc.limits.maxTermMonths;
    const r = validatePolicy(doc);
    expect(r.ok ? [] : r.issues.map((i) => i.message)).toEqual([
      'limits.maxTermMonths: missing (required); add it, e.g. "maxTermMonths": 60',
      'limits.maxTerm: unknown key "maxTerm" in limits; did you mean "maxTermMonths"? the keys allowed here are maxTermMonths, minInstallment',
    ]);
  });

  it('quotes keys that are not identifiers in paths', () => {
    const doc = cn();
    doc.offers[2].waivers['M7+'].fees = 'all';
    doc.offers[2].waivers['*'] = { fees: '1', interest: '1', principal: '1', extra: '0' };
    expect(issuesOf(doc)).toEqual([
      ['offers[2].waivers["M7+"].fees', 'policy.decimal-format'],
      ['offers[2].waivers["*"].extra', 'policy.unknown-key'],
    ]);
  });

  it('does not blame a value twice (a share out of range that also pays all in grace)', () => {
    const doc = cn();
    doc.offers[1].graceShare = '1.5';
    expect(issuesOf(doc)).toEqual([['offers[1].graceShare', 'policy.out-of-range']]);
  });
});

describe('cross-field rules', () => {
  it('each rule is named and listed', () => {
    expect(rules.RULES.map((r) => r.name)).toEqual([
      'currencyMinorDigits',
      'decimalRanges',
      'moneyDecimals',
      'lateFeeBounds',
      'bucketNamesUnique',
      'bucketOrder',
      'bucketOpenEnd',
      'offerIdsUnique',
      'offerBucketsExist',
      'waiverBucketsExist',
      'termsWithinLimit',
      'graceShareLeavesBalance',
    ]);
    for (const r of rules.RULES) expect(r.check(cn()), r.name).toEqual([]);
  });

  it('rules skip what is structurally broken instead of throwing', () => {
    const broken: Record<string, unknown>[] = [
      {},
      { buckets: 'x', offers: [null, 1, { waivers: [] }] },
      { currency: null, lateFee: [], limits: { maxTermMonths: 'x' } },
    ];
    for (const doc of broken) for (const r of rules.RULES) expect(() => r.check(doc), r.name).not.toThrow();
  });

  it('decimalRanges: inclusive ends', () => {
    const doc = cn();
    doc.interest.dailyRate = '0.0100';
    doc.offers[0].monthlyFeeRate = '0.1';
    expect(rules.decimalRanges(doc)).toEqual([]);
    doc.interest.dailyRate = '0.0100000001';
    expect(rules.decimalRanges(doc).map((i) => i.field)).toEqual(['interest.dailyRate']);
  });

  it('decimalRanges: given the errors of the validator run on the document (validatePolicy), finds what it finds running it', () => {
    const doc = cn();
    doc.interest.dailyRate = '0.0100000001';
    doc.offers[1].graceShare = '2';
    doc.extra = 1;
    const validate = schemaValidator();
    expect(validate(doc)).toBe(false);
    const errors = validate.errors ?? [];
    expect(rules.decimalRanges(doc, errors).map((i) => i.field)).toEqual(['interest.dailyRate', 'offers[1].graceShare']);
    expect(rules.decimalRanges(doc, errors)).toEqual(rules.decimalRanges(doc));
    expect(rules.decimalRanges(cn(), [])).toEqual([]);
  });

  it('moneyDecimals: fewer decimals are fine, more are not', () => {
    const doc = cn();
    doc.limits.minInstallment = '100';
    doc.lateFee.min = '10.5';
    expect(rules.moneyDecimals(doc)).toEqual([]);
    doc.lateFee.max = '500.001';
    expect(rules.moneyDecimals(doc).map((i) => i.message)).toEqual([
      'lateFee.max: "500.001" has 3 decimals but currency.minorDigits is 2 (CNY); write amounts with at most 2 decimals, e.g. "500.00", or correct currency.minorDigits',
    ]);
  });

  it('currencyMinorDigits: known ISO codes only', () => {
    const doc = cn();
    doc.currency = { code: 'JPY', minorDigits: 2, rounding: 'half-up' };
    expect(rules.currencyMinorDigits(doc).map((i) => i.message)).toEqual([
      'currency.minorDigits: JPY has 0 minor digits (ISO 4217), not 2; set currency.minorDigits to 0 and write every amount with at most 0 decimals',
    ]);
    doc.currency.code = 'XAU';
    expect(rules.currencyMinorDigits(doc)).toEqual([]);
  });

  it('termsWithinLimit: a deferral counts its longest grace', () => {
    const doc = cn();
    doc.limits.maxTermMonths = 57;
    expect(rules.termsWithinLimit(doc).map((i) => i.field)).toEqual(['offers[0].terms[4]', 'offers[1].terms[1]']);
    doc.limits.maxTermMonths = 60;
    expect(rules.termsWithinLimit(doc)).toEqual([]);
  });

  it('bucketOpenEnd and bucketOrder', () => {
    const doc = cn();
    doc.buckets = [
      { name: 'A', maxDays: null },
      { name: 'B', maxDays: 30 },
      { name: 'C', maxDays: 10 },
    ];
    expect(rules.bucketOpenEnd(doc).map((i) => i.field)).toEqual(['buckets[0].maxDays', 'buckets[2].maxDays']);
    expect(rules.bucketOrder(doc).map((i) => i.field)).toEqual(['buckets[2].maxDays']);
  });

  it('lateFeeBounds: min equal to max is fine', () => {
    const doc = cn();
    doc.lateFee = { type: 'percentOfMinimumDue', rate: '0.05', min: '10', max: '10.00' };
    expect(rules.lateFeeBounds(doc)).toEqual([]);
    doc.lateFee.min = '10.01';
    expect(rules.lateFeeBounds(doc).map((i) => i.field)).toEqual(['lateFee.min']);
  });

  it('graceShareLeavesBalance: share × longest grace must stay below 1', () => {
    const doc = cn();
    doc.offers[1].graceShare = '0.1666';
    expect(rules.graceShareLeavesBalance(doc)).toEqual([]);
    doc.offers[1].graceShare = '0.16667';
    expect(rules.graceShareLeavesBalance(doc).map((i) => i.field)).toEqual(['offers[1].graceShare']);
  });
});
