/**
 * The agreement record written by `negotiate --save` (schema/agreement.schema.json is generated
 * from this object; test/schema/published.test.ts keeps them equal). Its `plan` is the plan of
 * the output document (output.ts), so the record's type reuses that one.
 */
import type { FromSchema } from 'json-schema-to-ts';
import type { PlanDoc } from './output.js';
import {
  CURRENCY_CODE,
  DATE_PLAIN,
  FOLLOW_UP_PROPERTIES,
  FOLLOW_UP_REQUIRED,
  HARDSHIP_REASONS,
  INPUT_AMOUNTS,
  INPUT_OWED,
  INPUT_REQUIRED,
  MONEY_OR_NULL,
  MONEY_UNSIGNED,
  REF,
  SHA256,
  TOOL,
  WILLING_TO_REPAY,
} from './defs.js';

export const AGREEMENT_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://repayplan.dev/schema/agreement.schema.json',
  title: 'repayplan agreement record (schemaVersion 2; version 1 records are still read)',
  description:
    "Written by `repayplan negotiate --save FILE` when a plan is picked (atomically: a temporary file in the same folder, then a rename). `repayplan plan --input FILE` reads it back: it takes the account from `input` (with its asOf) and checks the policy's name and SHA-256, so the same plan comes out. The plan uses the definition of the `plan --format json` document (output.schema.json). Written the same way by `repayplan agree` (one account, or NDJSON with --batch). schemaVersion 2 adds `followUp`, the policy's follow-up settings when the agreement was made (SPEC §10), which `track` and `remind` judge the agreement by; a version 1 record has none and is judged by --policy, its preset or the defaults (docs/after-the-call.md).",
  type: 'object',
  additionalProperties: false,
  required: ['schemaVersion', 'kind', 'tool', 'savedAt', 'policy', 'asOf', 'input', 'planId', 'recommendedPlanId', 'plan', 'script', 'note'],
  properties: {
    schemaVersion: { enum: ['1', '2'], description: '2 since the follow-up settings were added; 1 for older records (no followUp).' },
    kind: { const: 'repayplan.agreement' },
    tool: TOOL,
    savedAt: {
      type: 'string',
      pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$',
      description: 'When the agreement was recorded (UTC, ISO 8601).',
    },
    policy: {
      type: 'object',
      additionalProperties: false,
      required: ['name', 'version', 'sha256', 'currency', 'ref'],
      properties: {
        name: { type: 'string', minLength: 1 },
        version: { type: 'string', minLength: 1 },
        sha256: { ...SHA256, description: 'plan --input refuses to reproduce under a policy with another hash.' },
        currency: CURRENCY_CODE,
        ref: {
          type: 'string',
          description:
            'How the policy was named on the command line (a preset name, or the file path as typed); a file policy must be passed again with --policy FILE.',
        },
      },
    },
    asOf: REF.date,
    input: {
      description:
        "The account exactly as evaluated, every value a string with the §2 JSON names (amounts with the currency's digits), a field not given null; plus asOf.",
      type: 'object',
      additionalProperties: false,
      required: INPUT_REQUIRED,
      properties: {
        ...INPUT_OWED,
        overdueDays: { type: 'string', pattern: '^\\d+$' },
        ...INPUT_AMOUNTS,
        hardship: { enum: HARDSHIP_REASONS, description: 'Why the cardholder is behind (逾期原因).' },
        willingToRepay: { enum: WILLING_TO_REPAY, description: "The cardholder's stated will to repay (还款意愿)." },
        asOf: REF.date,
      },
    },
    planId: { type: 'string', description: 'The chosen plan (= plan.id).' },
    counterOffer: {
      description:
        'The counter-offer on the table when the plan was picked (SPEC §4.10): lump = paid now, monthly = a month; null when none. A down-payment plan (<offerId>-<n>+dp<Y>) is recomputed with --offer-lump and --offer-monthly set to these.',
      anyOf: [
        { type: 'null' },
        {
          type: 'object',
          additionalProperties: false,
          required: ['lump', 'monthly'],
          properties: { lump: REF.moneyOrNull, monthly: REF.moneyOrNull },
        },
      ],
    },
    recommendedPlanId: { type: ['string', 'null'], description: 'The plan the tool recommended at the time (may differ from the one chosen).' },
    plan: { $ref: 'output.schema.json#/$defs/plan' },
    script: {
      type: 'object',
      additionalProperties: false,
      required: ['lang', 'text'],
      properties: { lang: { enum: ['zh', 'en'] }, text: { type: 'string', description: 'The read-out script as shown to the agent.' } },
    },
    note: { type: 'string', description: "The agent's free-text note ('' when none)." },
    followUp: { $ref: '#/$defs/followUp' },
  },
  $defs: {
    money: MONEY_UNSIGNED,
    moneyOrNull: MONEY_OR_NULL,
    date: DATE_PLAIN,
    followUp: {
      type: 'object',
      additionalProperties: false,
      required: FOLLOW_UP_REQUIRED,
      description: "Follow-up settings (SPEC §10): see the policy schema's followUp.",
      properties: FOLLOW_UP_PROPERTIES,
    },
  },
  allOf: [
    {
      if: { properties: { schemaVersion: { const: '2' } }, required: ['schemaVersion'] },
      then: { properties: { followUp: true }, required: ['followUp'] },
      else: { properties: { followUp: false } },
    },
  ],
} as const;

/** A saved agreement record; `plan` typed as the output document's plan. */
type Source = typeof AGREEMENT_SCHEMA;
/** The schema with its one external reference (`plan`) left open for FromSchema, which resolves local references only. */
type Local = Omit<Source, 'properties'> & { properties: Omit<Source['properties'], 'plan'> & { plan: {} } };
export type AgreementDoc = Omit<FromSchema<Local>, 'plan'> & { plan: PlanDoc };
