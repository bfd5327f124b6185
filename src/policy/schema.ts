/**
 * The policy JSON Schema (draft 2020-12): the one place the policy's shape is written (§3).
 *
 * Everything about a field lives on the field: its type and written form, its description,
 * its `examples` (quoted by validation messages), and for a decimal-string rate its numeric
 * range (`decimalRange`, an ajv keyword of our own, checked at validation). The TypeScript
 * type of a policy document (`PolicyDoc` in types.ts) is derived from this object with
 * json-schema-to-ts, so the type cannot disagree with the schema.
 *
 * `policySchema()` is the published form (schema/policy.schema.json, kept equal by a drift test;
 * `UPDATE_SCHEMA=1 npx vitest run test/policy` rewrites it): the same schema without our private
 * keywords, so any draft 2020-12 validator accepts exactly the documents we accept structurally.
 * Rules that span fields (bucket order, bucket names used by offers, terms against limits,
 * amounts against the currency's minor digits…) live in `rules.ts`.
 */

/** A non-negative decimal written as a string: digits, optionally a point and more digits. */
export const DECIMAL_PATTERN = '^[0-9]+(\\.[0-9]+)?$';
export const OFFER_ID_PATTERN = '^[a-z][a-z0-9-]*$';
export const CURRENCY_CODE_PATTERN = '^[A-Z]{3}$';
/** A decimal string equal to zero: the only value tolerated for a rate an offer does not use. */
export const ZERO_PATTERN = '^0+(\\.0+)?$';

export const SCHEMA_ID = 'urn:repayplan:schema:policy:1';

/** Keywords of the source schema that only repayplan reads; the published schema omits them. */
export const PRIVATE_KEYWORDS = ['decimalRange', 'exampleLabels'] as const;

/** The value of the `decimalRange` keyword: inclusive bounds and the words messages use. */
export interface DecimalRange {
  min: string;
  max: string;
  what: string;
  note: string;
}

/**
 * A decimal-string rate from `min` to `max` (inclusive). `what` names it in messages; `note`
 * (may be empty) adds what the bound means. The description says the same for readers.
 */
function rate<const E extends string, const R extends DecimalRange>(range: R, example: E) {
  const { min, max, what, note } = range;
  return {
    $ref: '#/$defs/decimal',
    description: `${what}: a decimal string from "${min}" to "${max}"${note ? ` (${note})` : ''}`,
    examples: [example],
    decimalRange: range,
  } as const;
}

const text = <const E extends string>(description: string | undefined, example?: E) =>
  ({ type: 'string', minLength: 1, ...(description ? { description } : {}), ...(example === undefined ? {} : { examples: [example] }) }) as const;
const months = { type: 'integer', minimum: 1 } as const;

export const POLICY_SOURCE = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: SCHEMA_ID,
  title: 'repayplan policy',
  description:
    'A repayplan policy (docs/policy.md; §3 of docs/method.md). Every rate and amount is a decimal string, never a JSON number. Numeric ranges of decimal strings and cross-field rules (bucket order, bucket names, terms within limits.maxTermMonths, amounts within currency.minorDigits) are checked by `repayplan policy validate` and listed in the README.',
  type: 'object',
  additionalProperties: false,
  required: [
    'name',
    'version',
    'currency',
    'cycleDays',
    'aprDisplay',
    'interest',
    'lateFee',
    'minimumPayment',
    'chargesCap',
    'buckets',
    'offers',
    'affordability',
    'recovery',
    'limits',
  ],
  properties: {
    name: text('policy name, shown in every output', 'my-policy'),
    version: text('policy version, shown in every output', '1'),
    description: { type: 'string', description: 'free text for people; it is part of the hashed document', examples: ['what this policy is for'] },
    currency: {
      type: 'object',
      additionalProperties: false,
      required: ['code', 'minorDigits', 'rounding'],
      properties: {
        code: { type: 'string', pattern: CURRENCY_CODE_PATTERN, description: 'ISO 4217 code, e.g. "CNY"', examples: ['CNY'] },
        minorDigits: {
          type: 'integer',
          minimum: 0,
          maximum: 4,
          description: 'decimals of the minor unit (2 for fen and cents, 0 for yen); every amount in the policy has at most this many',
          examples: [2],
        },
        rounding: { enum: ['half-up', 'half-even'], description: 'rounding at posting: half-up (四舍五入) or half-even', examples: ['half-up'] },
      },
      examples: [{ code: 'CNY', minorDigits: 2, rounding: 'half-up' }],
    },
    cycleDays: { type: 'integer', minimum: 1, maximum: 31, description: 'days in a billing cycle (§4.3)', examples: [30] },
    aprDisplay: {
      enum: ['nominal', 'effective'],
      description: 'the rate tables and scripts call APR: nominal (12 × monthly IRR) or effective ((1 + r)^12 − 1)',
      examples: ['nominal'],
    },
    interest: {
      type: 'object',
      additionalProperties: false,
      required: ['dailyRate', 'compounding'],
      properties: {
        dailyRate: rate({ min: '0', max: '0.01', what: 'daily interest rate', note: '0.01 a day is 365 % a year' }, '0.0005'),
        compounding: { enum: ['monthly', 'none'], description: 'monthly: unpaid interest joins the base at each cycle end', examples: ['monthly'] },
      },
      examples: [{ dailyRate: '0.0005', compounding: 'monthly' }],
    },
    lateFee: {
      type: 'object',
      additionalProperties: false,
      required: ['type'],
      properties: {
        type: { enum: ['percentOfMinimumDue', 'flat', 'none'], examples: ['percentOfMinimumDue', 'flat', 'none'] },
        rate: rate({ min: '0', max: '1', what: 'late-fee rate (share of the minimum due)', note: '' }, '0.05'),
        min: {
          $ref: '#/$defs/moneyOrNull',
          description: 'lower bound of each charge, or null for none',
          examples: ['10.00'],
          exampleLabels: ['policy.example.or-null-lower'],
        },
        max: {
          $ref: '#/$defs/moneyOrNull',
          description: 'upper bound of each charge, or null for none; at least min',
          examples: [null, '500.00'],
          exampleLabels: ['policy.example.no-upper', ''],
        },
        amount: { $ref: '#/$defs/money', description: 'the flat fee per missed due date', examples: ['30.00'] },
      },
      examples: [{ type: 'flat', amount: '30.00' }],
      allOf: [
        {
          if: { required: ['type'], properties: { type: { const: 'percentOfMinimumDue' } } },
          then: { required: ['rate', 'min', 'max'], properties: { amount: false } },
        },
        {
          if: { required: ['type'], properties: { type: { const: 'flat' } } },
          then: { required: ['amount'], properties: { rate: false, min: false, max: false } },
        },
        {
          if: { required: ['type'], properties: { type: { const: 'none' } } },
          then: { properties: { rate: false, min: false, max: false, amount: false } },
        },
      ],
    },
    minimumPayment: {
      type: 'object',
      additionalProperties: false,
      required: ['rate'],
      properties: { rate: rate({ min: '0', max: '1', what: 'minimum-payment rate (share of the principal)', note: '' }, '0.05') },
      examples: [{ rate: '0.10' }],
    },
    chargesCap: {
      type: ['object', 'null'],
      additionalProperties: false,
      required: ['annualRate'],
      properties: { annualRate: rate({ min: '0', max: '1', what: 'yearly cap on charges', note: '' }, '0.24') },
      description: 'null, or the yearly cap on estimated interest + fees (§4.3)',
      examples: [null, { annualRate: '0.24' }],
      exampleLabels: ['policy.example.no-cap', ''],
    },
    buckets: {
      type: 'array',
      minItems: 1,
      items: { $ref: '#/$defs/bucket' },
      description: 'ordered by strictly increasing maxDays; maxDays null on the last bucket only; names unique',
      examples: [
        [
          { name: 'M1', maxDays: 30 },
          { name: 'M2+', maxDays: null },
        ],
      ],
    },
    offers: {
      type: 'array',
      minItems: 1,
      items: { $ref: '#/$defs/offer' },
      description: 'offer ids unique',
      examples: [
        [
          {
            id: 'installment',
            family: 'installment',
            label: { zh: '个性化分期', en: 'Hardship installment' },
            buckets: ['M1'],
            terms: [12, 24, 36],
            method: 'flat-fee',
            monthlyFeeRate: '0.005',
          },
        ],
      ],
    },
    affordability: {
      type: 'object',
      additionalProperties: false,
      required: ['maxShareOfSurplus'],
      properties: { maxShareOfSurplus: rate({ min: '0', max: '1', what: 'share of the monthly surplus a plan may take', note: '' }, '0.5') },
      examples: [{ maxShareOfSurplus: '0.5' }],
    },
    recovery: {
      type: 'object',
      additionalProperties: false,
      required: ['annualDiscountRate', 'monthlyBreakRate'],
      properties: {
        annualDiscountRate: rate({ min: '0', max: '1', what: 'yearly discount rate', note: '' }, '0.08'),
        monthlyBreakRate: rate({ min: '0', max: '1', what: 'monthly chance that a plan breaks', note: '' }, '0.02'),
      },
      examples: [{ annualDiscountRate: '0.08', monthlyBreakRate: '0.02' }],
    },
    limits: {
      type: 'object',
      additionalProperties: false,
      required: ['maxTermMonths', 'minInstallment'],
      properties: {
        maxTermMonths: { type: 'integer', minimum: 1, maximum: 600, description: 'no plan runs longer, grace months included', examples: [60] },
        minInstallment: { $ref: '#/$defs/money', description: 'smallest monthly payment after the grace months', examples: ['100.00'] },
      },
      examples: [{ maxTermMonths: 60, minInstallment: '100.00' }],
    },
    followUp: {
      type: 'object',
      additionalProperties: false,
      description:
        'after the call (§10 of docs/method.md): when an agreement is late or broken, how payments are split, what a break reinstates, when reminders go out. Optional: a policy without it gets the defaults of docs/after-the-call.md',
      required: ['graceDays', 'breakAfterMissed', 'breakAfterDays', 'allocation', 'onBreak', 'reminders'],
      properties: {
        graceDays: {
          type: 'integer',
          minimum: 0,
          maximum: 60,
          description: 'days after a due date before an unpaid instalment counts as missed',
          examples: [3],
        },
        breakAfterMissed: {
          type: ['integer', 'null'],
          minimum: 1,
          maximum: 60,
          description: 'missed instalments (at one time) that break the agreement; null: no such rule',
          examples: [1],
        },
        breakAfterDays: {
          type: ['integer', 'null'],
          minimum: 0,
          maximum: 3650,
          description: 'the agreement breaks once its oldest unpaid instalment is more than this many days past due; null: no such rule',
          examples: [30],
        },
        allocation: {
          enum: ['charges-first', 'principal-first', 'cn-art57'],
          description:
            'how a payment is split inside an instalment: charges-first (fee, interest, principal), principal-first (principal, interest, fee), or cn-art57 (charges first when the account was at most 90 days overdue at the agreement, else principal first)',
          examples: ['cn-art57'],
        },
        onBreak: {
          type: 'object',
          additionalProperties: false,
          required: ['reinstateWaivers'],
          properties: { reinstateWaivers: { type: 'boolean', description: 'a broken agreement owes again what the plan waived', examples: [true] } },
          examples: [{ reinstateWaivers: true }],
        },
        reminders: {
          type: 'object',
          additionalProperties: false,
          required: ['daysBefore', 'daysAfter'],
          properties: {
            daysBefore: {
              type: 'array',
              items: { type: 'integer', minimum: 1, maximum: 60 },
              description: 'days before a due date on which a reminder goes out',
              examples: [[3, 1]],
            },
            daysAfter: {
              type: 'array',
              items: { type: 'integer', minimum: 1, maximum: 365 },
              description: 'days after a due date on which an overdue notice goes out while it stays unpaid',
              examples: [[1, 3]],
            },
          },
          examples: [{ daysBefore: [3, 1], daysAfter: [1, 3] }],
        },
      },
      examples: [
        {
          graceDays: 3,
          breakAfterMissed: 1,
          breakAfterDays: 30,
          allocation: 'cn-art57',
          onBreak: { reinstateWaivers: true },
          reminders: { daysBefore: [3, 1], daysAfter: [1, 3] },
        },
      ],
    },
  },
  $defs: {
    decimal: {
      type: 'string',
      pattern: DECIMAL_PATTERN,
      description: 'a non-negative decimal written as a string, e.g. "0.005" (no sign, exponent, comma or spaces)',
    },
    money: {
      type: 'string',
      pattern: DECIMAL_PATTERN,
      description: 'an amount written as a decimal string with at most currency.minorDigits decimals, e.g. "100.00"',
    },
    moneyOrNull: {
      type: ['string', 'null'],
      pattern: DECIMAL_PATTERN,
      description: 'an amount written as a decimal string, or null',
    },
    share: {
      ...rate({ min: '0', max: '1', what: 'waiver share', note: '"0" waives nothing, "1" all of it' }, '1'),
      examples: ['1', '0.5'],
      exampleLabels: ['policy.example.all', 'policy.example.half'],
    },
    zero: {
      type: 'string',
      pattern: ZERO_PATTERN,
      description: 'a rate this offer does not use: leave it out (only "0", which changes nothing, is tolerated)',
    },
    bucket: {
      type: 'object',
      additionalProperties: false,
      required: ['name', 'maxDays'],
      properties: {
        name: text('unique; "*" is reserved for waiver tables', 'M1'),
        maxDays: {
          type: ['integer', 'null'],
          minimum: 0,
          description: 'last overdue day of the bucket; null on the last bucket only',
          examples: [30],
          exampleLabels: ['policy.example.or-null-last'],
        },
      },
    },
    waiverShares: {
      type: 'object',
      additionalProperties: false,
      required: ['fees', 'interest', 'principal'],
      properties: {
        fees: { $ref: '#/$defs/share' },
        interest: { $ref: '#/$defs/share' },
        principal: { $ref: '#/$defs/share' },
      },
      examples: [{ fees: '1', interest: '0', principal: '0' }],
    },
    offer: {
      type: 'object',
      additionalProperties: false,
      required: ['id', 'family', 'label', 'buckets', 'terms'],
      properties: {
        id: { type: 'string', pattern: OFFER_ID_PATTERN, description: 'unique; plan ids are <id>-<n> (or <id>-<g>+<n>)', examples: ['installment'] },
        family: { enum: ['installment', 'deferral', 'reduction'], examples: ['installment'] },
        label: {
          type: 'object',
          additionalProperties: false,
          required: ['zh', 'en'],
          properties: { zh: text(undefined, '个性化分期'), en: text(undefined, 'Hardship installment') },
          examples: [{ zh: '个性化分期', en: 'Hardship installment' }],
        },
        buckets: {
          type: 'array',
          minItems: 1,
          uniqueItems: true,
          items: text(undefined),
          description: 'bucket names the offer is open to; each must be a bucket of the policy',
          examples: [['M1', 'M2']],
        },
        terms: {
          type: 'array',
          minItems: 1,
          uniqueItems: true,
          items: months,
          description: 'months; each (plus the largest grace for a deferral) at most limits.maxTermMonths; for a reduction, 1 is a lump sum',
          examples: [[12, 24, 36]],
        },
        method: { enum: ['flat-fee', 'annuity', 'equal-principal'], description: 'installment and deferral only', examples: ['flat-fee'] },
        monthlyFeeRate: rate({ min: '0', max: '0.1', what: 'monthly fee rate', note: 'flat-fee only; 0.1 a month is 120 % a year' }, '0.005'),
        annualRate: rate({ min: '0', max: '1', what: 'yearly interest rate', note: 'annuity and equal-principal only' }, '0.0699'),
        graceMonths: { type: 'array', minItems: 1, uniqueItems: true, items: months, description: 'deferral only', examples: [[3, 6]] },
        graceShare: rate(
          { min: '0', max: '1', what: 'share of the debt paid each grace month', note: 'deferral only; times the largest graceMonths it stays below 1' },
          '0.01',
        ),
        lumpSumDays: { type: 'integer', minimum: 1, maximum: 365, description: 'reduction only: days allowed to pay the lump sum (term 1)', examples: [30] },
        requiresHardship: {
          type: 'boolean',
          description:
            'open only to an account that states a hardship reason and has not said it will not repay (Art. 70: a debt beyond the means of a cardholder who wants to repay); default false',
          examples: [true],
        },
        waivers: {
          type: 'object',
          additionalProperties: { $ref: '#/$defs/waiverShares' },
          description: 'by bucket name (each a bucket of the policy), "*" for every bucket not named',
          examples: [{ '*': { fees: '1', interest: '0', principal: '0' } }],
        },
      },
      allOf: [
        {
          if: { required: ['family'], properties: { family: { enum: ['installment', 'deferral'] } } },
          then: { required: ['method'], properties: { lumpSumDays: false } },
        },
        {
          if: { required: ['family'], properties: { family: { const: 'deferral' } } },
          then: { required: ['graceMonths', 'graceShare'] },
        },
        {
          if: { required: ['family'], properties: { family: { enum: ['installment', 'reduction'] } } },
          then: { properties: { graceMonths: false, graceShare: false } },
        },
        {
          if: { required: ['family'], properties: { family: { const: 'reduction' } } },
          then: { properties: { method: false, monthlyFeeRate: { $ref: '#/$defs/zero' }, annualRate: { $ref: '#/$defs/zero' } } },
        },
        {
          if: { required: ['family', 'terms'], properties: { family: { const: 'reduction' }, terms: { type: 'array', contains: { const: 1 } } } },
          then: { required: ['lumpSumDays'] },
        },
        {
          if: { required: ['method'], properties: { method: { const: 'flat-fee' }, family: { not: { const: 'reduction' } } } },
          then: { required: ['monthlyFeeRate'], properties: { annualRate: { $ref: '#/$defs/zero' } } },
        },
        {
          if: { required: ['method'], properties: { method: { enum: ['annuity', 'equal-principal'] }, family: { not: { const: 'reduction' } } } },
          then: { required: ['annualRate'], properties: { monthlyFeeRate: { $ref: '#/$defs/zero' } } },
        },
      ],
    },
  },
} as const;

/** The source schema without the private keywords: what other validators and readers get. */
function publish(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(publish);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) {
    if (!(PRIVATE_KEYWORDS as readonly string[]).includes(k)) out[k] = k === 'examples' || k === 'const' || k === 'enum' ? v : publish(v);
  }
  return out;
}

let published: Record<string, unknown> | undefined;

/**
 * The published schema (the source without the private keywords), made on first use: only the
 * tests and schema/policy.schema.json read it, and making it at load cost every `plan` ~0.5 ms (#16).
 */
export function policySchema(): Record<string, unknown> {
  published ??= publish(POLICY_SOURCE) as Record<string, unknown>;
  return published;
}
