/**
 * `repayplan batch` starts from dist/bundle/batch.cjs and its worker threads from
 * dist/bundle/worker.cjs, each with a V8 code cache (bin/start-plan.js, bin/start-worker.js,
 * scripts/bundle-plan.mjs, scripts/code-cache.mjs; issue #16). batch.cjs must be the same program
 * as dist/bundle/main.js (stdout, stderr, files and exit code), and a worker's output the same
 * bytes as the main thread's (`--jobs 1`), with the cache, without it, and with a cache that does
 * not belong to this worker.cjs.
 */
import { isAscii } from 'node:buffer';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, type Run } from './helpers.js';

const require = createRequire(import.meta.url);
const startPlan = require('../../bin/start-plan.js') as {
  compileCached(file: string, cacheFile: string): { cached: boolean; cacheRejected: boolean };
  cacheFileBytes(source: Buffer, data: Buffer): Buffer;
};
const WORKER_FILE = join(ROOT, 'dist/bundle/worker.cjs');
const WORKER_CACHE = join(ROOT, 'dist/bundle/worker.cache');
const ENV = { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '' };

/** 3,000 accounts, two of them invalid, in 4 KiB jobs (REPAYPLAN_JOB_BYTES) so that both workers score. */
function accounts(): string {
  const lines = ['id,principal,interest,fees,overdue_days,monthly_income,monthly_expenses'];
  for (let i = 1; i <= 3000; i++) {
    if (i === 17 || i === 2500) lines.push(`BAD${i},12x,,,-3,,`);
    else
      lines.push(
        `A${i},${(i * 7919) % 90000}.${String(i % 100).padStart(2, '0')},${i % 700}.5,${i % 300},${(i * 37) % 400},${i % 5 === 0 ? '' : `${3000 + (i % 9000)}`},${i % 5 === 0 ? '' : '2500'}`,
      );
  }
  return `${lines.join('\n')}\n`;
}

describe('batch from the one-file bundle', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'repayplan-start-batch-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const input = join(tmp, 'accounts.csv');
  writeFileSync(input, accounts());
  const policyFile = join(ROOT, 'fixtures/policies/valid/usd-hardship-annuity.json');
  const gbk = join(ROOT, 'fixtures/csv/portfolio-zh-gbk.csv');

  /** The run's stdout, stderr (its time taken masked), exit code and the files it wrote. */
  function run(args: readonly string[], out: string): Run & { files: Record<string, string> } {
    const dir = join(tmp, out);
    mkdirSync(dir);
    const r = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8', input: '', env: ENV });
    const files: Record<string, string> = {};
    for (const f of readdirSync(dir)) files[f] = readFileSync(join(dir, f), 'utf8');
    return { status: r.status, stdout: r.stdout, stderr: r.stderr.replace(/ in [\d.]+ s\b/g, ' in T s').replace(/用时 [\d.]+ 秒/g, '用时 T 秒'), files };
  }
  /** The same call through dist/bundle/main.js, the bundle the other commands (and batch --report) run. */
  function viaMainBundle(args: readonly string[], out: string) {
    const main = pathToFileURL(join(ROOT, 'dist/bundle/main.js')).href;
    const code = `const { main } = await import(${JSON.stringify(main)}); process.exitCode = await main(['node', 'repayplan', ...process.argv.slice(1)]);`;
    return run(['--input-type=module', '-e', code, ...args], out);
  }

  let n = 0;
  it.each([
    ['CSV to stdout, rejected rows on stderr', [input, '--as-of', '2026-11-22']],
    [
      'NDJSON to a file, errors to a file, a summary',
      [input, '-o', 'out.ndjson', '--format', 'ndjson', '--errors', 'e.csv', '--summary', 's.json', '--as-of', '2026-11-22'],
    ],
    ['GBK with Chinese headers, zh, --keep', [gbk, '-o', 'out.csv', '--lang', 'zh', '--keep', '客户姓名', '--as-of', '2026-11-22']],
    ['a policy file, --plans, --jobs 2', [input, '-o', 'out.csv', '--policy', policyFile, '--plans', '--jobs', '2', '--as-of', '2026-11-22']],
    ['errors inline', [input, '--errors', 'inline', '--as-of', '2026-11-22']],
    ['batch --help', ['--help']],
    ['an unknown option', [input, '--bogus']],
    ['a bad --jobs under --lang zh', [input, '--jobs', 'x', '--lang', 'zh']],
    ['a missing file', ['nowhere.csv']],
  ])('%s: the same stdout, stderr, files and exit code as dist/bundle/main.js', (_name, args) => {
    n++;
    const fast = run([BIN, 'batch', ...args], `fast-${n}`);
    expect(fast).toEqual(viaMainBundle(['batch', ...args], `main-${n}`));
  });

  it('--report (echarts, left out of batch.cjs) still runs, through dist/bundle/main.js', () => {
    const r = run([BIN, 'batch', input, '-o', 'out.csv', '--report', 'r.html', '--as-of', '2026-11-22'], 'report');
    expect(r.status).toBe(3);
    expect(r.files['r.html']).toMatch(/^<!DOCTYPE html>/);
    expect(r).toEqual(viaMainBundle(['batch', input, '-o', 'out.csv', '--report', 'r.html', '--as-of', '2026-11-22'], 'report-main'));
  });

  it('the build wrote a batch cache that this Node accepts, and batch.cjs is plain ASCII', () => {
    const code = `const r = require(${JSON.stringify(join(ROOT, 'bin/start-plan.js'))}).compileCached(${JSON.stringify(join(ROOT, 'dist/bundle/batch.cjs'))}, ${JSON.stringify(join(ROOT, 'dist/bundle/batch.cache'))}); process.stdout.write(JSON.stringify([r.cached, r.cacheRejected]))`;
    expect(JSON.parse(spawnSync(process.execPath, ['-e', code], { encoding: 'utf8' }).stdout)).toEqual([true, false]);
    expect(isAscii(readFileSync(join(ROOT, 'dist/bundle/batch.cjs')))).toBe(true);
  });
});

describe('batch workers from the one-file bundle', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'repayplan-start-worker-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const input = join(tmp, 'accounts.csv');
  writeFileSync(input, accounts());

  function batch(bin: string, jobs: number, format = 'csv'): Run & { out: string } {
    const out = join(tmp, `out-${Math.random().toString(36).slice(2)}.${format}`);
    const r = spawnSync(
      process.execPath,
      [bin, 'batch', input, '-o', out, '--format', format, '--as-of', '2026-11-22', '--jobs', String(jobs), '--no-progress'],
      {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...ENV, REPAYPLAN_JOB_BYTES: '4096' },
      },
    );
    return { status: r.status, stdout: r.stdout, stderr: r.stderr, out: readFileSync(out, 'utf8') };
  }

  // on one core the build's `batch --jobs 2` is capped to the main thread, so no worker writes a
  // cache (scripts/code-cache.mjs warns; the workers compile from the source)
  it.skipIf(availableParallelism() < 2)('the build wrote a worker cache that this Node accepts (skipped on one core: no worker runs in the build)', () => {
    const code = `const r = require(${JSON.stringify(join(ROOT, 'bin/start-plan.js'))}).compileCached(${JSON.stringify(WORKER_FILE)}, ${JSON.stringify(WORKER_CACHE)}); process.stdout.write(JSON.stringify([r.cached, r.cacheRejected]))`;
    const r = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8' });
    expect(JSON.parse(r.stdout)).toEqual([true, false]);
  });

  it('worker.cjs is plain ASCII and does not carry the decoders (iconv-lite: the main thread decodes)', () => {
    const source = readFileSync(WORKER_FILE);
    expect(isAscii(source)).toBe(true);
    expect(source.toString('latin1')).not.toContain('iconv-lite');
  });

  it.each(['csv', 'ndjson'])('--jobs 2 writes the same %s bytes, summary and exit code as --jobs 1', (format) => {
    const one = batch(BIN, 1, format);
    const two = batch(BIN, 2, format);
    expect(one.status).toBe(3); // two rows rejected
    expect(two.out).toBe(one.out);
    // (on one core --jobs 2 says it is capped, and scores in the main thread)
    const summary = (stderr: string) => stderr.replace(/ in [\d.]+ s/, '').replace(/^repayplan batch: --jobs 2 is more than .*\n/m, '');
    expect(summary(two.stderr)).toBe(summary(one.stderr));
    expect(two.status).toBe(one.status);
  });

  /** A copy of bin/ and dist/bundle/ with the given worker cache file (null: none). */
  function installWith(name: string, cache: Buffer | null): string {
    const dir = join(tmp, name);
    cpSync(join(ROOT, 'bin'), join(dir, 'bin'), { recursive: true });
    mkdirSync(join(dir, 'dist'), { recursive: true });
    cpSync(join(ROOT, 'dist/bundle'), join(dir, 'dist/bundle'), { recursive: true });
    cpSync(join(ROOT, 'package.json'), join(dir, 'package.json'));
    rmSync(join(dir, 'dist/bundle/worker.cache'));
    if (cache) writeFileSync(join(dir, 'dist/bundle/worker.cache'), cache);
    return join(dir, 'bin/repayplan.js');
  }

  it('without the cache, with data V8 rejects, or with one made from another source, the output is the same', () => {
    const expected = batch(BIN, 1).out;
    const source = readFileSync(WORKER_FILE);
    // the plan's cache data, in a file that names this source: V8 rejects it
    const planData = readFileSync(join(ROOT, 'dist/bundle/plan.cache')).subarray(-4096);
    const installs = {
      none: installWith('none', null),
      rejected: installWith('rejected', startPlan.cacheFileBytes(source, planData)),
      other: installWith('other', startPlan.cacheFileBytes(Buffer.from(`${source.toString('latin1')} `, 'latin1'), Buffer.alloc(64, 1))),
    };
    for (const bin of Object.values(installs)) expect(batch(bin, 2).out).toBe(expected);
  });
});
