/** Worker thread of `repayplan batch`: compiles the policy and the row scorer once, then splits and scores jobs in order. */
import { parentPort, workerData } from 'node:worker_threads';
import { BytePool } from './byte-pool.js';
import type { Job } from './chunks.js';
import { scoreJob } from './chunks-rows.js';
import { idBuffers } from './id-batch.js';
import { createRowScorer, type ScoreConfig } from './score.js';

const port = parentPort;
if (!port) throw new Error('batch worker started outside a worker thread');
const scorer = createRowScorer(workerData as ScoreConfig);
// the pool may now send jobs here rather than score them on the main thread (pool.ts autoScorer)
port.postMessage({ ready: true });
// output buffers come back once the main thread has written them, and are filled again
const outputs = new BytePool();
port.on('message', (msg: { seq: number; job: Job; recycled?: ArrayBuffer[] }) => {
  for (const b of msg.recycled ?? []) outputs.give(b);
  const result = scoreJob(scorer, msg.job, outputs);
  // the output bytes, the hashed ids and the job's own buffer (for the next job's bytes) move back
  // to the main thread (transferred, not copied)
  const input = msg.job.kind === 'bytes' ? (msg.job.bytes.buffer as ArrayBuffer) : null;
  port.postMessage({ seq: msg.seq, result, input }, [result.out.buffer as ArrayBuffer, ...(input ? [input] : []), ...idBuffers(result.ids)]);
});
