#!/usr/bin/env node
/**
 * Where a `batch` run's CPU goes, thread by thread (issue #16: what `--jobs 2` costs over
 * `--jobs 1`): runs the command given after `--` and reads each of its threads' user and system
 * time from /proc/PID/task/TID/stat every 50 ms (Linux only), keeping the last reading of each.
 * Threads are told apart by what they do: the main thread (the process id), the worker threads
 * (the busiest after it, as many as `--jobs`), V8's platform threads (optimizing compilation,
 * garbage-collection helpers) and libuv's (file writes). A thread that ends between two readings
 * loses up to 50 ms.
 *
 *   node bench/threads.mjs [--workers N] -- node bin/repayplan.js batch IN -o OUT --jobs N --no-progress
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { arg } from './common.mjs';

const at = process.argv.indexOf('--');
if (at < 0) {
  console.error('usage: node bench/threads.mjs [--workers N] -- COMMAND ARGS…');
  process.exit(2);
}
const workers = Number.parseInt(arg('workers', '0'), 10);
const [cmd, ...args] = process.argv.slice(at + 1);
const child = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'inherit'] });
const TICK = 100; // clock ticks a second (USER_HZ on Linux)
/** tid → [user s, system s], the last reading. */
const last = new Map();
function read() {
  let tids = [];
  try {
    tids = readdirSync(`/proc/${child.pid}/task`);
  } catch {
    return;
  }
  for (const tid of tids) {
    try {
      const stat = readFileSync(`/proc/${child.pid}/task/${tid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      last.set(Number(tid), [Number(f[11]) / TICK, Number(f[12]) / TICK]);
    } catch {
      // the thread ended
    }
  }
}
const timer = setInterval(read, 50);
const started = process.hrtime.bigint();
child.on('exit', (code) => {
  clearInterval(timer);
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  const main = last.get(child.pid) ?? [0, 0];
  const others = [...last].filter(([tid]) => tid !== child.pid).sort((a, b) => b[1][0] + b[1][1] - (a[1][0] + a[1][1]));
  const groups = {
    main: [main],
    workers: others.slice(0, workers).map((x) => x[1]),
    'other threads (V8 compiler and GC, libuv)': others.slice(workers).map((x) => x[1]),
  };
  let total = 0;
  for (const [name, list] of Object.entries(groups)) {
    const user = list.reduce((s, x) => s + x[0], 0);
    const sys = list.reduce((s, x) => s + x[1], 0);
    total += user + sys;
    const each = list.length > 1 ? `  (${list.map((x) => (x[0] + x[1]).toFixed(2)).join(' + ')})` : '';
    console.log(`${name.padEnd(42)} user ${user.toFixed(2)} s  system ${sys.toFixed(2)} s${each}`);
  }
  console.log(`${'all threads'.padEnd(42)} ${total.toFixed(2)} s CPU in ${wall.toFixed(2)} s wall; exit code ${code}`);
});
