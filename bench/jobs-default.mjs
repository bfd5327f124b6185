#!/usr/bin/env node
/**
 * Where worker threads start to pay (issue #16): `batch` over generated CSV files of several
 * sizes with `--jobs 1` (the main thread), `--jobs 2` (two workers) and without `--jobs` (the
 * default: the main thread under WORKER_MIN_BYTES, src/batch/pool.ts), interleaved, best of
 * `--runs` rounds; wall and CPU (user + system, all threads, /usr/bin/time). Inputs are generated
 * once under bench/out/ (gitignored) by bench/gen-accounts.mjs.
 *
 *   npm run build && node bench/jobs-default.mjs [--runs 3] [--sizes 20000,50000,100000,200000,400000]
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { arg, ensureAccounts, here, machineLine, root } from './common.mjs';

const runs = Number.parseInt(arg('runs', '3'), 10);
const sizes = arg('sizes', '20000,50000,100000,200000,400000').split(',').map(Number);
const input = (n) => join(here, 'out', `accounts-${n}.csv`);
for (const n of sizes) ensureAccounts(input(n), n, 'csv');
const out = join(here, 'out', 'jobs-default-out.csv');
const modes = { '--jobs 1': ['--jobs', '1'], '--jobs 2': ['--jobs', '2'], default: [] };

const load0 = loadavg();
const best = {};
for (let r = 0; r < runs; r++) {
  for (const n of sizes) {
    for (const [mode, flags] of Object.entries(modes)) {
      rmSync(out, { force: true });
      const args = [join(root, 'bin/repayplan.js'), 'batch', input(n), '-o', out, '--as-of', '2026-01-15', '--no-progress', ...flags];
      const p = spawnSync('/usr/bin/time', ['-f', '%e %U %S', process.execPath, ...args], { cwd: root, encoding: 'utf8' });
      const [wall, user, sys] = (p.stderr.trim().split('\n').pop() ?? '').split(' ').map(Number);
      if (p.status !== 0 || !(wall >= 0)) throw new Error(`${args.join(' ')} failed (${p.status}): ${p.stderr.slice(-400)}`);
      const key = `${n} ${mode}`;
      best[key] ??= { wall: Infinity, cpu: Infinity };
      best[key].wall = Math.min(best[key].wall, wall);
      best[key].cpu = Math.min(best[key].cpu, user + sys);
    }
  }
}
rmSync(out, { force: true });
console.log(`${machineLine(load0)}; best of ${runs} interleaved rounds\n`);
console.log('| rows | --jobs 1 wall s | --jobs 2 wall s | default wall s | --jobs 1 CPU s | --jobs 2 CPU s | default CPU s |');
console.log('|---|---|---|---|---|---|---|');
for (const n of sizes) {
  const b = (mode) => best[`${n} ${mode}`];
  console.log(
    `| ${n.toLocaleString('en-US')} | ${b('--jobs 1').wall.toFixed(2)} | ${b('--jobs 2').wall.toFixed(2)} | ${b('default').wall.toFixed(2)} | ${b('--jobs 1').cpu.toFixed(2)} | ${b('--jobs 2').cpu.toFixed(2)} | ${b('default').cpu.toFixed(2)} |`,
  );
}
