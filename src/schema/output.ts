/**
 * The `plan --format json` document (SPEC §5): the source of the published
 * schema/output.schema.json (test/schema/published.test.ts keeps the file equal to it;
 * `UPDATE_SCHEMA=1 npx vitest run test/schema/published.test.ts` rewrites it) and of its
 * TypeScript type (`OutputDoc`), which the renderer (render/json.ts) returns, so the two cannot
 * disagree. Pure data.
 */
import type { FromSchema } from 'json-schema-to-ts';
import {
  COUNT,
  CURRENCY_CODE,
  DATE,
  HARDSHIP_REASONS,
  INPUT_AMOUNTS,
  INPUT_OWED,
  INPUT_REQUIRED,
  MONEY,
  MONEY_OR_NULL,
  REF,
  SHA256,
  WILLING_TO_REPAY,
} from './defs.js';
import { PLAN_DEFS } from './plan.js';

export const OUTPUT_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://repayplan.dev/schema/output.schema.json',
  title: 'repayplan plan --format json (schemaVersion 1)',
  description:
    'The document `repayplan plan --format json` prints on stdout (SPEC §5). Money is a decimal string with exactly the policy currency\'s minor digits (a JSON Schema cannot see the currency, so the pattern allows any number of decimals; the test suite checks the exact count). Rates are decimal strings of an annual fraction, never percent. Additive changes keep schemaVersion "1"; a breaking change bumps it.',
  type: 'object',
  additionalProperties: false,
  required: ['schemaVersion', 'tool', 'policy', 'input', 'snapshot', 'affordability', 'statusQuo', 'plans', 'unavailable', 'recommendation'],
  properties: {
    schemaVersion: { const: '1', description: 'Bumped only by a breaking change.' },
    tool: {
      type: 'object',
      additionalProperties: false,
      required: ['name', 'version'],
      properties: { name: { const: 'repayplan' }, version: { type: 'string', pattern: '^\\d+\\.\\d+\\.\\d+(?:[-+][0-9A-Za-z.-]+)?$' } },
    },
    policy: {
      type: 'object',
      additionalProperties: false,
      required: ['name', 'version', 'sha256', 'currency', 'aprDisplay'],
      properties: {
        name: { type: 'string', minLength: 1 },
        version: { type: 'string', minLength: 1 },
        sha256: { ...SHA256, description: "SHA-256 of the policy's canonical JSON (repayplan policy show)." },
        currency: { ...CURRENCY_CODE, description: "ISO 4217 code; every money string has this currency's minor digits." },
        aprDisplay: { enum: ['nominal', 'effective'], description: 'Which rate the table and scripts call APR; the JSON carries both.' },
      },
    },
    input: {
      description: "The account as read: amounts normalised to the currency's digits; a field not given is null.",
      type: 'object',
      additionalProperties: false,
      required: INPUT_REQUIRED,
      properties: {
        ...INPUT_OWED,
        overdueDays: COUNT,
        ...INPUT_AMOUNTS,
        hardship: { enum: HARDSHIP_REASONS, description: 'Why the cardholder is behind (逾期原因); null when not stated.' },
        willingToRepay: { enum: WILLING_TO_REPAY, description: "The cardholder's stated will to repay (还款意愿); null when not stated." },
        asOf: REF.date,
      },
    },
    snapshot: {
      type: 'object',
      additionalProperties: false,
      required: ['asOf', 'bucket', 'principal', 'interest', 'fees', 'total', 'minimumDue', 'estimated'],
      properties: {
        asOf: REF.date,
        bucket: { type: 'string', minLength: 1 },
        principal: REF.money,
        interest: REF.money,
        fees: REF.money,
        total: REF.money,
        minimumDue: REF.money,
        estimated: {
          type: 'object',
          additionalProperties: false,
          required: ['interest', 'fees'],
          properties: { interest: { type: 'boolean' }, fees: { type: 'boolean' } },
        },
      },
    },
    affordability: {
      type: 'object',
      additionalProperties: false,
      required: ['surplus', 'cap', 'availableCash'],
      properties: {
        surplus: { ...REF.moneyOrNull, description: 'income − expenses − other debt payments; null when income is not given. May be negative.' },
        cap: { ...REF.moneyOrNull, description: 'largest affordable monthly payment; null when the surplus is unknown.' },
        availableCash: REF.moneyOrNull,
      },
    },
    statusQuo: {
      type: 'object',
      additionalProperties: false,
      required: ['months', 'interest', 'fees', 'total'],
      properties: { months: { const: 12 }, interest: REF.money, fees: REF.money, total: REF.money },
    },
    plans: { type: 'array', items: { $ref: '#/$defs/plan' } },
    unavailable: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'offerId', 'code', 'reason'],
        properties: {
          id: REF.planId,
          offerId: { type: 'string', minLength: 1 },
          code: { enum: ['principal-not-positive', 'below-min-installment', 'nothing-to-pay', 'term-too-long', 'hardship-required'] },
          reason: { type: 'string', minLength: 1 },
        },
      },
    },
    recommendation: {
      type: 'object',
      additionalProperties: false,
      required: ['planId', 'code', 'reason', 'closest'],
      properties: {
        planId: { anyOf: [REF.planId, { type: 'null' }] },
        code: { enum: ['best-npv-affordable', 'best-npv-unknown', 'none-affordable', 'no-plans'] },
        reason: { type: 'string', minLength: 1 },
        closest: {
          description: 'Only when none is affordable: the plan with the lowest regular payment, and that payment.',
          anyOf: [
            {
              type: 'object',
              additionalProperties: false,
              required: ['planId', 'regularPayment'],
              properties: { planId: REF.planId, regularPayment: REF.money },
            },
            { type: 'null' },
          ],
        },
      },
    },
    counterOffers: { description: 'Only with --offer-monthly / --offer-lump (SPEC §4.10).', type: 'array', items: { $ref: '#/$defs/counterOffer' } },
    script: {
      description: 'Only with --script: the read-out script for the recommended plan (or --schedule ID).',
      type: 'object',
      additionalProperties: false,
      required: ['planId', 'lang', 'text'],
      properties: { planId: { anyOf: [REF.planId, { type: 'null' }] }, lang: { enum: ['zh', 'en'] }, text: { type: 'string' } },
    },
  },
  $defs: {
    money: MONEY,
    moneyOrNull: MONEY_OR_NULL,
    date: DATE,
    rate6: {
      description: 'Annual rate as a fraction (not percent), 6 decimals: "0.108964" is 10.8964 %.',
      type: 'string',
      pattern: '^-?\\d+\\.\\d{6}$',
    },
    ratio4: { description: 'A ratio with 4 decimals, rounded half-up: "0.8620".', type: 'string', pattern: '^-?\\d+\\.\\d{4}$' },
    planId: {
      description:
        '<offerId>-<n>, or <offerId>-<g>+<n> for a deferral, or <offerId>-<n>+dp<Y> for a down-payment variant (Y in currency units, trailing zero decimals dropped: installment-24+dp5000).',
      type: 'string',
      pattern: '^.+-(\\d+\\+)?\\d+(\\+dp\\d+(\\.\\d+)?)?$',
    },
    ...PLAN_DEFS,
  },
} as const;

/** The document as printed. */
export type OutputDoc = FromSchema<typeof OUTPUT_SCHEMA>;
/** One plan of the document (also the plan of an agreement record). */
export type PlanDoc = OutputDoc['plans'][number];
