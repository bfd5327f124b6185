/** The APR of any offer (SPEC §11): pure core of `repayplan apr`. */
export { AprError, computeApr, inferUnitPeriod, percentDigits, pointsText, seriesFlows } from './compute.js';
export { seriesDate } from './time.js';
export * from './types.js';
