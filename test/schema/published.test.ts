/**
 * The published schemas are generated from the sources the code's types come from
 * (src/schema/*.ts; src/policy/schema.ts has its own test): each file equals its source.
 * UPDATE_SCHEMA=1 npx vitest run test/schema/published.test.ts rewrites them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AGREEMENT_SCHEMA } from '../../src/schema/agreement.js';
import { APR_SCHEMA } from '../../src/schema/apr.js';
import { ERROR_SCHEMA } from '../../src/schema/error.js';
import { LEDGER_SCHEMA } from '../../src/schema/ledger.js';
import { OUTPUT_SCHEMA } from '../../src/schema/output.js';
import { SUMMARY_SCHEMA } from '../../src/schema/summary.js';
import { TRACKING_SCHEMA } from '../../src/schema/tracking.js';
import { ROOT } from '../cli/helpers.js';

const PUBLISHED: Record<string, unknown> = {
  output: OUTPUT_SCHEMA,
  agreement: AGREEMENT_SCHEMA,
  error: ERROR_SCHEMA,
  apr: APR_SCHEMA,
  tracking: TRACKING_SCHEMA,
  ledger: LEDGER_SCHEMA,
  summary: SUMMARY_SCHEMA,
};

describe('published schemas', () => {
  it.each(Object.keys(PUBLISHED))('schema/%s.schema.json is generated from src/schema (no drift)', (name) => {
    const file = join(ROOT, `schema/${name}.schema.json`);
    const text = `${JSON.stringify(PUBLISHED[name], null, 2)}\n`;
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(file, text);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });
});
