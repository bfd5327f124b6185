/**
 * The policy JSON Schema (draft 2020-12), the structural half of policy validation (§3).
 *
 * This object is the source; `schema/policy.schema.json` is the published copy, kept equal to
 * it by a drift test (`UPDATE_SCHEMA=1 npx vitest run test/policy` rewrites it).
 *
 * The schema checks shapes, types, key sets, enumerations, whole-number ranges and the
 * written form of decimals. What JSON Schema cannot say about a decimal *string* (its numeric
 * range) and every rule that spans fields (bucket order, bucket names used by offers, terms
 * against limits, amounts against the currency's minor digits…) lives in `rules.ts`; the
 * ranges are listed in each field's `description` here so the published schema documents them.
 */
/**
 * Ranges of the decimal-string fields (inclusive), checked by `rules.ts` and written into the
 * schema's descriptions. `what` names the field in messages.
 */
export const DECIMAL_RANGES = {
  'interest.dailyRate': { min: '0', max: '0.01', what: 'daily interest rate', note: '0.01 a day is 365 % a year' },
  'lateFee.rate': { min: '0', max: '1', what: 'late-fee rate (share of the minimum due)', note: '' },
  'minimumPayment.rate': { min: '0', max: '1', what: 'minimum-payment rate (share of the principal)', note: '' },
  'chargesCap.annualRate': { min: '0', max: '1', what: 'yearly cap on charges', note: '' },
  'affordability.maxShareOfSurplus': { min: '0', max: '1', what: 'share of the monthly surplus a plan may take', note: '' },
  'recovery.annualDiscountRate': { min: '0', max: '1', what: 'yearly discount rate', note: '' },
  'recovery.monthlyBreakRate': { min: '0', max: '1', what: 'monthly chance that a plan breaks', note: '' },
  'offers[].monthlyFeeRate': { min: '0', max: '0.1', what: 'monthly fee rate', note: 'flat-fee only; 0.1 a month is 120 % a year' },
  'offers[].annualRate': { min: '0', max: '1', what: 'yearly interest rate', note: 'annuity and equal-principal only' },
  'offers[].graceShare': { min: '0', max: '1', what: 'share of the debt paid each grace month', note: 'deferral only; times the largest graceMonths it stays below 1' },
  'offers[].waivers.*': { min: '0', max: '1', what: 'waiver share', note: '"0" waives nothing, "1" all of it' },
} as const;

export type RangeKey = keyof typeof DECIMAL_RANGES;

/** A non-negative decimal written as a string: digits, optionally a point and more digits. */
export const DECIMAL_PATTERN = '^[0-9]+(\\.[0-9]+)?$';
export const OFFER_ID_PATTERN = '^[a-z][a-z0-9-]*$';
export const CURRENCY_CODE_PATTERN = '^[A-Z]{3}$';
/** A decimal string equal to zero: the only value tolerated for a rate an offer does not use. */
export const ZERO_PATTERN = '^0+(\\.0+)?$';

export const SCHEMA_ID = 'urn:repayplan:schema:policy:1';

function rate(key: RangeKey): Record<string, unknown> {
  const r = DECIMAL_RANGES[key];
  return { $ref: '#/$defs/decimal', description: `${r.what}: a decimal string from "${r.min}" to "${r.max}"${r.note ? ` (${r.note})` : ''}` };
}

const nonEmptyString = { type: 'string', minLength: 1 };
const months = { type: 'integer', minimum: 1 };

export const POLICY_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: SCHEMA_ID,
  title: 'repayplan policy',
  description:
    'A repayplan policy (SPEC §3). Every rate and amount is a decimal string, never a JSON number. Numeric ranges of decimal strings and cross-field rules (bucket order, bucket names, terms within limits.maxTermMonths, amounts within currency.minorDigits) are checked by `repayplan policy validate` and listed in the README.',
  type: 'object',
  additionalProperties: false,
  required: [
    'name', 'version', 'currency', 'cycleDays', 'aprDisplay', 'interest', 'lateFee', 'minimumPayment',
    'chargesCap', 'buckets', 'offers', 'affordability', 'recovery', 'limits',
  ],
  properties: {
    name: { ...nonEmptyString, description: 'policy name, shown in every output' },
    version: { ...nonEmptyString, description: 'policy version, shown in every output' },
    description: { type: 'string', description: 'free text for people; it is part of the hashed document' },
    currency: {
      type: 'object',
      additionalProperties: false,
      required: ['code', 'minorDigits', 'rounding'],
      properties: {
        code: { type: 'string', pattern: CURRENCY_CODE_PATTERN, description: 'ISO 4217 code, e.g. "CNY"' },
        minorDigits: { type: 'integer', minimum: 0, maximum: 4, description: 'decimals of the minor unit (2 for fen and cents, 0 for yen); every amount in the policy has at most this many' },
        rounding: { enum: ['half-up', 'half-even'], description: 'rounding at posting: half-up (四舍五入) or half-even' },
      },
    },
    cycleDays: { type: 'integer', minimum: 1, maximum: 31, description: 'days in a billing cycle (§4.3)' },
    aprDisplay: { enum: ['nominal', 'effective'], description: 'the rate tables and scripts call APR: nominal (12 × monthly IRR) or effective ((1 + r)^12 − 1)' },
    interest: {
      type: 'object',
      additionalProperties: false,
      required: ['dailyRate', 'compounding'],
      properties: {
        dailyRate: rate('interest.dailyRate'),
        compounding: { enum: ['monthly', 'none'], description: 'monthly: unpaid interest joins the base at each cycle end' },
      },
    },
    lateFee: {
      type: 'object',
      additionalProperties: false,
      required: ['type'],
      properties: {
        type: { enum: ['percentOfMinimumDue', 'flat', 'none'] },
        rate: rate('lateFee.rate'),
        min: { $ref: '#/$defs/moneyOrNull', description: 'lower bound of each charge, or null for none' },
        max: { $ref: '#/$defs/moneyOrNull', description: 'upper bound of each charge, or null for none; at least min' },
        amount: { $ref: '#/$defs/money', description: 'the flat fee per missed due date' },
      },
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
      properties: { rate: rate('minimumPayment.rate') },
    },
    chargesCap: {
      type: ['object', 'null'],
      additionalProperties: false,
      required: ['annualRate'],
      properties: { annualRate: rate('chargesCap.annualRate') },
      description: 'null, or the yearly cap on estimated interest + fees (§4.3)',
    },
    buckets: {
      type: 'array',
      minItems: 1,
      items: { $ref: '#/$defs/bucket' },
      description: 'ordered by strictly increasing maxDays; maxDays null on the last bucket only; names unique',
    },
    offers: {
      type: 'array',
      minItems: 1,
      items: { $ref: '#/$defs/offer' },
      description: 'offer ids unique',
    },
    affordability: {
      type: 'object',
      additionalProperties: false,
      required: ['maxShareOfSurplus'],
      properties: { maxShareOfSurplus: rate('affordability.maxShareOfSurplus') },
    },
    recovery: {
      type: 'object',
      additionalProperties: false,
      required: ['annualDiscountRate', 'monthlyBreakRate'],
      properties: {
        annualDiscountRate: rate('recovery.annualDiscountRate'),
        monthlyBreakRate: rate('recovery.monthlyBreakRate'),
      },
    },
    limits: {
      type: 'object',
      additionalProperties: false,
      required: ['maxTermMonths', 'minInstallment'],
      properties: {
        maxTermMonths: { type: 'integer', minimum: 1, maximum: 600, description: 'no plan runs longer, grace months included' },
        minInstallment: { $ref: '#/$defs/money', description: 'smallest monthly payment after the grace months' },
      },
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
    share: rate('offers[].waivers.*'),
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
        name: { ...nonEmptyString, description: 'unique; "*" is reserved for waiver tables' },
        maxDays: { type: ['integer', 'null'], minimum: 0, description: 'last overdue day of the bucket; null on the last bucket only' },
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
    },
    offer: {
      type: 'object',
      additionalProperties: false,
      required: ['id', 'family', 'label', 'buckets', 'terms'],
      properties: {
        id: { type: 'string', pattern: OFFER_ID_PATTERN, description: 'unique; plan ids are <id>-<n> (or <id>-<g>+<n>)' },
        family: { enum: ['installment', 'deferral', 'reduction'] },
        label: {
          type: 'object',
          additionalProperties: false,
          required: ['zh', 'en'],
          properties: { zh: nonEmptyString, en: nonEmptyString },
        },
        buckets: {
          type: 'array',
          minItems: 1,
          uniqueItems: true,
          items: nonEmptyString,
          description: 'bucket names the offer is open to; each must be a bucket of the policy',
        },
        terms: {
          type: 'array',
          minItems: 1,
          uniqueItems: true,
          items: months,
          description: 'months; each (plus the largest grace for a deferral) at most limits.maxTermMonths; for a reduction, 1 is a lump sum',
        },
        method: { enum: ['flat-fee', 'annuity', 'equal-principal'], description: 'installment and deferral only' },
        monthlyFeeRate: rate('offers[].monthlyFeeRate'),
        annualRate: rate('offers[].annualRate'),
        graceMonths: { type: 'array', minItems: 1, uniqueItems: true, items: months, description: 'deferral only' },
        graceShare: rate('offers[].graceShare'),
        lumpSumDays: { type: 'integer', minimum: 1, maximum: 365, description: 'reduction only: days allowed to pay the lump sum (term 1)' },
        waivers: {
          type: 'object',
          additionalProperties: { $ref: '#/$defs/waiverShares' },
          description: 'by bucket name (each a bucket of the policy), "*" for every bucket not named',
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
