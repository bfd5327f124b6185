/**
 * The plan of the `plan --format json` document and what hangs off it (SPEC §4, §5): the plan
 * with its schedule rows, the counter-offer verdicts and the plans they name. Definitions of
 * output.ts's `$defs` (spread there, so schema/output.schema.json keeps them under `$defs`), and
 * through it of the agreement record's plan. Pure data.
 */
import { COUNT, REF } from './defs.js';

/** `$defs` members: plan, scheduleRow, counterOffer, counterOfferPlan (their `$ref`s point to the output document's `$defs`). */
export const PLAN_DEFS = {
  plan: {
    type: 'object',
    additionalProperties: false,
    required: [
      'id',
      'offerId',
      'family',
      'label',
      'months',
      'graceMonths',
      'waived',
      'amount',
      'paymentNow',
      'regularPayment',
      'totalPaid',
      'totalInterest',
      'totalFees',
      'apr',
      'effectiveAnnualRate',
      'npv',
      'recoveryRate',
      'affordable',
      'paymentToSurplus',
      'dueBy',
      'schedule',
    ],
    properties: {
      id: REF.planId,
      offerId: { type: 'string', minLength: 1 },
      family: { enum: ['installment', 'deferral', 'reduction'] },
      label: {
        type: 'object',
        additionalProperties: false,
        required: ['zh', 'en'],
        properties: { zh: { type: 'string', minLength: 1 }, en: { type: 'string', minLength: 1 } },
      },
      months: { ...COUNT, description: 'Monthly periods, grace included; 0 for a lump sum.' },
      graceMonths: COUNT,
      waived: {
        type: 'object',
        additionalProperties: false,
        required: ['fees', 'interest', 'principal', 'total'],
        properties: { fees: REF.money, interest: REF.money, principal: REF.money, total: REF.money },
      },
      amount: { ...REF.money, description: 'A = total − waived (SPEC §4.4).' },
      paymentNow: { ...REF.money, description: 'The k = 0 payment; zero when none.' },
      regularPayment: { ...REF.moneyOrNull, description: 'Largest payment at k ≥ 1; null for a lump sum.' },
      totalPaid: REF.money,
      totalInterest: REF.money,
      totalFees: REF.money,
      apr: { ...REF.rate6, description: '12 × monthly IRR.' },
      effectiveAnnualRate: { ...REF.rate6, description: '(1 + monthly IRR)^12 − 1.' },
      npv: REF.money,
      recoveryRate: { ...REF.ratio4, description: 'npv / snapshot.total.' },
      affordable: { type: ['boolean', 'null'], description: 'null: a figure the check needs is missing and no known condition fails.' },
      paymentToSurplus: {
        anyOf: [REF.ratio4, { type: 'null' }],
        description: 'regularPayment / surplus; null when either is missing or the surplus is not positive.',
      },
      dueBy: { anyOf: [REF.date, { type: 'null' }], description: "A lump sum's last day (asOf + lumpSumDays); null otherwise." },
      schedule: { type: 'array', minItems: 1, items: { $ref: '#/$defs/scheduleRow' } },
    },
  },
  scheduleRow: {
    type: 'object',
    additionalProperties: false,
    required: ['k', 'date', 'payment', 'principal', 'interest', 'fee', 'balance'],
    properties: {
      k: { ...COUNT, description: '0 = now (asOf), n = asOf + n calendar months.' },
      date: REF.date,
      payment: REF.money,
      principal: REF.money,
      interest: REF.money,
      fee: REF.money,
      balance: REF.money,
    },
  },
  counterOffer: {
    description:
      "One verdict per offer (SPEC §4.10): with both --offer-lump Y and --offer-monthly X, a down-payment verdict for each installment offer (Y now and the rest at no more than X a month); --offer-monthly answers each installment and deferral offer and each reduction offer with monthly terms (n > 1); --offer-lump each reduction offer; in the policy's offer order.",
    type: 'object',
    additionalProperties: false,
    required: ['kind', 'offerId', 'family', 'label', 'offered', 'downPayment', 'verdict', 'planId', 'plan', 'needed', 'shortfall', 'code', 'reason'],
    properties: {
      kind: {
        enum: ['monthly', 'lump', 'down-payment'],
        description: 'monthly: --offer-monthly X; lump: --offer-lump Y; down-payment: both (Y now, the rest at ≤ X a month).',
      },
      offerId: { type: 'string', minLength: 1 },
      family: { enum: ['installment', 'deferral', 'reduction'] },
      label: {
        type: 'object',
        additionalProperties: false,
        required: ['zh', 'en'],
        properties: { zh: { type: 'string' }, en: { type: 'string' } },
      },
      offered: { ...REF.money, description: 'X or Y as offered (down-payment: X, the monthly figure).' },
      downPayment: { anyOf: [REF.money, { type: 'null' }], description: 'down-payment only: Y, paid at k = 0; null otherwise.' },
      verdict: {
        enum: ['fits', 'short', 'not-offered'],
        description:
          'fits: `plan` meets the offer; short: nothing of this offer does, `needed` says what would and `shortfall` by how much; not-offered: the offer cannot answer for this account (`code`, `reason`).',
      },
      planId: { anyOf: [REF.planId, { type: 'null' }], description: 'plan.planId when the verdict is fits, else null.' },
      plan: {
        anyOf: [{ $ref: '#/$defs/counterOfferPlan' }, { type: 'null' }],
        description:
          "fits only. monthly: the shortest plan of the offer (fewest months, grace included; ties to the lower payment) whose regularPayment ≤ offered. lump: the offer's one-payment (term 1) plan, whose paymentNow ≤ offered.",
      },
      needed: {
        anyOf: [{ $ref: '#/$defs/counterOfferPlan' }, { type: 'null' }],
        description:
          "short only: what would fit. monthly: the offer's plan with the lowest regularPayment (its longest allowed term); lump: the one-payment plan (the lump sum the policy needs).",
      },
      shortfall: { anyOf: [REF.money, { type: 'null' }], description: 'short only: needed.payment − offered, exact to the minor unit.' },
      code: {
        anyOf: [{ enum: ['bucket', 'no-plan', 'no-lump-sum', 'down-payment-range'] }, { type: 'null' }],
        description:
          "not-offered only: bucket = the offer is not open to the account's bucket; no-plan = every term is unavailable; no-lump-sum = a reduction offer without an available term-1 plan; down-payment-range = the down payment is not between 0 and the amount A (exclusive).",
      },
      reason: { type: ['string', 'null'], description: 'not-offered only: the reason in English.' },
    },
  },
  counterOfferPlan: {
    description: 'A plan named by a counter-offer verdict.',
    type: 'object',
    additionalProperties: false,
    required: ['planId', 'months', 'graceMonths', 'payment', 'paymentNow', 'dueBy', 'affordable'],
    properties: {
      planId: REF.planId,
      months: { ...COUNT, description: 'Monthly periods, grace included; 0 for a lump sum.' },
      graceMonths: COUNT,
      payment: { ...REF.money, description: 'The payment the verdict compares: regularPayment (monthly) or paymentNow (lump).' },
      paymentNow: REF.money,
      dueBy: { anyOf: [REF.date, { type: 'null' }], description: "A lump sum's last day; null otherwise." },
      affordable: { type: ['boolean', 'null'], description: "The plan's own affordability (SPEC §4.7) against the account's income and cash." },
    },
  },
} as const;
