#!/usr/bin/env node
// Build step (after scripts/bundle.mjs): writes dist/bundle/plan.cache, the V8 code cache of
// dist/bundle/plan.cjs, so that `repayplan plan` starts without parsing or compiling
// (bin/start-plan.js explains how it is used and why it cannot give a wrong answer); and
// dist/bundle/worker.cache, the same for the batch worker (dist/bundle/worker.cjs,
// bin/start-worker.js).
//
// The cache is made in a child process with no extra flags (V8 rejects a cache made under other
// flags) after it ran `plan` the ways people call it — table on a pipe and on a terminal, JSON,
// a policy file — so that the functions those runs compile are in the cache too, not only the
// top level. A failure here is a warning, not a failed build: without the cache `plan` is the
// same program, only slower to start.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { csvLineOf, COLUMNS, generateAccount, rng } from '../bench/gen-accounts.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const ACCOUNT = ['--principal', '20000', '--interest', '1500', '--fees', '800', '--overdue-days', '95'];
const MORE = ['--income', '6000', '--expenses', '3500', '--as-of', '2026-11-22'];

/** In the child: run plan a few ways with output discarded, then write the cache. */
async function child(policyFile) {
  const { loadPlan, cacheFileBytes, PLAN_FILE, CACHE_FILE } = await import('../bin/start-plan.js');
  const { exports, script } = loadPlan({ useCache: false });
  const sink = () => new Writable({ write: (_chunk, _encoding, done) => done() });
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
  const runs = [
    [[...ACCOUNT, ...MORE, '--format', 'table'], false],
    [[...ACCOUNT, ...MORE], true],
    [[...ACCOUNT, ...MORE, '--full', '--lang', 'zh'], true],
    [[...ACCOUNT, ...MORE, '--format', 'json'], false],
    [[...ACCOUNT, '--format', 'json', ...(policyFile ? ['--policy', policyFile] : [])], false],
    [['--principal', 'x'], false, 2],
  ];
  for (const [args, tty, expected = 0] of runs) {
    const code = await exports.main(['node', 'repayplan', 'plan', ...args], context(tty));
    if (code !== expected) throw new Error(`plan ${args.join(' ')} exited ${code}, not ${expected}`);
  }
  writeFileSync(CACHE_FILE, cacheFileBytes(readFileSync(PLAN_FILE), script.createCachedData()));
}

/**
 * The worker's cache: a real `batch --jobs 2` over generated accounts (a few of them invalid, so
 * that the row-error path is compiled too), whose workers write the cache file after every job
 * (REPAYPLAN_WORKER_CACHE_OUT, bin/start-worker.js); the last one written holds every function
 * that scoring compiled. Then moved to dist/bundle/worker.cache.
 */
function workerCache(dir) {
  const sample = join(dir, 'accounts.csv');
  const r = rng(16);
  const lines = [`${COLUMNS.join(',')}\n`];
  for (let i = 0; i < 20_000; i++) lines.push(i % 997 === 5 ? `BAD${i},12x,,,-3,,,,,,\n` : csvLineOf(generateAccount(i, r)));
  writeFileSync(sample, lines.join(''));
  const cache = join(dir, 'worker.cache');
  const made = spawnSync(
    process.execPath,
    [join(root, 'bin/repayplan.js'), 'batch', sample, '-o', join(dir, 'out.csv'), '--errors', join(dir, 'errors.csv'), '--jobs', '2', '--no-progress'],
    { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '', REPAYPLAN_WORKER_CACHE_OUT: cache } },
  );
  // exit 3: finished, with the invalid rows rejected
  if (made.status === 3 && existsSync(cache)) renameSync(cache, join(root, 'dist/bundle/worker.cache'));
  else console.warn(`code-cache: dist/bundle/worker.cache not written (batch workers start slower, same output): ${made.stderr.trim() || 'no worker ran'}`);
}

if (process.argv[2] === '--child') {
  await child(process.argv[3]);
} else {
  const dir = mkdtempSync(join(tmpdir(), 'repayplan-cache-'));
  try {
    // a policy given as a file (the cn-standard preset written out), so its validator is cached too
    const init = spawnSync(process.execPath, [join(root, 'bin/repayplan.js'), 'policy', 'init', 'cn-standard'], { encoding: 'utf8' });
    const policyFile = join(dir, 'cn-standard.json');
    if (init.status === 0) writeFileSync(policyFile, init.stdout);
    const args = [fileURLToPath(import.meta.url), '--child', ...(init.status === 0 ? [policyFile] : [])];
    const made = spawnSync(process.execPath, args, {
      cwd: root,
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: '' },
    });
    if (made.status !== 0) {
      console.warn(`code-cache: dist/bundle/plan.cache not written (plan starts slower, same output): ${made.stderr.trim()}`);
    }
    workerCache(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
