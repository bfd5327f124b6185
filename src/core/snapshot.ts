/** The account as it stands on the valuation date (§4.2–4.3): bucket, charges, total, minimum due. */
import type { Account } from './account.js';
import { bucketFor, chargesFor, minimumDueFor } from './charges.js';
import type { CivilDate } from '../dates/civil-date.js';
import type { Minor } from '../money/amount.js';
import type { Policy } from '../policy/types.js';

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
