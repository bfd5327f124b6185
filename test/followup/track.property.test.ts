/**
 * Properties of §10.1–10.2 (fast-check) on random agreements, ledgers and follow-up settings:
 * paid = applied + overpaid; arrears + applied on due instalments = due to date; remaining =
 * schedule total − applied; the order of ledger rows with distinct dates does not matter; and
 * the break date equals a literal day-by-day replay of §10.2.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonthsClamped, dayNumber, formatCivilDate, type CivilDate } from '../../src/dates/civil-date.js';
import { track, type Agreement, type FollowUpConfig, type Payment, type Tracking } from '../../src/followup/index.js';
import { anAgreement, config, CNY } from './helpers.js';

const baseDate = fc.constantFrom('2026-01-31', '2025-12-15', '2024-02-29', '2026-06-30');

const agreementArb: fc.Arbitrary<Agreement> = fc
  .record({
    asOf: baseDate,
    lump: fc.boolean(),
    // a real agreement's k = 0 (a lump sum or a down payment) falls before k = 1, a month after asOf:
    // 27 days at most (2026-01-31 + 1 month is 28 days on); a due date after k = 1's is no schedule the tool makes
    dueByDays: fc.integer({ min: 0, max: 27 }),
    rows: fc.array(fc.record({ p: fc.bigInt({ min: 0n, max: 500_000n }), i: fc.bigInt({ min: 0n, max: 20_000n }), f: fc.bigInt({ min: 0n, max: 20_000n }) }), {
      minLength: 1,
      maxLength: 8,
    }),
    overdueDays: fc.integer({ min: 0, max: 200 }),
  })
  .map(({ asOf, lump, dueByDays, rows, overdueDays }) => {
    const a = anAgreement({ asOf, rows: [], overdueDays });
    const start = a.asOf;
    const instalments = rows.map((r, idx) => {
      const k = lump ? idx : idx + 1;
      const principal = r.p + (r.p + r.i + r.f === 0n ? 1n : 0n);
      const due = k === 0 ? addDays(start, dueByDays) : addMonthsClamped(start, k);
      return { k, due, amount: principal + r.i + r.f, principal, interest: r.i, fee: r.f };
    });
    return { ...a, instalments };
  });

const configArb: fc.Arbitrary<FollowUpConfig> = fc
  .record({
    graceDays: fc.integer({ min: 0, max: 5 }),
    breakAfterMissed: fc.option(fc.integer({ min: 1, max: 3 }), { nil: null }),
    breakAfterDays: fc.option(fc.integer({ min: 0, max: 90 }), { nil: null }),
    allocation: fc.constantFrom('charges-first' as const, 'principal-first' as const, 'cn-art57' as const),
  })
  .map((c) => config(c));

function paymentsArb(a: Agreement): fc.Arbitrary<Payment[]> {
  return fc
    .array(fc.record({ offset: fc.integer({ min: -5, max: 300 }), amount: fc.bigInt({ min: 1n, max: 400_000n }) }), { maxLength: 10 })
    .map((xs) => xs.map((x, seq) => ({ date: addDays(a.asOf, x.offset), amount: x.amount, seq })));
}

const scenario = agreementArb.chain((a) =>
  fc.record({
    a: fc.constant(a),
    pays: paymentsArb(a),
    cfg: configArb,
    at: fc.integer({ min: 0, max: 320 }).map((n) => addDays(a.asOf, n)),
  }),
);

const sum = (xs: readonly bigint[]) => xs.reduce((s, x) => s + x, 0n);

function comparable(t: Tracking) {
  return JSON.stringify(
    { ...t, payments: t.payments.map((p) => [formatCivilDate(p.payment.date), p.payment.amount, p.applied, p.overpaid]).sort(), rejected: t.rejected.length },
    (_k, v) => (typeof v === 'bigint' ? v.toString() : v),
  );
}

describe('§10 properties', () => {
  it('paid = applied + overpaid; arrears + applied on due instalments = due to date; remaining = schedule total − applied', () => {
    fc.assert(
      fc.property(scenario, ({ a, pays, cfg, at }) => {
        const t = track(a, pays, at, cfg);
        expect(t.paid).toBe(t.applied.total + t.overpaid);
        const due = t.instalments.filter((r) => dayNumber(r.due) <= dayNumber(at));
        expect(t.arrears + sum(due.map((r) => r.paid))).toBe(t.dueToDate);
        expect(t.remaining).toBe(t.scheduleTotal - t.applied.total);
        expect(t.applied.total).toBe(t.applied.principal + t.applied.interest + t.applied.fees);
        expect(t.payments.length + t.rejected.length).toBe(pays.length);
        expect(t.status === 'completed').toBe(t.remaining === 0n);
        if (t.overpaid > 0n) expect(t.remaining).toBe(0n);
        for (const r of t.instalments) {
          expect(r.applied.principal <= r.principal && r.applied.interest <= r.interest && r.applied.fee <= r.fee).toBe(true);
          expect(r.settled !== null).toBe(r.unpaid === 0n);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the order of ledger rows with distinct dates does not matter', () => {
    const distinct = agreementArb
      .chain((a) =>
        fc.record({
          a: fc.constant(a),
          cfg: configArb,
          pays: fc
            .uniqueArray(fc.integer({ min: -5, max: 300 }), { maxLength: 8 })
            .chain((offsets) =>
              fc.tuple(fc.constant(offsets), fc.array(fc.bigInt({ min: 1n, max: 400_000n }), { minLength: offsets.length, maxLength: offsets.length })),
            )
            .map(([offsets, amounts]) => offsets.map((o, seq) => ({ date: addDays(a.asOf, o), amount: amounts[seq] as bigint, seq }))),
          at: fc.integer({ min: 0, max: 320 }).map((n) => addDays(a.asOf, n)),
        }),
      )
      .chain((s) =>
        fc
          .shuffledSubarray(s.pays, { minLength: s.pays.length, maxLength: s.pays.length })
          .map((shuffled) => ({ ...s, shuffled: shuffled.map((p, seq) => ({ ...p, seq })) })),
      );
    fc.assert(
      fc.property(distinct, ({ a, cfg, pays, shuffled, at }) => {
        expect(comparable(track(a, shuffled, at, cfg))).toBe(comparable(track(a, pays, at, cfg)));
      }),
      { numRuns: 200 },
    );
  });

  it('the break date is the first day of a literal day-by-day replay on which §10.2 breaks it', () => {
    fc.assert(
      fc.property(scenario, ({ a, pays, cfg, at }) => {
        const t = track(a, pays, at, cfg);
        let expected: CivilDate | null = null;
        for (let day = a.asOf; dayNumber(day) <= dayNumber(at); day = addDays(day, 1)) {
          const s = track(
            a,
            pays.filter((p) => dayNumber(p.date) <= dayNumber(day)),
            day,
            cfg,
          );
          const byMissed = cfg.breakAfterMissed !== null && s.missed >= cfg.breakAfterMissed;
          const byDays = cfg.breakAfterDays !== null && s.remaining > 0n && s.daysPastDue > cfg.breakAfterDays;
          if (byMissed || byDays) {
            expected = day;
            break;
          }
        }
        expect(t.breakDate && formatCivilDate(t.breakDate)).toBe(expected && formatCivilDate(expected));
        if (t.status === 'broken') expect(t.action).toBe('re-plan');
      }),
      { numRuns: 120 },
    );
  });
});

void CNY;
