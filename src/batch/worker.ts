/** Worker thread of `repayplan batch`: compiles the policy and the row scorer once, then splits and scores jobs in order. */
import { parentPort, workerData } from 'node:worker_threads';
import type { Job } from './chunks.js';
import { scoreJob } from './chunks-rows.js';
import { idBuffers } from './id-batch.js';
import { createRowScorer, type ScoreConfig } from './score.js';

const port = parentPort;
if (!port) throw new Error('batch worker started outside a worker thread');
const scorer = createRowScorer(workerData as ScoreConfig);
// the pool may now send jobs here rather than score them on the main thread (pool.ts autoScorer)
port.postMessage({ ready: true });
port.on('message', (msg: { seq: number; job: Job }) => {
  const result = scoreJob(scorer, msg.job);
  // the output bytes and the hashed ids move back to the main thread (transferred, not copied)
  port.postMessage({ seq: msg.seq, result }, [result.out.buffer as ArrayBuffer, ...idBuffers(result.ids)]);
});
