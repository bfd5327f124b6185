#!/usr/bin/env node
/**
 * Issue #16, parsing in the workers: the CPU the reading alone costs, in process, no scoring.
 * `general` is the reader before (csv-parse / NDJSON lines into one object per row on the main
 * thread); `jobs` is what the main thread does now (decode, cut into byte jobs, count rows and
 * lines); `jobs+split` adds what the workers do before scoring (split the jobs into rows).
 *
 *   npm run build && node bench/reader.mjs bench/out/accounts-200000.csv [--rounds 2]
 */
import { createReadStream } from 'node:fs';
import { readJobs } from '../dist/batch/chunks.js';
import { rowsOfJob } from '../dist/batch/chunks-rows.js';
import { readRows } from '../dist/batch/read.js';

const file = process.argv[2];
if (!file) throw new Error('usage: node bench/reader.mjs FILE.csv|FILE.ndjson [--rounds N]');
const r = process.argv.indexOf('--rounds');
const rounds = r > 0 ? Number(process.argv[r + 1]) : 2;
const format = file.endsWith('.csv') ? 'csv' : 'ndjson';
const opts = { format, encoding: 'auto', source: file, header: format === 'csv' };
const input = () => createReadStream(file, { highWaterMark: 256 * 1024 });

async function once(mode) {
  const t0 = process.cpuUsage();
  let rows = 0;
  if (mode === 'general') for await (const _ of readRows(input(), opts)) rows++;
  else
    for await (const job of readJobs(input(), opts)) {
      if (job.kind === 'rows') rows += job.rows.length;
      else rows += mode === 'jobs+split' ? rowsOfJob(job).length : job.rows;
    }
  const t = process.cpuUsage(t0);
  return { rows, ms: (t.user + t.system) / 1000 };
}

for (let i = 0; i < rounds; i++) {
  for (const mode of ['general', 'jobs', 'jobs+split']) {
    const { rows, ms } = await once(mode);
    console.log(`${format} ${mode}: ${rows} rows, ${ms.toFixed(0)} ms CPU, ${((ms * 1000) / rows).toFixed(2)} µs/row`);
  }
}
