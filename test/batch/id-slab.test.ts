/** The slab the duplicate-id check's parts are held in (issue #16): chunks handed out, taken back, bounded. */
import { describe, expect, it } from 'vitest';
import { CHUNK, Slab } from '../../src/batch/id-slab.js';
import { Parts } from '../../src/batch/spill-parts.js';

describe('Slab', () => {
  it('hands out whole chunks up to its size, then none; a chunk given back is handed out again', () => {
    const slab = new Slab(3 * CHUNK + 100);
    const got = [slab.get(), slab.get(), slab.get()];
    for (const c of got) expect(c?.length).toBe(CHUNK);
    expect(new Set(got.map((c) => c?.byteOffset)).size).toBe(3);
    expect(slab.get()).toBeNull();
    slab.put([got[1] as Buffer]);
    expect(slab.get()).toBe(got[1]);
    expect(slab.get()).toBeNull();
  });

  it('counts a record larger than a chunk against the same budget, and frees it when given back', () => {
    const slab = new Slab(3 * CHUNK);
    const big = slab.large(2 * CHUNK + 1);
    expect(big?.length).toBe(2 * CHUNK + 1);
    expect(slab.get()).toBeNull(); // 2 chunks + 1 byte used: no whole chunk left
    expect(slab.large(CHUNK)).toBeNull();
    slab.put([big as Buffer]);
    expect(slab.get()?.length).toBe(CHUNK);
  });

  it('hands out nothing once dropped (its records went to files)', () => {
    const slab = new Slab(4 * CHUNK);
    const c = slab.get() as Buffer;
    slab.drop();
    slab.put([c]);
    expect(slab.get()).toBeNull();
    expect(slab.large(CHUNK + 1)).toBeNull();
  });

  it('gets back every chunk of a part read back (at the next take), so the masked forms reuse them', () => {
    const slab = new Slab(3 * CHUNK);
    const parts = new Parts(
      () => {
        throw new Error('no file while the slab lasts');
      },
      'x',
      slab,
    );
    const record = Buffer.alloc(1000, 7);
    for (let i = 0; i < 150; i++) parts.write(0, record, 1000, record, 0, 0);
    expect(slab.get()).toBeNull();
    const read = parts.take(0, { buf: Buffer.alloc(0) });
    expect(read.map((c) => c.length)).toEqual([65_000, 65_000, 20_000]);
    parts.take(1, { buf: Buffer.alloc(0) });
    const again = [slab.get(), slab.get(), slab.get()];
    expect(again.map((c) => c?.length)).toEqual([CHUNK, CHUNK, CHUNK]);
    expect(again.every((c) => c?.buffer === read[0]?.buffer)).toBe(true);
    expect(slab.get()).toBeNull();
  });
});
