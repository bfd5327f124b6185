/**
 * Issue #16, parsing in the workers: `repayplan batch` with the byte-job reader writes exactly
 * the bytes it wrote with the general reader (REPAYPLAN_READER=general) — output, error file,
 * --errors inline, --keep, summary file and the stderr lines — under --jobs 1 and --jobs 2, on
 * the fixtures (bad rows, GBK) and on generated files with CRLF, a byte-order mark, quoted line
 * breaks, blank lines and bad rows in CSV and NDJSON, and in filter mode (headerless, stdin).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AS_OF, FIXTURES, runBin } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'repayplan-reader-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A CSV with quotes, quoted line breaks, blank lines and bad rows, CRLF and a BOM. */
function generatedCsv(): string {
  const lines = ['\uFEFFid,principal,overdue_days,monthly_income,customer_name'];
  for (let i = 1; i <= 3000; i++) {
    if (i % 211 === 0) lines.push('');
    else if (i % 97 === 0) lines.push(`"Q${i}","12,345.${String(i % 100).padStart(2, '0')}",${i % 400},,"line one\r\nline ""two"""`);
    else if (i % 53 === 0) lines.push(`B${i},abc,${i % 400},,x`);
    else if (i % 61 === 0) lines.push(`S${i},1.00,5`);
    else lines.push(`R${i},${1000 + i}.50,${i % 400},${i % 7 === 0 ? '8000.00' : ''},name ${i}`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

function generatedNdjson(): string {
  const lines: string[] = [];
  for (let i = 1; i <= 3000; i++) {
    if (i % 211 === 0) lines.push('  ');
    else if (i % 97 === 0) lines.push('{"id":"J","principal":');
    else if (i % 53 === 0) lines.push(JSON.stringify({ id: `B${i}`, principal: 'abc', overdueDays: i % 400 }));
    else lines.push(JSON.stringify({ id: `R${i}`, principal: `${1000 + i}.50`, overdueDays: i % 400, customer_name: `n${i}` }));
  }
  return `\uFEFF${lines.join('\r\n')}`;
}

writeFileSync(join(dir, 'gen.csv'), generatedCsv());
writeFileSync(join(dir, 'gen.ndjson'), generatedNdjson());

const CASES: [string, string, string[]][] = [
  ['bad rows, errors to a CSV file', join(FIXTURES, 'bad-rows.csv'), ['--errors', 'ERR.csv']],
  ['GBK, errors inline, --keep', join(FIXTURES, 'portfolio-zh-gbk.csv'), ['--errors', 'inline', '--keep', '客户姓名']],
  ['portfolio, --plans, summary file', join(FIXTURES, 'portfolio-en.csv'), ['--plans', '--summary', 'SUM.json']],
  ['generated CSV, errors as NDJSON, summary', join(dir, 'gen.csv'), ['--errors', 'ERR.ndjson', '--summary', 'SUM.json']],
  ['generated CSV to NDJSON, errors inline', join(dir, 'gen.csv'), ['--format', 'ndjson', '--errors', 'inline', '--keep', 'customer_name']],
  ['generated NDJSON, errors on stderr', join(dir, 'gen.ndjson'), ['--keep', 'customer_name']],
  ['generated NDJSON to CSV, errors to a CSV file', join(dir, 'gen.ndjson'), ['--format', 'csv', '--errors', 'ERR.csv', '--summary', 'SUM.json']],
];

async function run(reader: 'general' | 'jobs', input: string, args: string[], jobs: number, stdin?: Buffer) {
  const tag = `${reader}-${jobs}`;
  const named = args.map((a) => a.replace(/^(ERR|SUM)\./, (m) => join(dir, `${tag}-${m}`)));
  const r = await runBin(['batch', ...(stdin ? [] : [input]), '--as-of', AS_OF, '--jobs', String(jobs), '--no-progress', ...named], {
    input: stdin,
    env: reader === 'general' ? { REPAYPLAN_READER: 'general' } : {},
  });
  const files = named
    .filter((a) => a.startsWith(join(dir, tag)))
    .map((f) => {
      const text = existsSync(f) ? readFileSync(f) : Buffer.from('(missing)');
      rmSync(f, { force: true });
      return text;
    });
  // the seconds and the names of the files differ from run to run, nothing else may
  const stderr = r.stderr.replace(/ in \d+\.\d+ s/g, ' in X s').replaceAll(`${dir}/${tag}-`, 'FILE-');
  return { code: r.code, stdout: r.stdout, stderr, files };
}

describe('the byte-job reader writes what the general reader wrote (issue #16)', () => {
  for (const [name, input, args] of CASES) {
    it(name, async () => {
      const general = await run('general', input, args, 1);
      expect(general.stdout.length).toBeGreaterThan(0);
      for (const jobs of [1, 2]) {
        const got = await run('jobs', input, args, jobs);
        expect(got.code).toBe(general.code);
        expect(got.stdout.equals(general.stdout)).toBe(true);
        expect(got.stderr).toBe(general.stderr);
        expect(got.files.length).toBe(general.files.length);
        expect(got.files).toEqual(general.files);
      }
    });
  }

  it('filter mode: headerless CSV on stdin with --skip-header and --row-offset', async () => {
    const body = readFileSync(join(dir, 'gen.csv'))
      .toString('utf8')
      .replace(/^\uFEFF/, '');
    const stdin = Buffer.from(body);
    const args = [
      '--columns',
      'id,principal,overdue_days,monthly_income,customer_name',
      '--skip-header',
      '--row-offset',
      '5000',
      '--errors',
      'ERR.csv',
      '--format',
      'csv',
    ];
    const general = await run('general', '-', args, 1, stdin);
    for (const jobs of [1, 2]) {
      const got = await run('jobs', '-', args, jobs, stdin);
      expect(got.stdout.equals(general.stdout)).toBe(true);
      expect(got.stderr).toBe(general.stderr);
      expect(got.files).toEqual(general.files);
    }
  });
});
