/**
 * Every ledger row is applied to exactly one agreement or rejected (SPEC §10): applied +
 * rejected = read, and the amounts applied to instalments + overpaid = the amounts received.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/dates/civil-date.js';
import { routeLedger, track, type LedgerRow } from '../../src/followup/index.js';
import { anAgreement, config, d } from './helpers.js';

const agreements = [
  anAgreement({
    asOf: '2026-01-15',
    id: 'A-1',
    rows: [
      { k: 1, date: '2026-02-15', principal: '100.00', fee: '5.00' },
      { k: 2, date: '2026-03-15', principal: '100.00', fee: '5.00' },
    ],
  }),
  anAgreement({
    asOf: '2026-02-01',
    id: 'B-2',
    rows: [
      { k: 0, date: '2026-02-01', principal: '50.00' },
      { k: 1, date: '2026-03-01', principal: '80.00', interest: '3.10' },
    ],
  }),
  anAgreement({ asOf: '2026-04-01', id: 'A-1', rows: [{ k: 1, date: '2026-05-01', principal: '60.00' }] }),
];

const row = fc.record({
  id: fc.constantFrom('A-1', 'B-2', 'C-3', '', null),
  date: fc.oneof(
    fc
      .integer({ min: 1, max: 28 })
      .chain((day) => fc.integer({ min: 1, max: 7 }).map((m) => `2026-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`)),
    fc.constantFrom('2026-02-30', 'tomorrow', null),
  ),
  amount: fc.oneof(
    fc.integer({ min: 1, max: 30_000 }).map((c) => `${Math.floor(c / 100)}.${String(c % 100).padStart(2, '0')}`),
    fc.constantFrom('0', '-5', '1.234', 'abc', null),
  ),
});

describe('ledger accounting', () => {
  it('applied + rejected = read; applied to instalments + overpaid = received', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), fc.integer({ min: 0, max: 200 }), (raw, offset) => {
        const rows: LedgerRow[] = raw.map((r, i) => ({ source: 'l.csv', row: i + 1, line: i + 2, ...r }));
        const at = addDays(d('2026-01-15'), offset);
        const routed = routeLedger(rows, agreements);
        const tracked = agreements.map((a, i) => track(a, routed.payments[i] ?? [], at, config()));
        const applied = tracked.reduce((n, t) => n + t.payments.length, 0);
        const rejected = routed.rejected.length + tracked.reduce((n, t) => n + t.rejected.length, 0);
        expect(applied + rejected).toBe(rows.length);
        const received = tracked.reduce((s, t) => s + t.payments.reduce((x, p) => x + p.payment.amount, 0n), 0n);
        expect(tracked.reduce((s, t) => s + t.applied.total + t.overpaid, 0n)).toBe(received);
        const seen = new Set([
          ...routed.rejected.map((r) => r.row.row),
          ...tracked.flatMap((t) => [...t.payments.map((p) => p.payment.ref?.row), ...t.rejected.map((r) => r.payment.ref?.row)]),
        ]);
        expect(seen.size).toBe(rows.length);
      }),
      { numRuns: 300 },
    );
  });
});
