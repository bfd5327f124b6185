/** Batch reads the hardship columns (English and Chinese headers) and Excel dates; a wrong reason is a rejected row. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repayplan } from '../cli/helpers.js';

describe('batch: hardship, willing_to_repay, 逾期原因, 还款意愿', () => {
  it('scores a row with a reason and an Excel date; rejects an unknown reason with its column', () => {
    const dir = mkdtempSync(join(tmpdir(), 'repayplan-hardship-'));
    writeFileSync(join(dir, 'in.csv'), '本金,逾期天数,逾期原因,还款意愿,计算日期\n20000,95,疾病,是,2026/1/31\n20000,95,lazy,,2026-01-31\n');
    const r = repayplan(['batch', 'in.csv', '-o', 'out.csv', '--errors', 'err.csv', '--no-progress'], { cwd: dir });
    expect(r.status).toBe(3);
    const out = readFileSync(join(dir, 'out.csv'), 'utf8').trim().split('\n');
    expect(out).toHaveLength(2);
    expect(out[1]).toMatch(/^1,,2026-01-31,M4,20000\.00,/);
    const err = readFileSync(join(dir, 'err.csv'), 'utf8');
    expect(err).toContain('2,3,,逾期原因,lazy,account.hardship,');
  });
});
