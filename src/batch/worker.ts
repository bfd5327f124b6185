/** Worker thread of `repayplan batch`: compiles the policy once, then splits and scores jobs in order. */
import { parentPort, workerData } from 'node:worker_threads';
import type { Job } from './chunks.js';
import { scoreJob } from './chunks-rows.js';
import { createScorer, type ScoreConfig } from './score.js';

const port = parentPort;
if (!port) throw new Error('batch worker started outside a worker thread');
const score = createScorer(workerData as ScoreConfig);
port.on('message', (msg: { seq: number; job: Job }) => {
  const result = scoreJob(score, msg.job, true);
  // the output bytes move back to the main thread (transferred, not copied)
  port.postMessage({ seq: msg.seq, result }, typeof result.out === 'string' ? [] : [result.out.buffer as ArrayBuffer]);
});
