#!/usr/bin/env node
// Wall time of one `plan` call with the whole cn-standard catalogue, against a bare `node -e 0`
// start, on this machine (SPEC §8: target ≤ 3×). Usage: node bench/plan-latency.mjs [runs]
import { spawnSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number.parseInt(process.argv[2] ?? '40', 10);
const planArgs = ['bin/repayplan.js', 'plan', '--principal', '20000', '--interest', '1500', '--fees', '800', '--overdue-days', '95',
  '--income', '6000', '--expenses', '3500', '--as-of', '2026-11-22'];
const commands = {
  'node -e 0': ['-e', '0'],
  'plan --format json': [...planArgs, '--format', 'json'],
  'plan --format table': [...planArgs, '--format', 'table'],
};

function time(args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
  const t1 = process.hrtime.bigint();
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return Number(t1 - t0) / 1e6;
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const results = {};
for (const args of Object.values(commands)) time(args); // warm the file cache
for (let i = 0; i < runs; i++) {
  // interleave the commands so machine noise hits all of them alike
  for (const [name, args] of Object.entries(commands)) {
    results[name] ??= [];
    results[name].push(time(args));
  }
}
const base = median(results['node -e 0']);
console.log(`machine: ${cpus().length} cores (${cpus()[0]?.model}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}; ${runs} runs each, interleaved`);
for (const [name, xs] of Object.entries(results)) {
  console.log(`${name.padEnd(22)} median ${median(xs).toFixed(1).padStart(6)} ms   min ${Math.min(...xs).toFixed(1).padStart(6)} ms   ratio to node -e 0: ${(median(xs) / base).toFixed(2)}×`);
}
