#!/usr/bin/env node
/**
 * The fast scoring engine (src/fast/) against the exact path (evaluate), in process: N generated
 * accounts (bench/gen-accounts.mjs) under each preset and the custom annuity / equal-principal
 * policies of fixtures/cases/policies; every batch row (all plan column groups, CSV and NDJSON)
 * must be byte-identical, and the CPU time per account of each path is printed side by side.
 *
 *   npm run build && node bench/engine.mjs [--count 100000]
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadavg } from 'node:os';
import { generateAccount, rng } from './gen-accounts.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const d = (p) => import(join(root, 'dist', p));
const { compileFast, evaluateRow } = await d('fast/engine.js');
const { evaluate } = await d('report/evaluate.js');
const { parseAccount } = await d('core/account.js');
const { parseCivilDate } = await d('dates/civil-date.js');
const { compilePolicy } = await d('policy/compile.js');
const { presetDoc, presetNames } = await d('policy/presets.js');
const { batchCells, batchColumns, catalogPlanIds, csvLine, ndjsonLine } = await d('render/csv-row.js');

const argv = process.argv.slice(2);
const count = Number.parseInt(argv[argv.indexOf('--count') + 1] ?? '', 10) || 100_000;
const asOf = parseCivilDate('2026-01-15');
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
  ...presetNames().map((n) => presetDoc(n)),
  ...['usd-annuity-half-even.json', 'jpy-equal-principal.json'].map((f) => JSON.parse(readFileSync(join(root, 'fixtures/cases/policies', f), 'utf8'))),
];
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
console.log(`${count.toLocaleString('en-US')} generated accounts per policy, Node ${process.version}, load average ${loadavg()[0].toFixed(1)}`);
let allSame = true;
for (const doc of policies) {
  const policy = compilePolicy(doc);
  const ids = catalogPlanIds(policy);
  const cols = batchColumns(ids);
  // amounts in the policy's currency: the generator writes 2 decimals; 0-decimal currencies drop them
  const accounts = raws.map((raw) => {
    const x = { ...raw };
    if (policy.currency.minorDigits === 0) for (const k of Object.keys(x)) if (k !== 'id' && k !== 'overdueDays') x[k] = x[k].replace(/\.\d+$/, '');
    const p = parseAccount(x, policy.currency);
    if ('issues' in p) throw new Error(JSON.stringify(p.issues));
    return p.account;
  });
  const engine = compileFast(policy);
  if (!engine) throw new Error(`${doc.name}: the fast engine does not cover this policy`);
  const line = (ev) => {
    const c = batchCells(ev, ev.account.id, ids);
    return csvLine(c) + ndjsonLine(cols, c);
  };
  // figures only (what the scorer computes), then the serialised rows compared
  let t = cpu();
  for (const a of accounts) {
    const ev = evaluate(a, policy, asOf, { rates: false });
    batchCells(ev, ev.account.id, null);
  }
  const exactS = cpu() - t;
  t = cpu();
  let fallbacks = 0;
  for (const a of accounts) {
    const { ev, fast } = evaluateRow(engine, policy, a, asOf);
    batchCells(ev, ev.account.id, null);
    if (!fast) fallbacks++;
  }
  const fastS = cpu() - t;
  let diff = 0;
  for (const a of accounts) {
    const want = line(evaluate(a, policy, asOf, { rates: false }));
    const got = line(evaluateRow(engine, policy, a, asOf).ev);
    if (want !== got) {
      diff++;
      if (diff === 1) console.log(`  DIFFERENT:\n  exact ${want}  fast  ${got}`);
    }
  }
  if (diff) allSame = false;
  console.log(
    `${doc.name.padEnd(26)} exact ${((exactS / count) * 1e6).toFixed(1).padStart(6)} µs/account  fast ${((fastS / count) * 1e6).toFixed(1).padStart(6)} µs/account  (${(exactS / fastS).toFixed(1)}× less CPU)  fallbacks ${fallbacks}  rows differing ${diff}`,
  );
}
if (!allSame) process.exitCode = 1;
