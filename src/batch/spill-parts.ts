/**
 * The partitioned records of the duplicate-id check (id-spill.ts): PARTS parts by hash bits,
 * each appended to in order and read back whole, one at a time. A part is held in memory, in
 * chunks of the check's slab (id-slab.ts), while the slab lasts; past it (toDisk) every part
 * becomes a file in the check's temporary folder, written through a buffer of its own.
 */
import { closeSync, fstatSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { CHUNK, type Slab } from './id-slab.js';

/** Parts a set (by the top 6 bits of a hash), and the write buffer of a part on disk. */
export const PARTS = 64;
const BUF = 1 << 16;

/** Where a record goes: the buffer, its DataView and the offset. */
export interface Spot {
  buf: Buffer;
  view: DataView;
  at: number;
}

/** A set of PARTS parts, in memory while the slab lasts, then files in `folder()`. */
export class Parts {
  /** Each part's chunks (in memory) or its one write buffer (on disk); the last one is being filled. */
  private chunks: Buffer[][] = Array.from({ length: PARTS }, () => []);
  /** The bytes of records in each of a part's chunks but the last (whose end is `fill`). */
  private lens: number[][] = Array.from({ length: PARTS }, () => []);
  private readonly views: (DataView | null)[] = new Array(PARTS).fill(null);
  private readonly fill: number[] = new Array(PARTS).fill(0);
  private readonly fds: (number | null)[] = new Array(PARTS).fill(null);
  /** The chunks of the part last taken, given back to the slab at the next take (or close). */
  private taken: Buffer[] = [];
  /** True once the parts are files. */
  onDisk = false;
  constructor(
    private readonly folder: () => string,
    private readonly name: string,
    private readonly slab: Slab,
  ) {}

  private path(p: number): string {
    return join(this.folder(), `${this.name}-${p}`);
  }

  /**
   * Room for `need` bytes at the end of part p: the buffer and where they go (the caller writes
   * them there), or null when a record is larger than a disk buffer (then `write`).
   */
  room(p: number, need: number): Spot | null {
    let list = this.chunks[p] as Buffer[];
    let buf = list[list.length - 1];
    if (!buf || (this.fill[p] ?? 0) + need > buf.length) {
      if (!this.onDisk) this.grow(p, need);
      list = this.chunks[p] as Buffer[]; // a new, empty list if the parts went to disk
      if (this.onDisk) {
        if (need > BUF) return null;
        if (list.length > 0) this.flush(p);
        else this.push(p, Buffer.allocUnsafe(BUF));
      }
      buf = list[list.length - 1] as Buffer;
    }
    const at = this.fill[p] ?? 0;
    this.fill[p] = at + need;
    const spot = this.spot;
    spot.buf = buf;
    spot.view = this.views[p] as DataView;
    spot.at = at;
    return spot;
  }
  private readonly spot: Spot = { buf: Buffer.alloc(0), view: new DataView(new ArrayBuffer(0)), at: 0 };

  /** Part p's next chunk in memory (the end of the last one noted), or all the parts to disk when the slab is used up. */
  private grow(p: number, need: number): void {
    const c = need > CHUNK ? this.slab.large(need) : this.slab.get();
    if (c === null) {
      this.toDisk();
      return;
    }
    if ((this.chunks[p] as Buffer[]).length > 0) (this.lens[p] as number[]).push(this.fill[p] ?? 0);
    this.push(p, c);
  }

  private push(p: number, buf: Buffer): void {
    (this.chunks[p] as Buffer[]).push(buf);
    this.views[p] = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    this.fill[p] = 0;
  }

  /** Writes every part held in memory to its file; from now on the parts are files. */
  toDisk(): void {
    if (this.onDisk) return;
    this.onDisk = true;
    for (let p = 0; p < PARTS; p++) {
      const list = this.chunks[p] as Buffer[];
      if (list.length > 0) {
        const fd = this.fd(p);
        for (let k = 0; k < list.length; k++) {
          const n = k === list.length - 1 ? (this.fill[p] ?? 0) : (this.lens[p]?.[k] ?? 0);
          if (n > 0) writeSync(fd, list[k] as Buffer, 0, n);
        }
      }
      this.views[p] = null;
      this.fill[p] = 0;
    }
    this.chunks = Array.from({ length: PARTS }, () => []);
    this.lens = Array.from({ length: PARTS }, () => []);
    this.slab.drop();
  }

  /** Appends head[0, headLen) and text[start, end) to part p. */
  write(p: number, head: Buffer, headLen: number, text: Buffer, start: number, end: number): void {
    const r = this.room(p, headLen + end - start);
    if (r === null) {
      const fd = this.fd(p);
      this.flush(p);
      writeSync(fd, head, 0, headLen);
      writeSync(fd, text, start, end - start);
      return;
    }
    // short pieces: a loop beats Buffer.copy's call into C++
    const { buf } = r;
    let at = r.at;
    for (let i = 0; i < headLen; i++) buf[at++] = head[i] as number;
    for (let i = start; i < end; i++) buf[at++] = text[i] as number;
  }

  private fd(p: number): number {
    let fd = this.fds[p];
    if (fd === null || fd === undefined) {
      fd = openSync(this.path(p), 'w+', 0o600);
      this.fds[p] = fd;
    }
    return fd;
  }

  private flush(p: number): void {
    const n = this.fill[p] ?? 0;
    const buf = (this.chunks[p] as Buffer[])[0];
    if (n > 0 && buf) writeSync(this.fd(p), buf, 0, n);
    this.fill[p] = 0;
  }

  /**
   * The whole of part p (its writing ends), as the chunks that hold it in order; a file is read
   * into `into` (or a larger buffer that replaces it) and removed.
   */
  take(p: number, into: { buf: Buffer }): Buffer[] {
    this.slab.put(this.taken);
    const list = this.chunks[p] as Buffer[];
    const lens = this.lens[p] as number[];
    const fill = this.fill[p] ?? 0;
    this.chunks[p] = [];
    this.lens[p] = [];
    this.views[p] = null;
    this.fill[p] = 0;
    if (!this.onDisk) {
      this.taken = list;
      return list.map((c, k) => c.subarray(0, k === list.length - 1 ? fill : lens[k]));
    }
    this.taken = [];
    const fd = this.fds[p];
    this.fds[p] = null;
    const buf = list[0];
    // a part whose records all fit its buffer has no file
    if (fd === null || fd === undefined) return buf && fill > 0 ? [buf.subarray(0, fill)] : [];
    try {
      if (fill > 0 && buf) writeSync(fd, buf, 0, fill);
      const size = fstatSync(fd).size;
      // one buffer for every file in turn (memory stays flat: no garbage per file)
      if (into.buf.length < size) into.buf = Buffer.allocUnsafe(Math.max(size, into.buf.length * 2));
      let got = 0;
      while (got < size) got += readSync(fd, into.buf, got, size - got, got);
      return [into.buf.subarray(0, size)];
    } finally {
      closeSync(fd);
      rmSync(this.path(p), { force: true });
    }
  }

  /** Closes the files and gives the chunks back to the slab (the folder is removed by the owner). */
  close(): void {
    for (const fd of this.fds) if (fd !== null && fd !== undefined) closeSync(fd);
    this.fds.fill(null);
    if (!this.onDisk) for (const list of this.chunks) this.slab.put(list);
    this.slab.put(this.taken);
    this.taken = [];
    this.chunks = Array.from({ length: PARTS }, () => []);
    this.lens = Array.from({ length: PARTS }, () => []);
  }
}
