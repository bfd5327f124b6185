#!/usr/bin/env node
/**
 * The duplicate-id check alone, in process (issue #16): N distinct ids hashed beforehand into
 * batches as the workers send them, then IdWatch.addBatch and result() timed on their own.
 *
 *   npm run build && node bench/ids.mjs [ids in memory, default: the build's own bound] [--count 1000000]
 *     [--table N] [--bytes N] [--runs N] [--dist DIR]
 *
 * --table: ids in the small table before they are partitioned; --bytes: the partitions' memory
 * budget; --runs: that many checks in turn, medians printed; --dist: another build's dist folder
 * (a checkout of main, for a before/after in the same conditions; it ignores --table, --bytes).
 */
import { join, resolve } from 'node:path';

const argv = process.argv.slice(2);
const flag = (name) => (argv.indexOf(name) >= 0 ? argv[argv.indexOf(name) + 1] : undefined);
const dist = resolve(flag('--dist') ?? join(import.meta.dirname, '../dist'));
const { IdCollector } = await import(join(dist, 'batch/id-batch.js'));
const { IdWatch } = await import(join(dist, 'batch/ids.js'));
const num = (name) => (flag(name) === undefined ? undefined : Number(flag(name)));
const count = num('--count') ?? 1_000_000;
const runs = num('--runs') ?? 1;
const limitArg = argv.find((a, i) => !a.startsWith('--') && !argv[i - 1]?.startsWith('--'));
const limit = limitArg === undefined ? undefined : Number(limitArg);
const table = num('--table');
const bytes = num('--bytes');
const batches = [];
const c = new IdCollector();
for (let i = 1; i <= count; i++) {
  c.add(`CC${String(i).padStart(8, '0')}`, i);
  if (i % 4400 === 0) batches.push(c.take());
}
batches.push(c.take());
const adds = [];
const results = [];
let spilled = false;
let r;
for (let k = 0; k < runs; k++) {
  const t0 = process.hrtime.bigint();
  const w = new IdWatch(undefined, { limit, table, bytes });
  for (const b of batches) w.addBatch(b);
  const t1 = process.hrtime.bigint();
  spilled = w.spillDir !== null;
  r = w.result();
  const t2 = process.hrtime.bigint();
  adds.push(Number(t1 - t0) / 1e6);
  results.push(Number(t2 - t1) / 1e6);
}
const median = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
console.log(
  `${dist}: limit ${limit ?? 'default'}${table ? ` table ${table}` : ''}${bytes !== undefined ? ` bytes ${bytes}` : ''}: ` +
    `add ${median(adds).toFixed(0)} ms, result ${median(results).toFixed(1)} ms${runs > 1 ? ` (medians of ${runs})` : ''}, ` +
    `${count} ids, ${r.duplicateRows} repeated${spilled ? ', temporary files' : ''}`,
);
