/** Worker thread of `repayplan batch`: compiles the policy once, then scores chunks in order. */
import { parentPort, workerData } from 'node:worker_threads';
import { createScorer, type ScoreConfig } from './score.js';
import type { InputRow } from './read.js';

const port = parentPort;
if (!port) throw new Error('batch worker started outside a worker thread');
const score = createScorer(workerData as ScoreConfig);
port.on('message', (msg: { seq: number; rows: InputRow[] }) => {
  port.postMessage({ seq: msg.seq, result: score(msg.rows) });
});
