#!/usr/bin/env node
/**
 * The duplicate-id check alone, in process (issue #16): N distinct ids hashed beforehand into
 * batches as the workers send them, then IdWatch.addBatch and result() timed on their own.
 *
 *   npm run build && node bench/ids.mjs [ids in memory, default ID_MEMORY_LIMIT] [--count 1000000] [--table N] [--bytes N]
 *
 * --table: ids in the small table before they are partitioned; --bytes: the partitions' memory budget.
 */
import { IdCollector } from '../dist/batch/id-batch.js';
import { ID_MEMORY_LIMIT, IdWatch } from '../dist/batch/ids.js';

const argv = process.argv.slice(2);
const flag = (name) => (argv.indexOf(name) >= 0 ? Number(argv[argv.indexOf(name) + 1]) : undefined);
const count = flag('--count') ?? 1_000_000;
const limit = Number(argv.find((a, i) => !a.startsWith('--') && !argv[i - 1]?.startsWith('--')) ?? ID_MEMORY_LIMIT);
const table = flag('--table');
const bytes = flag('--bytes');
const batches = [];
const c = new IdCollector();
for (let i = 1; i <= count; i++) {
  c.add(`CC${String(i).padStart(8, '0')}`, i);
  if (i % 4400 === 0) batches.push(c.take());
}
batches.push(c.take());
const t0 = process.hrtime.bigint();
const w = new IdWatch(undefined, { limit, table, bytes });
for (const b of batches) w.addBatch(b);
const t1 = process.hrtime.bigint();
const spilled = w.spillDir !== null;
const r = w.result();
const t2 = process.hrtime.bigint();
console.log(
  `limit ${limit}${table ? ` table ${table}` : ''}${bytes !== undefined ? ` bytes ${bytes}` : ''}: add ${(Number(t1 - t0) / 1e6).toFixed(0)} ms, result ${(Number(t2 - t1) / 1e6).toFixed(1)} ms, ${count} ids, ${r.duplicateRows} repeated${spilled ? ', temporary files' : ''}`,
);
