/** The account as it stands on the valuation date (§4.2–4.3): bucket, charges, total, minimum due. */
import type { Account } from './account.js';
import { bucketFor, chargesFor, minimumDueFor } from './charges.js';
import type { CivilDate } from '../dates/civil-date.js';
import type { Minor } from '../money/amount.js';
import type { Policy } from '../policy/types.js';
import { formatMoney, MAX_WHOLE_DIGITS } from '../money/amount.js';
import { UserError } from '../errors.js';
import { said } from '../messages/index.js';

/**
 * Whole digits the debt on the valuation date may have: each input amount has at most
 * MAX_WHOLE_DIGITS (15), their sum a few more; estimated charges beyond this are refused.
 */
export const MAX_TOTAL_DIGITS = MAX_WHOLE_DIGITS + 3;

export interface Snapshot {
  asOf: CivilDate;
  bucket: string;
  principal: Minor;
  interest: Minor;
  fees: Minor;
  /** T = P + I + F (§4.4). */
  total: Minor;
  minimumDue: Minor;
  estimated: { interest: boolean; fees: boolean };
}

/** The account as it stands on asOf: bucket, charges (given or estimated), total, minimum due. */
export function snapshotFor(account: Account, policy: Policy, asOf: CivilDate): Snapshot {
  const minimumDue = minimumDueFor(account.principal, account.minimumDue, policy);
  const charges = chargesFor(account.principal, account.overdueDays, { interest: account.interest, fees: account.fees }, minimumDue, policy);
  const total = account.principal + charges.interest + charges.fees;
  // Amounts are bounded to MAX_WHOLE_DIGITS whole digits on input; the estimated charges can
  // grow past that (a 1 % daily rate without a cap over decades), beyond what the APR solver can
  // value. plan and batch report the same error for such an account (issue #15).
  if (total >= 10n ** BigInt(MAX_TOTAL_DIGITS + policy.currency.minorDigits)) {
    const whole = (formatMoney(total, policy.currency).split('.')[0] ?? '').length;
    throw UserError.said('account.too-large', said('account.too-large', { days: account.overdueDays, whole, digits: MAX_TOTAL_DIGITS }), {
      field: 'overdueDays',
      value: String(account.overdueDays),
    });
  }
  return {
    asOf,
    bucket: bucketFor(account.overdueDays, policy),
    principal: account.principal,
    interest: charges.interest,
    fees: charges.fees,
    total: account.principal + charges.interest + charges.fees,
    minimumDue,
    estimated: charges.estimated,
  };
}
