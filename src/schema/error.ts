/**
 * The error object of `--format json` failures (SPEC §7): the source of the published
 * schema/error.schema.json (test/schema/published.test.ts keeps the file equal to it;
 * `UPDATE_SCHEMA=1 npx vitest run test/schema/published.test.ts` rewrites it) and of its
 * TypeScript type, so the code that builds the object (`toErrorObject`) and the schema cannot
 * disagree. Pure data, no imports but types.
 */
import type { FromSchema } from 'json-schema-to-ts';
import { VERSION_1 } from './defs.js';

export const ERROR_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://repayplan.dev/schema/error.schema.json',
  title: 'repayplan error object (schemaVersion 1)',
  description:
    'What repayplan prints on stdout instead of its document when a command run with --format json fails (SPEC §7). stderr carries the same message as one line per issue. Additive changes keep schemaVersion "1"; a breaking change bumps it.',
  type: 'object',
  additionalProperties: false,
  required: ['schemaVersion', 'error'],
  properties: {
    schemaVersion: VERSION_1,
    error: {
      type: 'object',
      additionalProperties: false,
      required: ['code', 'message', 'field', 'value', 'issues', 'exitCode'],
      properties: {
        code: {
          $ref: '#/$defs/code',
          description: 'Stable machine code of the (first) problem, e.g. "amount.exponent"; "internal" for a bug.',
        },
        message: {
          type: 'string',
          minLength: 1,
          pattern: '^[^\\n]+$',
          description: 'One line: where, what, and how to fix it (the stderr line without its "repayplan: " prefix).',
        },
        field: {
          type: ['string', 'null'],
          minLength: 1,
          description: 'The flag, account field or policy JSON path at fault; null when the error is not about one field.',
        },
        value: { type: ['string', 'null'], description: 'The offending value as text (masked when personal); null when absent.' },
        issues: {
          description: 'Every problem found, one per field or JSON path (validation reports them all at once); empty for usage errors and internal errors.',
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['code', 'field', 'value', 'message'],
            properties: {
              code: { $ref: '#/$defs/code' },
              field: { type: 'string', minLength: 1 },
              value: { type: ['string', 'null'] },
              message: { type: 'string', minLength: 1, pattern: '^[^\\n]+$' },
            },
          },
        },
        exitCode: { enum: [1, 2], description: '2: bad usage, input or policy (fix the input and retry); 1: a bug in repayplan.' },
      },
    },
  },
  $defs: { code: { type: 'string', pattern: '^[a-z][a-zA-Z0-9]*(?:[.-][a-zA-Z0-9]+)*$' } },
} as const;

/** An error object as printed. */
export type ErrorDoc = FromSchema<typeof ERROR_SCHEMA>;
