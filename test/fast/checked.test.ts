/**
 * The fast engine's rounded division (src/fast/checked.ts): div and divInv (the quotient
 * estimated with a reciprocal) against the exact bigint rounding, half-up and half-even, over
 * small and large numerators (around the 2^51 switch-over) and divisors, ties included.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { div, divInv, FALLBACK, MAX } from '../../src/fast/checked.js';

/** n / d rounded half-up (ties away from zero) or half-even, exactly. */
function exact(n: bigint, d: bigint, halfEven: boolean): bigint {
  const neg = n < 0n;
  const a = neg ? -n : n;
  let q = a / d;
  const twice = (a - q * d) * 2n;
  if (twice > d || (twice === d && (!halfEven || q % 2n === 1n))) q += 1n;
  return neg ? -q : q;
}

const numerator = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.integer({ min: -(2 ** 51) - 1000, max: -(2 ** 51) + 1000 }),
  fc.integer({ min: 2 ** 51 - 1000, max: 2 ** 51 + 1000 }),
  fc.integer({ min: -MAX, max: MAX }),
);
const divisor = fc.oneof(fc.integer({ min: 1, max: 400 }), fc.integer({ min: 1, max: 2 ** 40 }), fc.integer({ min: 1, max: MAX }));

describe('rounded division on safe integers', () => {
  it('div and divInv round as the bigint division does, or fall back', () => {
    fc.assert(
      fc.property(numerator, divisor, fc.boolean(), fc.boolean(), (n0, d, halfEven, tie) => {
        // half the time a tie: n = d·k + d/2 for an even d
        const n = tie && d % 2 === 0 && Math.abs(n0) < MAX / 2 ? n0 - (n0 % d) + (d / 2) * Math.sign(n0 || 1) : n0;
        const want = Math.abs(n) + d > MAX ? FALLBACK : Number(exact(BigInt(n), BigInt(d), halfEven));
        const got = (f: () => number) => {
          try {
            return f() + 0; // −0 and 0 are the same amount
          } catch (error) {
            return error;
          }
        };
        expect(got(() => div(n, d, halfEven))).toBe(want);
        expect(got(() => divInv(n, d, 1 / d, halfEven))).toBe(want);
      }),
      { numRuns: 20_000 },
    );
  });
});
