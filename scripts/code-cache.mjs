#!/usr/bin/env node
// Build step (after scripts/bundle.mjs): writes dist/bundle/plan.cache, the V8 code cache of
// dist/bundle/plan.cjs, so that `repayplan plan` starts without parsing or compiling
// (bin/start-plan.js explains how it is used and what its check covers); the same
// for `batch` (batch.cjs → batch.cache) and for the batch worker (worker.cjs → worker.cache,
// bin/start-worker.js).
//
// Each cache is made in a child process with no extra flags (V8 rejects a cache made under other
// flags) after it ran its command the ways people call it — `plan` as a table on a pipe and on a
// terminal, JSON, a policy file; `batch` over generated accounts — so that the functions those
// runs compile are in the cache too, not only the top level. A failure here is a warning, not a
// failed build: without a cache the program is the same, only slower to start.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { csvLineOf, COLUMNS, generateAccount, rng } from '../bench/gen-accounts.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const ACCOUNT = ['--principal', '20000', '--interest', '1500', '--fees', '800', '--overdue-days', '95'];
const MORE = ['--income', '6000', '--expenses', '3500', '--as-of', '2026-11-22'];

const sink = () => new Writable({ write: (_chunk, _encoding, done) => done() });
/** A context like bin/repayplan.js's, its output discarded. */
const context = (tty) => ({
  stdin: process.stdin,
  stdout: sink(),
  stderr: sink(),
  stdoutIsTTY: tty,
  stderrIsTTY: tty,
  stdinIsTTY: false,
  env: { ...process.env, NO_COLOR: undefined },
  cwd: process.cwd(),
  today: () => ({ year: 2026, month: 11, day: 22 }),
  columns: 120,
  rows: 40,
});

/** In the child: run plan a few ways with output discarded. */
async function planRuns(main, policyFile) {
  const runs = [
    [[...ACCOUNT, ...MORE, '--format', 'table'], false],
    [[...ACCOUNT, ...MORE], true],
    [[...ACCOUNT, ...MORE, '--full', '--lang', 'zh'], true],
    [[...ACCOUNT, ...MORE, '--format', 'json'], false],
    [[...ACCOUNT, '--format', 'json', ...(policyFile ? ['--policy', policyFile] : [])], false],
    [['--principal', 'x'], false, 2],
  ];
  for (const [args, tty, expected = 0] of runs) {
    const code = await main(['node', 'repayplan', 'plan', ...args], context(tty));
    if (code !== expected) throw new Error(`plan ${args.join(' ')} exited ${code}, not ${expected}`);
  }
}

/**
 * In the child: run batch in the main thread (`--jobs 1`) over the sample the ways analysts
 * do — CSV with rejected rows to a file, NDJSON out, a policy file, a summary in Chinese — and
 * one usage error.
 */
async function batchRuns(main, policyFile, dir) {
  const sample = join(dir, 'accounts.csv');
  const out = (name) => join(dir, name);
  const runs = [
    [[sample, '-o', out('a.csv'), '--errors', out('e.csv')], 3],
    [[sample, '-o', out('a.ndjson'), '--format', 'ndjson', '--summary', out('s.json'), '--lang', 'zh', ...(policyFile ? ['--policy', policyFile] : [])], 3],
    [[sample, '--jobs', 'x'], 2],
  ];
  for (const [args, expected] of runs) {
    const code = await main(['node', 'repayplan', 'batch', ...args, '--jobs', '1', '--as-of', '2026-11-22', '--no-progress'], context(false));
    if (code !== expected) throw new Error(`batch ${args.join(' ')} exited ${code}, not ${expected}`);
  }
}

/** In the child: load dist/bundle/NAME.cjs without a cache, run it, then write its cache. */
async function child(name, policyFile, dir) {
  const { loadBundle, cacheFileBytes } = await import('../bin/start-plan.js');
  const { exports, script, source, cacheFile } = loadBundle(name, { useCache: false });
  if (name === 'plan') await planRuns(exports.main, policyFile);
  else await batchRuns(exports.main, policyFile, dir);
  // the bytes compiled, not the file read again (another build may have rewritten it since)
  writeFileSync(cacheFile, cacheFileBytes(source, script.createCachedData()));
}

/** 20,000 generated accounts, every 997th invalid (a rejected row), in DIR/accounts.csv. */
function writeSample(dir) {
  const r = rng(16);
  const lines = [`${COLUMNS.join(',')}\n`];
  for (let i = 0; i < 20_000; i++) lines.push(i % 997 === 5 ? `BAD${i},12x,,,-3,,,,,,\n` : csvLineOf(generateAccount(i, r)));
  writeFileSync(join(dir, 'accounts.csv'), lines.join(''));
}

/** Runs `child` for NAME in a child process with no extra flags (V8 rejects a cache made under others). */
function bundleCache(name, policyFile, dir) {
  const args = [fileURLToPath(import.meta.url), '--child', name, policyFile ?? '', dir];
  const made = spawnSync(process.execPath, args, {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  if (made.status !== 0) console.warn(`code-cache: dist/bundle/${name}.cache not written (${name} starts slower, same output): ${made.stderr.trim()}`);
}

/**
 * The worker's cache: a real `batch --jobs 2` over the sample, whose workers write the cache file
 * after every job (REPAYPLAN_WORKER_CACHE_OUT, bin/start-worker.js); the last one written holds
 * every function that scoring compiled. Then moved to dist/bundle/worker.cache.
 */
function workerCache(dir) {
  const cache = join(dir, 'worker.cache');
  const made = spawnSync(
    process.execPath,
    [
      join(root, 'bin/repayplan.js'),
      'batch',
      join(dir, 'accounts.csv'),
      '-o',
      join(dir, 'out.csv'),
      '--errors',
      join(dir, 'errors.csv'),
      '--jobs',
      '2',
      '--no-progress',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '', REPAYPLAN_WORKER_CACHE_OUT: cache } },
  );
  // exit 3: finished, with the invalid rows rejected
  if (made.status === 3 && existsSync(cache)) renameSync(cache, join(root, 'dist/bundle/worker.cache'));
  else {
    const why = made.status === 3 ? 'no worker thread ran (one core: --jobs 2 is capped at the core count)' : made.stderr.trim();
    console.warn(`code-cache: dist/bundle/worker.cache not written (batch workers start slower, same output): ${why}`);
  }
}

if (process.argv[2] === '--child') {
  await child(process.argv[3], process.argv[4] || undefined, process.argv[5]);
} else {
  const dir = mkdtempSync(join(tmpdir(), 'repayplan-cache-'));
  try {
    // a policy given as a file (the cn-standard preset written out), so its validator is cached too
    const init = spawnSync(process.execPath, [join(root, 'bin/repayplan.js'), 'policy', 'init', 'cn-standard'], { encoding: 'utf8' });
    const policyFile = init.status === 0 ? join(dir, 'cn-standard.json') : undefined;
    if (policyFile) writeFileSync(policyFile, init.stdout);
    writeSample(dir);
    bundleCache('plan', policyFile, dir);
    bundleCache('batch', policyFile, dir);
    workerCache(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
