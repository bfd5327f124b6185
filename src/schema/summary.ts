/**
 * The portfolio summary of `repayplan batch` (--summary FILE, the last stderr line under
 * --format ndjson; SPEC §6, issue #12): the source of the published schema/summary.schema.json
 * (test/schema/published.test.ts keeps the file equal to it) and of its TypeScript type, which
 * the batch edge assigns its summary to, so the two cannot disagree. Pure data.
 */
import type { FromSchema } from 'json-schema-to-ts';
import { COUNT, CURRENCY_CODE, POLICY_STAMP, REF, TOOL, VERSION_1 } from './defs.js';

export const SUMMARY_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://repayplan.dev/schema/summary.schema.json',
  title: 'repayplan batch --summary FILE (schemaVersion 1)',
  description:
    'The portfolio summary of one `repayplan batch` run (SPEC §6): written by --summary FILE, and printed as the last line of stderr under --format ndjson. Counts are whole numbers; money is a decimal string with exactly the policy currency\'s minor digits, summed exactly (no float); rates are fractions with 4 decimals ("0.7232" = 72.32 %), null when there is nothing to divide by. `expectedNpv` sums the NPV of the recommended plans (a row with none adds 0); `recoveryRate` = expectedNpv / owed of the group. Additive changes keep schemaVersion "1".',
  type: 'object',
  additionalProperties: false,
  required: [
    'schemaVersion',
    'kind',
    'tool',
    'policy',
    'asOf',
    'currency',
    'rows',
    'totals',
    'byBucket',
    'byFamily',
    'byPlan',
    'byAffordability',
    'byBucketFamily',
    'recoveryRates',
    'rejections',
    'ids',
  ],
  properties: {
    schemaVersion: VERSION_1,
    kind: { const: 'batch-summary' },
    tool: TOOL,
    policy: POLICY_STAMP,
    asOf: { ...REF.date, description: 'The default valuation date (--as-of) for rows without their own as_of.' },
    currency: CURRENCY_CODE,
    rows: {
      type: 'object',
      additionalProperties: false,
      required: ['read', 'scored', 'rejected', 'blank'],
      description: 'read = scored + rejected; blank lines are not rows.',
      properties: { read: REF.count, scored: REF.count, rejected: REF.count, blank: REF.count },
    },
    totals: {
      type: 'object',
      additionalProperties: false,
      required: ['withPlan', 'affordable', 'affordableShare', 'count', 'owed', 'owedIn12Months', 'expectedNpv', 'recoveryRate'],
      properties: {
        withPlan: { ...REF.count, description: 'Scored rows with a recommended plan.' },
        affordable: { ...REF.count, description: 'Scored rows whose recommended plan is affordable (affordable = true).' },
        affordableShare: { ...REF.rateOrNull, description: 'affordable / scored.' },
        count: REF.count,
        owed: { ...REF.money, description: 'Σ total owed today (T).' },
        owedIn12Months: { ...REF.money, description: 'Σ the status quo in 12 months (§4.9).' },
        expectedNpv: { ...REF.money, description: 'Σ NPV of the recommended plans.' },
        recoveryRate: REF.rateOrNull,
      },
    },
    byBucket: {
      type: 'array',
      description: 'Every bucket of the policy, in its order, zeros included.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['bucket', 'count', 'owed', 'owedIn12Months', 'expectedNpv', 'recoveryRate'],
        properties: {
          bucket: { type: 'string' },
          count: REF.count,
          owed: { ...REF.money, description: 'Σ total owed today (T).' },
          owedIn12Months: { ...REF.money, description: 'Σ the status quo in 12 months (§4.9).' },
          expectedNpv: { ...REF.money, description: 'Σ NPV of the recommended plans.' },
          recoveryRate: REF.rateOrNull,
        },
      },
    },
    byFamily: {
      type: 'array',
      description: 'installment, deferral, reduction, none (no plan recommended), in that order.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['family', 'count', 'owed', 'owedIn12Months', 'expectedNpv', 'recoveryRate'],
        properties: {
          family: { $ref: '#/$defs/familyOrNone' },
          count: REF.count,
          owed: { ...REF.money, description: 'Σ total owed today (T).' },
          owedIn12Months: { ...REF.money, description: 'Σ the status quo in 12 months (§4.9).' },
          expectedNpv: { ...REF.money, description: 'Σ NPV of the recommended plans.' },
          recoveryRate: REF.rateOrNull,
        },
      },
    },
    byPlan: {
      type: 'array',
      description: 'Each recommended plan id (family and term) that occurs.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['plan', 'family', 'months', 'count', 'owed', 'owedIn12Months', 'expectedNpv', 'recoveryRate'],
        properties: {
          plan: { type: 'string' },
          family: { enum: ['installment', 'deferral', 'reduction'] },
          months: REF.count,
          count: REF.count,
          owed: { ...REF.money, description: 'Σ total owed today (T).' },
          owedIn12Months: { ...REF.money, description: 'Σ the status quo in 12 months (§4.9).' },
          expectedNpv: { ...REF.money, description: 'Σ NPV of the recommended plans.' },
          recoveryRate: REF.rateOrNull,
        },
      },
    },
    byAffordability: {
      type: 'array',
      description: 'The `affordable` column: true, false (plans exist, none affordable), unknown (a figure is missing, or no plan at all).',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['affordable', 'count', 'owed', 'owedIn12Months', 'expectedNpv', 'recoveryRate'],
        properties: {
          affordable: { enum: ['true', 'false', 'unknown'] },
          count: REF.count,
          owed: { ...REF.money, description: 'Σ total owed today (T).' },
          owedIn12Months: { ...REF.money, description: 'Σ the status quo in 12 months (§4.9).' },
          expectedNpv: { ...REF.money, description: 'Σ NPV of the recommended plans.' },
          recoveryRate: REF.rateOrNull,
        },
      },
    },
    byBucketFamily: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['bucket', 'family', 'count'],
        properties: { bucket: { type: 'string' }, family: { $ref: '#/$defs/familyOrNone' }, count: REF.count },
      },
    },
    recoveryRates: {
      type: 'array',
      description: "Histogram of the recommended plans' recovery rates: [from, to), the last bin open (to = null).",
      minItems: 11,
      maxItems: 11,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['from', 'to', 'count'],
        properties: { from: REF.rate, to: REF.rateOrNull, count: REF.count },
      },
    },
    rejections: {
      type: 'array',
      description: 'Rejected rows by reason code, most frequent first, with the first few row numbers.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['code', 'count', 'rows'],
        properties: {
          code: { type: 'string' },
          count: { type: 'integer', minimum: 1 },
          rows: { type: 'array', maxItems: 5, items: { type: 'integer', minimum: 1 } },
        },
      },
    },
    ids: {
      type: 'object',
      additionalProperties: false,
      required: ['duplicateRows', 'duplicateIds', 'examples', 'maskCollisions', 'collisionExamples', 'withoutId'],
      properties: {
        duplicateRows: { ...REF.count, description: 'Rows whose id was already carried by an earlier row.' },
        duplicateIds: REF.count,
        examples: { $ref: '#/$defs/idRows' },
        maskCollisions: { ...REF.count, description: 'Different ids that are shown the same once masked (§9).' },
        collisionExamples: { $ref: '#/$defs/idRows' },
        withoutId: REF.count,
      },
    },
  },
  $defs: {
    count: COUNT,
    money: { type: 'string', pattern: '^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$' },
    rate: { type: 'string', pattern: '^-?[0-9]+\\.[0-9]{4}$' },
    rateOrNull: { anyOf: [REF.rate, { type: 'null' }] },
    date: { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' },
    familyOrNone: { enum: ['installment', 'deferral', 'reduction', 'none'] },
    idRows: {
      type: 'array',
      maxItems: 5,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'rows'],
        properties: { id: { type: 'string' }, rows: { type: 'array', minItems: 2, items: { type: 'integer', minimum: 1 } } },
      },
    },
  },
} as const;

export type SummaryDocument = FromSchema<typeof SUMMARY_SCHEMA>;
