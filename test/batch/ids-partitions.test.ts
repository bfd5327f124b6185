/**
 * The duplicate-id check against a plain reference (issue #16): a Map of id hash → first row and
 * one of shown-form hash → first row and id hash, over random streams of hashed ids given as
 * batches (so hashes can be forced alike: two ids sharing a 64-bit hash count as one, ids whose
 * shown forms share a hash collide), with tiny tables, id limits and byte budgets, so the table,
 * the partitions in memory and the files all take part.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { type IdBatch, MASKED_ID, NO_ID, PLAIN_ID } from '../../src/batch/id-batch.js';
import { IdWatch, MAX_COLLISION_NOTES } from '../../src/batch/ids.js';
import { EXAMPLES, type IdFindings } from '../../src/report/portfolio.js';

const under = mkdtempSync(join(tmpdir(), 'ids-partitions-test-'));
afterAll(() => rmSync(under, { recursive: true, force: true }));

/** An id as the workers hand it over: its kind, hashes and shown form. */
interface Entry {
  kind: number;
  h: number;
  l: number;
  mh: number;
  ml: number;
  shown: string;
}

/** The check as specified, with Maps: findings and the notes in order. */
function reference(entries: readonly Entry[], rows: readonly number[]): { findings: IdFindings; notes: string[] } {
  const seen = new Map<string, { first: number; repeated: boolean }>();
  const masked = new Map<string, { row: number; h: number }>();
  const f: IdFindings = { duplicateRows: 0, duplicateIds: 0, examples: [], maskCollisions: 0, collisionExamples: [], withoutId: 0 };
  const notes: string[] = [];
  entries.forEach((e, i) => {
    const row = rows[i] ?? 0;
    if (e.kind === NO_ID) {
      f.withoutId++;
      return;
    }
    const id = seen.get(`${e.h}:${e.l}`);
    if (id) {
      f.duplicateRows++;
      const again = id.repeated;
      if (!again) f.duplicateIds++;
      id.repeated = true;
      const ex = f.examples.find((x) => x.rows[0] === id.first);
      if (ex) {
        if (ex.rows.length < EXAMPLES) ex.rows.push(row);
      } else if (!again && f.examples.length < EXAMPLES) f.examples.push({ id: e.shown, rows: [id.first, row] });
      return;
    }
    seen.set(`${e.h}:${e.l}`, { first: row, repeated: false });
    if (e.kind !== MASKED_ID) return;
    const m = masked.get(`${e.mh}:${e.ml}`);
    if (!m) masked.set(`${e.mh}:${e.ml}`, { row, h: e.h });
    else if (m.h !== e.h) {
      f.maskCollisions++;
      if (f.collisionExamples.length < EXAMPLES) f.collisionExamples.push({ id: e.shown, rows: [m.row, row] });
      if (notes.length < MAX_COLLISION_NOTES) notes.push(`${e.shown} ${m.row} ${row}`);
    }
  });
  return { findings: f, notes };
}

/** Entries [from, to) as one batch. */
function batch(entries: readonly Entry[], rows: readonly number[], from: number, to: number): IdBatch {
  const n = to - from;
  const b: IdBatch = { rows: new Float64Array(n), hashes: new Uint32Array(n * 4), kinds: new Uint8Array(n), text: new Uint8Array(0), ends: new Uint32Array(n) };
  const texts: Buffer[] = [];
  let end = 0;
  for (let k = 0; k < n; k++) {
    const e = entries[from + k] as Entry;
    b.rows[k] = rows[from + k] ?? 0;
    b.kinds[k] = e.kind;
    b.hashes.set([e.h, e.l, e.mh, e.ml], k * 4);
    const t = Buffer.from(e.kind === NO_ID ? '' : e.shown, 'utf8');
    texts.push(t);
    end += t.length;
    b.ends[k] = end;
  }
  b.text = new Uint8Array(Buffer.concat(texts));
  return b;
}

// few distinct hash words, so ids share a 64-bit hash, a first word, or the top bits that pick a part
const word = fc.constantFrom(0, 1, 7, 0x04000000, 0x80000001, 0xffffffff);
const entry: fc.Arbitrary<Entry> = fc.record({
  kind: fc.constantFrom(NO_ID, PLAIN_ID, PLAIN_ID, MASKED_ID, MASKED_ID),
  h: word,
  l: word,
  mh: fc.constantFrom(0, 3),
  ml: fc.constantFrom(0, 0x7c000000),
  shown: fc.oneof(fc.constantFrom('A1', '*******1234', '客户7', ''), fc.string({ maxLength: 6 })),
});

function check(entries: readonly Entry[], gaps: readonly number[], cuts: readonly number[], options: { limit: number; table: number; bytes: number }) {
  const rows: number[] = [];
  let row = 0;
  for (let i = 0; i < entries.length; i++) {
    row += gaps[i % gaps.length] ?? 1;
    rows.push(row);
  }
  const notes: string[] = [];
  const w = new IdWatch((shown, first, r) => notes.push(`${shown} ${first} ${r}`), { ...options, tmpDir: under });
  let from = 0;
  for (const cut of [...cuts, entries.length]) {
    const to = Math.min(Math.max(from, cut), entries.length);
    w.addBatch(batch(entries, rows, from, to));
    from = to;
  }
  const want = reference(entries, rows);
  expect(w.result()).toEqual(want.findings);
  expect(notes).toEqual(want.notes);
  expect(readdirSync(under)).toEqual([]);
}

const options = fc.record({
  limit: fc.integer({ min: 1, max: 40 }),
  table: fc.integer({ min: 1, max: 8 }),
  bytes: fc.constantFrom(0, 70_000, 200_000, Number.POSITIVE_INFINITY),
});

describe('IdWatch against a Map of id → first row', () => {
  it('the same findings and notes, in the table, in memory and on disk', () => {
    fc.assert(
      fc.property(
        fc.array(entry, { maxLength: 120 }),
        fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 20 }),
        fc.array(fc.nat({ max: 120 }), { maxLength: 4 }),
        options,
        (entries, gaps, cuts, o) =>
          check(
            entries,
            gaps,
            [...cuts].sort((a, b) => a - b),
            o,
          ),
      ),
      { numRuns: 400 },
    );
  });

  it('the same with parts over several chunks, a record larger than a file buffer, and no limit on ids', () => {
    fc.assert(
      fc.property(
        fc.array(entry, { minLength: 500, maxLength: 1500 }),
        fc.integer({ min: 0, max: 1499 }),
        fc.constantFrom(0, 140_000, 1_000_000, Number.POSITIVE_INFINITY),
        fc.integer({ min: 1, max: 64 }),
        (entries, big, bytes, table) => {
          const withBig = entries.map((e, i) => (i === big && e.kind !== NO_ID ? { ...e, shown: 'x'.repeat(70_000) } : e));
          check(withBig, [1], [100, 700], { limit: Number.POSITIVE_INFINITY, table, bytes });
        },
      ),
      { numRuns: 40 },
    );
  });

  it('holds every id in memory while the budget lasts: no temporary folder', () => {
    const w = new IdWatch(undefined, { limit: 1000, table: 10, bytes: Number.POSITIVE_INFINITY, tmpDir: under });
    for (let i = 1; i <= 900; i++) w.add(`ACC-${i % 300}`, i);
    expect(w.spillDir).toBeNull();
    expect(w.result()).toMatchObject({ duplicateRows: 600, duplicateIds: 300 });
    expect(readdirSync(under)).toEqual([]);
  });
});
