/**
 * Batch output against golden files (issue #12): the scored CSV (every column, --keep and the
 * row numbers), the rejected rows and the portfolio summary of fixtures/csv/portfolio-en.csv and
 * bad-rows.csv. A change of columns or figures shows here as a diff to review:
 * UPDATE_GOLDEN=1 rewrites them.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AS_OF, FIXTURES, ROOT, runInProcess } from '../batch/helpers.js';

const GOLDEN = join(ROOT, 'fixtures/golden');

function golden(name: string, text: string): void {
  const file = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) writeFileSync(file, text);
  expect(text).toBe(readFileSync(file, 'utf8'));
}

describe('golden batch outputs', () => {
  it.each(['portfolio-en', 'bad-rows'])('%s.csv: scored rows, rejected rows, summary', async (name) => {
    const dir = mkdtempSync(join(tmpdir(), 'repayplan-golden-batch-'));
    const input = join(FIXTURES, `${name}.csv`);
    const keep = name === 'portfolio-en' ? ['--keep', 'customer_name,phone'] : [];
    const r = await runInProcess([
      'batch',
      input,
      '--as-of',
      AS_OF,
      '--jobs',
      '1',
      '--lang',
      'en',
      '-o',
      join(dir, 'out.csv'),
      '--errors',
      join(dir, 'rejected.csv'),
      '--summary',
      join(dir, 'summary.json'),
      ...keep,
    ]);
    expect([0, 3]).toContain(r.code);
    golden(`batch-${name}.scored.csv`, readFileSync(join(dir, 'out.csv'), 'utf8'));
    golden(`batch-${name}.rejected.csv`, readFileSync(join(dir, 'rejected.csv'), 'utf8'));
    const summary = JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8'));
    summary.tool.version = '<version>';
    golden(`batch-${name}.summary.json`, `${JSON.stringify(summary, null, 2)}\n`);
  });
});
