/**
 * How many cases a property test tries (issue #9 step 5). fast-check draws a new seed on every
 * run, so the everyday counts, sized to keep `npm run test:unit` in seconds, add up across runs
 * to the coverage a single long run would give; a failure prints its seed and path to replay it.
 * PROPERTY_RUNS=10 (a factor) runs ten times as many cases, for a deep check before a release or
 * after touching the engine: `PROPERTY_RUNS=10 npx vitest run test/property test/fast`.
 */
const factor = Number(process.env.PROPERTY_RUNS ?? '1');
const FACTOR = Number.isFinite(factor) && factor > 0 ? factor : 1;

/** The everyday count `n`, times PROPERTY_RUNS. */
export function runs(n: number): number {
  return Math.max(1, Math.round(n * FACTOR));
}
