import type { PolicyDoc } from '../types.js';

/**
 * United States card issuer (docs/policy.md, "The presets and where their numbers come from"). Figures and where they come from:
 * - interest: 0.000657 a day = 23.98 % a year (daily periodic rate = APR ÷ 365 on a typical
 *   22–24 % purchase APR); penalty APR (29.99 % after 60 days late, with notice) is not modelled;
 * - late fee: the Reg Z §1026.52(b) safe harbor, $30, and never more than the minimum payment
 *   due (§1026.52(b)(2)(i)(A): a $15 minimum → at most $15), written as 100 % of the minimum
 *   due capped at $30; the $41 repeat fee within six cycles is not modelled;
 * - minimum payment: 1 % of the balance (the issuers' $25–$35 floor is not modelled);
 * - no charges cap: no general federal usury cap for national banks;
 * - buckets: 30-day delinquency buckets, charge-off after 180 days (FFIEC retail policy);
 * - hardship plan: APR cut to 6 % (inside the 0–10 % of issuer programmes), fees waived,
 *   up to 60 months; settlement: interest and fees waived plus 20 % of principal from 91 days,
 *   40 % once charged off (about half the balance, inside the 30–50 % reduction range);
 * - nominal APR (Reg Z, 12 × the monthly rate); minimum installment $25 (the minimum-payment floor).
 * Affordability share and recovery figures are policy choices, not market facts.
 */
export const usCardAct: PolicyDoc = {
  name: 'us-card-act',
  version: '3',
  currency: { code: 'USD', minorDigits: 2, rounding: 'half-up' },
  cycleDays: 30,
  aprDisplay: 'nominal',
  interest: { dailyRate: '0.000657', compounding: 'monthly' },
  lateFee: { type: 'percentOfMinimumDue', rate: '1', min: null, max: '30.00' },
  minimumPayment: { rate: '0.01' },
  chargesCap: null,
  buckets: [
    { name: 'current', maxDays: 0 },
    { name: '1-30', maxDays: 30 },
    { name: '31-60', maxDays: 60 },
    { name: '61-90', maxDays: 90 },
    { name: '91-120', maxDays: 120 },
    { name: '121-150', maxDays: 150 },
    { name: '151-180', maxDays: 180 },
    { name: 'charged-off', maxDays: null },
  ],
  offers: [
    {
      id: 'hardship',
      family: 'installment',
      label: { zh: '困难还款计划', en: 'Hardship plan' },
      buckets: ['1-30', '31-60', '61-90', '91-120', '121-150', '151-180', 'charged-off'],
      terms: [12, 24, 36, 48, 60],
      method: 'annuity',
      annualRate: '0.06',
      waivers: { '*': { fees: '1', interest: '0', principal: '0' } },
    },
    {
      id: 'settlement',
      family: 'reduction',
      label: { zh: '和解结清', en: 'Settlement' },
      buckets: ['91-120', '121-150', '151-180', 'charged-off'],
      terms: [1, 3],
      lumpSumDays: 30,
      waivers: {
        '*': { fees: '1', interest: '1', principal: '0.2' },
        'charged-off': { fees: '1', interest: '1', principal: '0.4' },
      },
    },
  ],
  affordability: { maxShareOfSurplus: '0.5' },
  recovery: { annualDiscountRate: '0.08', monthlyBreakRate: '0.02' },
  limits: { maxTermMonths: 60, minInstallment: '25.00' },
  // After the call (§10; v3 adds this section). US practice: a payment is late the day
  // after its due date (no grace); a hardship or workout plan ends after two missed payments or
  // once a payment is more than 60 days late (the Reg Z §1026.55(b)(4) threshold); when a
  // workout fails the rate may return no higher than before it (§1026.55(b)(5)), so nothing
  // waived is added back; payments go to fees, then interest, then principal (industry
  // convention); reminders 7 and 2 days before, notices 1 and 10 days after.
  followUp: {
    graceDays: 0,
    breakAfterMissed: 2,
    breakAfterDays: 60,
    allocation: 'charges-first',
    onBreak: { reinstateWaivers: false },
    reminders: { daysBefore: [7, 2], daysAfter: [1, 10] },
  },
};
