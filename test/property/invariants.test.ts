/** Invariants of §4.1 and §5 over random accounts and policy variants (fast-check). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAccount } from '../../src/core/account.js';
import { compilePolicy } from '../../src/policy/compile.js';
import { evaluate } from '../../src/report/evaluate.js';
import type { Evaluation } from '../../src/report/types.js';
import { formatCivilDate } from '../../src/dates/civil-date.js';
import { asOfText, policyDocFor, policyVariant, rawAccount } from '../helpers/arbitraries.js';
import { date } from '../helpers/builders.js';
import { runs } from '../helpers/runs.js';

const scenario = policyVariant.chain((variant) => fc.record({ variant: fc.constant(variant), raw: rawAccount(variant.minorDigits), asOf: asOfText }));

function evaluateScenario(s: { variant: Parameters<typeof policyDocFor>[0]; raw: Record<string, string>; asOf: string }): Evaluation {
  const policy = compilePolicy(policyDocFor(s.variant));
  const parsed = parseAccount(s.raw, policy.currency);
  if ('issues' in parsed) throw new Error(parsed.issues[0]?.message);
  return evaluate(parsed.account, policy, date(s.asOf));
}

const RUNS = runs(100);
/** Hundreds of whole evaluations: seconds alone, but far longer on a shared, loaded machine. */
const SLOW = 180_000;

describe('plan invariants (§4.1, §4.5, §5)', () => {
  it(
    'every schedule adds up: parts = payment, Σ principal = amount, totals, balances ≥ 0 ending at 0',
    () => {
      fc.assert(
        fc.property(scenario, (s) => {
          const ev = evaluateScenario(s);
          const T = ev.snapshot.total;
          expect(ev.snapshot.principal + ev.snapshot.interest + ev.snapshot.fees).toBe(T);
          for (const p of ev.plans) {
            expect(p.amount + p.waived.total).toBe(T);
            expect(p.waived.fees + p.waived.interest + p.waived.principal).toBe(p.waived.total);
            expect(p.waived.principal <= ev.snapshot.principal).toBe(true);
            let principal = 0n,
              paid = 0n,
              interest = 0n,
              fees = 0n,
              previousBalance = p.amount,
              previousK = -1;
            for (const row of p.schedule) {
              expect(row.payment).toBe(row.principal + row.interest + row.fee);
              expect(row.interest >= 0n && row.fee >= 0n).toBe(true);
              expect(row.balance >= 0n).toBe(true);
              expect(row.balance).toBe(previousBalance - row.principal);
              expect(row.k).toBe(previousK + 1 === 0 && row.k === 1 ? 1 : previousK + 1);
              if (row.k >= 1) expect(row.principal > 0n).toBe(true);
              previousBalance = row.balance;
              previousK = row.k;
              principal += row.principal;
              paid += row.payment;
              interest += row.interest;
              fees += row.fee;
            }
            expect(previousBalance).toBe(0n);
            expect(principal).toBe(p.amount);
            expect(paid).toBe(p.totalPaid);
            expect(interest).toBe(p.totalInterest);
            expect(fees).toBe(p.totalFees);
            expect(p.totalPaid).toBe(p.amount + p.totalInterest + p.totalFees);
            expect(p.months).toBe(p.schedule.filter((r) => r.k >= 1).length);
            expect(p.months <= ev.policy.maxTermMonths).toBe(true);
            const monthly = p.schedule.filter((r) => r.k >= 1).map((r) => r.payment);
            expect(p.regularPayment).toBe(monthly.length ? monthly.reduce((a, b) => (a > b ? a : b)) : null);
            for (const row of p.schedule.filter((r) => r.k > p.graceMonths)) expect(row.payment >= ev.policy.minInstallment).toBe(true);
          }
        }),
        { numRuns: RUNS },
      );
    },
    SLOW,
  );

  it(
    'dates fall on asOf + k calendar months, clamped to the month end',
    () => {
      fc.assert(
        fc.property(scenario, (s) => {
          const ev = evaluateScenario(s);
          const start = date(s.asOf);
          for (const p of ev.plans) {
            for (const row of p.schedule) {
              const index = start.year * 12 + start.month - 1 + row.k;
              expect(row.date.year).toBe(Math.floor(index / 12));
              expect(row.date.month).toBe((index % 12) + 1);
              expect(row.date.day <= start.day).toBe(true);
              if (row.date.day < start.day) {
                // clamped: the last day of its month
                const next = new Date(Date.UTC(row.date.year, row.date.month - 1, row.date.day + 1));
                expect(next.getUTCDate()).toBe(1);
              }
              expect(formatCivilDate(row.date)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
            }
          }
        }),
        { numRuns: runs(50) },
      );
    },
    SLOW,
  );

  it(
    'affordability and the recommendation follow §4.7, §4.8 and §5',
    () => {
      fc.assert(
        fc.property(scenario, (s) => {
          const ev = evaluateScenario(s);
          const { cap, availableCash } = ev.affordability;
          for (const p of ev.plans) {
            const fails =
              (p.regularPayment !== null && cap !== null && p.regularPayment > cap) ||
              (p.paymentNow > 0n && availableCash !== null && p.paymentNow > availableCash);
            const unknown = (p.regularPayment !== null && cap === null) || (p.paymentNow > 0n && availableCash === null);
            expect(p.affordable).toBe(fails ? false : unknown ? null : true);
          }
          const id = ev.recommendation.planId;
          const pool = ev.plans.filter((p) => p.affordable === true).length
            ? ev.plans.filter((p) => p.affordable === true)
            : ev.plans.filter((p) => p.affordable === null);
          if (pool.length === 0) {
            expect(id).toBeNull();
          } else {
            const chosen = ev.plans.find((p) => p.id === id);
            expect(chosen).toBeDefined();
            for (const p of pool) {
              expect(p.npv <= chosen!.npv).toBe(true);
              if (p.npv === chosen!.npv) expect(p.months >= chosen!.months).toBe(true);
            }
          }
        }),
        { numRuns: RUNS },
      );
    },
    SLOW,
  );

  it(
    'estimated charges respect the cap; given charges are never changed (§4.3)',
    () => {
      fc.assert(
        fc.property(scenario, (s) => {
          const ev = evaluateScenario(s);
          const sn = ev.snapshot;
          if (s.raw.interest !== undefined) expect(sn.estimated.interest).toBe(false);
          if (s.raw.fees !== undefined) expect(sn.estimated.fees).toBe(false);
          expect(sn.interest >= 0n && sn.fees >= 0n).toBe(true);
          expect(ev.statusQuo.total >= sn.total).toBe(true);
          expect(ev.statusQuo.total).toBe(sn.principal + ev.statusQuo.interest + ev.statusQuo.fees);
        }),
        { numRuns: RUNS },
      );
    },
    SLOW,
  );
});

describe('fast paths change nothing', () => {
  it(
    'NPV over runs of equal payments equals NPV row by row',
    async () => {
      const { npvFor } = await import('../../src/analysis/recovery.js');
      fc.assert(
        fc.property(scenario, (s) => {
          const ev = evaluateScenario(s);
          for (const p of ev.plans) {
            const rowByRow = npvFor(
              p.schedule.map((r) => ({ from: r.k, to: r.k, payment: r.payment })),
              ev.policy,
            );
            expect(rowByRow).toBe(p.npv);
          }
        }),
        { numRuns: runs(60) },
      );
    },
    SLOW,
  );
});
