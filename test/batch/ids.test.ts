/** Repeated ids and masked-id collisions over many rows (the hash table grows many times). */
import { describe, expect, it } from 'vitest';
import { IdWatch } from '../../src/batch/ids.js';

describe('IdWatch', () => {
  it('finds exactly the repeated ids among 200,000, with their first rows', () => {
    const w = new IdWatch();
    const n = 200_000;
    for (let i = 1; i <= n; i++) w.add(`ACC-${i}`, i);
    // every 40,000th id comes back once, one comes back three times
    const again = [40_000, 80_000, 120_000, 160_000, 200_000];
    let row = n;
    for (const i of again) w.add(`ACC-${i}`, ++row);
    w.add('ACC-7', ++row);
    w.add('ACC-7', ++row);
    w.add(null, ++row);
    const f = w.result();
    expect(f.duplicateRows).toBe(7);
    expect(f.duplicateIds).toBe(6);
    expect(f.withoutId).toBe(1);
    expect(f.examples.slice(0, 5).map((e) => e.rows)).toEqual([
      [40_000, 200_001],
      [80_000, 200_002],
      [120_000, 200_003],
      [160_000, 200_004],
      [200_000, 200_005],
    ]);
    expect(f.maskCollisions).toBe(0);
  });

  it('warns once per new id that masks like a different earlier one', () => {
    const seen: string[] = [];
    const w = new IdWatch((shown, first, row) => seen.push(`${shown} ${first} ${row}`));
    w.add('6222020000001234', 1);
    w.add('6222020000001234', 2); // the same id again: a repeat, not a collision
    w.add('6222029999991234', 3);
    w.add('13800001234', 4); // a phone number: masked as *******1234, a different shown value
    expect(seen).toEqual(['************1234 1 3']);
    expect(w.result()).toMatchObject({ duplicateRows: 1, maskCollisions: 1, collisionExamples: [{ id: '************1234', rows: [1, 3] }] });
  });
});
