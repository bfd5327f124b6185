/**
 * The HTML pages (issue #12): `batch --report FILE.html` and `plan --format html` are one
 * self-contained file each (no script, no link, no network reference), carry every chart and the
 * exact totals of the summary, read in Chinese with --lang zh, and are written atomically.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WORKED_FLAGS } from '../helpers/builders.js';
import { moneyText, percent } from '../../src/render/batch-summary.js';
import { AS_OF, runInProcess } from '../batch/helpers.js';
import { CHARTS, externalReferences, portfolioCsv } from './helpers.js';

describe('batch --report', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'repayplan-report-'));
  const input = portfolioCsv(700);

  it('one self-contained page with every chart and the exact totals (en)', async () => {
    const report = join(tmp, 'report.html');
    const summary = join(tmp, 'summary.json');
    const r = await runInProcess(['batch', '--as-of', AS_OF, '--jobs', '1', '--report', report, '--summary', summary, '--lang', 'en'], input);
    expect(r.code).toBe(3);
    const html = readFileSync(report, 'utf8');
    const s = JSON.parse(readFileSync(summary, 'utf8'));
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<html lang="en">');
    expect(externalReferences(html)).toEqual([]);
    for (const c of CHARTS) expect(html, c).toMatch(new RegExp(`data-chart="${c}"[^>]*><svg`));
    expect(html).toContain(`<div class="value">${moneyText(s.totals.owed, 'CNY')}</div>`);
    expect(html).toContain(`<div class="value">${moneyText(s.totals.expectedNpv, 'CNY')}</div>`);
    expect(html).toContain(`<div class="value">${percent(s.totals.recoveryRate)}</div>`);
    expect(html).toContain(`read 700 = scored ${s.rows.scored} + rejected ${s.rows.rejected}`);
    expect(html).toContain('@media print');
    expect(r.stderr).toContain(`report (HTML) written to ${report}`);
    // written atomically: no temporary file left beside it
    expect(readdirSync(tmp).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('reads in Chinese with --lang zh', async () => {
    const report = join(tmp, 'report-zh.html');
    const r = await runInProcess(['batch', '--as-of', AS_OF, '--jobs', '1', '--report', report, '--lang', 'zh'], input);
    expect(r.code).toBe(3);
    const html = readFileSync(report, 'utf8');
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('<title>组合评分报告</title>');
    expect(html).toContain('按逾期阶段：户数与欠款');
    expect(html).toContain('被拒绝的行（按原因）');
    expect(html).toMatch(/共读取 700 行 = 已评分 \d+ \+ 已拒绝 \d+/);
    expect(r.stderr).toContain('报告（HTML）已写入');
  });

  it('a run where nothing is rejected says so', async () => {
    const report = join(tmp, 'clean.html');
    const r = await runInProcess(
      ['batch', '--as-of', AS_OF, '--jobs', '1', '--report', report, '--lang', 'en'],
      'principal,overdue_days\n1000.00,40\n2000.00,95\n',
    );
    expect(r.code).toBe(0);
    const html = readFileSync(report, 'utf8');
    expect(html).toContain('No row was rejected.');
    expect(html).not.toContain('data-chart="rejections"');
  });

  it('a report into a folder that does not exist: one line, exit 2', async () => {
    const r = await runInProcess(
      ['batch', '--as-of', AS_OF, '--jobs', '1', '--report', join(tmp, 'no/such/dir/r.html')],
      'principal,overdue_days\n1000.00,40\n',
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--report: cannot write ".*r\.html": (its|the) folder does not exist/);
  });
});

describe('plan --format html', () => {
  const args = ['plan', ...WORKED_FLAGS, '--as-of', '2026-11-22', '--id', 'A-1'];

  it('the comparison and the balance path of each plan, self-contained', async () => {
    const r = await runInProcess([...args, '--format', 'html', '--lang', 'en']);
    expect(r.code).toBe(0);
    const html = r.out;
    expect(externalReferences(html)).toEqual([]);
    expect(html).toContain('<title>Repayment plans for A-1</title>');
    expect(html).toMatch(/data-chart="balance-paths"[^>]*><svg/);
    expect(html).toMatch(/<tr class="recommended"><td>installment-24 ★ recommended<\/td>/);
    // the same figures as the JSON document
    const json = JSON.parse((await runInProcess([...args, '--format', 'json'])).out);
    for (const p of json.plans) expect(html).toContain(`<td>${p.id}`);
    const rec = json.plans.find((p: { id: string }) => p.id === json.recommendation.planId);
    expect(html).toContain(`<td>${moneyText(rec.totalPaid, 'CNY')}</td>`);
  });

  it('Chinese, and -o FILE written atomically', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'repayplan-plan-html-'));
    const r = await runInProcess([...args, '--format', 'html', '--lang', 'zh', '-o', join(dir, 'a.html')]);
    expect(r.code).toBe(0);
    expect(r.out).toBe('');
    const html = readFileSync(join(dir, 'a.html'), 'utf8');
    expect(html).toContain('<title>还款方案比较：A-1</title>');
    expect(html).toContain('各方案剩余欠款随时间的变化');
    expect(readdirSync(dir)).toEqual(['a.html']);
  });
});
