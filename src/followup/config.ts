/**
 * The follow-up settings of §10 (policy section `followUp`): grace days, when an
 * agreement breaks, how a payment is split inside an instalment, whether waivers come back on a
 * break, and when reminders go out. Pure data; `DEFAULT_FOLLOW_UP` is what a policy without the
 * section gets (docs/after-the-call.md explains each value).
 */

/** How a payment is split inside one instalment (§10). */
export type Allocation = 'charges-first' | 'principal-first' | 'cn-art57';

export interface FollowUpConfig {
  /** Days after a due date before an unpaid instalment counts as missed. */
  graceDays: number;
  /** Missed instalments (at one time) that break the agreement; null = no such rule. */
  breakAfterMissed: number | null;
  /** Days past due of the oldest unpaid instalment beyond which the agreement breaks; null = no such rule. */
  breakAfterDays: number | null;
  allocation: Allocation;
  onBreak: { reinstateWaivers: boolean };
  reminders: { daysBefore: number[]; daysAfter: number[] };
}

/**
 * Defaults for a policy without a `followUp` section: 3 days' grace, broken at 2 missed
 * instalments or 60 days past due, payments split by Art. 57 (charges first up to 90 days
 * overdue, principal first beyond), waivers not reinstated (the cardholder keeps what was
 * agreed unless the policy says otherwise), reminders 3 and 1 days before, and 1 and 7 days after.
 */
export const DEFAULT_FOLLOW_UP: FollowUpConfig = Object.freeze({
  graceDays: 3,
  breakAfterMissed: 2,
  breakAfterDays: 60,
  allocation: 'cn-art57',
  onBreak: Object.freeze({ reinstateWaivers: false }),
  reminders: Object.freeze({ daysBefore: Object.freeze([3, 1]) as unknown as number[], daysAfter: Object.freeze([1, 7]) as unknown as number[] }),
}) as FollowUpConfig;

/** The order of the parts inside an instalment for an agreement whose account was `overdueDays` overdue. */
export type Part = 'principal' | 'interest' | 'fee';

export function partOrder(allocation: Allocation, overdueDays: number): readonly Part[] {
  const kind = allocation === 'cn-art57' ? (overdueDays <= 90 ? 'charges-first' : 'principal-first') : allocation;
  return kind === 'charges-first' ? ['fee', 'interest', 'principal'] : ['principal', 'interest', 'fee'];
}

/** A plain copy (for JSON output and records). */
export function followUpToJson(f: FollowUpConfig): FollowUpConfig {
  return {
    graceDays: f.graceDays,
    breakAfterMissed: f.breakAfterMissed,
    breakAfterDays: f.breakAfterDays,
    allocation: f.allocation,
    onBreak: { reinstateWaivers: f.onBreak.reinstateWaivers },
    reminders: { daysBefore: [...f.reminders.daysBefore], daysAfter: [...f.reminders.daysAfter] },
  };
}

/**
 * The follow-up settings of a compiled policy: its `followUp` section, or the defaults when it
 * has none.
 */
export function followUpOf(policy: { doc: object }): FollowUpConfig {
  const section = (policy.doc as { followUp?: FollowUpConfig }).followUp;
  return section
    ? { ...section, onBreak: { ...section.onBreak }, reminders: { daysBefore: [...section.reminders.daysBefore], daysAfter: [...section.reminders.daysAfter] } }
    : DEFAULT_FOLLOW_UP;
}
