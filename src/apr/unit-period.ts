/**
 * The unit period of a flow set when the user gave none (Regulation Z Appendix J (b)(4)): the
 * most frequent common period between payments, else the standard interval nearest the average.
 */
import type { CivilDate } from '../dates/civil-date.js';
import { daysBetween, nominalDay, sameDate, shiftMonths } from './time.js';
import type { UnitPeriod } from './types.js';

/** Appendix J (b)(4): the most frequent common period (ties: the smaller); none: the average period, to the nearest standard interval. */
export function inferUnitPeriod(start: CivilDate, dates: readonly CivilDate[]): UnitPeriod {
  const counts = new Map<UnitPeriod, number>();
  let prev = start;
  let totalDays = 0;
  for (const d of dates) {
    const u = classify(prev, d);
    if (u) counts.set(u, (counts.get(u) ?? 0) + 1);
    totalDays += daysBetween(prev, d);
    prev = d;
  }
  let best: UnitPeriod | null = null;
  for (const u of UNIT_ORDER) {
    const n = counts.get(u) ?? 0;
    if (n >= 2 && (best === null || n > (counts.get(best) ?? 0))) best = u;
  }
  if (best) return best;
  const average = dates.length === 0 ? 30 : totalDays / dates.length;
  let nearest: UnitPeriod = 'month';
  let distance = Infinity;
  for (const u of UNIT_ORDER) {
    const gap = Math.abs(STANDARD_DAYS[u] - average);
    if (gap < distance) {
      distance = gap;
      nearest = u;
    }
  }
  return nearest;
}

/** Smallest first, so that a tie goes to the smaller period. */
const UNIT_ORDER: readonly UnitPeriod[] = ['week', '2weeks', 'semimonth', '4weeks', 'month', '2months', 'quarter', 'half-year', 'year'];
const STANDARD_DAYS: Record<UnitPeriod, number> = {
  week: 7,
  '2weeks': 14,
  semimonth: 365 / 24,
  '4weeks': 28,
  month: 365 / 12,
  '2months': 365 / 6,
  quarter: 365 / 4,
  'half-year': 365 / 2,
  year: 365,
};

function classify(a: CivilDate, b: CivilDate): UnitPeriod | null {
  const days = daysBetween(a, b);
  if (days === 7) return 'week';
  if (days === 14) return '2weeks';
  if (days === 28) return '4weeks';
  for (const [months, unit] of [
    [1, 'month'],
    [2, '2months'],
    [3, 'quarter'],
    [6, 'half-year'],
    [12, 'year'],
  ] as const) {
    const back = shiftMonths(b, months, nominalDay({ date: b }));
    if (sameDate(back, a) || (a.day >= 28 && sameDate(shiftMonths(b, months, a.day), a))) return unit;
  }
  if (days >= 13 && days <= 16) {
    const aEnd = a.day === shiftMonths(a, 0, 31).day;
    if (a.year === b.year && a.month === b.month && (b.day - a.day === 15 || (a.day === 15 && b.day === shiftMonths(b, 0, 31).day))) return 'semimonth';
    if (b.day === a.day - 15 || (aEnd && b.day === 15)) return 'semimonth';
  }
  return null;
}
