/**
 * The blocks the output documents share (issue #9 step 1), written once and spread or named in
 * each schema of this folder: the tool and policy stamps, money and dates, the account as read,
 * the follow-up settings. Each schema still publishes a self-contained file (its own `$defs`);
 * test/schema/equivalence.test.ts proves the published files mean what they meant before the
 * split. Pure data, `as const` so that json-schema-to-ts `FromSchema` sees the literals.
 *
 * Some documents keep their own variants on purpose (SPEC §5, §6, §10, §11): the plan document
 * and `apr` allow negative money (a surplus), the tracking and agreement documents do not; the
 * batch summary writes its money and dates with its own patterns. They are named apart below
 * rather than merged, so that no published schema accepts or refuses anything it did not.
 */

/** `{ $ref }` to a definition of the same document's `$defs`. */
export const REF = {
  money: { $ref: '#/$defs/money' },
  moneyOrNull: { $ref: '#/$defs/moneyOrNull' },
  date: { $ref: '#/$defs/date' },
  count: { $ref: '#/$defs/count' },
  planId: { $ref: '#/$defs/planId' },
  rate6: { $ref: '#/$defs/rate6' },
  ratio4: { $ref: '#/$defs/ratio4' },
  rate: { $ref: '#/$defs/rate' },
  rateOrNull: { $ref: '#/$defs/rateOrNull' },
} as const;

/** Money that may be negative, described (the plan document). */
export const MONEY = {
  description: 'Decimal string with exactly the currency\'s minor digits ("1234.50" for CNY, "1234" for JPY, "1.234" for KWD); never a JSON number.',
  type: 'string',
  pattern: '^-?\\d+(\\.\\d+)?$',
} as const;

/** Money that is never negative (tracking, agreement). */
export const MONEY_UNSIGNED = { type: 'string', pattern: '^\\d+(\\.\\d+)?$' } as const;

/** `money` or null, the definition beside `money`. */
export const MONEY_OR_NULL = { anyOf: [REF.money, { type: 'null' }] } as const;

const DATE_PATTERN = '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$';

/** A calendar date, described (plan, apr). */
export const DATE = { description: 'Calendar date YYYY-MM-DD.', type: 'string', pattern: DATE_PATTERN } as const;

/** A calendar date (tracking, agreement). */
export const DATE_PLAIN = { type: 'string', pattern: DATE_PATTERN } as const;

/** A count (of rows, agreements, days). */
export const COUNT = { type: 'integer', minimum: 0 } as const;

export const SHA256 = { type: 'string', pattern: '^[0-9a-f]{64}$' } as const;

export const CURRENCY_CODE = { type: 'string', pattern: '^[A-Z]{3}$' } as const;

/** `schemaVersion` of a document at version 1. */
export const VERSION_1 = { const: '1' } as const;

/** The `tool` stamp: the program and its version. */
export const TOOL = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'version'],
  properties: { name: { const: 'repayplan' }, version: { type: 'string' } },
} as const;

/** The policy a document was made under, by name, version and hash. */
export const POLICY_STAMP = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'version', 'sha256'],
  properties: { name: { type: 'string' }, version: { type: 'string' }, sha256: SHA256 },
} as const;

/** The account as read (plan document `input`, agreement `input`): its fields in order. */
export const INPUT_REQUIRED = [
  'id',
  'principal',
  'interest',
  'fees',
  'overdueDays',
  'minimumDue',
  'monthlyIncome',
  'monthlyExpenses',
  'otherDebtPayments',
  'availableCash',
  'asOf',
] as const;

/** The account's first fields: id and what is owed. */
export const INPUT_OWED = {
  id: { type: ['string', 'null'] },
  principal: REF.money,
  interest: REF.moneyOrNull,
  fees: REF.moneyOrNull,
} as const;

/** The account's optional amounts. */
export const INPUT_AMOUNTS = {
  minimumDue: REF.moneyOrNull,
  monthlyIncome: REF.moneyOrNull,
  monthlyExpenses: REF.moneyOrNull,
  otherDebtPayments: REF.moneyOrNull,
  availableCash: REF.moneyOrNull,
} as const;

export const HARDSHIP_REASONS = ['unemployment', 'illness', 'business', 'income-drop', 'other', null] as const;

export const WILLING_TO_REPAY = ['yes', 'no', null] as const;

/** The follow-up settings (SPEC §10) as the tracking and agreement documents carry them. */
export const FOLLOW_UP_REQUIRED = ['graceDays', 'breakAfterMissed', 'breakAfterDays', 'allocation', 'onBreak', 'reminders'] as const;

const DAYS = { type: 'array', items: { type: 'integer', minimum: 1 } } as const;

export const FOLLOW_UP_PROPERTIES = {
  graceDays: { type: 'integer', minimum: 0, description: 'Days after a due date before an unpaid instalment counts as missed.' },
  breakAfterMissed: {
    type: ['integer', 'null'],
    minimum: 1,
    description: 'Missed instalments (at one time) that break the agreement; null = no such rule.',
  },
  breakAfterDays: {
    type: ['integer', 'null'],
    minimum: 0,
    description: 'The agreement breaks once its oldest unpaid instalment is more than this many days past due; null = no such rule.',
  },
  allocation: { enum: ['charges-first', 'principal-first', 'cn-art57'] },
  onBreak: { type: 'object', additionalProperties: false, required: ['reinstateWaivers'], properties: { reinstateWaivers: { type: 'boolean' } } },
  reminders: {
    type: 'object',
    additionalProperties: false,
    required: ['daysBefore', 'daysAfter'],
    properties: { daysBefore: DAYS, daysAfter: DAYS },
  },
} as const;
