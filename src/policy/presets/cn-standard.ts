import type { PolicyDoc } from '../types.js';

/** The built-in default (docs/policy.md, "The presets and where their numbers come from"). */
export const cnStandard: PolicyDoc = {
  name: 'cn-standard',
  version: '2',
  currency: { code: 'CNY', minorDigits: 2, rounding: 'half-up' },
  cycleDays: 30,
  aprDisplay: 'nominal',
  interest: { dailyRate: '0.0005', compounding: 'monthly' },
  lateFee: { type: 'percentOfMinimumDue', rate: '0.05', min: '10.00', max: null },
  minimumPayment: { rate: '0.10' },
  chargesCap: { annualRate: '0.24' },
  buckets: [
    { name: 'C', maxDays: 0 },
    { name: 'M1', maxDays: 30 },
    { name: 'M2', maxDays: 60 },
    { name: 'M3', maxDays: 90 },
    { name: 'M4', maxDays: 120 },
    { name: 'M5', maxDays: 150 },
    { name: 'M6', maxDays: 180 },
    { name: 'M7+', maxDays: null },
  ],
  offers: [
    {
      id: 'installment',
      family: 'installment',
      label: { zh: '个性化分期', en: 'Hardship installment' },
      buckets: ['M1', 'M2', 'M3', 'M4', 'M5', 'M6', 'M7+'],
      terms: [12, 24, 36, 48, 60],
      method: 'flat-fee',
      monthlyFeeRate: '0.005',
      waivers: { '*': { fees: '1', interest: '0', principal: '0' } },
    },
    {
      id: 'deferral',
      family: 'deferral',
      label: { zh: '停息挂账', en: 'Interest freeze with grace' },
      buckets: ['M3', 'M4', 'M5', 'M6', 'M7+'],
      graceMonths: [3, 6],
      graceShare: '0.01',
      terms: [36, 54],
      method: 'flat-fee',
      monthlyFeeRate: '0',
      waivers: { '*': { fees: '1', interest: '0', principal: '0' } },
    },
    {
      id: 'settlement',
      family: 'reduction',
      label: { zh: '减免结清', en: 'Settlement with waiver' },
      buckets: ['M1', 'M2', 'M3', 'M4', 'M5', 'M6', 'M7+'],
      terms: [1, 3, 6],
      lumpSumDays: 30,
      waivers: {
        M1: { fees: '1', interest: '0', principal: '0' },
        M2: { fees: '1', interest: '0.3', principal: '0' },
        M3: { fees: '1', interest: '0.5', principal: '0' },
        M4: { fees: '1', interest: '1', principal: '0' },
        M5: { fees: '1', interest: '1', principal: '0' },
        M6: { fees: '1', interest: '1', principal: '0.1' },
        'M7+': { fees: '1', interest: '1', principal: '0.2' },
      },
    },
  ],
  affordability: { maxShareOfSurplus: '0.5' },
  recovery: { annualDiscountRate: '0.08', monthlyBreakRate: '0.02' },
  limits: { maxTermMonths: 60, minInstallment: '100.00' },
  // After the call (§10; v2 adds this section, so the hash changed). Sources in
  // docs/after-the-call.md: a 3-day repayment grace (还款宽限期 / 容时服务) is what most Chinese
  // issuers allow on a due date; personalised instalment agreements (Art. 70) commonly state
  // that any instalment not paid may end the agreement and revive the original debt (waivers
  // included); payments are split by Art. 57 (charges first up to 90 days overdue, principal
  // first beyond); Art. 67 asks issuers to remind before the due date.
  followUp: {
    graceDays: 3,
    breakAfterMissed: 1,
    breakAfterDays: 30,
    allocation: 'cn-art57',
    onBreak: { reinstateWaivers: true },
    reminders: { daysBefore: [3, 1], daysAfter: [1, 3] },
  },
};
