/** The plan layer's values: a dated schedule row and a variant the policy does not offer. */
import type { CivilDate } from '../dates/civil-date.js';
import type { MessageRef } from '../messages/index.js';
import type { Minor } from '../money/amount.js';

export interface ScheduleRow {
  /** Period: 0 = now (asOf), 1..n = asOf + k calendar months. */
  k: number;
  date: CivilDate;
  payment: Minor;
  principal: Minor;
  interest: Minor;
  fee: Minor;
  /** What is left of the amount A after this payment. */
  balance: Minor;
}

export interface UnavailablePlan {
  id: string;
  offerId: string;
  /** Stable code: `principal-not-positive`, `below-min-installment`, `nothing-to-pay`, `term-too-long`. */
  code: string;
  /** Why, as a catalogue message (`plan.unavailable.*`); the JSON carries its English. */
  reason: MessageRef;
}
