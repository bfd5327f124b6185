/**
 * The ids of a job as the duplicate-id check (ids.ts) takes them, computed where the job is
 * scored (a worker thread, or the main thread under --jobs 1; issue #16): per row its 64-bit id
 * hash, the hash of the masked form the output shows, and that masked form as UTF-8 bytes, all
 * in typed arrays that move to the main thread without a copy. The raw id never leaves the
 * worker (§9): only its hash and its shown form do.
 */
import { safeValue } from '../core/privacy.js';
import { ByteSink } from '../render/byte-sink.js';
import { printableData } from '../text/printable.js';

/** No id, an id shown as it is, an id shown masked (its masked form is checked for collisions). */
export const NO_ID = 0;
export const PLAIN_ID = 1;
export const MASKED_ID = 2;

/** One job's ids, in input order; every array has an ArrayBuffer of its own (transferable). */
export interface IdBatch {
  /** The input row of each entry. */
  rows: Float64Array;
  /** Four words an entry: the id's two 32-bit hashes, then those of its shown form (0 unless masked). */
  hashes: Uint32Array;
  /** NO_ID, PLAIN_ID or MASKED_ID an entry. */
  kinds: Uint8Array;
  /** The shown forms, UTF-8, one after another; entry i is text[ends[i-1], ends[i]). */
  text: Uint8Array;
  ends: Uint32Array;
}

/** The ArrayBuffers of a batch (the transfer list of a postMessage). */
export function idBuffers(b: IdBatch): ArrayBuffer[] {
  return [b.rows.buffer, b.hashes.buffer, b.kinds.buffer, b.text.buffer, b.ends.buffer] as ArrayBuffer[];
}

/** The two hashes of the last hashes() call (module variables: no array per id). */
let hashA = 0;
let hashB = 0;

/**
 * FNV-1a and a multiply-xorshift hash over UTF-16 code units, into hashA and hashB; `lead` 0
 * hashes a NUL before the text (the shown form's key, apart from every id's).
 */
export function hashes(s: string, lead = -1): void {
  let a = 0x811c9dc5;
  let b = 0x9747b28c ^ (s.length + (lead < 0 ? 0 : 1));
  if (lead >= 0) {
    a = Math.imul(a ^ lead, 0x01000193);
    b = Math.imul(b ^ lead, 0x5bd1e995);
    b ^= b >>> 13;
  }
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

/** Gathers a job's ids row by row; take() hands them over as one IdBatch and starts again. */
export class IdCollector {
  private n = 0;
  private rows = new Float64Array(256);
  private hashes = new Uint32Array(1024);
  private kinds = new Uint8Array(256);
  private ends = new Uint32Array(256);
  /** The shown forms, one after another (ends[i] is text.n after entry i). */
  private readonly text = new ByteSink();

  /** The raw id of input row `row` (trimmed), or null when the row has none. */
  add(id: string | null, row: number): void {
    const i = this.n;
    if (i === this.rows.length) this.grow();
    this.n = i + 1;
    this.rows[i] = row;
    const h = i * 4;
    if (id === null || id === '') {
      this.kinds[i] = NO_ID;
      this.hashes.fill(0, h, h + 4);
      this.ends[i] = this.text.n;
      return;
    }
    hashes(id);
    this.hashes[h] = hashA;
    this.hashes[h + 1] = hashB;
    // shown exactly as the output shows the id: card, ID and phone numbers masked even inside a value (§9)
    const shown = safeValue(printableData(id));
    if (shown === id) {
      this.kinds[i] = PLAIN_ID;
      this.hashes[h + 2] = 0;
      this.hashes[h + 3] = 0;
    } else {
      this.kinds[i] = MASKED_ID;
      hashes(shown, 0);
      this.hashes[h + 2] = hashA;
      this.hashes[h + 3] = hashB;
    }
    this.text.text(shown);
    this.ends[i] = this.text.n;
  }

  private grow(): void {
    const n = this.rows.length * 2;
    const rows = new Float64Array(n);
    rows.set(this.rows);
    const hs = new Uint32Array(n * 4);
    hs.set(this.hashes);
    const kinds = new Uint8Array(n);
    kinds.set(this.kinds);
    const ends = new Uint32Array(n);
    ends.set(this.ends);
    this.rows = rows;
    this.hashes = hs;
    this.kinds = kinds;
    this.ends = ends;
  }

  /** The ids gathered since the last take(), in arrays of their own. */
  take(): IdBatch {
    const n = this.n;
    const b: IdBatch = {
      rows: this.rows.slice(0, n),
      hashes: this.hashes.slice(0, n * 4),
      kinds: this.kinds.slice(0, n),
      text: this.text.takeBytes(),
      ends: this.ends.slice(0, n),
    };
    this.n = 0;
    return b;
  }
}
