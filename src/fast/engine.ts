/**
 * The fast scoring engine (issue #16): the figures a batch row needs (snapshot, every plan's
 * payment now, regular payment, total paid, waived total, NPV, affordability, the
 * recommendation) computed with integer minor units held in plain numbers instead of bigint,
 * and without schedules or per-run objects. Pure: no I/O.
 *
 * - checked.ts: the checked arithmetic (every +, −, × against 2^53 − 1; exact rounded division;
 *   a double rounded only when its proven error bound decides it; FALLBACK otherwise).
 * - compile.ts: the per-policy constants, compiled once (`compileFast`).
 * - figures.ts: one row's figures into the engine's preallocated RowFigures (`computeFigures`);
 *   render/batch-line.ts writes the output line straight from them.
 * - evaluation.ts: the same figures as the Evaluation that evaluate() returns (`fastEvaluate`).
 *
 * Anything the engine does not cover, and any failed check, throws FALLBACK: the caller scores
 * that row with `evaluate()` (src/report/evaluate.ts), the exact path. The output is the same
 * either way (test/fast/ compares both paths byte for byte).
 */
import type { Account } from '../core/account.js';
import type { CivilDate } from '../dates/civil-date.js';
import type { Policy } from '../policy/types.js';
import { evaluate } from '../report/evaluate.js';
import type { Evaluation } from '../report/types.js';
import { FALLBACK } from './checked.js';
import type { FastEngine } from './compile.js';
import { fastEvaluate } from './evaluation.js';

export { FALLBACK } from './checked.js';
export { compileFast, type FastEngine } from './compile.js';
export { computeFigures, computeFiguresOf } from './figures.js';
export { emptyNumAccount, numAccountOf, type NumAccount } from './num-account.js';
export { owedIn12 } from './charges.js';
export { fastEvaluate, recommendationReason, recoveryRateOf } from './evaluation.js';

/**
 * evaluate() on the fast path when the engine covers the policy and the row, else on the exact
 * path; `fast` says which one answered.
 */
export function evaluateRow(e: FastEngine | null, policy: Policy, account: Account, asOf: CivilDate): { ev: Evaluation; fast: boolean } {
  if (e) {
    try {
      return { ev: fastEvaluate(e, account, asOf), fast: true };
    } catch (error) {
      if (error !== FALLBACK) throw error;
    }
  }
  return { ev: evaluate(account, policy, asOf, { rates: false }), fast: false };
}
