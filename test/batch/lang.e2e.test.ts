/**
 * `repayplan batch --lang zh` through the real binary with worker threads (issue #10 item 5):
 * the language travels to the workers in ScoreConfig, so the reasons scored there are Chinese;
 * `--lang en` prints the same rows, codes and values with today's English.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AS_OF, FIXTURES, ROOT, csvRecords, englishIn, runBin } from './helpers.js';

describe('batch --lang zh (binary, --jobs 2)', () => {
  it('rejected rows in Chinese on stderr and in the errors file; en unchanged', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'repayplan-lang-e2e-'));
    const input = join(FIXTURES, 'bad-rows.csv');
    const run = (lang: string) =>
      runBin([
        'batch',
        input,
        '--as-of',
        AS_OF,
        '--jobs',
        '2',
        '--no-progress',
        '--lang',
        lang,
        '-o',
        join(dir, `out-${lang}.csv`),
        '--errors',
        join(dir, `err-${lang}.csv`),
      ]);
    const zh = await run('zh');
    const en = await run('en');
    expect([zh.code, en.code]).toEqual([3, 3]);
    expect(readFileSync(join(dir, 'err-zh.csv'), 'utf8')).toBe(readFileSync(join(ROOT, 'fixtures/golden/batch-bad-rows.zh.rejected.csv'), 'utf8'));
    expect(readFileSync(join(dir, 'err-en.csv'), 'utf8')).toBe(readFileSync(join(ROOT, 'fixtures/golden/batch-bad-rows.rejected.csv'), 'utf8'));
    for (const r of csvRecords(readFileSync(join(dir, 'err-zh.csv'), 'utf8'))) expect(englishIn(r.reason ?? ''), r.reason).toEqual([]);
    expect(zh.stderr).toMatch(/^repayplan batch: 共读取 32 行 = 已评分 2 \+ 已拒绝 30/m);
    expect(en.stderr).toMatch(/^repayplan batch: read 32 = scored 2 \+ rejected 30/m);
    // stderr text lines (no --errors) from the workers
    const text = await runBin(['batch', input, '--as-of', AS_OF, '--jobs', '2', '--no-progress', '--lang', 'zh', '-o', join(dir, 'out.csv')]);
    expect(text.stderr).toContain('repayplan batch: 第 30 行（文件第 31 行）：这一行是空的（10 个字段都没有内容）：请删除这一行或把它填写完整');
    expect(text.stderr).not.toMatch(/\brow \d+ \(line/);
  });
});
