/** pool.ts autoScorer: where each job is scored when --jobs is not given (fakes, no threads). */
import { describe, expect, it } from 'vitest';
import type { ByteJob, Job } from '../../src/batch/chunks.js';
import type { JobResult } from '../../src/batch/chunks-rows.js';
import { autoScorer, OrderedQueue, type Scorer, type WorkerPool, workersToStart } from '../../src/batch/pool.js';

/** A byte job of `size` bytes numbered `row0`. */
function job(row0: number, size: number): ByteJob {
  return { kind: 'bytes', format: 'csv', bytes: new Uint8Array(size), row0, line0: row0, rows: 1, quoted: false, firstLine: row0 === 0 };
}

/** A scorer that records the jobs it got (by row0) and answers with them in `out`. */
function fake(name: string, log: string[], delay = 0): Scorer & { closed: boolean } {
  const s = {
    closed: false,
    score(j: Job): Promise<JobResult> {
      const row0 = j.kind === 'bytes' ? j.row0 : -1;
      log.push(`${name}${row0}`);
      const result = { out: new TextEncoder().encode(`${row0}\n`) } as JobResult;
      return delay ? new Promise((r) => setTimeout(() => r(result), delay)) : Promise.resolve(result);
    },
    recycle() {},
    close() {
      s.closed = true;
      return Promise.resolve();
    },
  };
  return s;
}

/** A fake pool that is ready once `ready` is set, and counts how often it was made. */
function fakePool(log: string[], delay = 0) {
  const state = { made: 0, ready: false, pool: null as (WorkerPool & { closed: boolean }) | null };
  const make = (): WorkerPool => {
    state.made++;
    const f = fake('w', log, delay);
    state.pool = Object.assign(f, { ready: () => state.ready });
    return state.pool;
  };
  return { state, make };
}

describe('autoScorer (the default without --jobs)', () => {
  it('scores an input under the threshold on the calling thread and never starts workers', async () => {
    const log: string[] = [];
    const inline = fake('i', log);
    const { state, make } = fakePool(log);
    const s = autoScorer(() => inline, make, 5_000, 6_000);
    for (let i = 0; i < 5; i++) await s.score(job(i, 1000));
    await s.close();
    expect(state.made).toBe(0);
    expect(log).toEqual(['i0', 'i1', 'i2', 'i3', 'i4']);
    expect(inline.closed).toBe(true);
  });

  it('sends every job of a file known to be large to the workers, ready or not, and never makes the inline scorer', async () => {
    const log: string[] = [];
    const { state, make } = fakePool(log);
    let inlineMade = 0;
    const s = autoScorer(
      () => {
        inlineMade++;
        return fake('i', log);
      },
      make,
      10_000,
      6_000,
    );
    await s.score(job(0, 1000));
    expect(state.made).toBe(1);
    await s.score(job(1, 1000));
    state.ready = true;
    await s.score(job(2, 1000));
    await s.close();
    expect(state.made).toBe(1);
    expect(inlineMade).toBe(0);
    expect(log).toEqual(['w0', 'w1', 'w2']);
    expect(state.pool?.closed).toBe(true);
  });

  it('on an input of unknown size (stdin), starts the workers once the bytes seen reach the threshold and uses them once one is ready', async () => {
    const log: string[] = [];
    const { state, make } = fakePool(log);
    const s = autoScorer(() => fake('i', log), make, null, 2_500);
    await s.score(job(0, 1000));
    await s.score(job(1, 1000));
    expect(state.made).toBe(0);
    await s.score(job(2, 1000)); // 3,000 bytes seen: the workers start, none ready yet
    expect(state.made).toBe(1);
    await s.score(job(3, 1000));
    state.ready = true;
    await s.score(job(4, 1000));
    await s.score(job(5, 1000));
    expect(state.made).toBe(1);
    expect(log).toEqual(['i0', 'i1', 'i2', 'i3', 'w4', 'w5']);
  });

  it('keeps input order when the inline jobs answer at once and the workers later', async () => {
    const log: string[] = [];
    const { state, make } = fakePool(log, 5);
    const s = autoScorer(() => fake('i', log), make, null, 0);
    const written: string[] = [];
    const q = new OrderedQueue(s, 6, async (r) => {
      written.push(new TextDecoder().decode(r.out as Uint8Array));
    });
    for (let i = 0; i < 12; i++) {
      if (i === 4) state.ready = true;
      await q.push(job(i, 1000));
    }
    await q.drain();
    expect(log.slice(0, 4)).toEqual(['i0', 'i1', 'i2', 'i3']);
    expect(log.slice(4).every((x) => x.startsWith('w'))).toBe(true);
    expect(written.join('')).toBe(Array.from({ length: 12 }, (_, i) => `${i}\n`).join(''));
  });
});

describe('workersToStart', () => {
  it('starts one worker per threshold of input, at least one, at most --jobs', () => {
    const MiB = 1024 * 1024;
    expect(workersToStart(2, 6 * MiB, 6 * MiB)).toBe(1);
    expect(workersToStart(2, 6 * MiB + 1, 6 * MiB)).toBe(2);
    expect(workersToStart(64, 100 * MiB, 6 * MiB)).toBe(17);
    expect(workersToStart(64, 10_000 * MiB, 6 * MiB)).toBe(64);
    // stdin: one, the rest on demand
    expect(workersToStart(8, null, 6 * MiB)).toBe(1);
    // the diagnostic threshold 0: all of them
    expect(workersToStart(3, null, 0)).toBe(3);
    expect(workersToStart(3, 0, 0)).toBe(3);
  });
});
