/** fast-check generators for accounts and policy variants (shared by property tests). */
import fc from 'fast-check';
import type { RawAccount } from '../../src/core/account.js';
import { formatScaled } from '../../src/money/rational.js';
import { presetDoc } from '../../src/policy/presets.js';
import type { PolicyDoc, ScheduleMethod } from '../../src/policy/types.js';

/** An amount with exactly `digits` decimals, from 1 minor unit to ~10^11 major units. */
export const amountText = (digits: number, max = 10n ** 13n, min = 1n) => fc.bigInt({ min, max }).map((v) => formatScaled(v, digits));

export const asOfText = fc.constantFrom('2026-11-22', '2026-01-31', '2024-02-29', '2026-03-31', '2025-12-31', '2026-08-30');

export interface PolicyVariant {
  minorDigits: number;
  rounding: 'half-up' | 'half-even';
  method: ScheduleMethod;
  annualRate: string;
  compounding: 'monthly' | 'none';
  lateFee: 'percent' | 'flat' | 'none';
  cap: boolean;
  minInstallmentUnits: bigint;
}

export const policyVariant: fc.Arbitrary<PolicyVariant> = fc.record({
  minorDigits: fc.constantFrom(0, 2, 3),
  rounding: fc.constantFrom('half-up' as const, 'half-even' as const),
  method: fc.constantFrom<ScheduleMethod>('flat-fee', 'annuity', 'equal-principal'),
  annualRate: fc.constantFrom('0', '0.06', '0.1', '0.18', '0.2399', '0.365'),
  compounding: fc.constantFrom('monthly' as const, 'none' as const),
  lateFee: fc.constantFrom('percent' as const, 'flat' as const, 'none' as const),
  cap: fc.boolean(),
  minInstallmentUnits: fc.constantFrom(0n, 1n, 100n),
});

/** cn-standard with the variant applied (amounts written with the variant's minor digits). */
export function policyDocFor(v: PolicyVariant): PolicyDoc {
  const doc = presetDoc('cn-standard') as PolicyDoc;
  const money = (units: bigint) => formatScaled(units * 10n ** BigInt(v.minorDigits), v.minorDigits);
  doc.name = `variant-${v.minorDigits}-${v.rounding}-${v.method}`;
  doc.currency = { code: v.minorDigits === 0 ? 'JPY' : v.minorDigits === 3 ? 'KWD' : 'CNY', minorDigits: v.minorDigits, rounding: v.rounding };
  doc.interest.compounding = v.compounding;
  doc.lateFee =
    v.lateFee === 'percent'
      ? { type: 'percentOfMinimumDue', rate: '0.05', min: money(10n), max: null }
      : v.lateFee === 'flat'
        ? { type: 'flat', amount: money(12n) }
        : { type: 'none' };
  doc.chargesCap = v.cap ? { annualRate: '0.24' } : null;
  doc.limits.minInstallment = money(v.minInstallmentUnits);
  for (const offer of doc.offers) {
    if (offer.family === 'reduction') continue;
    offer.method = v.method;
    if (v.method === 'flat-fee') {
      delete offer.annualRate;
    } else {
      offer.annualRate = v.annualRate;
      delete offer.monthlyFeeRate;
    }
  }
  return doc;
}

/** A raw account for a currency with `digits` decimals; optional fields come and go. */
export const rawAccount = (digits: number): fc.Arbitrary<RawAccount> =>
  fc.record(
    {
      principal: fc.oneof(amountText(digits, 10n ** 4n), amountText(digits, 10n ** 9n), amountText(digits, 10n ** 15n - 1n)),
      interest: amountText(digits, 10n ** 8n, 0n),
      fees: amountText(digits, 10n ** 6n, 0n),
      overdueDays: fc.integer({ min: 0, max: 800 }).map(String),
      minimumDue: amountText(digits, 10n ** 7n, 0n),
      monthlyIncome: amountText(digits, 10n ** 9n, 0n),
      monthlyExpenses: amountText(digits, 10n ** 8n, 0n),
      otherDebtPayments: amountText(digits, 10n ** 7n, 0n),
      availableCash: amountText(digits, 10n ** 10n, 0n),
    },
    { requiredKeys: ['principal', 'overdueDays'] },
  );
