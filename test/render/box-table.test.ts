/**
 * The table drawing of render/table.ts draws exactly what cli-table3 (with the options the
 * renderer used before issue #16) draws: random cells with Chinese text, money, dashes, stars,
 * ANSI colour and empty cells, left and right aligned.
 */
import Table from 'cli-table3';
import { Chalk } from 'chalk';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { table } from '../../src/render/box-table.js';

const COMPACT = { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' };
const NO_STYLE = { head: [] as string[], border: [] as string[], 'padding-left': 1, 'padding-right': 1 };
const c = new Chalk({ level: 1 });

const word = fc.constantFrom(
  '方案',
  '分期',
  '停息挂账',
  '¥1,003.41',
  '—',
  '★ installment-24',
  'yes',
  '未知',
  '',
  '3+36',
  '年化利率(IRR)',
  '86.20%',
  'Recovery',
  '一次性',
);
const cell = fc
  .tuple(word, fc.constantFrom('plain', 'green', 'bold', 'dim'))
  .map(([w, s]) => (s === 'plain' ? w : s === 'green' ? c.green.bold(w) : s === 'bold' ? c.bold(w) : c.dim(w)));

describe('boxed table', () => {
  it('draws what cli-table3 draws', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: 0, max: 6 }),
        fc.array(fc.boolean(), { minLength: 7, maxLength: 7 }),
        fc.array(cell, { minLength: 56, maxLength: 56 }),
        (cols, nrows, rights, cells) => {
          const align = rights.slice(0, cols).map((r) => (r ? ('right' as const) : ('left' as const)));
          const head = cells.slice(0, cols);
          const rows = Array.from({ length: nrows }, (_, i) => cells.slice(cols * (i + 1), cols * (i + 2)));
          const ours = table(head, align);
          const theirs = new Table({ head, style: NO_STYLE, colAligns: align, wordWrap: false, chars: COMPACT });
          for (const r of rows) {
            ours.push(r);
            theirs.push(r);
          }
          expect(ours.toString()).toBe(theirs.toString());
        },
      ),
      { numRuns: 500 },
    );
  });
});
