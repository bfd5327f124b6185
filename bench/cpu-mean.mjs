#!/usr/bin/env node
// Mean CPU time (user + system, all threads, from /proc/self/stat's children times: Linux only)
// of shell commands, run interleaved so that the shared machine's noise hits each alike; each
// command's mean and its ratio to the first. For what the other benches do not run, e.g. `plan`
// with stdout a pipe (issue #16):
//   node bench/cpu-mean.mjs 40 'node -e 0 | cat' 'node bin/repayplan.js plan --principal 2000 | cat'
// The CPU of every process of a command counts (`cat` too).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** CPU time (ms) of the children waited for so far (USER_HZ = 100). */
function childrenCpu() {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[13]) + Number(fields[14])) * 10;
}

const runs = Number.parseInt(process.argv[2] ?? '', 10);
const commands = process.argv.slice(3);
if (!(runs > 0) || commands.length === 0) {
  console.error('usage: node bench/cpu-mean.mjs RUNS COMMAND…');
  process.exit(2);
}
const total = commands.map(() => 0);
for (let i = 0; i < runs; i++) {
  commands.forEach((command, j) => {
    const before = childrenCpu();
    const run = spawnSync('/bin/sh', ['-c', command], { stdio: ['ignore', 'ignore', 'inherit'] });
    if (run.status !== 0) throw new Error(`${command} exited ${run.status}`);
    total[j] += childrenCpu() - before;
  });
}
commands.forEach((command, j) => {
  console.log(`${(total[j] / runs).toFixed(1).padStart(7)} ms  ${(total[j] / total[0]).toFixed(3)}×  ${command}`);
});
