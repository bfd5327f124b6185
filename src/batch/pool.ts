/**
 * Scoring jobs (chunks.ts) on worker threads with the output order kept: each chunk gets a sequence
 * number, results are taken strictly in that order (a FIFO of promises), and at most
 * `maxInFlight` chunks are out at once, so memory stays flat whatever the input size.
 */
import { Worker } from 'node:worker_threads';
import { InternalError } from '../errors.js';
import type { Job } from './chunks.js';
import { scoreJob, type JobResult } from './chunks-rows.js';
import { createRowScorer, type ScoreConfig } from './score.js';

export interface Scorer {
  /** Starts scoring a job; the promise settles with its result. */
  score(job: Job): Promise<JobResult>;
  close(): Promise<void>;
}

/** Scores in the calling thread (`--jobs 1`). */
export function inlineScorer(config: ScoreConfig): Scorer {
  const scorer = createRowScorer(config);
  return {
    score: (job) => {
      try {
        return Promise.resolve(scoreJob(scorer, job));
      } catch (error) {
        return Promise.reject(error);
      }
    },
    close: () => Promise.resolve(),
  };
}

interface Pending {
  resolve(r: JobResult): void;
  reject(e: Error): void;
  worker: number;
}

/**
 * Scores on up to `jobs` worker threads, each compiling the policy once. Workers start on
 * demand (a new one only when every running one is busy), so a small file costs one thread.
 */
export function workerScorer(config: ScoreConfig, jobs: number): Scorer {
  const url = new URL('./worker.js', import.meta.url);
  const workers: Worker[] = [];
  const load: number[] = [];
  const pending = new Map<number, Pending>();
  let seq = 0;
  let failed: Error | null = null;
  const fail = (error: Error) => {
    if (failed) return;
    failed = error;
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };
  const spawn = () => {
    const index = workers.length;
    const w = new Worker(url, { workerData: config });
    w.on('message', (msg: { seq: number; result: JobResult }) => {
      const p = pending.get(msg.seq);
      if (!p) return;
      pending.delete(msg.seq);
      load[p.worker] = (load[p.worker] ?? 1) - 1;
      p.resolve(msg.result);
    });
    w.on('error', (error) => fail(error instanceof InternalError ? error : new InternalError(`batch worker failed: ${error.message}`)));
    w.on('exit', (code) => {
      if ([...pending.values()].some((p) => p.worker === index)) fail(new InternalError(`batch worker stopped (exit code ${code}) with chunks unscored`));
    });
    workers.push(w);
    load.push(0);
  };
  return {
    score(job) {
      if (failed) return Promise.reject(failed);
      let pick = 0;
      for (let i = 1; i < workers.length; i++) if ((load[i] ?? 0) < (load[pick] ?? 0)) pick = i;
      if (workers.length === 0 || ((load[pick] ?? 0) > 0 && workers.length < jobs)) {
        spawn();
        pick = workers.length - 1;
      }
      const id = seq++;
      load[pick] = (load[pick] ?? 0) + 1;
      return new Promise<JobResult>((resolve, reject) => {
        pending.set(id, { resolve, reject, worker: pick });
        // a byte job's buffer moves to the worker (transferred, not copied)
        workers[pick]?.postMessage({ seq: id, job }, job.kind === 'bytes' ? [job.bytes.buffer as ArrayBuffer] : []);
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

/**
 * Keeps chunk results in input order with bounded look-ahead: `push` queues a chunk and, when
 * `maxInFlight` are out, waits for the oldest and hands it to `take` (which writes it).
 */
export class OrderedQueue {
  private readonly queue: Promise<JobResult>[] = [];
  constructor(
    private readonly scorer: Scorer,
    private readonly maxInFlight: number,
    private readonly take: (r: JobResult) => Promise<void>,
  ) {}

  async push(job: Job): Promise<void> {
    const p = this.scorer.score(job);
    p.catch(() => undefined); // awaited in order below
    this.queue.push(p);
    while (this.queue.length >= this.maxInFlight) await this.takeOldest();
  }

  /** Waits for every queued chunk, in order. */
  async drain(): Promise<void> {
    while (this.queue.length > 0) await this.takeOldest();
  }

  private async takeOldest(): Promise<void> {
    const head = this.queue.shift();
    if (head) await this.take(await head);
  }
}
