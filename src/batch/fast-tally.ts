/**
 * The portfolio summary's part of the rows scored on the fast path, summed per group (bucket ×
 * recommended plan × affordability) in a preallocated array and added to the chunk's Tally once
 * per chunk (`flush`), instead of a RowFacts object and a dozen Map updates per row (issue #16).
 * Sums stay exact: a group is flushed early when a sum would pass 2^53 − 1.
 */
import { InternalError } from '../errors.js';
import { MAX } from '../fast/checked.js';
import type { FastEngine } from '../fast/compile.js';
import { recRateScaled, recoveryRateOf } from '../fast/evaluation.js';
import { NONE_AFFORDABLE, type RowFigures, UNKNOWN } from '../fast/figures-store.js';
import { type AffordKey, addScoredRows, type FamilyKey, RATE_BINS, rateBin, type Tally } from '../report/portfolio.js';

interface GroupFacts {
  bucket: string;
  family: FamilyKey;
  planId: string | null;
  months: number | null;
  affordable: AffordKey;
}

const AFFORD: readonly AffordKey[] = ['true', 'false', 'unknown'];

/** The recovery-rate bin of the recommended plan's npv / total (rateBin of recoveryRateFor), on numbers when they fit. */
function binOf(f: RowFigures, npv: number): number {
  const r = recRateScaled(f);
  if (r < 0) return rateBin(recoveryRateOf(npv, f.total));
  return r >= 10_000 ? RATE_BINS - 1 : Math.floor(r / 1000);
}

export class FastTally {
  readonly #slots: number;
  readonly #facts: GroupFacts[];
  /** Per group: count, Σ owed, Σ owed in 12 months, Σ npv (exact integers ≤ 2^53 − 1). */
  readonly #sums: Float64Array;
  readonly #bins = new Float64Array(RATE_BINS);
  #dirty = false;

  constructor(e: FastEngine) {
    this.#slots = Math.max(...e.open.map((l) => l.length)) + 1;
    this.#facts = [];
    for (const [b, bucket] of e.buckets.entries()) {
      for (let s = -1; s < this.#slots - 1; s++) {
        const v = s >= 0 ? e.open[b]?.[s]?.variant : undefined;
        for (const affordable of AFFORD)
          this.#facts.push({ bucket: bucket.name, family: v ? v.family : 'none', planId: v ? v.id : null, months: v ? v.months : null, affordable });
      }
    }
    this.#sums = new Float64Array(this.#facts.length * 4);
  }

  /** Adds a row scored on the fast path: its figures and its owed total in 12 months. */
  add(t: Tally, f: RowFigures, owedIn12: number): void {
    const rec = f.rec;
    let a: number;
    if (rec >= 0) {
      const x = f.affordable[rec];
      a = x === UNKNOWN ? 2 : x === 1 ? 0 : 1;
    } else a = f.recCode === NONE_AFFORDABLE ? 1 : 2;
    const g = ((f.bucket * this.#slots + rec + 1) * 3 + a) * 4;
    const sums = this.#sums;
    const npv = rec >= 0 ? (f.npv[rec] as number) : 0;
    // the bin first: should it ever fall back to the exact path, nothing of the row is counted yet
    const bin = rec >= 0 ? binOf(f, npv) : -1;
    if ((sums[g + 1] as number) + f.total > MAX || (sums[g + 2] as number) + owedIn12 > MAX || (sums[g + 3] as number) + npv > MAX) this.#flushGroup(t, g);
    sums[g] = (sums[g] as number) + 1;
    sums[g + 1] = (sums[g + 1] as number) + f.total;
    sums[g + 2] = (sums[g + 2] as number) + owedIn12;
    sums[g + 3] = (sums[g + 3] as number) + npv;
    if (bin >= 0) this.#bins[bin] = (this.#bins[bin] as number) + 1;
    this.#dirty = true;
  }

  #flushGroup(t: Tally, g: number): void {
    const sums = this.#sums;
    const count = sums[g] as number;
    if (count === 0) return;
    const facts = this.#facts[g / 4];
    if (!facts) throw new InternalError(`batch summary: no group ${g / 4}`);
    addScoredRows(t, facts, { count, owed: BigInt(sums[g + 1] as number), owedIn12: BigInt(sums[g + 2] as number), npv: BigInt(sums[g + 3] as number) });
    sums.fill(0, g, g + 4);
  }

  /** Adds every group summed so far into t and starts again from zero. */
  flush(t: Tally): void {
    if (!this.#dirty) return;
    for (let g = 0; g < this.#sums.length; g += 4) this.#flushGroup(t, g);
    for (let i = 0; i < RATE_BINS; i++) t.rateBins[i] = (t.rateBins[i] ?? 0) + (this.#bins[i] as number);
    this.#bins.fill(0);
    this.#dirty = false;
  }
}
