/**
 * A set of 64-bit keys (two 32-bit hashes), each with a stored row number and, in a table made
 * `withValue`, a 32-bit value: open addressing in ONE ArrayBuffer, a slot's words side by side
 * (hash hi, hash lo, row as a double [, value, padding]) so a probe touches one cache line —
 * 16 bytes a slot (24 with a value), at most half the slots used. The table doubles until it
 * holds `limit` keys; then `full` is set and it takes no more (ids.ts spills past it).
 */
export class IdTable {
  private u32: Uint32Array;
  private f64: Float64Array;
  /** Slot size in 8-byte words: 2, or 3 with a value. */
  private readonly stride: number;
  private mask: number;
  private size = 0;
  /** True once the table holds `limit` keys (it no longer grows). */
  full = false;
  constructor(
    private readonly limit: number,
    withValue = false,
  ) {
    this.stride = withValue ? 3 : 2;
    const slots = 1 << 12; // to start with: the table doubles as it fills
    const buf = new ArrayBuffer(slots * this.stride * 8);
    this.u32 = new Uint32Array(buf);
    this.f64 = new Float64Array(buf);
    this.mask = slots - 1;
  }

  /** Empties the table (its slots kept, for the next part read back). */
  clear(): void {
    this.f64.fill(0);
    this.size = 0;
    this.full = false;
  }

  /** The slot of the key: found (row(slot) !== 0) or the empty slot where it goes. */
  find(h: number, l: number): number {
    const { u32, f64, stride, mask } = this;
    let i = (h ^ Math.imul(l, 0x9e3779b1)) & mask;
    for (;;) {
      const at = i * stride;
      if (f64[at + 1] === 0) return i;
      if (u32[at * 2] === h && u32[at * 2 + 1] === l) return i;
      i = (i + 1) & mask;
    }
  }

  /** The stored value at a slot: row + 1 (negative once flagged), 0 for an empty slot. */
  stored(slot: number): number {
    return this.f64[slot * this.stride + 1] ?? 0;
  }

  /** The row stored at a found slot. */
  row(slot: number): number {
    return Math.abs(this.stored(slot)) - 1;
  }

  /** Marks a found slot (flagged() then says so). */
  flag(slot: number): void {
    const at = slot * this.stride + 1;
    this.f64[at] = -Math.abs(this.f64[at] ?? 0);
  }

  flagged(slot: number): boolean {
    return this.stored(slot) < 0;
  }

  /** The 32-bit value at a found slot (a table made withValue). */
  value(slot: number): number {
    return this.u32[slot * this.stride * 2 + 4] ?? 0;
  }

  /** Stores the key at the empty slot find() gave (flagged or not); the table may grow (slots move) or become full. */
  put(slot: number, h: number, l: number, row: number, value = 0, flagged = false): void {
    this.set(slot, h, l, flagged ? -(row + 1) : row + 1, value);
    this.size++;
    if (this.size >= this.limit) this.full = true;
    else if (this.size * 2 > this.mask + 1) this.grow();
  }

  private set(slot: number, h: number, l: number, stored: number, value: number): void {
    const at = slot * this.stride;
    this.u32[at * 2] = h;
    this.u32[at * 2 + 1] = l;
    this.f64[at + 1] = stored;
    if (this.stride === 3) this.u32[at * 2 + 4] = value;
  }

  /** Calls `each` with every key held: row and whether it was flagged (in slot order). */
  forEach(each: (row: number, h: number, l: number, flagged: boolean) => void): void {
    const { u32, f64, stride } = this;
    for (let j = 0; j < f64.length; j += stride) {
      const stored = f64[j + 1] ?? 0;
      if (stored !== 0) each(Math.abs(stored) - 1, u32[j * 2] ?? 0, u32[j * 2 + 1] ?? 0, stored < 0);
    }
  }

  private grow(): void {
    const { u32, f64, stride } = this;
    const slots = (this.mask + 1) * 2;
    const buf = new ArrayBuffer(slots * stride * 8);
    this.u32 = new Uint32Array(buf);
    this.f64 = new Float64Array(buf);
    this.mask = slots - 1;
    for (let j = 0; j < f64.length; j += stride) {
      const stored = f64[j + 1] ?? 0;
      if (stored === 0) continue;
      const h = u32[j * 2] ?? 0;
      const l = u32[j * 2 + 1] ?? 0;
      this.set(this.find(h, l), h, l, stored, stride === 3 ? (u32[j * 2 + 4] ?? 0) : 0);
    }
  }
}
