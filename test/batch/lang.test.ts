/**
 * The language of rejected rows (issue #9 step 2, issue #10 item 5): under `--lang zh` every
 * reason in the errors file, on stderr and in `--errors inline` is Chinese, with no English
 * sentence; `code`, `column` and `value` are the same as under `--lang en` (scripts read those).
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AS_OF, FIXTURES, ROOT, csvRecords, englishIn, ndjsonRecords, runInProcess } from './helpers.js';

const GOLDEN = join(ROOT, 'fixtures/golden');

function golden(name: string, text: string): void {
  const file = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) writeFileSync(file, text);
  expect(text).toBe(readFileSync(file, 'utf8'));
}

const BAD_NDJSON = [
  '{"id":"ok","principal":"20000.00","overdueDays":95}',
  '{"id":"not-json","principal":"20000.00",',
  '[1,2]',
  'null',
  '"text"',
  '{"id":"number-type","principal":true,"overdueDays":95}',
  '{"id":"twice","principal":"100.00","本金":"200.00","overdueDays":95}',
  '{"id":"dup-key","principal":"100.00","principal":"200.00","overdueDays":95}',
  `{"id":"deep","x":${'['.repeat(80)}${']'.repeat(80)},"principal":"100.00","overdueDays":9}`,
  `{"id":"long","principal":"${'9'.repeat(300)}","overdueDays":9}`,
  '{"id":"nul","principal":"100\\u0000","overdueDays":9}',
  '{"id":"bad-days","principal":"100.00","overdueDays":"ten"}',
  '{"id":"bad-date","principal":"100.00","overdueDays":9,"asOf":"2026-02-30"}',
  '',
].join('\n');

describe('batch --lang zh: the reasons of rejected rows', () => {
  const input = join(FIXTURES, 'bad-rows.csv');
  const run = (lang: 'zh' | 'en', dir: string, extra: string[]) =>
    runInProcess(['batch', input, '--as-of', AS_OF, '--jobs', '1', '--lang', lang, '-o', join(dir, `out-${lang}.csv`), ...extra]);

  it('bad-rows.csv: the errors file in Chinese (golden); code, column and value as in English; en unchanged', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'repayplan-lang-'));
    const zh = await run('zh', dir, ['--errors', join(dir, 'rejected-zh.csv')]);
    const en = await run('en', dir, ['--errors', join(dir, 'rejected-en.csv')]);
    expect([zh.code, en.code]).toEqual([3, 3]);
    const zhText = readFileSync(join(dir, 'rejected-zh.csv'), 'utf8');
    const enText = readFileSync(join(dir, 'rejected-en.csv'), 'utf8');
    golden('batch-bad-rows.zh.rejected.csv', zhText);
    // the English errors file is the golden of test/golden/batch.test.ts, unchanged
    expect(enText).toBe(readFileSync(join(GOLDEN, 'batch-bad-rows.rejected.csv'), 'utf8'));
    const zhRows = csvRecords(zhText);
    const enRows = csvRecords(enText);
    expect(zhRows.map(({ reason: _, ...rest }) => rest)).toEqual(enRows.map(({ reason: _, ...rest }) => rest));
    for (const row of zhRows) {
      expect(row.reason, row.id).toMatch(/[\u4e00-\u9fff]/u);
      expect(englishIn(row.reason ?? ''), row.reason).toEqual([]);
    }
    const byId = new Map(zhRows.map((r) => [r.id, r.reason]));
    expect(byId.get('principal-letters')).toBe('本金（principal）："abc" 不是有效金额，请只输入数字（可带 ¥ 和千位逗号，最多 2 位小数），例如 1234.50');
    expect(byId.get('too-few-fields')).toBe(
      '这一行有 3 个字段，表头却有 10 列：请检查是否有没加引号的逗号（1,234.50 要写成 "1,234.50" 或 1234.50），或是否漏填了字段',
    );
    expect(byId.get('several-bad-fields')).toContain('；逾期天数（overdue_days）："y" 不是有效天数');
  });

  it('stderr: one Chinese line a rejected row, and the summary in Chinese', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'repayplan-lang-'));
    const r = await run('zh', dir, []);
    expect(r.code).toBe(3);
    const lines = r.stderr.split('\n').filter((l) => /^repayplan batch: 第 \d+ 行/.test(l));
    expect(lines).toHaveLength(30);
    expect(lines[0]).toBe(
      'repayplan batch: 第 2 行（文件第 3 行，账户 principal-letters）：本金（principal）："abc" 不是有效金额，请只输入数字（可带 ¥ 和千位逗号，最多 2 位小数），例如 1234.50',
    );
    expect(lines).toContain('repayplan batch: 第 29 行（文件第 30 行）：这一行是空的（10 个字段都没有内容）：请删除这一行或把它填写完整');
    for (const l of lines) expect(englishIn(l.replace(/^repayplan batch: /, '')), l).toEqual([]);
    expect(r.stderr).not.toMatch(/\brow \d+ \(line/);
  });

  it('--errors inline: the reason column in Chinese', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'repayplan-lang-'));
    const r = await run('zh', dir, ['--errors', 'inline']);
    expect(r.code).toBe(3);
    const rows = csvRecords(readFileSync(join(dir, 'out-zh.csv'), 'utf8')).filter((x) => x.recommendation === 'rejected');
    expect(rows).toHaveLength(30);
    expect(rows[0]?.reason).toBe(
      '第 2 行（文件第 3 行）：本金（principal）："abc" 不是有效金额，请只输入数字（可带 ¥ 和千位逗号，最多 2 位小数），例如 1234.50',
    );
    for (const x of rows) expect(englishIn(x.reason ?? ''), x.reason).toEqual([]);
  });

  it('NDJSON rows: JSON, type, repeated-field, depth, length, NUL and account reasons in Chinese, codes as in English', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'repayplan-lang-'));
    const file = join(dir, 'bad.ndjson');
    writeFileSync(file, BAD_NDJSON);
    const both = async (lang: 'zh' | 'en') => {
      const r = await runInProcess([
        'batch',
        file,
        '--as-of',
        AS_OF,
        '--jobs',
        '1',
        '--lang',
        lang,
        '-o',
        join(dir, `out-${lang}.ndjson`),
        '--errors',
        join(dir, `err-${lang}.ndjson`),
      ]);
      expect(r.code).toBe(3);
      return ndjsonRecords(readFileSync(join(dir, `err-${lang}.ndjson`), 'utf8'));
    };
    const zh = await both('zh');
    const en = await both('en');
    const codes = (rows: Record<string, unknown>[]) => rows.map((x) => [x.row, x.code, x.column, x.value]);
    expect(codes(zh)).toEqual(codes(en));
    expect(zh.map((x) => x.code)).toEqual([
      'row.json',
      'row.not-object',
      'row.not-object',
      'row.not-object',
      'row.type',
      'row.duplicate-field',
      'row.duplicate-key',
      'row.too-deep',
      'row.field-too-long',
      'row.nul',
      'account.overdue-days',
      'account.as-of',
    ]);
    for (const x of zh) {
      const reason = String(x.reason);
      expect(reason).toMatch(/[\u4e00-\u9fff]/u);
      expect(englishIn(reason), reason).toEqual([]);
      for (const i of x.issues as { reason: string }[]) expect(englishIn(i.reason), i.reason).toEqual([]);
    }
    const reasons = zh.map((x) => String(x.reason));
    expect(reasons[0]).toMatch(/^这一行不是有效的 JSON（第 \d+ 个字符附近有错）：每行写一个账户对象/);
    expect(reasons[1]).toMatch(/^这一行是数组，不是账户对象/);
    expect(reasons[2]).toMatch(/^这一行是 null，不是账户对象/);
    expect(reasons[3]).toMatch(/^这一行是字符串，不是账户对象/);
    expect(reasons[4]).toBe('principal：应当是字符串，这里是布尔值：金额请写成字符串，例如 "20000.00"');
    expect(reasons[5]).toBe('本金：这个账户把 principal 给了两次（另一次写作 principal）：请只保留一个');
    expect(reasons[7]).toMatch(/^这一行：JSON 嵌套超过 \d+ 层/);
    expect(reasons[8]).toBe('本金（principal）：值长 300 个字符，账户字段最多 256 个字符：请检查这一格');
    // English, as it was
    const enReasons = en.map((x) => String(x.reason));
    expect(enReasons[1]).toBe('the line holds an array, not an account object: one object a line, e.g. {"principal":"20000.00","overdueDays":95}');
    expect(enReasons[3]).toBe('the line holds a string, not an account object: one object a line, e.g. {"principal":"20000.00","overdueDays":95}');
    expect(enReasons[4]).toBe('principal: expected a string, got boolean: write amounts as strings, e.g. "20000.00"');
    expect(enReasons[5]).toBe('本金: the account gives principal twice (also as principal): keep one');
    expect(enReasons[7]).toMatch(/^the line: the JSON is nested more than \d+ levels deep/);
  });
});
