#!/usr/bin/env node
/**
 * How well this machine itself runs two threads at once (issue #16's `--jobs 2` ≥ 1.7× `--jobs 1`),
 * with nothing of repayplan in it: the same fixed amount of work done by one worker thread, then
 * split between two, for loops that touch a working set of a given size at random (an L1-sized
 * table, an L2-sized one, one far past L2) and one that touches no memory at all. Interleaved,
 * best of `--runs` rounds. The speed-up of two threads over one is the ceiling any program's
 * `--jobs 2` can reach on that kind of work on this machine; CPU "2 threads / 1 thread" above 1.00
 * is CPU the threads cost each other (shared caches or memory bandwidth under the hypervisor).
 *
 *   node bench/machine-scaling.mjs [--runs 3]
 */
import { loadavg } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { arg, machineLine } from './common.mjs';

/** `n` steps of a multiplicative congruential walk; `size` 0: registers only, else random reads and writes over a Float64Array of `size` doubles. */
function work(n, size) {
  let x = 1;
  let s = 0;
  if (size === 0) {
    for (let i = 0; i < n; i++) {
      x = (x * 1103515245 + 12345) % 2147483648;
      s += x & 7;
    }
    return s;
  }
  const a = new Float64Array(size);
  const mask = size - 1;
  for (let i = 0; i < n; i++) {
    const j = (i * 2654435761) & mask;
    a[j] += i;
    s += a[(j * 7) & mask];
  }
  return s;
}

if (!isMainThread) {
  const { n, size } = workerData;
  parentPort.postMessage(work(n, size));
} else {
  const runs = Number(arg('runs', '3'));
  const cases = [
    { name: 'no memory (registers)', size: 0, steps: 4e7 },
    { name: 'random over 32 KiB', size: 4096, steps: 4e8 },
    { name: 'random over 512 KiB', size: 65536, steps: 3e8 },
    { name: 'random over 8 MiB', size: 1 << 20, steps: 2e8 },
  ];
  /** Wall and CPU ms of `steps` split over `threads` worker threads. */
  const run = async (steps, size, threads) => {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    await Promise.all(
      Array.from(
        { length: threads },
        () =>
          new Promise((resolve, reject) => {
            const w = new Worker(new URL(import.meta.url), { workerData: { n: steps / threads, size } });
            w.on('message', resolve);
            w.on('error', reject);
          }),
      ),
    );
    const c = process.cpuUsage(c0);
    return { wall: performance.now() - t0, cpu: (c.user + c.system) / 1000 };
  };
  const load0 = loadavg();
  const best = cases.map(() => ({ 1: { wall: Infinity, cpu: Infinity }, 2: { wall: Infinity, cpu: Infinity } }));
  for (let r = 0; r < runs; r++) {
    for (const [k, c] of cases.entries()) {
      for (const threads of [1, 2]) {
        const m = await run(c.steps, c.size, threads);
        const b = best[k][threads];
        b.wall = Math.min(b.wall, m.wall);
        b.cpu = Math.min(b.cpu, m.cpu);
      }
    }
  }
  console.log(`${machineLine(load0)}; best of ${runs} interleaved rounds\n`);
  console.log('| work (same total in both columns) | 1 thread wall ms | 2 threads wall ms | speed-up | CPU 2 threads / 1 thread |');
  console.log('|---|---|---|---|---|');
  for (const [k, c] of cases.entries()) {
    const one = best[k][1];
    const two = best[k][2];
    console.log(`| ${c.name} | ${one.wall.toFixed(0)} | ${two.wall.toFixed(0)} | ${(one.wall / two.wall).toFixed(2)}× | ${(two.cpu / one.cpu).toFixed(2)} |`);
  }
}
