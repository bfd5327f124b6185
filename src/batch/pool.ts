/**
 * Scoring jobs (chunks.ts) on worker threads with the output order kept: each chunk gets a sequence
 * number, results are taken strictly in that order (a FIFO of promises), and at most
 * `maxInFlight` chunks are out at once, so memory stays flat whatever the input size.
 */
import { Worker } from 'node:worker_threads';
import { InternalError } from '../errors.js';
import { BytePool, POOL_KEEP } from './byte-pool.js';
import type { Job } from './chunks.js';
import { scoreJob, type JobResult } from './chunks-rows.js';
import { createRowScorer, type ScoreConfig } from './score.js';

export interface Scorer {
  /** Starts scoring a job; the promise settles with its result. A byte job's buffer is the scorer's from then on. */
  score(job: Job): Promise<JobResult>;
  /** The result's output bytes are written: their buffer may be filled again (a result of another scorer is ignored). */
  recycle(result: JobResult): void;
  close(): Promise<void>;
}

/**
 * Scores in the calling thread (`--jobs 1`). A byte job's buffer goes back to `inputs` once
 * scored; the output is the row scorer's own buffer, filled again once recycled.
 */
export function inlineScorer(config: ScoreConfig, inputs?: BytePool): Scorer {
  const scorer = createRowScorer(config);
  const outputs = new BytePool();
  const mine = new WeakSet<ArrayBuffer>();
  return {
    score: (job) => {
      try {
        const result = scoreJob(scorer, job, outputs);
        mine.add(result.out.buffer as ArrayBuffer);
        if (job.kind === 'bytes') inputs?.give(job.bytes.buffer as ArrayBuffer);
        return Promise.resolve(result);
      } catch (error) {
        return Promise.reject(error);
      }
    },
    recycle(result) {
      const b = result.out.buffer as ArrayBuffer;
      if (mine.delete(b)) outputs.give(b);
    },
    close: () => Promise.resolve(),
  };
}

/** Worker threads (workerScorer) that say when one of them has compiled its scorer. */
export interface WorkerPool extends Scorer {
  /** A worker has compiled its scorer (or the pool failed: then score() rejects with the failure). */
  ready(): boolean;
}

interface Pending {
  resolve(r: JobResult): void;
  reject(e: Error): void;
  worker: number;
}

/**
 * Scores on up to `jobs` worker threads, each compiling the policy once. Workers start on
 * demand (a new one only when every running one is busy), so a small file costs one thread;
 * `start` of them start at once (they load and compile while the caller does other work).
 */
export function workerScorer(config: ScoreConfig, jobs: number, { start = 0, inputs }: { start?: number; inputs?: BytePool } = {}): WorkerPool {
  // dist/batch/worker.js as tsc writes it; in dist/bundle/ bin/start-worker.js (scripts/bundle-plan.mjs workerEntry)
  const url = new URL('./worker.js', import.meta.url);
  const workers: Worker[] = [];
  const load: number[] = [];
  /** Output buffers written since the worker's last job, sent back with its next one. */
  const written: ArrayBuffer[][] = [];
  /** The worker each output buffer came from. */
  const owner = new WeakMap<ArrayBuffer, number>();
  const pending = new Map<number, Pending>();
  let seq = 0;
  let ready = 0;
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
    w.on('message', (msg: { seq: number; result: JobResult; input: ArrayBuffer | null } | { ready: true }) => {
      if ('ready' in msg) {
        ready++;
        return;
      }
      if (msg.input) inputs?.give(msg.input);
      const p = pending.get(msg.seq);
      if (!p) return;
      owner.set(msg.result.out.buffer as ArrayBuffer, p.worker);
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
    written.push([]);
  };
  while (workers.length < Math.min(start, jobs)) spawn();
  return {
    ready: () => ready > 0 || failed !== null,
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
        // a byte job's buffer moves to the worker (transferred, not copied), with the output buffers it may fill again
        const recycled = written[pick] ?? [];
        written[pick] = [];
        workers[pick]?.postMessage({ seq: id, job, recycled }, [...(job.kind === 'bytes' ? [job.bytes.buffer as ArrayBuffer] : []), ...recycled]);
      });
    },
    recycle(result) {
      const b = result.out.buffer as ArrayBuffer;
      const w = owner.get(b);
      if (w === undefined) return;
      owner.delete(b);
      const list = written[w];
      if (list && list.length < POOL_KEEP) list.push(b);
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

/**
 * Input bytes from which the default (`--jobs` not given) starts worker threads: about 430,000
 * CSV rows or 160,000 NDJSON rows. Measured on 2 cores with the workers' code cache, workers start
 * to win between 12 and 18 MB of CSV (200,000–300,000 rows) and between 15 and 31 MB of NDJSON
 * (100,000–200,000 rows, 3 % at 200,000), bench/RESULTS.md, sixth session; one threshold for
 * both, near NDJSON's break-even.
 */
export const WORKER_MIN_BYTES = 24 * 1024 * 1024;

/**
 * How many workers the default starts at once for an input of `size` bytes (null: stdin, not
 * known): one per `minBytes` of it, at least one, at most `jobs`; more start on demand when all
 * are busy. A 64-core machine does not load 64 copies of the program for a 10 MB file.
 */
export function workersToStart(jobs: number, size: number | null, minBytes: number): number {
  if (minBytes <= 0) return jobs;
  return Math.min(jobs, Math.max(1, Math.ceil((size ?? 0) / minBytes)));
}

/**
 * The default when `--jobs` is not given: a worker thread loads the program on its own and warms
 * its compiled code up from scratch, which a small input never earns back (bench/RESULTS.md,
 * `node bench/jobs-default.mjs`). A file under `minBytes` is scored on the calling thread
 * (`inline()`, made on first use); a larger one on the workers (`pool()`) from its first job.
 * On stdin (`size` null) jobs are scored on the calling thread until the bytes read reach
 * `minBytes`; then the workers start and take every job once one of them has compiled its
 * scorer (the calling thread, warm by then, goes on meanwhile). Results are the same bytes
 * wherever a job is scored; OrderedQueue keeps them in input order.
 */
export function autoScorer(inline: () => Scorer, pool: () => WorkerPool, size: number | null, minBytes: number): Scorer {
  let here: Scorer | null = null;
  let workers: WorkerPool | null = null;
  let seen = 0;
  return {
    score(job) {
      if (!workers) {
        seen += job.kind === 'bytes' ? job.bytes.byteLength : 0;
        if ((size ?? seen) >= minBytes) workers = pool();
      }
      if (workers && (size !== null || workers.ready())) return workers.score(job);
      here ??= inline();
      return here.score(job);
    },
    recycle(result) {
      here?.recycle(result);
      workers?.recycle(result);
    },
    async close() {
      await Promise.all([here?.close(), workers?.close()]);
    },
  };
}

/**
 * The scorer of a run: `--jobs 1` the calling thread, `--jobs N` N workers, no `--jobs` (`auto`)
 * autoScorer for an input of `size` bytes (null: not known), its threshold `minBytesGiven` when
 * set (REPAYPLAN_WORKER_BYTES, a diagnostic for tests and bench/) or WORKER_MIN_BYTES.
 */
export function scorerFor(config: ScoreConfig, jobs: number, auto: boolean, size: number | null, minBytesGiven?: string, inputs?: BytePool): Scorer {
  if (jobs === 1) return inlineScorer(config, inputs);
  if (!auto) return workerScorer(config, jobs, { inputs });
  const given = Number.parseInt(minBytesGiven ?? '', 10);
  const minBytes = Number.isNaN(given) ? WORKER_MIN_BYTES : given;
  const start = workersToStart(jobs, size, minBytes);
  return autoScorer(
    () => inlineScorer(config, inputs),
    () => workerScorer(config, jobs, { start, inputs }),
    size,
    minBytes,
  );
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
