/**
 * The cross-field half of policy validation (§3): small named rules that JSON Schema cannot
 * express (numeric ranges of decimal strings, bucket order, names used across the document,
 * terms against limits, amounts against the currency). Each rule reads the raw JSON
 * defensively — it runs even when the structural check found problems elsewhere, and simply
 * skips any part whose shape is wrong (the schema reports those) — and returns every issue it
 * finds, never just the first.
 *
 * The rules about numbers are in rules-amounts.ts; paths and the JSON readers in paths.ts. This
 * file holds the rules about buckets and offers, and the list of all rules in report order.
 */
import type { ErrorObject } from 'ajv/dist/2020.js';
import type { FieldIssue } from '../errors.js';
import { parseRatio } from '../money/rational.js';
import { said } from '../messages/index.js';
import { arr, decimal, indexPath, int, issueAt, keyPath, obj, quoteList, str, type Obj } from './paths.js';
import { currencyMinorDigits, decimalRanges, lateFeeBounds, moneyDecimals } from './rules-amounts.js';

export { currencyMinorDigits, decimalRanges, lateFeeBounds, moneyDecimals } from './rules-amounts.js';

/** The offers of a document with their paths (only those that are objects). */
function offers(p: Obj): { o: Obj; path: string; i: number }[] {
  return (arr(p.offers) ?? []).flatMap((o, i) => {
    const offer = obj(o);
    return offer ? [{ o: offer, path: indexPath('offers', i), i }] : [];
  });
}

/** Names of the well-formed buckets, or null when the bucket list itself is unusable. */
function bucketNames(p: Obj): string[] | null {
  const list = arr(p.buckets);
  if (!list || list.length === 0) return null;
  const names: string[] = [];
  for (const b of list) {
    const name = str(obj(b)?.name);
    if (name === null) return null;
    names.push(name);
  }
  return names;
}

/** Bucket names are unique, and "*" (the waiver wildcard) is not one of them. */
export function bucketNamesUnique(p: Obj): FieldIssue[] {
  const out: FieldIssue[] = [];
  const seen = new Map<string, number>();
  (arr(p.buckets) ?? []).forEach((b, i) => {
    const name = str(obj(b)?.name);
    if (name === null || name === '') return;
    const path = keyPath(indexPath('buckets', i), 'name');
    if (name === '*') {
      out.push(issueAt('policy.bucket-name', path, name, said('policy.rule.bucket-star')));
      return;
    }
    const first = seen.get(name);
    if (first !== undefined) {
      out.push(issueAt('policy.duplicate-bucket', path, name, said('policy.rule.duplicate-bucket', { value: JSON.stringify(name), first })));
    } else {
      seen.set(name, i);
    }
  });
  return out;
}

/** maxDays strictly increase from one bucket to the next. */
export function bucketOrder(p: Obj): FieldIssue[] {
  const out: FieldIssue[] = [];
  let prev: { days: number; i: number } | null = null;
  (arr(p.buckets) ?? []).forEach((b, i) => {
    const days = int(obj(b)?.maxDays);
    if (days === null || days < 0) return;
    if (prev && days <= prev.days) {
      out.push(
        issueAt(
          'policy.bucket-order',
          keyPath(indexPath('buckets', i), 'maxDays'),
          days,
          said('policy.rule.bucket-order', { days, prev: prev.i, prevDays: prev.days }),
        ),
      );
    }
    prev = { days, i };
  });
  return out;
}

/** `maxDays: null` closes the list: only on the last bucket, and always there. */
export function bucketOpenEnd(p: Obj): FieldIssue[] {
  const list = arr(p.buckets);
  if (!list || list.length === 0) return [];
  const out: FieldIssue[] = [];
  list.forEach((b, i) => {
    const bucket = obj(b);
    if (!bucket || !('maxDays' in bucket)) return;
    const path = keyPath(indexPath('buckets', i), 'maxDays');
    const last = i === list.length - 1;
    if (bucket.maxDays === null && !last) {
      out.push(issueAt('policy.bucket-open-end', path, null, said('policy.rule.null-not-last')));
    }
    if (last && bucket.maxDays !== null && int(bucket.maxDays) !== null) {
      out.push(issueAt('policy.bucket-open-end', path, bucket.maxDays, said('policy.rule.last-not-null', { days: String(bucket.maxDays) })));
    }
  });
  return out;
}

/** Offer ids are unique (plan ids are built from them). */
export function offerIdsUnique(p: Obj): FieldIssue[] {
  const out: FieldIssue[] = [];
  const seen = new Map<string, number>();
  for (const { o, path, i } of offers(p)) {
    const id = str(o.id);
    if (id === null) continue;
    const first = seen.get(id);
    if (first !== undefined) {
      out.push(issueAt('policy.duplicate-offer-id', keyPath(path, 'id'), id, said('policy.rule.duplicate-offer-id', { value: JSON.stringify(id), first })));
    } else {
      seen.set(id, i);
    }
  }
  return out;
}

/** Every bucket an offer is open to is a bucket of the policy. */
export function offerBucketsExist(p: Obj): FieldIssue[] {
  const names = bucketNames(p);
  if (!names) return [];
  const known = new Set(names);
  const out: FieldIssue[] = [];
  for (const { o, path } of offers(p)) {
    (arr(o.buckets) ?? []).forEach((b, j) => {
      const name = str(b);
      if (name === null || name === '' || known.has(name)) return;
      out.push(
        issueAt(
          'policy.unknown-bucket',
          indexPath(keyPath(path, 'buckets'), j),
          name,
          said('policy.rule.unknown-bucket', { value: JSON.stringify(name), names: quoteList(names) }),
        ),
      );
    });
  }
  return out;
}

/** Every key of a waiver table is a bucket of the policy or "*". */
export function waiverBucketsExist(p: Obj): FieldIssue[] {
  const names = bucketNames(p);
  if (!names) return [];
  const known = new Set(names);
  const out: FieldIssue[] = [];
  for (const { o, path } of offers(p)) {
    for (const key of Object.keys(obj(o.waivers) ?? {})) {
      if (key === '*' || known.has(key)) continue;
      out.push(
        issueAt(
          'policy.unknown-bucket',
          keyPath(keyPath(path, 'waivers'), key),
          key,
          said('policy.rule.unknown-waiver-bucket', { value: JSON.stringify(key), names: quoteList(names) }),
        ),
      );
    }
  }
  return out;
}

/** No plan runs longer than limits.maxTermMonths, grace months included (§3, §4.5). */
export function termsWithinLimit(p: Obj): FieldIssue[] {
  const limit = int(obj(p.limits)?.maxTermMonths);
  if (limit === null || limit < 1) return [];
  const out: FieldIssue[] = [];
  for (const { o, path } of offers(p)) {
    const termsPath = keyPath(path, 'terms');
    const deferral = o.family === 'deferral';
    const graces = deferral
      ? (arr(o.graceMonths) ?? []).map((g, k) => ({ g: int(g), k })).filter((x): x is { g: number; k: number } => x.g !== null && x.g >= 1)
      : [];
    const longest = graces.reduce<{ g: number; k: number } | null>((m, x) => (m === null || x.g > m.g ? x : m), null);
    (arr(o.terms) ?? []).forEach((t, j) => {
      const n = int(t);
      if (n === null || n < 1) return;
      const termPath = indexPath(termsPath, j);
      if (n > limit) {
        out.push(issueAt('policy.term-too-long', termPath, n, said('policy.rule.term-too-long', { n, limit })));
      } else if (longest && n + longest.g > limit) {
        const gPath = indexPath(keyPath(path, 'graceMonths'), longest.k);
        out.push(issueAt('policy.term-too-long', termPath, n, said('policy.rule.term-grace-too-long', { n, grace: longest.g, gracePath: gPath, limit })));
      }
    });
  }
  return out;
}

/** A deferral's grace payments leave something to schedule: graceShare × the longest grace < 1. */
export function graceShareLeavesBalance(p: Obj): FieldIssue[] {
  const out: FieldIssue[] = [];
  for (const { o, path } of offers(p)) {
    if (o.family !== 'deferral') continue;
    const share = decimal(o.graceShare);
    const x = share === null ? null : parseRatio(share);
    const graces = (arr(o.graceMonths) ?? []).map(int).filter((g): g is number => g !== null && g >= 1);
    if (!x || graces.length === 0) continue;
    const g = Math.max(...graces);
    if (x.num * BigInt(g) >= x.den) {
      out.push(
        issueAt(
          'policy.grace-share',
          keyPath(path, 'graceShare'),
          share,
          said('policy.rule.grace-share', { grace: g, value: JSON.stringify(share), below: formatOneOver(g) }),
        ),
      );
    }
  }
  return out;
}

function formatOneOver(g: number): string {
  // 1/g to 4 decimals, truncated, as plain text (no binary float).
  const scaled = 10000n / BigInt(g);
  return `0.${scaled.toString().padStart(4, '0')}`;
}

/**
 * The cross-field rules, in the order their issues are reported. A rule reads the policy and,
 * when the caller has just run the schema validator on it, that run's errors (decimalRanges).
 */
export const RULES: ReadonlyArray<{ name: string; check: (policy: Obj, schemaErrors?: readonly ErrorObject[]) => FieldIssue[] }> = [
  { name: 'currencyMinorDigits', check: currencyMinorDigits },
  { name: 'decimalRanges', check: decimalRanges },
  { name: 'moneyDecimals', check: moneyDecimals },
  { name: 'lateFeeBounds', check: lateFeeBounds },
  { name: 'bucketNamesUnique', check: bucketNamesUnique },
  { name: 'bucketOrder', check: bucketOrder },
  { name: 'bucketOpenEnd', check: bucketOpenEnd },
  { name: 'offerIdsUnique', check: offerIdsUnique },
  { name: 'offerBucketsExist', check: offerBucketsExist },
  { name: 'waiverBucketsExist', check: waiverBucketsExist },
  { name: 'termsWithinLimit', check: termsWithinLimit },
  { name: 'graceShareLeavesBalance', check: graceShareLeavesBalance },
];

/**
 * Runs every rule over a JSON object; returns all their issues. `schemaErrors`: the schema
 * validator's errors on this object, when validatePolicy has just run it (not run again).
 */
export function checkRules(policy: Obj, schemaErrors?: readonly ErrorObject[]): FieldIssue[] {
  return RULES.flatMap((r) => r.check(policy, schemaErrors));
}
