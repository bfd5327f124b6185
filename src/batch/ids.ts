/**
 * Repeated account ids and masked ids that collide (§6, §9, issues #12, #16), found in one pass
 * with bounded memory. The ids come hashed (id-batch.ts: the workers hash them and mask them):
 * each id is a 64-bit hash (two independent 32-bit hashes) kept with the row that first carried
 * it in a compact open-addressing table (id-table.ts: 16 bytes a slot, at most half of them
 * used), and each id shown masked has its shown form's hash kept the same way. Up to `limit`
 * ids (ID_MEMORY_LIMIT: a 16 MB table) that is all; past it the table stops growing and every
 * id it does not hold goes to temporary files, read back at the end (id-spill.ts) — the same
 * findings, memory flat whatever the input's size. Two different ids share a 64-bit hash with a
 * chance of about n² / 2⁶⁵ (3 in a million for ten million ids): a reported duplicate names its
 * rows, so it can be checked in the input.
 */
import { InternalError } from '../errors.js';
import { EXAMPLES, type IdFindings } from '../report/portfolio.js';
import { IdCollector, type IdBatch, MASKED_ID, NO_ID } from './id-batch.js';
import { type Collision, countRepeat, type Example, IdSpill, type RepeatCounts } from './id-spill.js';
import { IdTable } from './id-table.js';

/**
 * Ids held in memory before the check spills: a table of 2²⁰ slots, 16 MB (and up to 24 MB more
 * when the ids are masked); with two workers the rest of batch takes 230–270 MB at 10 M rows.
 */
export const ID_MEMORY_LIMIT = 1 << 19;
/** At most this many collision warnings (onCollision calls); the summary counts them all. */
export const MAX_COLLISION_NOTES = 100;

export interface IdWatchOptions {
  /** Ids held in memory before spilling to temporary files (tests set it tiny). */
  limit?: number;
  /** The folder the spill folder goes into (default: the system's temporary folder). */
  tmpDir?: string;
}

/** Watches the ids of a batch in input order. */
export class IdWatch {
  private readonly seen: IdTable;
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

  /** Called once per collision (at most MAX_COLLISION_NOTES times) with the masked id and the two rows (for a warning). */
  constructor(
    private readonly onCollision?: (shown: string, firstRow: number, row: number) => void,
    options: IdWatchOptions = {},
  ) {
    const limit = Math.max(1, options.limit ?? ID_MEMORY_LIMIT);
    this.seen = new IdTable(limit);
    this.masked = new IdTable(limit, true);
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
    const { seen, masked } = this;
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
      const mh = hashes[i * 4 + 2] ?? 0;
      const ml = hashes[i * 4 + 3] ?? 0;
      if (this.spill) {
        this.spill.add(row, h, l, mh, ml, kind, text, start, end);
        continue;
      }
      seen.put(s, h, l, row);
      if (kind === MASKED_ID) {
        // a new id that is shown masked: does another id already show the same way?
        const m = masked.find(mh, ml);
        if (masked.stored(m) === 0) masked.put(m, mh, ml, row, h);
        else if (masked.value(m) !== h) {
          this.maskCollisions++;
          this.collide(text.toString('utf8', start, end), masked.row(m), row);
        }
      }
      if (seen.full || masked.full) this.spill = new IdSpill(this.tmpDir);
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
      const more = spill.finish(this.masked, Math.max(EXAMPLES, MAX_COLLISION_NOTES));
      this.repeats.duplicateRows += more.duplicateRows;
      this.repeats.duplicateIds += more.duplicateIds;
      this.examples = [...this.examples, ...more.examples].sort((a, b) => a.second - b.second).slice(0, EXAMPLES);
      this.maskCollisions += more.maskCollisions;
      // the warnings of the spilled rows come now, in row order
      for (const c of more.collisions as Collision[]) this.collide(c.shown, c.first, c.row);
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

  /** The spill folder while the check is past its limit (tests), else null. */
  get spillDir(): string | null {
    return this.spill?.dir ?? null;
  }
}
