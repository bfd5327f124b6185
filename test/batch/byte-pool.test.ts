/**
 * Issue #16: the buffers a batch job's bytes travel in are used again (byte-pool.ts) — the job's
 * input once it is scored, the output once it is written. A buffer handed out again while its
 * bytes are still wanted would change output already produced; these tests check that it is not,
 * and that the bytes are those of a scorer that copies.
 */
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { BytePool, POOL_KEEP } from '../../src/batch/byte-pool.js';
import { readJobs, type ByteJob } from '../../src/batch/chunks.js';
import { rowsOfJob, scoreJob } from '../../src/batch/chunks-rows.js';
import { inlineScorer } from '../../src/batch/pool.js';
import { put } from '../../src/batch/sinks.js';
import { createRowScorer } from '../../src/batch/score.js';
import { presetDoc } from '../../src/policy/presets.js';
import type { PolicyDoc } from '../../src/policy/types.js';
import { ByteSink } from '../../src/render/byte-sink.js';
import { scoreConfig } from '../helpers/score-config.js';

const HEADER = ['id', 'principal', 'overdue_days', 'monthly_income', 'monthly_expenses'];

/** A byte job of CSV rows `from`…`from + n − 1`. */
function csvJob(from: number, n: number): ByteJob {
  let text = '';
  for (let i = from; i < from + n; i++)
    text += `A${i},${1000 + i * 37}.${String(i % 100).padStart(2, '0')},${(i * 13) % 400},${8000 + i},${3000 + (i % 977)}\n`;
  return { kind: 'bytes', format: 'csv', bytes: new TextEncoder().encode(text), row0: from, line0: from + 1, rows: n, quoted: false, firstLine: false };
}

describe('BytePool', () => {
  it('hands a buffer given back out again when it is large enough, else a new one with room to spare', () => {
    const pool = new BytePool();
    const a = pool.take(100_000);
    expect(a.byteLength).toBeGreaterThanOrEqual(100_000 + 64 * 1024 - 1);
    pool.give(a);
    expect(pool.take(a.byteLength)).toBe(a);
    pool.give(a);
    const b = pool.take(a.byteLength + 1);
    expect(b).not.toBe(a);
    expect(b.byteLength).toBeGreaterThan(a.byteLength);
    expect(pool.take(10)).toBe(a); // still there
    expect([pool.allocated, pool.reused]).toEqual([2, 2]);
  });

  it('keeps at most its limit, the latest ones; ignores a second give and a detached buffer', () => {
    const pool = new BytePool(2);
    const [x, y, z] = [pool.take(1), pool.take(1), pool.take(1)];
    pool.give(x);
    pool.give(x);
    pool.give(y);
    pool.give(z);
    expect([pool.take(1), pool.take(1)].sort()).toEqual([y, z].sort());
    expect(pool.take(1)).not.toBe(x);
    const moved = pool.take(1);
    structuredClone(moved, { transfer: [moved] }); // detached, as after postMessage
    pool.give(moved);
    expect(pool.reused).toBe(2);
    const none = new BytePool(0);
    none.give(new ArrayBuffer(8));
    none.take(1);
    expect(none.reused).toBe(0);
    expect(POOL_KEEP).toBeGreaterThanOrEqual(4);
  });
});

describe('ByteSink.takeView', () => {
  it('gives the bytes written without a copy and goes on in the fresh buffer', () => {
    const s = new ByteSink();
    s.text('héllo,');
    s.minor(-5, 2);
    const fresh = new ArrayBuffer(4);
    const asked: number[] = [];
    const v = s.takeView((min) => {
      asked.push(min);
      return fresh;
    });
    expect(Buffer.from(v).toString()).toBe('héllo,-0.05');
    expect(asked).toEqual([v.length]);
    s.text('next, longer than four bytes');
    expect(Buffer.from(v).toString()).toBe('héllo,-0.05'); // the bytes taken are the caller's
    expect(Buffer.from(s.takeBytes()).toString()).toBe('next, longer than four bytes');
  });
});

describe('inlineScorer reuses its output buffer only once the bytes are written', () => {
  const config = scoreConfig(presetDoc('cn-standard') as PolicyDoc, HEADER);

  it('the same bytes as a scorer that copies; a result not recycled keeps its bytes', async () => {
    const copying = createRowScorer(config);
    const expected = [0, 1, 2, 3, 4].map((k) => Buffer.from(scoreJob(copying, csvJob(k * 100, 100)).out).toString());
    const s = inlineScorer(config);
    const out: Awaited<ReturnType<typeof s.score>>[] = [];
    out.push(await s.score(csvJob(0, 100)), await s.score(csvJob(100, 100)));
    expect(out[1]?.out.buffer).not.toBe(out[0]?.out.buffer);
    expect(Buffer.from(out[0]?.out ?? []).toString()).toBe(expected[0]);
    s.recycle(out[0] as (typeof out)[0]);
    s.recycle(out[0] as (typeof out)[0]); // a second recycle of the same result does nothing
    // the scorer took its next buffer when the second job ended: the first one's is filled by the fourth
    out.push(await s.score(csvJob(200, 100)), await s.score(csvJob(300, 100)), await s.score(csvJob(400, 100)));
    const buffers = out.map((r) => r.out.buffer);
    expect(buffers[3]).toBe(buffers[0]);
    expect(new Set(buffers.slice(1)).size).toBe(4); // none reused while not written
    for (let k = 1; k < 5; k++) expect(Buffer.from(out[k]?.out ?? []).toString()).toBe(expected[k]);
    s.recycle({ ...(out[4] as (typeof out)[0]), out: new Uint8Array(8) }); // not its own: ignored
    await s.close();
  });

  it('gives a scored job’s buffer back to the input pool', async () => {
    const inputs = new BytePool();
    const s = inlineScorer(config, inputs);
    const job = csvJob(0, 10);
    const buffer = job.bytes.buffer;
    await s.score(job);
    expect(inputs.take(1)).toBe(buffer);
  });
});

describe('put calls back once the stream no longer holds the bytes', () => {
  it('after the write, not before; at once for nothing to write', async () => {
    const calls: string[] = [];
    let finishWrite: (() => void) | null = null;
    const stream = new Writable({
      write(_chunk, _encoding, done) {
        calls.push('write');
        finishWrite = done;
      },
    });
    const p = put(stream, new Uint8Array([1, 2, 3]), () => calls.push('written'));
    await p;
    expect(calls).toEqual(['write']);
    (finishWrite as (() => void) | null)?.();
    await new Promise((r) => setImmediate(r));
    expect(calls).toEqual(['write', 'written']);
    await put(stream, new Uint8Array(0), () => calls.push('empty'));
    expect(calls).toEqual(['write', 'written', 'empty']);
  });
});

describe('readJobs with a pool whose buffers come back as jobs are scored', () => {
  it('cuts the same jobs as without one, while every job’s buffer is given back and reused', async () => {
    const lines = ['id,principal,overdue_days'];
    for (let i = 0; i < 3000; i++) lines.push(`R${i},${i}.00,${i % 400}`);
    const bytes = Buffer.from(`${lines.join('\n')}\n`);
    async function* pieces(): AsyncGenerator<Buffer> {
      for (let at = 0; at < bytes.length; at += 1000) yield Buffer.from(bytes.subarray(at, at + 1000));
    }
    const opts = { format: 'csv' as const, encoding: 'utf8' as const, source: 't', header: true, jobBytes: 2048 };
    const plain: string[] = [];
    for await (const job of readJobs(pieces(), opts)) if (job.kind === 'bytes') plain.push(JSON.stringify(rowsOfJob(job)));
    const pool = new BytePool();
    const pooled: string[] = [];
    for await (const job of readJobs(pieces(), { ...opts, pool })) {
      if (job.kind !== 'bytes') continue;
      pooled.push(JSON.stringify(rowsOfJob(job)));
      // scored: its buffer is filled again, by later jobs or by the bytes being gathered
      new Uint8Array(job.bytes.buffer).fill(0x2c);
      pool.give(job.bytes.buffer as ArrayBuffer);
    }
    expect(pooled).toEqual(plain);
    expect(pooled.length).toBeGreaterThan(20);
    expect(pool.reused).toBeGreaterThan(pool.allocated * 5);
  });
});
