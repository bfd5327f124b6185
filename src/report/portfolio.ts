/**
 * The portfolio summary of a batch (§6, issue #12): counts and exact sums (bigint minor units)
 * by bucket, by recommended plan family and term, by affordability; total owed, expected NPV
 * and recovery rate; the distribution of recovery rates; rejections by reason; duplicate ids.
 *
 * Pure. A `Tally` is plain data (Maps, bigints, numbers) so that a worker thread can fill one per
 * chunk and send it to the main thread, which merges the chunks' tallies in input order
 * (`mergeTally`); `summarise` turns the final tally into the published shape (money as strings,
 * schema/summary.schema.json). Merging is associative and a row's contribution never depends on
 * the chunk it came in, so the summary is the same whatever the chunk size or `--jobs`.
 */
import { recoveryRateFor } from '../analysis/recovery.js';
import { formatMoney, type Minor } from '../money/amount.js';
import type { Currency } from '../money/currency.js';
import type { OfferFamily } from '../policy/types.js';
import { type AffordKey, type FamilyKey, RATE_BINS, type RowFacts, rateBin } from './row-facts.js';

export { type AffordKey, type FamilyKey, factsOf, RATE_BINS, rateBin, type RowFacts } from './row-facts.js';

export const FAMILY_ORDER: readonly FamilyKey[] = ['installment', 'deferral', 'reduction', 'none'];
export const AFFORD_ORDER: readonly AffordKey[] = ['true', 'false', 'unknown'];
/** How many example row numbers a rejection reason or a duplicate id keeps. */
export const EXAMPLES = 5;

/** Count and exact sums of a group of scored rows. */
export interface Sums {
  count: number;
  /** Σ total owed today (T of §4.4). */
  owed: Minor;
  /** Σ the status quo in 12 months (§4.9): what the same debts grow to with nothing paid. */
  owedIn12: Minor;
  /** Σ NPV of the recommended plans (0 for a row with none). */
  npv: Minor;
}

export interface PlanSums extends Sums {
  family: OfferFamily;
  months: number;
}

export interface Tally {
  read: number;
  scored: number;
  rejected: number;
  all: Sums;
  byBucket: Map<string, Sums>;
  byFamily: Map<FamilyKey, Sums>;
  byPlan: Map<string, PlanSums>;
  byAffordable: Map<AffordKey, Sums>;
  /** `bucket\u0000family` → count, for the stacked bars. */
  byBucketFamily: Map<string, number>;
  /** Counts of recommended plans per recovery-rate bin (RATE_BINS bins). */
  rateBins: number[];
  /** Rejection code → count and the first row numbers. */
  rejections: Map<string, { count: number; rows: number[] }>;
}

function zero(): Sums {
  return { count: 0, owed: 0n, owedIn12: 0n, npv: 0n };
}

export function emptyTally(): Tally {
  return {
    read: 0,
    scored: 0,
    rejected: 0,
    all: zero(),
    byBucket: new Map(),
    byFamily: new Map(),
    byPlan: new Map(),
    byAffordable: new Map(),
    byBucketFamily: new Map(),
    rateBins: new Array<number>(RATE_BINS).fill(0),
    rejections: new Map(),
  };
}

function addSums(into: Sums, from: Sums): void {
  into.count += from.count;
  into.owed += from.owed;
  into.owedIn12 += from.owedIn12;
  into.npv += from.npv;
}

function group<K>(map: Map<K, Sums>, key: K): Sums {
  let s = map.get(key);
  if (!s) {
    s = zero();
    map.set(key, s);
  }
  return s;
}

/** Adds one scored row. */
export function addScored(t: Tally, f: RowFacts): void {
  addScoredRows(t, f, { count: 1, owed: f.owed, owedIn12: f.owedIn12, npv: f.npv });
  if (f.recoveryRate !== null) t.rateBins[rateBin(f.recoveryRate)] = (t.rateBins[rateBin(f.recoveryRate)] ?? 0) + 1;
}

/**
 * Adds `sums.count` scored rows of one group (the same bucket, recommended plan and
 * affordability) with their figures summed in `sums`; the recovery-rate bins are not touched
 * (`rateBins` is counted by the caller). The batch scorer sums its rows per group and adds each
 * group once per chunk.
 */
export function addScoredRows(t: Tally, f: Omit<RowFacts, 'owed' | 'owedIn12' | 'npv' | 'recoveryRate'>, sums: Sums): void {
  const one = sums;
  t.read += sums.count;
  t.scored += sums.count;
  addSums(t.all, one);
  addSums(group(t.byBucket, f.bucket), one);
  addSums(group(t.byFamily, f.family), one);
  addSums(group(t.byAffordable, f.affordable), one);
  const bf = `${f.bucket}\u0000${f.family}`;
  t.byBucketFamily.set(bf, (t.byBucketFamily.get(bf) ?? 0) + sums.count);
  if (f.planId !== null && f.family !== 'none') {
    let p = t.byPlan.get(f.planId);
    if (!p) {
      p = { ...zero(), family: f.family, months: f.months ?? 0 };
      t.byPlan.set(f.planId, p);
    }
    addSums(p, one);
  }
}

/** Adds one rejected row (its reason code and row number). */
export function addRejected(t: Tally, code: string, row: number): void {
  t.read++;
  t.rejected++;
  let r = t.rejections.get(code);
  if (!r) {
    r = { count: 0, rows: [] };
    t.rejections.set(code, r);
  }
  r.count++;
  if (r.rows.length < EXAMPLES) r.rows.push(row);
}

/** Adds `from` (the tally of the rows that follow) into `into`. */
export function mergeTally(into: Tally, from: Tally): void {
  into.read += from.read;
  into.scored += from.scored;
  into.rejected += from.rejected;
  addSums(into.all, from.all);
  for (const [k, s] of from.byBucket) addSums(group(into.byBucket, k), s);
  for (const [k, s] of from.byFamily) addSums(group(into.byFamily, k), s);
  for (const [k, s] of from.byAffordable) addSums(group(into.byAffordable, k), s);
  for (const [k, n] of from.byBucketFamily) into.byBucketFamily.set(k, (into.byBucketFamily.get(k) ?? 0) + n);
  for (const [k, s] of from.byPlan) {
    const p = into.byPlan.get(k);
    if (p) addSums(p, s);
    else into.byPlan.set(k, { ...s });
  }
  for (let i = 0; i < RATE_BINS; i++) into.rateBins[i] = (into.rateBins[i] ?? 0) + (from.rateBins[i] ?? 0);
  for (const [code, r] of from.rejections) {
    const mine = into.rejections.get(code);
    if (!mine) into.rejections.set(code, { count: r.count, rows: r.rows.slice(0, EXAMPLES) });
    else {
      mine.count += r.count;
      for (const row of r.rows) if (mine.rows.length < EXAMPLES) mine.rows.push(row);
    }
  }
}

/** Repeated account ids and masked ids that collide (filled by the batch edge, in input order). */
export interface IdFindings {
  /** Rows whose id was already seen on an earlier row. */
  duplicateRows: number;
  /** Distinct ids seen more than once. */
  duplicateIds: number;
  /** The first few: the id as output (masked when personal) and the rows that carry it. */
  examples: { id: string; rows: number[] }[];
  /** Two different ids that mask to the same shown value. */
  maskCollisions: number;
  collisionExamples: { id: string; rows: number[] }[];
  /** Rows with no id at all. */
  withoutId: number;
}

export const NO_ID_FINDINGS: IdFindings = { duplicateRows: 0, duplicateIds: 0, examples: [], maskCollisions: 0, collisionExamples: [], withoutId: 0 };

/** The published sums of a group (money as strings with the currency's digits). */
export interface SumsOut {
  count: number;
  owed: string;
  owedIn12Months: string;
  expectedNpv: string;
  recoveryRate: string | null;
}

export interface PortfolioSummary {
  schemaVersion: '1';
  kind: 'batch-summary';
  currency: string;
  rows: { read: number; scored: number; rejected: number; blank: number };
  totals: SumsOut & { withPlan: number; affordable: number; affordableShare: string | null };
  byBucket: (SumsOut & { bucket: string })[];
  byFamily: (SumsOut & { family: FamilyKey })[];
  byPlan: (SumsOut & { plan: string; family: OfferFamily; months: number })[];
  byAffordability: (SumsOut & { affordable: AffordKey })[];
  byBucketFamily: { bucket: string; family: FamilyKey; count: number }[];
  recoveryRates: { from: string; to: string | null; count: number }[];
  rejections: { code: string; count: number; rows: number[] }[];
  ids: IdFindings;
}

function sumsOut(s: Sums, c: Currency): SumsOut {
  return {
    count: s.count,
    owed: formatMoney(s.owed, c),
    owedIn12Months: formatMoney(s.owedIn12, c),
    expectedNpv: formatMoney(s.npv, c),
    recoveryRate: s.owed > 0n ? recoveryRateFor(s.npv, s.owed) : null,
  };
}

/** count / of as a fraction with 4 decimals, half-up ("0.6667"), null when of = 0. */
export function share(count: number, of: number): string | null {
  if (of === 0) return null;
  return recoveryRateFor(BigInt(count), BigInt(of));
}

function binEdge(i: number): string {
  return i >= 10 ? '1.0000' : `0.${i}000`;
}

/**
 * The published summary. `buckets` is the policy's bucket order (buckets the policy does not
 * name, if any, follow in the order first seen); every bucket and family of the policy is
 * listed, with zeros when no row fell in it, so two summaries line up.
 */
export function summarise(t: Tally, currency: Currency, buckets: readonly string[], blank: number, ids: IdFindings): PortfolioSummary {
  const bucketOrder = [...buckets, ...[...t.byBucket.keys()].filter((b) => !buckets.includes(b))];
  const plans = [...t.byPlan.entries()].sort(
    (a, b) => FAMILY_ORDER.indexOf(a[1].family) - FAMILY_ORDER.indexOf(b[1].family) || a[1].months - b[1].months || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0),
  );
  const affordable = t.byAffordable.get('true')?.count ?? 0;
  const withPlan = t.scored - (t.byFamily.get('none')?.count ?? 0);
  return {
    schemaVersion: '1',
    kind: 'batch-summary',
    currency: currency.code,
    rows: { read: t.read, scored: t.scored, rejected: t.rejected, blank },
    totals: { ...sumsOut(t.all, currency), withPlan, affordable, affordableShare: share(affordable, t.scored) },
    byBucket: bucketOrder.map((bucket) => ({ bucket, ...sumsOut(t.byBucket.get(bucket) ?? zero(), currency) })),
    byFamily: FAMILY_ORDER.map((family) => ({ family, ...sumsOut(t.byFamily.get(family) ?? zero(), currency) })),
    byPlan: plans.map(([plan, s]) => ({ plan, family: s.family, months: s.months, ...sumsOut(s, currency) })),
    byAffordability: AFFORD_ORDER.map((affordable) => ({ affordable, ...sumsOut(t.byAffordable.get(affordable) ?? zero(), currency) })),
    byBucketFamily: bucketOrder.flatMap((bucket) =>
      FAMILY_ORDER.map((family) => ({ bucket, family, count: t.byBucketFamily.get(`${bucket}\u0000${family}`) ?? 0 })),
    ),
    recoveryRates: t.rateBins.map((count, i) => ({ from: binEdge(i), to: i >= RATE_BINS - 1 ? null : binEdge(i + 1), count })),
    rejections: [...t.rejections.entries()]
      .sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1))
      .map(([code, r]) => ({ code, count: r.count, rows: r.rows })),
    ids,
  };
}
