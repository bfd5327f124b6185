import fc from 'fast-check';
import { it } from 'vitest';
import { edgeCase, oracleCase } from './arbitrary.js';
import { actualOf, argsOf, expected, runTool } from './harness.js';

function diffs(a: unknown, e: unknown, path: string, out: string[]) {
  if (typeof a === 'object' && a !== null && typeof e === 'object' && e !== null) {
    if (Array.isArray(a) && Array.isArray(e) && a.length !== e.length) out.push(`${path}.length tool=${a.length} oracle=${e.length}`);
    const keys = new Set([...Object.keys(a), ...Object.keys(e)]);
    for (const k of keys) diffs((a as Record<string, unknown>)[k], (e as Record<string, unknown>)[k], `${path}.${k}`, out);
    return;
  }
  if (a !== e) out.push(`${path} tool=${JSON.stringify(a)} oracle=${JSON.stringify(e)}`);
}

it('explore', async () => {
  const runs = Number(process.env.ORACLE_RUNS ?? 50);
  const samples = fc.sample(process.env.ORACLE_EDGE ? edgeCase : oracleCase, { seed: Number(process.env.ORACLE_SEED ?? 1), numRuns: runs });
  const byKind = new Map<string, { n: number; ex: string }>();
  for (const cs of samples) {
    const r = await runTool(cs);
    if (r.code !== 0) {
      const k = `exit ${r.code}`;
      byKind.set(k, { n: (byKind.get(k)?.n ?? 0) + 1, ex: `${argsOf(cs).join(' ')} :: ${r.stderr}` });
      continue;
    }
    const out: string[] = [];
    const e = expected(cs);
    for (const v of e.counterOffers ?? []) {
      const k = `coverage ${v.kind} ${v.verdict}`;
      byKind.set(k, { n: (byKind.get(k)?.n ?? 0) + 1, ex: '' });
    }
    const a = actualOf(r.doc);
    // compare plans by id so that one extra plan does not shift every later one
    const ids = new Set([...a.plans.map((p) => p.id), ...e.plans.map((p) => p.id)]);
    for (const id of ids)
      diffs(
        a.plans.find((p) => p.id === id),
        e.plans.find((p) => p.id === id),
        `plan[${id}]`,
        out,
      );
    diffs({ ...a, plans: [] }, { ...e, plans: [] }, '', out);
    for (const d of out) {
      const k = d.replace(/\[[^\]]*\]/g, '[]').replace(/\.\d+\./g, '.#.').split(' ')[0] as string;
      if (!byKind.has(k)) byKind.set(k, { n: 0, ex: `${d}\n    repayplan ${argsOf(cs).join(' ')}` });
      (byKind.get(k) as { n: number }).n++;
    }
  }
  for (const [k, v] of byKind) console.log(`${v.n}× ${k}\n  ${v.ex}`);
}, 600_000);
