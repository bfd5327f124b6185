#!/usr/bin/env node
// Wall time of one `plan` call with the whole cn-standard catalogue (table, JSON, and JSON with
// the same policy given as a file), against a bare `node -e 0` start, interleaved so that the
// shared machine's noise hits every command alike. Prints min and median, and each ratio to
// `node -e 0` (issue #16 target: ≤ 1.5×; a policy file ≤ 10 % over the preset). On Linux also the
// mean CPU time of each (user + system, all threads, from /proc/self/stat's children times, in
// clock ticks of 10 ms: a mean over many runs), which the shared machine's load moves less.
// Usage: node bench/plan-latency.mjs [runs] [--against DIR]
//   --against DIR: the same three plan commands run from another checkout's bin/repayplan.js
//   too (built; e.g. before and after a change), interleaved with these.
import { spawnSync } from 'node:child_process';
import { cpus, loadavg, totalmem, tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { existsSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number.parseInt(process.argv[2] ?? '40', 10);
const againstAt = process.argv.indexOf('--against');
const against = againstAt > 0 ? process.argv[againstAt + 1] : undefined;
const account = [
  '--principal',
  '20000',
  '--interest',
  '1500',
  '--fees',
  '800',
  '--overdue-days',
  '95',
  '--income',
  '6000',
  '--expenses',
  '3500',
  '--as-of',
  '2026-11-22',
];
const planArgs = ['bin/repayplan.js', 'plan', ...account];
const dir = mkdtempSync(join(tmpdir(), 'repayplan-bench-'));
const policyFile = join(dir, 'cn.json');
const init = spawnSync(process.execPath, ['bin/repayplan.js', 'policy', 'init', 'cn-standard'], { cwd: root, encoding: 'utf8' });
writeFileSync(policyFile, init.stdout);
const commands = {
  'node -e 0': ['-e', '0'],
  'plan --format json': [...planArgs, '--format', 'json'],
  'plan --format table': [...planArgs, '--format', 'table'],
  'plan json --policy FILE': [...planArgs, '--format', 'json', '--policy', policyFile],
};
if (against) {
  const other = [join(against, 'bin/repayplan.js'), 'plan', ...account];
  commands['json (--against)'] = [...other, '--format', 'json'];
  commands['table (--against)'] = [...other, '--format', 'table'];
  commands['--policy FILE (--against)'] = [...other, '--format', 'json', '--policy', policyFile];
}

/** CPU time (ms) of the children waited for so far, or null off Linux. */
function childrenCpu() {
  if (!existsSync('/proc/self/stat')) return null;
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[13]) + Number(fields[14])) * 10; // cutime + cstime, USER_HZ = 100
}

const cpu = {};
function time(name, args) {
  const c0 = childrenCpu();
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
  const t1 = process.hrtime.bigint();
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  if (name && c0 !== null) {
    cpu[name] ??= [];
    cpu[name].push(childrenCpu() - c0);
  }
  return Number(t1 - t0) / 1e6;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
const results = {};
const load0 = loadavg()[0];
for (const args of Object.values(commands)) time(null, args); // warm the file cache
for (let i = 0; i < runs; i++) {
  // interleave the commands so machine noise hits all of them alike
  for (const [name, args] of Object.entries(commands)) {
    results[name] ??= [];
    results[name].push(time(name, args));
  }
}
rmSync(dir, { recursive: true, force: true });
const base = results['node -e 0'];
console.log(
  `machine: ${cpus().length} cores (${cpus()[0]?.model}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}; load average ${load0.toFixed(1)} → ${loadavg()[0].toFixed(1)}; ${runs} runs each, interleaved`,
);
for (const [name, xs] of Object.entries(results)) {
  console.log(
    `${name.padEnd(24)} min ${Math.min(...xs)
      .toFixed(1)
      .padStart(
        6,
      )} ms  median ${median(xs).toFixed(1).padStart(6)} ms   ratio to node -e 0: min ${(Math.min(...xs) / Math.min(...base)).toFixed(2)}×  median ${(median(xs) / median(base)).toFixed(2)}×`,
  );
}
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
if (cpu['node -e 0']) {
  const baseCpu = mean(cpu['node -e 0']);
  for (const [name, xs] of Object.entries(cpu)) {
    console.log(`${name.padEnd(24)} CPU mean ${mean(xs).toFixed(1).padStart(6)} ms   ratio to node -e 0: ${(mean(xs) / baseCpu).toFixed(2)}×`);
  }
  const over = mean(cpu['plan json --policy FILE']) / mean(cpu['plan --format json']) - 1;
  console.log(`policy file over preset (json), CPU mean: ${(over * 100).toFixed(0)} %`);
}
const file = results['plan json --policy FILE'];
const preset = results['plan --format json'];
console.log(
  `policy file over preset (json): min ${((Math.min(...file) / Math.min(...preset) - 1) * 100).toFixed(0)} %  median ${((median(file) / median(preset) - 1) * 100).toFixed(0)} %`,
);
