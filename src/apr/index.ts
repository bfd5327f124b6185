/** The APR of any offer (§11): pure core of `repayplan apr`. */
export { computeApr, percentDigits, pointsText } from './compute.js';
export { AprError } from './error.js';
export { seriesFlows } from './flows.js';
export { inferUnitPeriod } from './unit-period.js';
export { seriesDate } from './time.js';
export * from './types.js';
