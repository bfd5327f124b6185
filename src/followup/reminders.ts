/**
 * §10.4: the reminders that fall in a window. For each instalment still unsettled on the
 * window's first day: a `before` reminder `daysBefore` days ahead of its due date, a `due`
 * reminder on it, and `overdue` notices `daysAfter` days after it (listed as long as it stays
 * unpaid, which is all that is known on the first day). A broken or completed agreement gets
 * none: a broken one needs a call and a new plan, not a reminder of an instalment that no longer
 * stands. Pure: the texts are rendered at the edge (src/messages/followup.ts).
 */
import { addDays, dayNumber, type CivilDate } from '../dates/civil-date.js';
import type { FollowUpConfig } from './config.js';
import type { InstalmentResult, Tracking } from './track.js';

export type ReminderKind = 'before' | 'due' | 'overdue';

export interface Reminder {
  send: CivilDate;
  kind: ReminderKind;
  /** Days before (before) or after (overdue) the due date; 0 for due. */
  days: number;
  instalment: InstalmentResult;
}

const KIND_ORDER: Record<ReminderKind, number> = { before: 0, due: 1, overdue: 2 };

/** Every reminder of the unsettled instalments whose send date lies in [from, from + days − 1]. */
export function remindersInWindow(t: Tracking, config: FollowUpConfig, from: CivilDate, days: number): Reminder[] {
  if (t.status === 'broken' || t.status === 'completed') return [];
  const first = dayNumber(from);
  const last = first + days - 1;
  const out: Reminder[] = [];
  for (const inst of t.instalments) {
    if (inst.settled !== null) continue;
    const all: { kind: ReminderKind; days: number; send: CivilDate }[] = [
      ...[...new Set(config.reminders.daysBefore)].map((n) => ({ kind: 'before' as const, days: n, send: addDays(inst.due, -n) })),
      { kind: 'due', days: 0, send: inst.due },
      ...[...new Set(config.reminders.daysAfter)].map((n) => ({ kind: 'overdue' as const, days: n, send: addDays(inst.due, n) })),
    ];
    for (const r of all) {
      const d = dayNumber(r.send);
      if (r.kind === 'before' && r.days === 0) continue;
      if (r.kind === 'overdue' && r.days === 0) continue;
      if (d >= first && d <= last) out.push({ ...r, instalment: inst });
    }
  }
  return out.sort(
    (a, b) =>
      dayNumber(a.send) - dayNumber(b.send) ||
      dayNumber(a.instalment.due) - dayNumber(b.instalment.due) ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      a.days - b.days,
  );
}
