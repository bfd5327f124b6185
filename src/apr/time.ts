/**
 * Time between the first advance and a flow, as each method measures it.
 *
 * Regulation Z Appendix J (b)(5): full unit periods are counted back from the later date, and
 * what is left is the fraction f: remaining days / 30 for a month; for a semimonth or a multiple
 * of a month, 30 × full months + remaining days divided by 15 or by 30 × the multiple; days / 7,
 * 14 or 28 for weeks; for a year, remaining months / 12 when whole months remain, else remaining
 * days / 365.
 *
 * EU Annex I remark (c): years and fractions of a year, a year being 365 days (366 in a leap year)
 * or 12 equal months; see `EuYear`.
 */
import { addDays, compareCivilDates as compareDates, daysBetween, daysInMonth, isLeapYear, type CivilDate } from '../dates/civil-date.js';
import type { EuYear, Flow, UnitPeriod } from './types.js';

// the calendar arithmetic is the project's one date module's; these names are apr's vocabulary
export { addDays, compareCivilDates as compareDates, daysBetween, dayNumber } from '../dates/civil-date.js';

export function sameDate(a: CivilDate, b: CivilDate): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

/** The date m months before (negative m: after) `d`, on `day` of that month or its last day. */
export function shiftMonths(d: CivilDate, m: number, day: number): CivilDate {
  const index = d.year * 12 + (d.month - 1) - m;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(day, daysInMonth(year, month)) };
}

function isMonthEnd(d: CivilDate): boolean {
  return d.day === daysInMonth(d.year, d.month);
}

/**
 * The day of the month a date stands for when months are counted back from it: the series day
 * when the flow has one; a month-end date stands for the last day of every month (31), unless it
 * is a short month's end for a series on the 29th or 30th (Appendix J (b)(3)(iv)), given by `seriesDay`.
 */
export function nominalDay(flow: Pick<Flow, 'date' | 'seriesDay'>): number {
  if (flow.seriesDay !== undefined) return flow.seriesDay;
  return isMonthEnd(flow.date) ? 31 : flow.date.day;
}

/** Full months counted back from `date` (on `day`) without passing `start`, and the days left. */
export function monthsBack(start: CivilDate, date: CivilDate, day: number): { months: number; days: number } {
  let months = 0;
  let at = date;
  // a month-end series day may sit past `date` itself (28 Feb for the 30th): count from `date`
  for (;;) {
    const prev = shiftMonths(date, months + 1, day);
    if (compareDates(prev, start) < 0) break;
    months += 1;
    at = prev;
  }
  return { months, days: daysBetween(start, at) };
}

/** A fraction num/den (den > 0), kept exact. */
export interface Fraction {
  num: number;
  den: number;
}

/** Appendix J's t (full unit periods) and f (fraction of a unit period) from `start` to the flow. */
export function unitPeriodTime(start: CivilDate, flow: Pick<Flow, 'date' | 'seriesDay'>, unit: UnitPeriod): { t: number; f: Fraction } {
  const days = daysBetween(start, flow.date);
  if (days === 0) return { t: 0, f: { num: 0, den: 1 } };
  const weeks = unit === 'week' ? 7 : unit === '2weeks' ? 14 : unit === '4weeks' ? 28 : 0;
  if (weeks > 0) return { t: Math.floor(days / weeks), f: { num: days % weeks, den: weeks } };
  const back = monthsBack(start, flow.date, nominalDay(flow));
  switch (unit) {
    case 'month':
      return { t: back.months, f: { num: back.days, den: 30 } };
    case 'year': {
      const t = Math.floor(back.months / 12);
      const restMonths = back.months % 12;
      if (back.days === 0) return { t, f: { num: restMonths, den: 12 } };
      const yearBack = shiftMonths(flow.date, 12 * t, nominalDay(flow));
      return { t, f: { num: daysBetween(start, yearBack), den: 365 } };
    }
    default: {
      const size = unit === 'semimonth' ? 15 : unit === '2months' ? 60 : unit === 'quarter' ? 90 : 180;
      const equivalent = 30 * back.months + back.days;
      return { t: Math.floor(equivalent / size), f: { num: equivalent % size, den: size } };
    }
  }
}

/** Time in years for the EU method, as a sum of exact parts n/D (D in 1, 12, 365, 366). */
export function euYears(start: CivilDate, flow: Pick<Flow, 'date' | 'seriesDay' | 'period'>, basis: EuYear): Fraction[] {
  if (flow.period !== undefined && basis === 'months') return [{ num: flow.period, den: 12 }];
  const days = daysBetween(start, flow.date);
  if (days === 0) return [];
  if (basis === 'days') return [{ num: days, den: 365 }];
  if (basis === 'months') {
    const back = monthsBack(start, flow.date, nominalDay(flow));
    return [
      { num: back.months, den: 12 },
      { num: back.days, den: 365 },
    ];
  }
  // leap: whole years back, then the remaining days over the length of the year before them
  const back = monthsBack(start, flow.date, nominalDay(flow));
  const years = Math.floor(back.months / 12);
  const yearStart = shiftMonths(flow.date, 12 * years, nominalDay(flow));
  const rest = daysBetween(start, yearStart);
  const windowStart = shiftMonths(yearStart, 12, yearStart.day);
  return [
    { num: years, den: 1 },
    { num: rest, den: holdsLeapDay(windowStart, yearStart) ? 366 : 365 },
  ];
}

/** True when 29 February falls in (from, to]. */
function holdsLeapDay(from: CivilDate, to: CivilDate): boolean {
  for (let y = from.year; y <= to.year; y++) {
    if (!isLeapYear(y)) continue;
    const leap = { year: y, month: 2, day: 29 };
    if (compareDates(leap, from) > 0 && compareDates(leap, to) <= 0) return true;
  }
  return false;
}

/** The n-th date of a series starting at `first` (n = 0 is `first`). */
export function seriesDate(first: CivilDate, every: UnitPeriod, n: number, day = first.day): CivilDate {
  switch (every) {
    case 'week':
      return addDays(first, 7 * n);
    case '2weeks':
      return addDays(first, 14 * n);
    case '4weeks':
      return addDays(first, 28 * n);
    case 'month':
      return shiftMonths(first, -n, day);
    case '2months':
      return shiftMonths(first, -2 * n, day);
    case 'quarter':
      return shiftMonths(first, -3 * n, day);
    case 'half-year':
      return shiftMonths(first, -6 * n, day);
    case 'year':
      return shiftMonths(first, -12 * n, day);
    case 'semimonth': {
      const { early, late, startsLate } = semimonthDays(first);
      const k = n + (startsLate ? 1 : 0);
      const month = shiftMonths(first, -Math.floor(k / 2), 1);
      const d = k % 2 === 0 ? early : late;
      return { year: month.year, month: month.month, day: Math.min(d, daysInMonth(month.year, month.month)) };
    }
  }
}

/** The two days of a semimonthly series: d and d + 15, the 15th pairing with the month's last day. */
function semimonthDays(first: CivilDate): { early: number; late: number; startsLate: boolean } {
  const startsLate = first.day > 15;
  const early = !startsLate ? first.day : isMonthEnd(first) ? 15 : first.day - 15;
  const late = early === 15 ? 31 : early + 15;
  return { early, late, startsLate };
}

/** The series day a month-based series keeps (Appendix J (b)(3)(iv)); undefined for week-based ones. */
export function seriesDayOf(first: CivilDate, every: UnitPeriod, n: number): number | undefined {
  if (every === 'week' || every === '2weeks' || every === '4weeks') return undefined;
  if (every !== 'semimonth') return first.day;
  const { early, late, startsLate } = semimonthDays(first);
  return (n + (startsLate ? 1 : 0)) % 2 === 0 ? early : late;
}
