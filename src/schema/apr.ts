/**
 * The document of `repayplan apr --format json` (SPEC §11): the source of the published
 * schema/apr.schema.json (test/schema/published.test.ts keeps the file equal to it;
 * `UPDATE_SCHEMA=1 npx vitest run test/schema/published.test.ts` rewrites it) and of its
 * TypeScript type, which `aprJson` returns. Pure data, no imports but types.
 */
import type { FromSchema } from 'json-schema-to-ts';
import { CURRENCY_CODE, DATE, MONEY_UNSIGNED, REF, SHA256, TOOL, VERSION_1 } from './defs.js';

export const APR_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://repayplan.dev/schema/apr.schema.json',
  title: 'repayplan apr --format json (schemaVersion 1)',
  description:
    'The APR of a set of dated cash flows (SPEC §11): the rate the method defines, the nominal and effective rates, how time was measured, the residual, the flows as used and the caps. Money is a string with exactly the currency\'s minor digits; rates are annual fractions (not percent) with at least 6 decimals. Additive changes keep schemaVersion "1".',
  type: 'object',
  additionalProperties: false,
  required: [
    'schemaVersion',
    'tool',
    'policy',
    'source',
    'method',
    'unitPeriod',
    'unitPeriodsPerYear',
    'euYear',
    'oddDaysFraction',
    'apr',
    'nominalAnnualRate',
    'effectiveAnnualRate',
    'periodicRate',
    'residual',
    'amountFinanced',
    'totalPayments',
    'financeCharge',
    'flows',
    'caps',
  ],
  properties: {
    schemaVersion: VERSION_1,
    tool: TOOL,
    policy: {
      description: 'The policy that gave the currency, the default method and the caps.',
      type: 'object',
      additionalProperties: false,
      required: ['name', 'version', 'sha256', 'currency'],
      properties: { name: { type: 'string' }, version: { type: 'string' }, sha256: SHA256, currency: CURRENCY_CODE },
    },
    source: {
      description:
        "Where the flows came from: flags, a --flows file, or a saved plan (plan --format json) or agreement (negotiate --save) with --from; `plan` carries that plan's own rates for comparison.",
      type: 'object',
      additionalProperties: false,
      required: ['kind', 'file', 'planId', 'plan'],
      properties: {
        kind: { enum: ['flags', 'file', 'plan', 'agreement'] },
        file: { type: ['string', 'null'] },
        planId: { type: ['string', 'null'] },
        plan: {
          oneOf: [
            { type: 'null' },
            {
              type: 'object',
              additionalProperties: false,
              required: ['apr', 'effectiveAnnualRate'],
              properties: { apr: REF.rate, effectiveAnnualRate: REF.rate },
            },
          ],
        },
      },
    },
    method: {
      enum: ['unit-period', 'eu'],
      description: 'unit-period: Regulation Z Appendix J actuarial method (SPEC §4.6 for whole months); eu: Directive 2008/48/EC Annex I / UK CONC App 1 APRC.',
    },
    unitPeriod: {
      enum: ['week', '2weeks', '4weeks', 'semimonth', 'month', '2months', 'quarter', 'half-year', 'year', 'term'],
      description: 'unit-period: the unit period (term: single advance and single payment under a year); eu: year.',
    },
    unitPeriodsPerYear: {
      type: 'string',
      pattern: '^\\d+(\\.\\d{6})?$',
      description: "12 for a month; 365/days or 12/months for a single payment's term (6 decimals).",
    },
    euYear: { enum: ['days', 'leap', 'months', null], description: 'eu: how time is measured in years; null under unit-period.' },
    oddDaysFraction: {
      oneOf: [{ type: 'null' }, { $ref: '#/$defs/fraction6' }],
      description: 'unit-period: f of the first payment (the odd first period as a fraction of a unit period); null under eu.',
    },
    apr: { ...REF.rate, description: 'The rate the method defines: unit-period rate × unit periods a year (unit-period) or the APRC (eu).' },
    nominalAnnualRate: { ...REF.rate, description: 'unit-period: the same as apr; eu: 12 × the monthly rate equivalent to the APRC.' },
    effectiveAnnualRate: { ...REF.rate, description: '(1 + unit-period rate)^(unit periods a year) − 1; eu: the APRC.' },
    periodicRate: { type: 'string', pattern: '^-?\\d+\\.\\d{12}$', description: 'The rate per unit period (eu: per year), 12 decimals.' },
    residual: {
      type: 'string',
      pattern: '^-?0\\.\\d{15}$',
      description: 'Present value of the payments less that of the advances at the rate found, in the currency; always below 0.000001 in size.',
    },
    amountFinanced: REF.money,
    totalPayments: REF.money,
    financeCharge: REF.money,
    flows: {
      description: "The flows as used: netted by date, signed from the lender's side (an advance negative), with their time.",
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['date', 'amount', 't', 'f', 'years'],
        properties: {
          date: REF.date,
          amount: REF.money,
          t: { type: ['integer', 'null'], minimum: 0, description: 'unit-period: full unit periods from the first advance.' },
          f: {
            oneOf: [{ type: 'null' }, { $ref: '#/$defs/fraction6' }],
            description: 'unit-period: the fraction of a unit period left over.',
          },
          years: { type: ['string', 'null'], pattern: '^\\d+\\.\\d{12}$', description: 'eu: years from the first advance.' },
        },
      },
    },
    caps: {
      description: "Each cap checked: --cap, else the policy's chargesCap (and, for CNY, the 36 % line).",
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['rate', 'source', 'above', 'margin', 'regularPayment', 'paymentAtCap', 'totalAtCap'],
        properties: {
          rate: MONEY_UNSIGNED,
          source: { enum: ['flag', 'policy', 'cn-36'] },
          above: { type: 'boolean' },
          margin: { type: 'string', pattern: '^-?\\d+\\.\\d{6}$', description: 'apr − cap (negative when under it).' },
          regularPayment: {
            oneOf: [{ type: 'null' }, REF.money],
            description: 'The most frequent payment amount (paid at least twice); null when none repeats.',
          },
          paymentAtCap: {
            oneOf: [{ type: 'null' }, REF.money],
            description: 'The largest regular payment, others unchanged, whose APR is at or under the cap.',
          },
          totalAtCap: { ...REF.money, description: 'The largest total of payments, all scaled alike, whose APR is at or under the cap.' },
        },
      },
    },
  },
  $defs: {
    money: {
      description: "Decimal string with exactly the currency's minor digits; never a JSON number.",
      type: 'string',
      pattern: '^-?\\d+(\\.\\d+)?$',
    },
    date: DATE,
    rate: {
      description: 'Annual rate as a fraction with 6 decimals ("0.130342" = 13.0342 %).',
      type: 'string',
      pattern: '^-?\\d+\\.\\d{6,}$',
    },
    fraction6: { type: 'string', pattern: '^\\d+\\.\\d{6}$' },
  },
} as const;

/** An `apr --format json` document. */
export type AprDoc = FromSchema<typeof APR_SCHEMA>;
