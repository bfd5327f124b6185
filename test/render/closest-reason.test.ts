/**
 * The closest-plan reason written in pieces (render/closest-reason.ts, issue #16) against the
 * whole message rendered and escaped (csvField, JSON.stringify), for any plan id and amounts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMinor } from '../../src/fast/checked.js';
import { render, said } from '../../src/messages/index.js';
import { closestReason } from '../../src/render/closest-reason.js';
import { csvField } from '../../src/render/csv-row.js';

const decoder = new TextDecoder();

describe('closest-plan reason in pieces', () => {
  it('writes what the whole text escaped writes, or declines', () => {
    let split = 0;
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom('installment-12', '=1+2', '-x', 'a,"b"', 'x\ny', '@p', '\u0001')),
        fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        fc.constantFrom(0, 2, 3),
        fc.boolean(),
        (plan, payment, cap, digits, json) => {
          const text = render(
            'en',
            said('recommendation.none-affordable.closest', { payment: formatMinor(payment, digits), plan, cap: formatMinor(cap, digits) }),
          );
          const want = json ? JSON.stringify(text) : csvField(text);
          const r = closestReason(plan, json);
          if (r === null) return;
          split++;
          const [x, y] = r.paymentFirst ? [payment, cap] : [cap, payment];
          const got = decoder.decode(r.before) + formatMinor(x, digits) + decoder.decode(r.between) + formatMinor(y, digits) + decoder.decode(r.after);
          expect(got).toBe(want);
        },
      ),
      { numRuns: 2000 },
    );
    expect(split).toBeGreaterThan(1000);
  });
});
