/**
 * The memory the duplicate-id check's parts are held in (spill-parts.ts, issue #16): CHUNK-sized
 * pieces of one large buffer, handed out, and taken back as parts are read. One allocation
 * rather than a buffer a chunk: an earlier version with some 400 buffers growing 8 KB to 1 MB
 * cost more CPU in a whole 1 M-row batch than writing the same records to files (bench/
 * RESULTS.md). The buffer is allocated uninitialised, so the system gives it pages only as
 * records reach them.
 */

/** The piece a part takes at a time. */
export const CHUNK = 1 << 16;
/** The most one buffer of the slab holds (a limit of Infinity, tests only, takes several). */
const SEGMENT = 64 << 20;

export class Slab {
  private buf: Buffer | null = null;
  private next = 0;
  private allocated = 0;
  private free: Buffer[] = [];
  /** Bytes held outside the chunks: records larger than a chunk. */
  private extra = 0;
  private dropped = false;

  /** At most `bytes` bytes (rounded down to whole chunks). */
  constructor(readonly bytes: number) {}

  /** A free chunk, or null when the slab is used up (or dropped). */
  get(): Buffer | null {
    const f = this.free.pop();
    if (f) return f;
    if (this.dropped) return null;
    if (!this.buf || this.next + CHUNK > this.buf.length) {
      const size = Math.min(SEGMENT, this.bytes - this.allocated - this.extra);
      if (size < CHUNK) return null;
      this.buf = Buffer.allocUnsafe(size - (size % CHUNK));
      this.allocated += this.buf.length;
      this.next = 0;
    }
    const c = this.buf.subarray(this.next, this.next + CHUNK);
    this.next += CHUNK;
    return c;
  }

  /** A buffer of its own for a record larger than a chunk, or null past the budget. */
  large(size: number): Buffer | null {
    if (this.dropped || this.allocated + this.extra + size > this.bytes) return null;
    this.extra += size;
    return Buffer.allocUnsafe(size);
  }

  /** Gives back chunks (and large buffers) no longer read. */
  put(list: readonly Buffer[]): void {
    if (this.dropped) return;
    for (const c of list) {
      if (c.length === CHUNK) this.free.push(c);
      else this.extra -= c.length;
    }
  }

  /** Lets go of the whole slab (the records went to files): no chunk from now on. */
  drop(): void {
    this.dropped = true;
    this.buf = null;
    this.free = [];
  }
}
