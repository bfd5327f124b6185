/**
 * The spill files of the duplicate-id check (id-spill.ts): PARTS files in one folder, each
 * written through a buffer of its own and read back whole, one at a time.
 */
import { closeSync, fstatSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/** Files a set (by the top 6 bits of a hash), and the write buffer of each. */
export const PARTS = 64;
const BUF = 1 << 16;

/** A set of PARTS files, each written through a buffer. */
export class Parts {
  private readonly fds: (number | null)[] = new Array(PARTS).fill(null);
  private readonly bufs: (Buffer | null)[] = new Array(PARTS).fill(null);
  private readonly views: (DataView | null)[] = new Array(PARTS).fill(null);
  private readonly fill: number[] = new Array(PARTS).fill(0);
  constructor(
    private readonly dir: string,
    private readonly name: string,
  ) {}

  private path(p: number): string {
    return join(this.dir, `${this.name}-${p}`);
  }

  /**
   * Room for `need` bytes at the end of file p's buffer: the buffer and where they go (the
   * caller writes them there), or null when a record is larger than a buffer (then `write`).
   */
  room(p: number, need: number): { buf: Buffer; view: DataView; at: number } | null {
    if (need > BUF) return null;
    let buf = this.bufs[p];
    if (!buf) {
      buf = Buffer.allocUnsafe(BUF);
      this.bufs[p] = buf;
      this.views[p] = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    }
    if ((this.fill[p] ?? 0) + need > BUF) this.flush(p);
    const at = this.fill[p] ?? 0;
    this.fill[p] = at + need;
    this.spot.buf = buf;
    this.spot.view = this.views[p] as DataView;
    this.spot.at = at;
    return this.spot;
  }
  private readonly spot: { buf: Buffer; view: DataView; at: number } = { buf: Buffer.alloc(0), view: new DataView(new ArrayBuffer(0)), at: 0 };

  /** Appends head[0, headLen) and text[start, end) to file p. */
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
    const buf = this.bufs[p];
    if (n > 0 && buf) writeSync(this.fd(p), buf, 0, n);
    this.fill[p] = 0;
  }

  /** The whole of file p (its writing ends) in `into` or a larger buffer, then the file is removed. */
  take(p: number, into: { buf: Buffer }): Buffer {
    this.flush(p);
    this.bufs[p] = null;
    this.views[p] = null;
    const fd = this.fds[p];
    this.fds[p] = null;
    if (fd === null || fd === undefined) return into.buf.subarray(0, 0);
    try {
      const size = fstatSync(fd).size;
      // one buffer for every file in turn (memory stays flat: no garbage per file)
      if (into.buf.length < size) into.buf = Buffer.allocUnsafe(Math.max(size, into.buf.length * 2));
      let got = 0;
      while (got < size) got += readSync(fd, into.buf, got, size - got, got);
      return into.buf.subarray(0, size);
    } finally {
      closeSync(fd);
      rmSync(this.path(p), { force: true });
    }
  }

  close(): void {
    for (const fd of this.fds) if (fd !== null && fd !== undefined) closeSync(fd);
    this.fds.fill(null);
  }
}
