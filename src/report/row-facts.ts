/**
 * What the portfolio summary (report/portfolio.ts) takes from one scored row: the same figures as
 * its output row, and the recovery-rate bin it falls in. Pure.
 */
import type { Minor } from '../money/amount.js';
import type { OfferFamily } from '../policy/types.js';
import type { Evaluation } from './types.js';

/** Affordability of a scored row, as its `affordable` column says it. */
export type AffordKey = 'true' | 'false' | 'unknown';
/** Plan family of the recommended plan, or `none` when no plan is recommended. */
export type FamilyKey = OfferFamily | 'none';

/** Recovery-rate histogram: ten bins of 10 % from 0 to 100 %, then one for 100 % and above. */
export const RATE_BINS = 11;

/** The facts of one scored row that the summary needs (what its output row says). */
export interface RowFacts {
  bucket: string;
  owed: Minor;
  owedIn12: Minor;
  family: FamilyKey;
  planId: string | null;
  months: number | null;
  npv: Minor;
  /** The recommended plan's recovery rate, "0.8234", or null when none is recommended. */
  recoveryRate: string | null;
  affordable: AffordKey;
}

/** The bin of a recovery rate written with 4 decimals ("0.8234" → 8, "1.0120" → 10). */
export function rateBin(rate: string): number {
  const m = /^(-?)(\d+)\.(\d)/.exec(rate);
  if (!m) return 0;
  if (m[1] === '-') return 0;
  if ((m[2] ?? '0') !== '0') return RATE_BINS - 1;
  return Number.parseInt(m[3] ?? '0', 10);
}

/** What the summary takes from one evaluation (the same figures as its output row). */
export function factsOf(ev: Evaluation): RowFacts {
  const rec = ev.recommendation;
  const plan = rec.planId === null ? null : (ev.plans.find((p) => p.id === rec.planId) ?? null);
  const affordable: AffordKey = plan
    ? plan.affordable === null
      ? 'unknown'
      : plan.affordable
        ? 'true'
        : 'false'
    : rec.code === 'none-affordable'
      ? 'false'
      : 'unknown';
  return {
    bucket: ev.snapshot.bucket,
    owed: ev.snapshot.total,
    owedIn12: ev.statusQuo.total,
    family: plan ? plan.family : 'none',
    planId: plan ? plan.id : null,
    months: plan ? plan.months : null,
    npv: plan ? plan.npv : 0n,
    recoveryRate: plan ? plan.recoveryRate : null,
    affordable,
  };
}
