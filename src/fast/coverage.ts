/**
 * The policy fields the fast engine has been taught (issue #9, #16). A field is listed when the
 * engine computes with it, or when it cannot change a figure a batch row shows (names, follow-up
 * rules, display choices). `compileFast` declines a policy that sets any other field, so a field
 * added to the schema and used by the exact path is never silently ignored by `batch`: until the
 * engine learns it, such a policy is scored by the exact path. Pure.
 *
 * Paths: `a.b` for an object's key, `a[]` for an array's items, `waivers.*` for a bucket name.
 */
export const FAST_FIELDS: ReadonlySet<string> = new Set([
  // identity and display: no batch figure depends on them
  'name',
  'version',
  'description',
  'aprDisplay',
  'offers[].label.zh',
  'offers[].label.en',
  // computed with (src/fast/compile.ts, charges.ts, figures.ts)
  'currency.code',
  'currency.minorDigits',
  'currency.rounding',
  'cycleDays',
  'interest.dailyRate',
  'interest.compounding',
  'lateFee.type',
  'lateFee.rate',
  'lateFee.min',
  'lateFee.max',
  'lateFee.amount',
  'minimumPayment.rate',
  'chargesCap', // null: no cap
  'chargesCap.annualRate',
  'buckets[].name',
  'buckets[].maxDays',
  'offers[].id',
  'offers[].family',
  'offers[].buckets[]',
  'offers[].terms[]',
  'offers[].method',
  'offers[].monthlyFeeRate',
  'offers[].annualRate',
  'offers[].graceMonths[]',
  'offers[].graceShare',
  'offers[].lumpSumDays',
  // true: compileFast declines the policy (the exact path closes the offer without a reason)
  'offers[].requiresHardship',
  'offers[].waivers.*.fees',
  'offers[].waivers.*.interest',
  'offers[].waivers.*.principal',
  'affordability.maxShareOfSurplus',
  'recovery.annualDiscountRate',
  'recovery.monthlyBreakRate',
  'limits.maxTermMonths',
  'limits.minInstallment',
  // following an agreement (§10): not a batch figure
  'followUp.graceDays',
  'followUp.breakAfterMissed',
  'followUp.breakAfterDays',
  'followUp.allocation',
  'followUp.onBreak.reinstateWaivers',
  'followUp.reminders.daysBefore[]',
  'followUp.reminders.daysAfter[]',
]);

/** Every leaf path a written policy sets (a value that is not an object nor an array). */
export function fieldPaths(doc: unknown, path = '', out: Set<string> = new Set()): Set<string> {
  if (Array.isArray(doc)) {
    for (const item of doc) fieldPaths(item, `${path}[]`, out);
  } else if (doc !== null && typeof doc === 'object') {
    const map = path.endsWith('.waivers');
    for (const [key, value] of Object.entries(doc)) {
      fieldPaths(value, map ? `${path}.*` : path ? `${path}.${key}` : key, out);
    }
  } else {
    out.add(path);
  }
  return out;
}

/** The first field the policy sets that the fast engine has not been taught, or null. */
export function untaughtField(doc: unknown): string | null {
  for (const p of fieldPaths(doc)) if (!FAST_FIELDS.has(p)) return p;
  return null;
}
