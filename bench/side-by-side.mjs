#!/usr/bin/env node
/**
 * Issue #16 side by side, in one run, interleaved so that the shared machine's load hits every
 * command alike: `batch` (fast engine, and REPAYPLAN_ENGINE=exact = the exact path alone) against
 * a plain csv-parse → csv-stringify pass over the same file (CPU per account and wall; NDJSON also
 * against a JSON.parse → JSON.stringify pass over the NDJSON file, its own floor), --jobs 2
 * against --jobs 1, CSV and NDJSON input, accounts/s and peak RSS; then `plan` against
 * `node -e 0` (bench/plan-latency.mjs). CPU = user + system seconds of the whole process (worker
 * threads included), from /usr/bin/time; the load average is printed before and after.
 *
 *   npm run build && node bench/side-by-side.mjs [--count 1000000] [--runs 2] [--plan-runs 20] [--skip-exact] [--general] [--pinned] [--pair] [--before DIR]
 *
 * --general adds the same batch runs with REPAYPLAN_READER=general (rows parsed on the main thread,
 * the reader before the byte jobs of issue #16), interleaved with the others.
 *
 * --pinned adds `--jobs 2` run on one core (`taskset -c 0`, util-linux): the CPU it costs over
 * `--jobs 1` there is what a second worker costs in software (its start, its JIT warm-up, results
 * crossing threads); the rest of what unpinned `--jobs 2` costs is the two cores slowing each other
 * (bench/machine-scaling.mjs measures that on its own).
 *
 * --pair adds two `--jobs 1` CSV runs started at once (each to its own output): what one run takes
 * when another takes the second core. 2 × (`--jobs 1` alone) ÷ (the pair's wall) is the most
 * `--jobs 2` could gain on this machine by splitting the work in two halves with no cost at all
 * (a `--jobs 1` run already uses a little of the second core: V8's compiler and GC threads, the
 * writes).
 *
 * --before DIR adds the same batch runs (CSV and NDJSON, --jobs 1 and 2) with DIR/bin/repayplan.js,
 * another built checkout (e.g. main), interleaved with the others: before and after in one run.
 *
 * Inputs are generated once under bench/out/ (gitignored) by bench/gen-accounts.mjs.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { arg, ensureAccounts, here, machineLine, root } from './common.mjs';

const argv = process.argv.slice(2);
const count = Number.parseInt(arg('count', '1000000'), 10);
const runs = Number.parseInt(arg('runs', '2'), 10);
const planRuns = Number.parseInt(arg('plan-runs', '20'), 10);
const skipExact = argv.includes('--skip-exact');
const general = argv.includes('--general');
const before = arg('before', null);
const pinned = argv.includes('--pinned');
const pair = argv.includes('--pair');
const label = count % 1e6 === 0 ? `${count / 1e6}m` : String(count);
const input = (fmt) => join(here, 'out', `accounts-${label}.${fmt}`);
for (const fmt of ['csv', 'ndjson']) ensureAccounts(input(fmt), count, fmt);
const out = join(here, 'out', 'side-by-side-out');
const batch = (fmt, jobs, env = {}, dir = root, prefix = []) => ({
  prefix,
  args: [join(dir, 'bin/repayplan.js'), 'batch', input(fmt), '-o', `${out}.${fmt}`, '--as-of', '2026-01-15', '--jobs', String(jobs), '--no-progress'],
  env,
});
const commands = {
  'passthrough csv-parse → csv-stringify': { args: [join(here, 'batch.mjs'), '--baseline', input('csv'), `${out}.csv`], env: {} },
  'passthrough NDJSON JSON.parse → JSON.stringify': { args: [join(here, 'batch.mjs'), '--baseline-ndjson', input('ndjson'), `${out}.ndjson`], env: {} },
  'batch CSV --jobs 1': batch('csv', 1),
  'batch CSV --jobs 2': batch('csv', 2),
  'batch NDJSON --jobs 1': batch('ndjson', 1),
  'batch NDJSON --jobs 2': batch('ndjson', 2),
  ...(general
    ? {
        'general reader CSV --jobs 1': batch('csv', 1, { REPAYPLAN_READER: 'general' }),
        'general reader CSV --jobs 2': batch('csv', 2, { REPAYPLAN_READER: 'general' }),
        'general reader NDJSON --jobs 1': batch('ndjson', 1, { REPAYPLAN_READER: 'general' }),
        'general reader NDJSON --jobs 2': batch('ndjson', 2, { REPAYPLAN_READER: 'general' }),
      }
    : {}),
  ...(pinned
    ? {
        'batch CSV --jobs 2 on one core': batch('csv', 2, {}, root, ['taskset', '-c', '0']),
        'batch NDJSON --jobs 2 on one core': batch('ndjson', 2, {}, root, ['taskset', '-c', '0']),
      }
    : {}),
  ...(pair ? { 'two CSV --jobs 1 at once': { ...batch('csv', 1), pair: true } } : {}),
  ...(before
    ? {
        'before CSV --jobs 1': batch('csv', 1, {}, before),
        'before CSV --jobs 2': batch('csv', 2, {}, before),
        'before NDJSON --jobs 1': batch('ndjson', 1, {}, before),
        'before NDJSON --jobs 2': batch('ndjson', 2, {}, before),
      }
    : {}),
  ...(skipExact
    ? {}
    : {
        'exact engine CSV --jobs 1': batch('csv', 1, { REPAYPLAN_ENGINE: 'exact' }),
        'exact engine CSV --jobs 2': batch('csv', 2, { REPAYPLAN_ENGINE: 'exact' }),
      }),
};

/** Two copies of `args` at once, each to its own output (`-o` FILE and FILE.2): the slower one's wall, their CPU summed. */
function measurePair({ args, env }) {
  const o = args.indexOf('-o');
  const second = args.map((a, i) => (i === o + 1 ? `${a}.2` : a));
  const quote = (list) => list.map((a) => `'${a.replaceAll("'", "'\\''")}'`).join(' ');
  const times = [`${out}.time1`, `${out}.time2`];
  const script = `/usr/bin/time -f '%e %U %S %M' -o ${times[0]} ${quote([process.execPath, ...args])} & /usr/bin/time -f '%e %U %S %M' -o ${times[1]} ${quote([process.execPath, ...second])}; wait`;
  const r = spawnSync('bash', ['-c', script], { cwd: root, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 1 << 26 });
  const each = times.map((t) => readFileSync(t, 'utf8').trim().split('\n').pop().split(' ').map(Number));
  for (const f of [...times, `${args[o + 1]}.2`]) rmSync(f, { force: true });
  if (r.status !== 0 || each.some(([wall]) => !(wall >= 0))) throw new Error(`two at once: ${args.join(' ')} failed (${r.status}): ${r.stderr.slice(-400)}`);
  return { wall: Math.max(...each.map((e) => e[0])), cpu: each.reduce((a, e) => a + e[1] + e[2], 0), rssMb: Math.max(...each.map((e) => e[3])) / 1024 };
}

function measure({ args, env, prefix = [], pair: two = false }) {
  if (two) return measurePair({ args, env });
  const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', ...prefix, process.execPath, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    maxBuffer: 1 << 26,
  });
  const last = r.stderr.trim().split('\n').pop() ?? '';
  const [wall, user, sys, rssKb] = last.split(' ').map(Number);
  if (r.status !== 0 || !(wall >= 0)) throw new Error(`${args.join(' ')} failed (${r.status}): ${r.stderr.slice(-400)}`);
  return { wall, cpu: user + sys, rssMb: rssKb / 1024 };
}

const load0 = loadavg();
const results = {};
for (let i = 0; i < runs; i++) {
  for (const [name, c] of Object.entries(commands)) {
    // every command writes a new file: replacing the last run's 0.5 GB NDJSON output made the
    // closing rename free its pages (~0.3 s on the critical path), a cost of the harness
    rmSync(`${out}.csv`, { force: true });
    rmSync(`${out}.ndjson`, { force: true });
    const m = measure(c);
    results[name] ??= [];
    results[name].push(m);
    process.stderr.write(`run ${i + 1} ${name}: ${m.wall.toFixed(2)} s wall, ${m.cpu.toFixed(2)} s CPU, ${m.rssMb.toFixed(0)} MB\n`);
  }
}
rmSync(`${out}.csv`, { force: true });
rmSync(`${out}.ndjson`, { force: true });
const best = (name, key) => Math.min(...results[name].map((m) => m[key]));
const base = best('passthrough csv-parse → csv-stringify', 'cpu');
console.log(machineLine(load0));
console.log(`${count.toLocaleString('en-US')} generated accounts (cn-standard), best of ${runs} interleaved runs each\n`);
console.log('| command | wall s | accounts/s | CPU s | CPU µs/account | CPU vs passthrough | peak RSS MB |');
console.log('|---|---|---|---|---|---|---|');
for (const name of Object.keys(results)) {
  const wall = best(name, 'wall');
  const cpu = best(name, 'cpu');
  const n = commands[name].pair ? 2 * count : count; // two runs at once score the file twice
  console.log(
    `| ${name} | ${wall.toFixed(2)} | ${Math.round(n / wall).toLocaleString('en-US')} | ${cpu.toFixed(2)} | ${((cpu / n) * 1e6).toFixed(2)} | ${(cpu / (base * (n / count))).toFixed(2)}× | ${Math.max(...results[name].map((m) => m.rssMb)).toFixed(0)} |`,
  );
}
const speedup = (a, b) => (best(a, 'wall') / best(b, 'wall')).toFixed(2);
const baseNdjson = best('passthrough NDJSON JSON.parse → JSON.stringify', 'cpu');
console.log(
  `\nNDJSON CPU vs the NDJSON passthrough (the same NDJSON file): --jobs 1 ${(best('batch NDJSON --jobs 1', 'cpu') / baseNdjson).toFixed(2)}×, --jobs 2 ${(best('batch NDJSON --jobs 2', 'cpu') / baseNdjson).toFixed(2)}×`,
);
console.log(
  `\n--jobs 2 vs --jobs 1 (wall): CSV ${speedup('batch CSV --jobs 1', 'batch CSV --jobs 2')}×, NDJSON ${speedup('batch NDJSON --jobs 1', 'batch NDJSON --jobs 2')}×`,
);
if (general)
  console.log(
    `general reader --jobs 2 vs --jobs 1 (wall): CSV ${speedup('general reader CSV --jobs 1', 'general reader CSV --jobs 2')}×, NDJSON ${speedup('general reader NDJSON --jobs 1', 'general reader NDJSON --jobs 2')}×`,
  );
if (pinned)
  console.log(
    `--jobs 2 over --jobs 1, CPU: on one core CSV +${(best('batch CSV --jobs 2 on one core', 'cpu') - best('batch CSV --jobs 1', 'cpu')).toFixed(2)} s, NDJSON +${(best('batch NDJSON --jobs 2 on one core', 'cpu') - best('batch NDJSON --jobs 1', 'cpu')).toFixed(2)} s; on two cores CSV +${(best('batch CSV --jobs 2', 'cpu') - best('batch CSV --jobs 1', 'cpu')).toFixed(2)} s, NDJSON +${(best('batch NDJSON --jobs 2', 'cpu') - best('batch NDJSON --jobs 1', 'cpu')).toFixed(2)} s`,
  );
if (pair) {
  const alone = best('batch CSV --jobs 1', 'wall');
  const both = best('two CSV --jobs 1 at once', 'wall');
  console.log(
    `two CSV --jobs 1 at once: ${both.toFixed(2)} s wall (alone ${alone.toFixed(2)} s): at most ${((2 * alone) / both).toFixed(2)}× for --jobs 2 on this machine, against ${speedup('batch CSV --jobs 1', 'batch CSV --jobs 2')}× measured`,
  );
}
if (before)
  console.log(
    `after vs before, CPU: CSV --jobs 1 ${(best('before CSV --jobs 1', 'cpu') / best('batch CSV --jobs 1', 'cpu')).toFixed(2)}× less, NDJSON --jobs 1 ${(best('before NDJSON --jobs 1', 'cpu') / best('batch NDJSON --jobs 1', 'cpu')).toFixed(2)}× less`,
  );
if (!skipExact)
  console.log(
    `fast vs exact engine, CSV --jobs 1: CPU ${(best('exact engine CSV --jobs 1', 'cpu') / best('batch CSV --jobs 1', 'cpu')).toFixed(2)}× less, wall ${speedup('exact engine CSV --jobs 1', 'batch CSV --jobs 1')}× faster`,
  );
console.log('');
if (planRuns > 0) {
  const p = spawnSync(process.execPath, [join(here, 'plan-latency.mjs'), String(planRuns)], { cwd: root, encoding: 'utf8' });
  process.stdout.write(p.stdout);
}
