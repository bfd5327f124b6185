#!/usr/bin/env node
/**
 * Generates realistic overdue credit-card accounts as CSV (English headers) or NDJSON,
 * deterministically from a seed, streamed with back-pressure (flat memory for any count).
 *
 *   node bench/gen-accounts.mjs [--count 1000000] [--seed 42] [--format csv|ndjson] [--out bench/out/accounts-1m.csv]
 *
 * Amounts are built from whole minor units (fen) with integer arithmetic and written as
 * decimal strings; nothing goes through a binary float.
 */
import { createWriteStream, mkdirSync } from 'node:fs';
import { once } from 'node:events';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** mulberry32: a small, fast, seedable PRNG (uint32 state). */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  /** integer in [lo, hi] */
  next.int = (lo, hi) => lo + (next() % (hi - lo + 1));
  /** true with probability pct/100 */
  next.chance = (pct) => next() % 10000 < pct * 100;
  return next;
}

/** fen → "1234.56" (integers only). */
export function yuan(fen) {
  const whole = Math.trunc(fen / 100);
  const cents = fen - whole * 100;
  return `${whole}.${String(cents).padStart(2, '0')}`;
}

export const COLUMNS = [
  'id',
  'principal',
  'interest',
  'fees',
  'overdue_days',
  'minimum_due',
  'monthly_income',
  'monthly_expenses',
  'other_debt_payments',
  'available_cash',
  'as_of',
];

/** One account as raw text fields keyed by COLUMNS. */
export function generateAccount(i, r) {
  // principal: mostly ¥2k–¥60k, a tail up to ¥300k, a few small debts
  const band = r.int(0, 99);
  const principal = band < 5 ? r.int(5_000, 100_000) : band < 80 ? r.int(200_000, 6_000_000) : r.int(6_000_000, 30_000_000);
  // overdue days: M1 30 %, M2–M3 35 %, M4–M6 22 %, M7+ 10 %, current 3 %
  const b = r.int(0, 99);
  const days = b < 3 ? 0 : b < 33 ? r.int(1, 30) : b < 68 ? r.int(31, 90) : b < 90 ? r.int(91, 180) : r.int(181, 900);
  const a = {
    id: `CC${String(i + 1).padStart(8, '0')}`,
    principal: yuan(principal),
    interest: '',
    fees: '',
    overdue_days: String(days),
    minimum_due: '',
    monthly_income: '',
    monthly_expenses: '',
    other_debt_payments: '',
    available_cash: '',
    as_of: '',
  };
  if (r.chance(60)) {
    // statement interest ≈ 0.05 %/day, with noise; fees ≈ 5 % of the minimum due per cycle
    const cycles = Math.ceil(days / 30);
    a.interest = yuan(Math.trunc((principal * days) / 2000) + r.int(0, 500));
    a.fees = yuan(cycles * Math.max(1_000, Math.trunc(principal / 200)));
  }
  if (r.chance(30)) a.minimum_due = yuan(Math.trunc(principal / 10));
  if (r.chance(75)) {
    const income = r.int(250_000, 4_000_000);
    a.monthly_income = yuan(income);
    a.monthly_expenses = yuan(Math.trunc((income * r.int(35, 85)) / 100));
    if (r.chance(50)) a.other_debt_payments = yuan(Math.trunc((income * r.int(0, 30)) / 100));
  }
  if (r.chance(40)) a.available_cash = yuan(Math.trunc((principal * r.int(0, 60)) / 100));
  if (r.chance(10)) a.as_of = `2026-0${r.int(1, 9)}-${String(r.int(10, 28))}`;
  return a;
}

function csvField(v) {
  return /[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
}

export function csvLineOf(a) {
  return `${COLUMNS.map((c) => csvField(a[c])).join(',')}\n`;
}

export function ndjsonLineOf(a) {
  const o = {};
  const json = {
    id: 'id',
    principal: 'principal',
    interest: 'interest',
    fees: 'fees',
    overdue_days: 'overdueDays',
    minimum_due: 'minimumDue',
    monthly_income: 'monthlyIncome',
    monthly_expenses: 'monthlyExpenses',
    other_debt_payments: 'otherDebtPayments',
    available_cash: 'availableCash',
    as_of: 'asOf',
  };
  for (const c of COLUMNS) if (a[c] !== '') o[json[c]] = c === 'overdue_days' ? Number(a[c]) : a[c];
  return `${JSON.stringify(o)}\n`;
}

async function main(argv) {
  const arg = (name, def) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : def;
  };
  const count = Number.parseInt(arg('count', '1000000'), 10);
  const seed = Number.parseInt(arg('seed', '42'), 10);
  const format = arg('format', 'csv');
  const here = dirname(fileURLToPath(import.meta.url));
  const out = resolve(arg('out', resolve(here, 'out', `accounts-${count >= 1e6 && count % 1e6 === 0 ? `${count / 1e6}m` : count}.${format}`)));
  mkdirSync(dirname(out), { recursive: true });
  const stream = createWriteStream(out);
  const r = rng(seed);
  if (format === 'csv') stream.write(`${COLUMNS.join(',')}\n`);
  let buf = '';
  for (let i = 0; i < count; i++) {
    const a = generateAccount(i, r);
    buf += format === 'csv' ? csvLineOf(a) : ndjsonLineOf(a);
    if (buf.length > 1 << 16) {
      if (!stream.write(buf)) await once(stream, 'drain');
      buf = '';
    }
  }
  stream.end(buf);
  await once(stream, 'finish');
  process.stderr.write(`wrote ${count} accounts to ${out}\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main(process.argv.slice(2));
