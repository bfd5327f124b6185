import type { PolicyDoc } from '../types.js';

/**
 * United Kingdom card issuer under FCA CONC (docs/policy.md, "The presets and where their numbers come from"). Figures and
 * where they come from:
 * - interest: 0.000603 a day, about 24 % effective a year (1.24^(1/12) − 1 = 1.809 % a
 *   30-day cycle, ÷ 30), the issuers' representative card rate;
 * - late fee: £12 flat (OFT 2006: a default charge above £12 is presumed unfair);
 * - minimum payment: 1 % of the balance (+ interest and fees in practice);
 * - no charges cap (none in UK law for cards);
 * - buckets: missed payments, 30 days each; "default" after six (a default is usually
 *   registered at 3–6 months of arrears);
 * - every plan freezes interest and waives charges (CONC 7.3 forbearance): a repayment plan
 *   of 12–48 months, or token payments (0.1 % of the debt a month, about £3 on £3,000) for
 *   2 months (Breathing Space is 60 days), 6 or 12 months (StepChange token plans run up to a
 *   year) and then a plan; every plan ends within 48 months ("a reasonable period", 3–4 years,
 *   CONC 6.7 persistent debt);
 * - full and final settlement: interest and charges waived, plus 30 % of principal once in default;
 * - APR stated as UK and EU law do (effective, CONC App 1); the whole surplus may go to the
 *   plan (debt advice offers 100 % of the SFS surplus); minimum installment £5 (StepChange:
 *   no creditor gets less than £5 a month).
 * Recovery figures are policy choices, not market facts.
 */
export const ukFca: PolicyDoc = {
  name: 'uk-fca',
  version: '2',
  currency: { code: 'GBP', minorDigits: 2, rounding: 'half-up' },
  cycleDays: 30,
  aprDisplay: 'effective',
  interest: { dailyRate: '0.000603', compounding: 'monthly' },
  lateFee: { type: 'flat', amount: '12.00' },
  minimumPayment: { rate: '0.01' },
  chargesCap: null,
  buckets: [
    { name: 'current', maxDays: 0 },
    { name: 'arrears-1', maxDays: 30 },
    { name: 'arrears-2', maxDays: 60 },
    { name: 'arrears-3', maxDays: 90 },
    { name: 'arrears-4', maxDays: 120 },
    { name: 'arrears-5', maxDays: 150 },
    { name: 'arrears-6', maxDays: 180 },
    { name: 'default', maxDays: null },
  ],
  offers: [
    {
      id: 'repayment-plan',
      family: 'installment',
      label: { zh: '冻结利息的还款计划', en: 'Repayment plan, interest frozen' },
      buckets: ['arrears-1', 'arrears-2', 'arrears-3', 'arrears-4', 'arrears-5', 'arrears-6', 'default'],
      terms: [12, 24, 36, 48],
      method: 'flat-fee',
      monthlyFeeRate: '0',
      waivers: { '*': { fees: '1', interest: '0', principal: '0' } },
    },
    {
      id: 'token-plan',
      family: 'deferral',
      label: { zh: '象征性还款后分期', en: 'Token payments, then a plan' },
      buckets: ['arrears-1', 'arrears-2', 'arrears-3', 'arrears-4', 'arrears-5', 'arrears-6', 'default'],
      graceMonths: [2, 6, 12],
      graceShare: '0.001',
      terms: [24, 36],
      method: 'flat-fee',
      monthlyFeeRate: '0',
      waivers: { '*': { fees: '1', interest: '0', principal: '0' } },
    },
    {
      id: 'settlement',
      family: 'reduction',
      label: { zh: '全额和解结清', en: 'Full and final settlement' },
      buckets: ['arrears-1', 'arrears-2', 'arrears-3', 'arrears-4', 'arrears-5', 'arrears-6', 'default'],
      terms: [1, 3],
      lumpSumDays: 30,
      waivers: {
        '*': { fees: '1', interest: '1', principal: '0' },
        default: { fees: '1', interest: '1', principal: '0.3' },
      },
    },
  ],
  affordability: { maxShareOfSurplus: '1' },
  recovery: { annualDiscountRate: '0.08', monthlyBreakRate: '0.02' },
  limits: { maxTermMonths: 48, minInstallment: '5.00' },
  // After the call (§10; v2 adds this section). CONC 7.3 asks for forbearance and due
  // consideration: a missed payment is not the end of a plan, so 14 days' grace and a break only
  // at two missed payments or 60 days past due (policy choices, not rules); payments go to
  // principal first and waived interest and charges are not added back on a break (forbearance
  // given is not clawed back); reminders 5 days before, notices 3 and 14 days after.
  followUp: {
    graceDays: 14,
    breakAfterMissed: 2,
    breakAfterDays: 60,
    allocation: 'principal-first',
    onBreak: { reinstateWaivers: false },
    reminders: { daysBefore: [5], daysAfter: [3, 14] },
  },
};
