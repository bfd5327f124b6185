/** SPEC §10 ledger routing: every row goes to exactly one agreement or is rejected with a code. */
import { describe, expect, it } from 'vitest';
import { routeLedger, type LedgerRow } from '../../src/followup/index.js';
import { anAgreement } from './helpers.js';

const rows = (...list: [string | null, string | null, string | null][]): LedgerRow[] =>
  list.map(([id, date, amount], i) => ({ source: 'l.csv', row: i + 1, line: i + 2, id, date, amount }));

const first = anAgreement({ asOf: '2026-01-15', id: 'A-1', rows: [{ k: 1, date: '2026-02-15', principal: '100.00' }] });
const second = anAgreement({ asOf: '2026-05-01', id: 'A-1', rows: [{ k: 1, date: '2026-06-01', principal: '100.00' }] });
const other = anAgreement({ asOf: '2026-01-15', id: 'B-2', rows: [{ k: 1, date: '2026-02-15', principal: '100.00' }] });

describe('routeLedger', () => {
  it('matches by account reference; a re-planned account pays the latest agreement made on or before the payment', () => {
    const r = routeLedger(
      rows(['A-1', '2026-02-01', '10.00'], ['A-1', '2026-05-02', '¥1,000.00'], [' B-2 ', '2026-02-01', '5'], ['A-1', '2026-01-01', '1.00']),
      [first, second, other],
    );
    expect(r.payments.map((ps) => ps.map((p) => [p.ref?.row, p.amount]))).toEqual([
      [
        [1, 1000n],
        [4, 100n],
      ],
      [[2, 100000n]],
      [[3, 500n]],
    ]);
    expect(r.rejected).toEqual([]);
  });

  it('rejects unknown accounts, bad dates and bad amounts, naming the column', () => {
    const r = routeLedger(
      rows(
        ['Z-9', '2026-02-01', '1'],
        ['A-1', '2026-02-30', '1'],
        ['A-1', '2026-02-01', '0'],
        ['A-1', '2026-02-01', '1.234'],
        ['A-1', '2026-02-01', '-5'],
        ['A-1', null, '1'],
      ),
      [first],
    );
    expect(r.rejected.map((x) => [x.row.row, x.code, x.column])).toEqual([
      [1, 'ledger.unknown-account', 'id'],
      [2, 'ledger.bad-date', 'date'],
      [3, 'ledger.bad-amount', 'amount'],
      [4, 'ledger.bad-amount', 'amount'],
      [5, 'ledger.bad-amount', 'amount'],
      [6, 'ledger.bad-date', 'date'],
    ]);
    expect(r.payments[0]).toEqual([]);
  });
});
