/**
 * A `batch` worker thread of the bundle starts from dist/bundle/worker.cjs with a V8 code cache
 * (bin/start-worker.js, scripts/bundle-plan.mjs buildWorkerBundle, scripts/code-cache.mjs;
 * issue #16). The output must be the same bytes as the main thread's (`--jobs 1`), with the cache,
 * without it, and with a cache that does not belong to this worker.cjs.
 */
import { isAscii } from 'node:buffer';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

  it('the build wrote a worker cache that this Node accepts', () => {
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
    expect(two.stderr.replace(/ in [\d.]+ s/, '')).toBe(one.stderr.replace(/ in [\d.]+ s/, ''));
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

  it('without the cache, or with one made from another source or damaged, the output is the same', () => {
    const expected = batch(BIN, 1).out;
    const source = readFileSync(WORKER_FILE);
    // the plan's cache data, in a file that names this source: V8 rejects it
    const planData = readFileSync(join(ROOT, 'dist/bundle/plan.cache')).subarray(-4096);
    const installs = {
      none: installWith('none', null),
      damaged: installWith('damaged', startPlan.cacheFileBytes(source, planData)),
      other: installWith('other', startPlan.cacheFileBytes(Buffer.from(`${source.toString('latin1')} `, 'latin1'), Buffer.alloc(64, 1))),
    };
    for (const bin of Object.values(installs)) expect(batch(bin, 2).out).toBe(expected);
  });
});
