/**
 * The duplicate-id check past its small table (ids.ts, issue #16): every id from then on, and
 * the table's first occurrences moved over, are appended as records to PARTS parts by hash bits
 * (spill-parts.ts) — held in memory up to a budget (ids, and bytes of one slab: id-slab.ts), past it written to files in
 * a folder of their own under the system's temporary folder (removed at the end, on an error,
 * and by removePendingTemp on an interrupt). At the end each part is read back alone — an id's
 * rows all fall in one part, in input order — and gives its repeats; the new ids shown masked
 * then go, by the hash of the shown form, to a second set of parts, each sorted by row and
 * checked for ids that mask alike. A record holds the hashes, the row and the shown (masked)
 * form, never the raw id (§9).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../errors.js';
import { pendingScratch } from '../io/atomic.js';
import { ioReason } from '../io/fs-error.js';
import { EXAMPLES } from '../report/portfolio.js';
import { MASKED_ID } from './id-batch.js';
import { IdTable } from './id-table.js';
import { Slab } from './id-slab.js';
import { PARTS, Parts } from './spill-parts.js';

/** A repeated id: its shown form, its first EXAMPLES rows, the row where it came back first. */
export interface Example {
  id: string;
  rows: number[];
  second: number;
}

/** A new id that masks like an earlier different one. */
export interface Collision {
  shown: string;
  first: number;
  row: number;
}

/** Rows whose id came before, and ids that came back. */
export interface RepeatCounts {
  duplicateRows: number;
  duplicateIds: number;
}

/**
 * Row `row`, whose id `seen` already holds at slot s: counts the row, the id once (its slot
 * flagged), and notes the repeat among the examples (the first EXAMPLES ids by second row):
 * `list`, or `before` (the examples of rows before these, which it may hold the id's).
 */
export function countRepeat(
  seen: IdTable,
  s: number,
  counts: RepeatCounts,
  list: Example[],
  row: number,
  text: Buffer,
  start: number,
  end: number,
  before?: Example[],
): void {
  counts.duplicateRows++;
  const again = seen.flagged(s);
  if (!again) {
    seen.flag(s);
    counts.duplicateIds++;
  }
  const first = seen.row(s);
  const ex = list.find((e) => e.rows[0] === first) ?? before?.find((e) => e.rows[0] === first);
  if (ex) {
    if (ex.rows.length < EXAMPLES) ex.rows.push(row);
  } else if (!again && list.length < EXAMPLES) list.push({ id: text.toString('utf8', start, end), rows: [first, row], second: row });
}

/** Keeps the `cap` earliest collisions (by row) of those pushed, in any order. */
function keep(list: Collision[], c: Collision, cap: number): void {
  list.push(c);
  if (list.length > cap * 2) {
    list.sort((a, b) => a.row - b.row);
    list.length = cap;
  }
}

/** A failed write or read of the spill files as the one-line user error (disk full, TMPDIR missing …). */
function spillFailed(dir: string, error: unknown): unknown {
  if (error instanceof UserError || !(error as NodeJS.ErrnoException | null)?.code) return error;
  const why = ioReason(error, 'write').text;
  return UserError.said('batch.tmp', { code: 'io.id-spill-failed', params: { dir: JSON.stringify(dir), why } }, { field: 'TMPDIR', value: dir });
}

/** What the spilled ids add to the in-memory findings. */
export interface SpillFindings extends RepeatCounts {
  /** Repeated ids first seen past the limit, each file's first EXAMPLES. */
  examples: Example[];
  maskCollisions: number;
  /** The earliest collisions (at most `cap`), by row. */
  collisions: Collision[];
}

/** A record's head: row (a double), the id's two hashes, a word (shown form's length, the flags). */
const HEAD = 20;
/** A masked id's record also has the hashes of its shown form. */
const MASKED_HEAD = 28;
const MASKED = 0x80000000;
/** A first occurrence moved from the table whose id had already come back. */
const REPEATED = 0x40000000;
const LENGTH = 0x3fffffff;

/** The partitioned ids of one batch run. */
export class IdSpill {
  private folderPath: string | null = null;
  private readonly slab: Slab;
  private readonly ids: Parts;
  private readonly head = Buffer.alloc(MASKED_HEAD);
  private count = 0;
  private removed = false;

  /** At most `limit` records and `bytes` bytes in memory, the rest in files under `under`. */
  constructor(
    private readonly under: string = tmpdir(),
    private readonly limit: number = Number.POSITIVE_INFINITY,
    bytes: number = Number.POSITIVE_INFINITY,
  ) {
    this.slab = new Slab(bytes);
    this.ids = new Parts(this.folder, 'id', this.slab);
  }

  /** The temporary folder, made when the records first go to disk. */
  private readonly folder = (): string => {
    if (this.folderPath === null) {
      try {
        this.folderPath = mkdtempSync(join(this.under, 'repayplan-ids-'));
      } catch (error) {
        throw spillFailed(this.under, error);
      }
      pendingScratch(this.folderPath, true);
    }
    return this.folderPath;
  };

  /** The temporary folder, or null while every record is in memory. */
  get dir(): string | null {
    return this.removed ? null : this.folderPath;
  }

  /** A first occurrence from the table (row, hash; `repeated` when its id already came back). */
  moved(row: number, h: number, l: number, repeated: boolean): void {
    this.record(row, h, l, 0, 0, repeated ? REPEATED : 0, this.head, 0, 0);
  }

  /** An id past the table: row, hashes, kind and shown form (text[start, end)). */
  add(row: number, h: number, l: number, mh: number, ml: number, kind: number, text: Buffer, start: number, end: number): void {
    this.record(row, h, l, mh, ml, kind === MASKED_ID ? MASKED : 0, text, start, end);
  }

  private record(row: number, h: number, l: number, mh: number, ml: number, flags: number, text: Buffer, start: number, end: number): void {
    const n = end - start;
    const head = flags & MASKED ? MASKED_HEAD : HEAD;
    try {
      if (++this.count > this.limit && !this.ids.onDisk) this.ids.toDisk();
      const r = this.ids.room(l >>> 26, head + n);
      if (r === null) {
        const b = this.head;
        b.writeDoubleLE(row, 0);
        b.writeUInt32LE(h, 8);
        b.writeUInt32LE(l, 12);
        b.writeUInt32LE((n | flags) >>> 0, 16);
        b.writeUInt32LE(mh, 20);
        b.writeUInt32LE(ml, 24);
        this.ids.write(l >>> 26, b, head, text, start, end);
        return;
      }
      // the record straight into the part's buffer (no head copied, no call per piece)
      const { buf, view, at } = r;
      view.setFloat64(at, row, true);
      view.setUint32(at + 8, h, true);
      view.setUint32(at + 12, l, true);
      view.setUint32(at + 16, (n | flags) >>> 0, true);
      if (head === MASKED_HEAD) {
        view.setUint32(at + 20, mh, true);
        view.setUint32(at + 24, ml, true);
      }
      let k = at + head;
      for (let i = start; i < end; i++) buf[k++] = text[i] as number;
    } catch (error) {
      this.remove();
      throw spillFailed(this.folderPath ?? this.under, error);
    }
  }

  /**
   * Reads the parts back: repeats among the records (`before`: the examples of the table's
   * rows, which later rows may add to), then new ids shown masked checked against `masked` (the
   * table of shown forms, all earlier rows) and each other.
   */
  finish(masked: IdTable, cap: number, before: Example[]): SpillFindings {
    const out: SpillFindings = { duplicateRows: 0, duplicateIds: 0, examples: [], maskCollisions: 0, collisions: [] };
    if (this.removed) return out; // a failed spill (the run stops with its error)
    const shownParts = new Parts(this.folder, 'shown', this.slab);
    const collide = (shown: string, first: number, row: number) => {
      out.maskCollisions++;
      keep(out.collisions, { shown, first, row }, cap);
    };
    try {
      const into = { buf: Buffer.alloc(0) };
      const seen = new IdTable(Number.POSITIVE_INFINITY);
      for (let p = 0; p < PARTS; p++) {
        seen.clear();
        const local: Example[] = [];
        for (const data of this.ids.take(p, into)) {
          const dv = new DataView(data.buffer, data.byteOffset, data.byteLength);
          for (let at = 0; at < data.length; ) {
            const row = dv.getFloat64(at, true);
            const h = dv.getUint32(at + 8, true);
            const l = dv.getUint32(at + 12, true);
            const word = dv.getUint32(at + 16, true);
            const start = at + (word & MASKED ? MASKED_HEAD : HEAD);
            const end = start + (word & LENGTH);
            at = end;
            const s = seen.find(h, l);
            if (seen.stored(s) !== 0) {
              countRepeat(seen, s, out, local, row, data, start, end, before);
              continue;
            }
            seen.put(s, h, l, row, 0, (word & REPEATED) !== 0);
            if (word < MASKED) continue;
            const mh = dv.getUint32(start - 8, true);
            const ml = dv.getUint32(start - 4, true);
            const m = masked.find(mh, ml);
            if (masked.stored(m) !== 0) {
              if (masked.value(m) !== h) collide(data.toString('utf8', start, end), masked.row(m), row);
              continue;
            }
            // a shown form first seen past the table: checked with the others of its hash bits
            this.head.writeDoubleLE(row, 0);
            this.head.writeUInt32LE(mh, 8);
            this.head.writeUInt32LE(ml, 12);
            this.head.writeUInt32LE(h, 16);
            this.head.writeUInt32LE(end - start, 20);
            shownParts.write(ml >>> 26, this.head, 24, data, start, end);
          }
        }
        out.examples.push(...local);
      }
      const shown = new IdTable(Number.POSITIVE_INFINITY, true);
      for (let p = 0; p < PARTS; p++) {
        shown.clear();
        const list = shownParts.take(p, into);
        const data = list.length === 1 ? (list[0] as Buffer) : Buffer.concat(list);
        const dv = new DataView(data.buffer, data.byteOffset, data.byteLength);
        const at: number[] = [];
        const rows: number[] = [];
        for (let i = 0; i < data.length; i += 24 + dv.getUint32(i + 20, true)) {
          at.push(i);
          rows.push(dv.getFloat64(i, true));
        }
        const order = at.map((_, k) => k).sort((a, b) => (rows[a] ?? 0) - (rows[b] ?? 0));
        for (const k of order) {
          const i = at[k] ?? 0;
          const row = rows[k] ?? 0;
          const mh = dv.getUint32(i + 8, true);
          const ml = dv.getUint32(i + 12, true);
          const h = dv.getUint32(i + 16, true);
          const m = shown.find(mh, ml);
          if (shown.stored(m) === 0) shown.put(m, mh, ml, row, h);
          else if (shown.value(m) !== h) collide(data.toString('utf8', i + 24, i + 24 + dv.getUint32(i + 20, true)), shown.row(m), row);
        }
      }
    } catch (error) {
      throw spillFailed(this.folderPath ?? this.under, error);
    } finally {
      shownParts.close();
      this.remove();
    }
    out.collisions.sort((a, b) => a.row - b.row);
    if (out.collisions.length > cap) out.collisions.length = cap;
    return out;
  }

  /** Removes the folder and everything in it, and lets go of the records (idempotent). */
  remove(): void {
    if (this.removed) return;
    this.removed = true;
    this.ids.close();
    if (this.folderPath === null) return;
    rmSync(this.folderPath, { recursive: true, force: true });
    pendingScratch(this.folderPath, false);
  }
}
