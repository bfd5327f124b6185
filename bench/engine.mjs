#!/usr/bin/env node
/**
 * The per-row cost of batch scoring, in process (issue #16): N generated accounts
 * (bench/gen-accounts.mjs) under each preset and the custom annuity / equal-principal policies of
 * fixtures/cases/policies, scored three ways, each producing the CSV line and the summary's
 * part of the row:
 *
 * - exact: evaluate() → batchCells → csvLine, factsOf (every row through the bigint path);
 * - via Evaluation: evaluateRow() (the fast engine's figures as an Evaluation with plan objects)
 *   → batchCells → csvLine, factsOf — the fast path as it was before the lean row;
 * - lean: computeFigures → owedIn12 → the line formatted from the figures into the chunk's
 *   bytes (render/batch-line.ts, byte-sink.ts, decoded per 1,000 rows), the summary summed per
 *   chunk (batch/fast-tally.ts) — what `batch` runs now.
 *
 * `--before DIR` also times the "via Evaluation" path of another build's dist/ (e.g. main's, built
 * in a copy) in the same process, interleaved, so that before and after see the same load.
 * Every lean row (all plan column groups, CSV and NDJSON) is compared byte for byte with the
 * exact path. With `node --expose-gc --min-semi-space-size=256 --max-semi-space-size=256` it also
 * prints the bytes allocated per account (heap growth over 2,000 accounts without a collection).
 *
 *   npm run build && node bench/engine.mjs [--count 100000] [--before /tmp/main/dist]
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateAccount, rng } from './gen-accounts.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const arg = (name) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const count = Number.parseInt(arg('--count') ?? '', 10) || 100_000;
const beforeDist = arg('--before');

async function load(dist) {
  const d = (p) => import(join(dist, p));
  return {
    ...(await d('fast/engine.js')),
    ...(await d('report/evaluate.js')),
    ...(await d('report/portfolio.js')),
    ...(await d('core/account.js')),
    ...(await d('dates/civil-date.js')),
    ...(await d('policy/compile.js')),
    ...(await d('policy/presets.js')),
    ...(await d('render/csv-row.js')),
  };
}
const now = await load(join(root, 'dist'));
const { batchLineWriter } = await import(join(root, 'dist/render/batch-line.js'));
const { FastTally } = await import(join(root, 'dist/batch/fast-tally.js'));
const { ByteSink } = await import(join(root, 'dist/render/byte-sink.js'));
const before = beforeDist ? await load(beforeDist) : null;

const asOf = now.parseCivilDate('2026-01-15');
const KEYS = {
  principal: 'principal',
  interest: 'interest',
  fees: 'fees',
  overdue_days: 'overdueDays',
  minimum_due: 'minimumDue',
  monthly_income: 'monthlyIncome',
  monthly_expenses: 'monthlyExpenses',
  other_debt_payments: 'otherDebtPayments',
  available_cash: 'availableCash',
  id: 'id',
};
const r = rng(42);
const raws = Array.from({ length: count }, (_, i) => {
  const a = generateAccount(i, r);
  const raw = {};
  for (const [k, v] of Object.entries(KEYS)) if (a[k] !== '') raw[v] = a[k];
  return raw;
});
const policies = [
  ...now.presetNames().map((n) => now.presetDoc(n)),
  ...['usd-annuity-half-even.json', 'jpy-equal-principal.json'].map((f) => JSON.parse(readFileSync(join(root, 'fixtures/cases/policies', f), 'utf8'))),
];
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const gc = globalThis.gc;
const ALLOC_ROWS = 2_000;

/** CPU µs per account of `score` over all accounts, and bytes allocated per account when gc is exposed. */
function measure(accounts, score) {
  let bytes = null;
  if (gc) {
    const some = accounts.slice(0, ALLOC_ROWS);
    gc();
    const h0 = process.memoryUsage().heapUsed;
    for (const a of some) score(a);
    bytes = (process.memoryUsage().heapUsed - h0) / some.length;
  }
  const t = cpu();
  for (const a of accounts) score(a);
  return { us: ((cpu() - t) / accounts.length) * 1e6, bytes };
}

/** The path via the Evaluation of a build (exact when engine is null). */
function viaEvaluation(m, policy, engine) {
  const tally = m.emptyTally();
  return (a) => {
    const { ev } = engine === null ? { ev: m.evaluate(a, policy, asOf, { rates: false }) } : m.evaluateRow(engine, policy, a, asOf);
    const line = m.csvLine(m.batchCells(ev, ev.account.id, null, 1, []));
    m.addScored(tally, m.factsOf(ev));
    return line;
  };
}

const load1 = loadavg()[0].toFixed(1);
console.log(
  `${count.toLocaleString('en-US')} generated accounts per policy, Node ${process.version}, load average ${load1}${gc ? ', allocation measured' : ''}`,
);
const fmt = (x) => `${x.us.toFixed(1).padStart(6)} µs${x.bytes === null ? '' : ` ${(x.bytes / 1024).toFixed(1).padStart(5)} KB`}`;
let allSame = true;
for (const doc of policies) {
  const policy = now.compilePolicy(doc);
  const ids = now.catalogPlanIds(policy);
  const cols = now.batchColumns(ids);
  // amounts in the policy's currency: the generator writes 2 decimals; 0-decimal currencies drop them
  const accounts = raws.map((raw) => {
    const x = { ...raw };
    if (policy.currency.minorDigits === 0) for (const k of Object.keys(x)) if (k !== 'id' && k !== 'overdueDays') x[k] = x[k].replace(/\.\d+$/, '');
    const p = now.parseAccount(x, policy.currency);
    if ('issues' in p) throw new Error(JSON.stringify(p.issues));
    return p.account;
  });
  const engine = now.compileFast(policy);
  if (!engine) throw new Error(`${doc.name}: the fast engine does not cover this policy`);
  const csvWriter = batchLineWriter(engine, null, [], 'csv');
  const fastTally = new FastTally(engine);
  const tally = now.emptyTally();
  let fallbacks = 0;
  const exactScore = viaEvaluation(now, policy, null);
  const sink = new ByteSink();
  const input = { row: 1, id: null, asOf: '2026-01-15', hardship: null, willing: null, kept: [] };
  let inChunk = 0;
  const lean = (a) => {
    // the chunk's output decoded every 1,000 rows, as the scorer does per chunk
    if (++inChunk === 1000) {
      sink.take();
      inChunk = 0;
    }
    try {
      const f = now.computeFigures(engine, a);
      const in12 = now.owedIn12(engine, f);
      input.id = a.id;
      input.hardship = a.hardship;
      input.willing = a.willingToRepay;
      csvWriter(f, input, sink);
      fastTally.add(tally, f, in12);
    } catch (error) {
      if (error !== now.FALLBACK) throw error;
      fallbacks++;
      sink.text(exactScore(a));
    }
  };
  const oldPolicy = before ? before.compilePolicy(doc) : null;
  const paths = [
    ['exact', exactScore],
    ['via Evaluation', viaEvaluation(now, policy, engine)],
    ...(before ? [['before: via Evaluation', viaEvaluation(before, oldPolicy, before.compileFast(oldPolicy))]] : []),
    ['lean', lean],
  ];
  const results = {};
  for (const [name, score] of paths) results[name] = measure(accounts, score);
  fastTally.flush(tally);
  sink.take(); // what the timing left in the sink
  fallbacks = 0;
  // every lean row, CSV and NDJSON with all plan groups, against the exact path
  const csvAll = batchLineWriter(engine, ids, [], 'csv');
  const jsonAll = batchLineWriter(engine, ids, [], 'ndjson');
  let diff = 0;
  for (const [i, a] of accounts.entries()) {
    const ev = now.evaluate(a, policy, asOf, { rates: false });
    const cells = now.batchCells(ev, ev.account.id, ids, i + 1, []);
    const want = now.csvLine(cells) + now.ndjsonLine(cols, cells);
    let got;
    try {
      const f = now.computeFigures(engine, a);
      const input = { row: i + 1, id: a.id, asOf: '2026-01-15', hardship: a.hardship, willing: a.willingToRepay, kept: [] };
      csvAll(f, input, sink);
      jsonAll(f, input, sink);
      got = sink.take();
    } catch (error) {
      if (error !== now.FALLBACK) throw error;
      fallbacks++;
      got = want;
    }
    if (want !== got) {
      diff++;
      if (diff === 1) console.log(`  DIFFERENT:\n  exact ${want}  lean  ${got}`);
    }
  }
  if (diff) allSame = false;
  const cells = paths.map(([name]) => `${name} ${fmt(results[name])}`).join(' | ');
  console.log(
    `${doc.name.padEnd(26)} ${cells} | lean vs exact ${(results.exact.us / results.lean.us).toFixed(1)}× | fallbacks ${fallbacks} | rows differing ${diff}`,
  );
}
console.log(`load average ${load1} before, ${loadavg()[0].toFixed(1)} after`);
if (!allSame) process.exitCode = 1;
