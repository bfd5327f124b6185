/** Calendar dates (YYYY-MM-DD) without time zones; the core never reads the clock (asOf comes in). */

/** A valid calendar date. */
export interface CivilDate {
  readonly year: number;
  readonly month: number; // 1..12
  readonly day: number; // 1..31
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Excel's short date as it is copied out of a sheet: 2026/11/22, 2026/1/5. */
const SLASH_DATE_RE = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/** Parses `YYYY-MM-DD` (or Excel's `YYYY/M/D`) strictly (2026-02-30 is refused); null when invalid. */
export function parseCivilDate(text: string): CivilDate | null {
  const t = text.trim();
  const m = DATE_RE.exec(t) ?? SLASH_DATE_RE.exec(t);
  if (!m) return null;
  const year = Number.parseInt(m[1] ?? '', 10);
  const month = Number.parseInt(m[2] ?? '', 10);
  const day = Number.parseInt(m[3] ?? '', 10);
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function formatCivilDate(d: CivilDate): string {
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/** asOf plus n calendar months, the day clamped to the month's last day (2026-01-31 + 1 → 2026-02-28), §4.5. */
export function addMonthsClamped(d: CivilDate, months: number): CivilDate {
  const index = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

/** asOf plus n days. */
export function addDays(d: CivilDate, days: number): CivilDate {
  const t = Date.UTC(d.year, d.month - 1, d.day) + days * 86_400_000;
  const x = new Date(t);
  return { year: x.getUTCFullYear(), month: x.getUTCMonth() + 1, day: x.getUTCDate() };
}

/** Days since 1970-01-01 of a civil date (proleptic Gregorian, exact integer arithmetic). */
export function dayNumber(d: CivilDate): number {
  const y = d.month <= 2 ? d.year - 1 : d.year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (d.month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d.day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** Whole days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: CivilDate, b: CivilDate): number {
  return dayNumber(b) - dayNumber(a);
}

/** −1, 0 or 1 as `a` is before, the same day as, or after `b`. */
export function compareCivilDates(a: CivilDate, b: CivilDate): number {
  return Math.sign(dayNumber(a) - dayNumber(b));
}
