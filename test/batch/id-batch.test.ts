/** IdCollector (issue #16): each entry's shown form as UTF-8 bytes, its kind and its row, across growth and take(). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IdCollector, MASKED_ID, NO_ID, PLAIN_ID } from '../../src/batch/id-batch.js';
import { safeValue } from '../../src/core/privacy.js';
import { printableData } from '../../src/text/printable.js';

const id = fc.oneof(
  fc.constant(null),
  fc.constantFrom('', 'A1', '13800001234', 'x13900001234', '客户7', '\uff11\uff13\uff18\uff10\uff10\uff10\uff10\uff11\uff12\uff13\uff14', 'é\ud800z'),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
);

describe('IdCollector', () => {
  it('hands over every shown form as its UTF-8 bytes, batch by batch', () => {
    fc.assert(
      fc.property(fc.array(fc.array(id, { maxLength: 700 }), { minLength: 1, maxLength: 3 }), (jobs) => {
        const c = new IdCollector();
        let row = 0;
        for (const ids of jobs) {
          const rows: number[] = [];
          for (const x of ids) {
            row += 2;
            rows.push(row);
            c.add(x, row);
          }
          const b = c.take();
          expect([...b.rows]).toEqual(rows);
          ids.forEach((x, i) => {
            const bytes = Buffer.from(b.text.subarray(i > 0 ? b.ends[i - 1] : 0, b.ends[i]));
            if (x === null || x === '') {
              expect(b.kinds[i]).toBe(NO_ID);
              expect(bytes.length).toBe(0);
              return;
            }
            const shown = safeValue(printableData(x));
            expect(b.kinds[i]).toBe(shown === x ? PLAIN_ID : MASKED_ID);
            expect(bytes.equals(Buffer.from(shown, 'utf8'))).toBe(true);
          });
        }
      }),
      { numRuns: 150 },
    );
  });
});
