/**
 * The deep run of the oracle (not part of `npm test`: it takes minutes): many generated cases,
 * disagreements grouped by kind with one reproducing command each.
 *   ORACLE_RUNS=1500 ORACLE_SEED=11 [ORACLE_EDGE=1 | ORACLE_VARIANT=1] npx vitest run test/oracle/explore.test.ts
 */
import fc from 'fast-check';
import { it } from 'vitest';
import { edgeCase, oracleCase, variantCase } from './arbitrary.js';
import { argsOf, disagreements, expected, runTool } from './harness.js';

it.runIf(process.env.ORACLE_RUNS)(
  'explore',
  async () => {
    const runs = Number(process.env.ORACLE_RUNS);
    const kind = process.env.ORACLE_VARIANT ? variantCase : process.env.ORACLE_EDGE ? edgeCase : oracleCase;
    const byKind = new Map<string, { n: number; ex: string }>();
    const count = (k: string, ex: string) => byKind.set(k, { n: (byKind.get(k)?.n ?? 0) + 1, ex: byKind.get(k)?.ex ?? ex });
    for (const cs of fc.sample(kind, { seed: Number(process.env.ORACLE_SEED ?? 1), numRuns: runs })) {
      const r = await runTool(cs);
      if (r.code !== 0) {
        count(`exit ${r.code}`, `${r.stderr}  repayplan ${argsOf(cs).join(' ')}`);
        continue;
      }
      for (const v of expected(cs).counterOffers ?? []) count(`coverage ${v.kind} ${v.verdict}`, '');
      for (const d of disagreements(r.doc, cs)) {
        const k = d
          .replace(/\[[^\]]*\]/g, '[]')
          .replace(/\.\d+\./g, '.#.')
          .split(' ')[0] as string;
        count(k, `${d}\n    repayplan ${argsOf(cs).join(' ')}`);
      }
    }
    for (const [k, v] of byKind) console.log(`${v.n}× ${k}${v.ex ? `\n  ${v.ex}` : ''}`);
  },
  3_600_000,
);
