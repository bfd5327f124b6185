/**
 * Repeated account ids and masked ids that collide (§6, §9, issues #12, #16), found in one pass
 * with bounded memory. The ids come hashed (id-batch.ts: the workers hash them and mask them):
 * each id is a 64-bit hash (two independent 32-bit hashes) kept with the row that first carried
 * it in a compact open-addressing table (id-table.ts: 16 bytes a slot, at most half of them
 * used), and each id shown masked has its shown form's hash kept the same way. The table is
 * small (ID_TABLE_IDS: 1 MB, so a probe stays in the cache): up to that many ids that is all,
 * and a note comes as its row is checked. Past it the table's ids, and every id after them, are
 * appended to parts by hash bits (id-spill.ts: no probe while the rows stream, no cache miss),
 * held in memory up to ID_MEMORY_BYTES, past that in temporary files, and
 * checked part by part at the end — the same findings, memory flat whatever the input's size.
 * Two different ids share a 64-bit hash with a chance of about n² / 2⁶⁵ (3 in a million for ten
 * million ids): a reported duplicate names its rows, so it can be checked in the input.
 */
import { InternalError } from '../errors.js';
import { EXAMPLES, type IdFindings } from '../report/portfolio.js';
import { IdCollector, type IdBatch, MASKED_ID, NO_ID } from './id-batch.js';
import { countRepeat, type Example, IdSpill, type RepeatCounts } from './id-spill.js';
import { IdTable } from './id-table.js';

/** Ids the in-memory table holds before the check partitions them: 2¹⁶ slots, 1 MB (1.5 MB more for the masked forms). */
export const ID_TABLE_IDS = 1 << 15;
/**
 * The bytes of partitioned records held in memory before they go to temporary files (40 MB:
 * 1.2 million rows of 10-character ids; with two workers the rest of batch reaches 280–290 MB
 * at 10 M rows, bench/RESULTS.md). It also bounds the ids held: a record takes 20 bytes or more,
 * so at most 2 M of them fit (no separate count of ids by default; `limit` sets one, for tests).
 */
export const ID_MEMORY_BYTES = 40 << 20;
/** At most this many collision warnings (onCollision calls); the summary counts them all. */
export const MAX_COLLISION_NOTES = 100;

export interface IdWatchOptions {
  /** Ids held in memory before they go to temporary files (default: no count, ID_MEMORY_BYTES bounds them; tests set it tiny). */
  limit?: number;
  /** Ids the in-memory table holds before the check partitions them (default: ID_TABLE_IDS, at most `limit`). */
  table?: number;
  /** Bytes of partitioned records held in memory before they go to temporary files. */
  bytes?: number;
  /** The folder the spill folder goes into (default: the system's temporary folder). */
  tmpDir?: string;
}

/** Watches the ids of a batch in input order. */
export class IdWatch {
  /** The table of ids (null once they are partitioned). */
  private seen: IdTable | null;
  /** The hash of each shown (masked) form, with its first row and the first hash of the id shown so. */
  private readonly masked: IdTable;
  private readonly repeats: RepeatCounts = { duplicateRows: 0, duplicateIds: 0 };
  private maskCollisions = 0;
  private withoutId = 0;
  private examples: Example[] = [];
  private readonly collisionExamples: { id: string; rows: [number, number] }[] = [];
  private notes = 0;
  private spill: IdSpill | null = null;
  private finished = false;
  private readonly single = new IdCollector();
  private readonly tmpDir: string | undefined;
  private readonly limit: number;
  private readonly bytes: number;

  /** Called once per collision (at most MAX_COLLISION_NOTES times) with the masked id and the two rows (for a warning). */
  constructor(
    private readonly onCollision?: (shown: string, firstRow: number, row: number) => void,
    options: IdWatchOptions = {},
  ) {
    this.limit = Math.max(1, options.limit ?? Number.POSITIVE_INFINITY);
    this.bytes = options.bytes ?? ID_MEMORY_BYTES;
    const table = Math.max(1, Math.min(this.limit, options.table ?? ID_TABLE_IDS));
    this.seen = new IdTable(table);
    this.masked = new IdTable(table, true);
    this.tmpDir = options.tmpDir;
  }

  /** The raw id of input row `row` (trimmed), or null when the row has none (hashed here: tests, one-off callers). */
  add(id: string | null, row: number): void {
    this.single.add(id, row);
    this.addBatch(this.single.take());
  }

  /** A job's ids, hashed and masked where it was scored. */
  addBatch(b: IdBatch): void {
    if (this.finished) throw new InternalError('IdWatch: an id after result() of a spilled check');
    const text = Buffer.from(b.text.buffer, b.text.byteOffset, b.text.byteLength);
    const from = this.spill ? 0 : this.probe(b, text);
    if (from < b.rows.length) this.append(b, text, from);
  }

  /** Checks the batch's ids in the table, up to the row where it fills (then partitioned): the index after it. */
  private probe(b: IdBatch, text: Buffer): number {
    const seen = this.seen as IdTable;
    const masked = this.masked;
    const { rows, kinds, hashes, ends } = b;
    for (let i = 0; i < rows.length; i++) {
      const kind = kinds[i] ?? NO_ID;
      if (kind === NO_ID) {
        this.withoutId++;
        continue;
      }
      const row = rows[i] ?? 0;
      const h = hashes[i * 4] ?? 0;
      const l = hashes[i * 4 + 1] ?? 0;
      const start = i > 0 ? (ends[i - 1] ?? 0) : 0;
      const end = ends[i] ?? 0;
      const s = seen.find(h, l);
      if (seen.stored(s) !== 0) {
        countRepeat(seen, s, this.repeats, this.examples, row, text, start, end);
        continue;
      }
      seen.put(s, h, l, row);
      if (kind === MASKED_ID) {
        // a new id that is shown masked: does another id already show the same way?
        const mh = hashes[i * 4 + 2] ?? 0;
        const ml = hashes[i * 4 + 3] ?? 0;
        const m = masked.find(mh, ml);
        if (masked.stored(m) === 0) masked.put(m, mh, ml, row, h);
        else if (masked.value(m) !== h) {
          this.maskCollisions++;
          this.collide(text.toString('utf8', start, end), masked.row(m), row);
        }
      }
      if (seen.full || masked.full) {
        this.partition(seen);
        return i + 1;
      }
    }
    return rows.length;
  }

  /** The table is full: its ids move to the parts (the ids to come are checked with them at the end). */
  private partition(seen: IdTable): void {
    const spill = new IdSpill(this.tmpDir, this.limit, this.bytes);
    this.spill = spill;
    seen.forEach((row, h, l, flagged) => {
      spill.moved(row, h, l, flagged);
    });
    this.seen = null;
  }

  /** The batch's ids from index `from` on, appended to the parts. */
  private append(b: IdBatch, text: Buffer, from: number): void {
    const spill = this.spill as IdSpill;
    const { rows, kinds, hashes, ends } = b;
    for (let i = from; i < rows.length; i++) {
      const kind = kinds[i] ?? NO_ID;
      if (kind === NO_ID) this.withoutId++;
      else {
        const k = i * 4;
        const start = i > 0 ? (ends[i - 1] ?? 0) : 0;
        spill.add(rows[i] ?? 0, hashes[k] ?? 0, hashes[k + 1] ?? 0, hashes[k + 2] ?? 0, hashes[k + 3] ?? 0, kind, text, start, ends[i] ?? 0);
      }
    }
  }

  /** A collision's example and warning (both bounded); the caller counts it. */
  private collide(shown: string, first: number, row: number): void {
    if (this.collisionExamples.length < EXAMPLES) this.collisionExamples.push({ id: shown, rows: [first, row] });
    if (this.notes < MAX_COLLISION_NOTES) {
      this.notes++;
      this.onCollision?.(shown, first, row);
    }
  }

  /** The findings; a spilled check reads its files back here (once: no id may come after). */
  result(): IdFindings {
    const spill = this.spill;
    if (spill) {
      this.spill = null;
      this.finished = true;
      const more = spill.finish(this.masked, Math.max(EXAMPLES, MAX_COLLISION_NOTES), this.examples);
      this.repeats.duplicateRows += more.duplicateRows;
      this.repeats.duplicateIds += more.duplicateIds;
      this.examples = [...this.examples, ...more.examples].sort((a, b) => a.second - b.second).slice(0, EXAMPLES);
      this.maskCollisions += more.maskCollisions;
      // the warnings of the spilled rows come now, in row order
      for (const c of more.collisions) this.collide(c.shown, c.first, c.row);
    }
    return {
      ...this.repeats,
      examples: this.examples.map((e) => ({ id: e.id, rows: [...e.rows] })),
      maskCollisions: this.maskCollisions,
      collisionExamples: this.collisionExamples.map((c) => ({ id: c.id, rows: [c.rows[0], c.rows[1]] })),
      withoutId: this.withoutId,
    };
  }

  /** Removes the temporary files of a check that will not be finished (an error). */
  dispose(): void {
    this.spill?.remove();
    this.spill = null;
  }

  /** The spill folder while the check's ids are in temporary files (tests), else null. */
  get spillDir(): string | null {
    return this.spill?.dir ?? null;
  }
}
