/**
 * Repeated account ids and masked ids that collide (§6, §9, issue #12), found in one pass with
 * little memory: each id is kept as a 64-bit hash (two independent 32-bit hashes) in an
 * open-addressing table with the row that first carried it — 16 bytes a slot (the row as a
 * double: exact for any --row-offset), at most half the slots used, so 32–64 bytes an id: a
 * million ids take under 64 MB of typed arrays, ten million under 640 MB, instead of gigabytes
 * of strings. Two different ids
 * share a 64-bit hash with a chance of about n² / 2⁶⁵ (3 in a million for ten million ids): a
 * reported duplicate names its rows, so it can be checked in the input.
 */
import { safeValue } from '../core/privacy.js';
import { printableData } from '../text/printable.js';
import { EXAMPLES, type IdFindings } from '../report/portfolio.js';

/** The two hashes of the last hashes() call (module variables: no array per id). */
let hashA = 0;
let hashB = 0;

/** FNV-1a and a multiply-xorshift hash over UTF-16 code units, into hashA and hashB. */
function hashes(s: string): void {
  let a = 0x811c9dc5;
  let b = 0x9747b28c ^ s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 13;
  }
  b = Math.imul(b ^ (b >>> 15), 0x2c1b3c6d);
  b ^= b >>> 12;
  hashA = a >>> 0;
  hashB = b >>> 0;
}

/** A set of 64-bit keys, each with a stored row number and a stored 32-bit value. */
class HashTable {
  private hi: Uint32Array;
  private lo: Uint32Array;
  /** Row number + 1 (0 = empty slot). */
  private row: Float64Array;
  /** A 32-bit value per key, only in a table made `withValue`. */
  private value: Uint32Array;
  private size = 0;
  constructor(
    capacity = 1 << 12,
    private readonly withValue = false,
  ) {
    this.hi = new Uint32Array(capacity);
    this.lo = new Uint32Array(capacity);
    this.row = new Float64Array(capacity);
    this.value = new Uint32Array(withValue ? capacity : 0);
  }
  /** The slot of the key: found (row > 0) or the empty slot where it goes. */
  private slot(h: number, l: number): number {
    const mask = this.row.length - 1;
    let i = (h ^ Math.imul(l, 0x9e3779b1)) & mask;
    while (this.row[i] !== 0 && (this.hi[i] !== h || this.lo[i] !== l)) i = (i + 1) & mask;
    return i;
  }
  /** The stored row and value of the key, or null after storing (row, value) for it. */
  getOrPut(h: number, l: number, row: number, value: number): { row: number; value: number } | null {
    const i = this.slot(h, l);
    if (this.row[i] !== 0) return { row: (this.row[i] ?? 1) - 1, value: this.value[i] ?? 0 };
    this.hi[i] = h;
    this.lo[i] = l;
    this.row[i] = row + 1;
    if (this.withValue) this.value[i] = value;
    if (++this.size * 2 > this.row.length) this.grow();
    return null;
  }
  private grow(): void {
    const { hi, lo, row, value } = this;
    const n = row.length * 2;
    this.hi = new Uint32Array(n);
    this.lo = new Uint32Array(n);
    this.row = new Float64Array(n);
    this.value = new Uint32Array(this.withValue ? n : 0);
    for (let j = 0; j < row.length; j++) {
      if (row[j] === 0) continue;
      const i = this.slot(hi[j] ?? 0, lo[j] ?? 0);
      this.hi[i] = hi[j] ?? 0;
      this.lo[i] = lo[j] ?? 0;
      this.row[i] = row[j] ?? 0;
      if (this.withValue) this.value[i] = value[j] ?? 0;
    }
  }
}

/** Watches the ids of a batch in input order. */
export class IdWatch {
  private readonly seen = new HashTable();
  private readonly masked = new HashTable(1 << 12, true);
  private readonly repeated = new HashTable(1 << 4);
  private readonly findings: IdFindings = { duplicateRows: 0, duplicateIds: 0, examples: [], maskCollisions: 0, collisionExamples: [], withoutId: 0 };
  /** Called once per collision with the masked id and the two rows (for a warning). */
  constructor(private readonly onCollision?: (shown: string, firstRow: number, row: number) => void) {}

  /** The raw id of input row `row` (trimmed), or null when the row has none. */
  add(id: string | null, row: number): void {
    const f = this.findings;
    if (id === null || id === '') {
      f.withoutId++;
      return;
    }
    hashes(id);
    const h = hashA;
    const l = hashB;
    // shown exactly as the output shows the id: card, ID and phone numbers masked even inside a value (§9)
    const shown = safeValue(printableData(id));
    const before = this.seen.getOrPut(h, l, row, 0);
    if (before) {
      f.duplicateRows++;
      const first = this.repeated.getOrPut(h, l, row, 0) === null;
      if (first) f.duplicateIds++;
      const ex = f.examples.find((e) => e.rows[0] === before.row);
      if (ex) {
        if (ex.rows.length < EXAMPLES) ex.rows.push(row);
      } else if (f.examples.length < EXAMPLES) f.examples.push({ id: shown, rows: [before.row, row] });
      return;
    }
    if (shown === id) return;
    // a new id that is shown masked: does another id already show the same way?
    hashes(`\u0000${shown}`);
    const other = this.masked.getOrPut(hashA, hashB, row, h);
    if (other && other.value !== h) {
      f.maskCollisions++;
      if (f.collisionExamples.length < EXAMPLES) f.collisionExamples.push({ id: shown, rows: [other.row, row] });
      this.onCollision?.(shown, other.row, row);
    }
  }

  result(): IdFindings {
    return {
      ...this.findings,
      examples: this.findings.examples.map((e) => ({ ...e, rows: [...e.rows] })),
      collisionExamples: [...this.findings.collisionExamples],
    };
  }
}
