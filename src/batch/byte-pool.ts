/**
 * ArrayBuffers used again rather than allocated for every job (issue #16). A batch job moves
 * about 256 KiB of input and up to a MiB of output between the threads; an ArrayBuffer that
 * size is allocated outside V8's heap, and when it is freed the C library gives the memory back
 * to the system, so the next one touches fresh pages again: on the 2-core machine that cost
 * about a tenth of the CPU of an NDJSON run (bench/RESULTS.md). A buffer given back here once
 * its bytes are used (written, or scored) is handed out again. Pure: no I/O.
 */

/** Buffers a pool keeps at most (more given back are left to the garbage collector). */
export const POOL_KEEP = 8;
/** New buffers are rounded up to this and get this much more, so that the next job, a little larger, still fits. */
const GRAIN = 64 * 1024;

export class BytePool {
  readonly #free: ArrayBuffer[] = [];
  /** Buffers allocated and handed out again (tests read them). */
  allocated = 0;
  reused = 0;

  constructor(private readonly keep = POOL_KEEP) {}

  /** An ArrayBuffer of at least `min` bytes: the last one given back that is large enough, else a new one. */
  take(min: number): ArrayBuffer {
    const free = this.#free;
    for (let i = free.length - 1; i >= 0; i--) {
      const b = free[i] as ArrayBuffer;
      if (b.byteLength >= min) {
        free.splice(i, 1);
        this.reused++;
        return b;
      }
    }
    this.allocated++;
    return new ArrayBuffer((Math.ceil(min / GRAIN) + 1) * GRAIN);
  }

  /** Bytes `n` long at the start of a buffer from take(). */
  bytes(n: number): Uint8Array {
    return new Uint8Array(this.take(n), 0, n);
  }

  /** A buffer whose bytes are no longer used by anyone (a detached one, moved to another thread, is ignored). */
  give(buffer: ArrayBuffer): void {
    if (buffer.byteLength === 0 || this.keep === 0 || this.#free.includes(buffer)) return;
    if (this.#free.length >= this.keep) this.#free.shift();
    this.#free.push(buffer);
  }
}
