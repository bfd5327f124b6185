/** "No plan": the debt 12 months ahead with nothing paid (§4.9, §5). */
import { chargesFor } from '../core/charges.js';
import type { Minor } from '../money/amount.js';
import type { Policy } from '../policy/types.js';
import type { Snapshot } from '../core/snapshot.js';
import type { StatusQuo } from './types.js';

const HORIZON_DAYS = 365;

/**
 * Adds to the snapshot the charges §4.3 accrues between day D and day D + 365: the full
 * estimate (both components estimated, cap applied) at each end, and the difference of each.
 */
export function statusQuoFor(snapshot: Snapshot, overdueDays: number, policy: Policy): StatusQuo {
  const none = { interest: null, fees: null };
  const now = chargesFor(snapshot.principal, overdueDays, none, snapshot.minimumDue, policy);
  const later = chargesFor(snapshot.principal, overdueDays + HORIZON_DAYS, none, snapshot.minimumDue, policy);
  const interest: Minor = snapshot.interest + (later.interest - now.interest);
  const fees: Minor = snapshot.fees + (later.fees - now.fees);
  return { months: 12, interest, fees, total: snapshot.principal + interest + fees };
}
