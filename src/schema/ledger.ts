/**
 * The one row of a ledger of payments received, for `track` / `remind --payments` (schema/ledger.schema.json is generated from this object; test/schema/published.test.ts keeps them equal).
 */
import { DATE_PLAIN } from './defs.js';

export const LEDGER_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://repayplan.dev/schema/ledger.schema.json',
  title: 'repayplan ledger row (payments received)',
  description:
    "One line of an NDJSON ledger for `repayplan track` / `remind --payments` (a CSV ledger has the same columns in a header: id,date,amount or 账户,还款日期,还款金额). This schema states the shape; the tool itself checks each row and rejects a bad one with its row number and reason instead of stopping (unknown account, bad date or amount, a date before the agreement or after the tracking date). Amounts are decimal strings (a JSON number is read by its exact text, never as a binary float), > 0, with at most the currency's digits, an optional currency sign and thousands commas.",
  type: 'object',
  properties: {
    id: { type: 'string', description: "The agreement's account reference (input.id of the record). Also accepted as 账户." },
    date: { ...DATE_PLAIN, description: 'The day the payment was received (YYYY-MM-DD). Also accepted as 还款日期.' },
    amount: {
      anyOf: [
        { type: 'string', pattern: '^[¥￥$£€]?\\s*(\\d+|\\d{1,3}(,\\d{3})+)(\\.\\d+)?$' },
        { type: 'number', exclusiveMinimum: 0 },
      ],
      description: 'The amount received. Also accepted as 还款金额.',
    },
    账户: { type: 'string' },
    还款日期: { type: 'string' },
    还款金额: { anyOf: [{ type: 'string' }, { type: 'number' }] },
  },
  anyOf: [
    { properties: { id: true, date: true, amount: true }, required: ['id', 'date', 'amount'] },
    { properties: { 账户: true, 还款日期: true, 还款金额: true }, required: ['账户', '还款日期', '还款金额'] },
  ],
  additionalProperties: true,
} as const;
