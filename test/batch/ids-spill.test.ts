/** The duplicate-id check past its memory limit (issue #16): the same findings as in memory, no file left behind. */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { IdWatch, MAX_COLLISION_NOTES } from '../../src/batch/ids.js';
import { removePendingTemp } from '../../src/io/atomic.js';

const under = mkdtempSync(join(tmpdir(), 'ids-spill-test-'));
afterAll(() => rmSync(under, { recursive: true, force: true }));

// plain ids, phone numbers that mask alike (*******1234, *******5678), numbers inside a value,
// an id that is literally another's masked form, non-ASCII ids (full-width digits), rows without an id
const POOL = [
  'A1',
  'A2',
  'B',
  '13800001234',
  '13900001234',
  '15000005678',
  '15100005678',
  'x13800001234',
  'x13900001234',
  '*******1234',
  '客户7',
  '\uff11\uff13\uff18\uff10\uff10\uff10\uff10\uff11\uff12\uff13\uff14',
  '',
  null,
];

function run(ids: readonly (string | null)[], rows: readonly number[], limit?: number) {
  const notes: string[] = [];
  const w = new IdWatch((shown, first, row) => notes.push(`${shown} ${first} ${row}`), { limit, tmpDir: under });
  for (let i = 0; i < ids.length; i++) w.add(ids[i] ?? null, rows[i] ?? 0);
  const spilled = w.spillDir !== null;
  return { findings: w.result(), notes, spilled };
}

describe('IdWatch past its memory limit', () => {
  it('finds exactly what the in-memory check finds, warnings in the same order, and leaves no file', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...POOL), { maxLength: 80 }),
        fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 80, maxLength: 80 }),
        fc.integer({ min: 1, max: 6 }),
        (ids, gaps, limit) => {
          const rows: number[] = [];
          let row = 0;
          for (const g of gaps) {
            row += g;
            rows.push(row);
          }
          const memory = run(ids, rows);
          const spilled = run(ids, rows, limit);
          expect(memory.spilled).toBe(false);
          expect(spilled.findings).toEqual(memory.findings);
          expect(spilled.notes).toEqual(memory.notes);
          expect(readdirSync(under)).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('spills many distinct ids into every file and still names the first repeats', () => {
    const ids: string[] = [];
    for (let i = 0; i < 20_000; i++) ids.push(`ACC-${i}`);
    for (let i = 0; i < 20_000; i += 997) ids.push(`ACC-${i}`, `ACC-${i}`);
    for (let i = 0; i < 300; i++) ids.push(`1${3 + (i % 7)}${String(i).padStart(5, '0')}1234`);
    const rows = ids.map((_, i) => i + 1);
    const memory = run(ids, rows);
    const spilled = run(ids, rows, 1000);
    expect(spilled.spilled).toBe(true);
    expect(spilled.findings).toEqual(memory.findings);
    expect(spilled.notes).toEqual(memory.notes);
    // one warning per collision, at most MAX_COLLISION_NOTES; the summary counts them all
    expect(memory.findings.maskCollisions).toBe(299);
    expect(memory.notes.length).toBe(MAX_COLLISION_NOTES);
    expect(readdirSync(under)).toEqual([]);
  });

  it('removes its temporary folder on dispose() and on an interrupt', () => {
    for (const stop of [(w: IdWatch) => w.dispose(), () => removePendingTemp()]) {
      const w = new IdWatch(undefined, { limit: 2, tmpDir: under });
      for (let i = 1; i <= 10; i++) w.add(`id-${i}`, i);
      expect(w.spillDir).not.toBeNull();
      expect(readdirSync(under).length).toBe(1);
      stop(w);
      expect(readdirSync(under)).toEqual([]);
    }
  });
});
