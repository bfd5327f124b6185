/** How each method measures time (Appendix J (b)(3)–(5); Annex I remark (c)): exact cases. */
import { describe, expect, it } from 'vitest';
import { euYears, seriesDate, unitPeriodTime } from '../../src/apr/time.js';
import { formatCivilDate } from '../../src/dates/civil-date.js';
import { date } from '../helpers/builders.js';

const upt = (start: string, d: string, unit: Parameters<typeof unitPeriodTime>[2], seriesDay?: number) =>
  unitPeriodTime(date(start), { date: date(d), ...(seriesDay === undefined ? {} : { seriesDay }) }, unit);

describe('Appendix J time', () => {
  it('counts full months back from the later date, odd days over 30', () => {
    expect(upt('1978-02-10', '1978-04-01', 'month')).toEqual({ t: 1, f: { num: 19, den: 30 } });
    expect(upt('2026-01-10', '2026-02-15', 'month')).toEqual({ t: 1, f: { num: 5, den: 30 } });
  });

  it("a series on the 29th–31st takes a short month's last day as its date (b)(3)(iv)", () => {
    expect(upt('2026-01-31', '2026-02-28', 'month', 31)).toEqual({ t: 1, f: { num: 0, den: 30 } });
    expect(upt('2026-01-30', '2026-02-28', 'month', 30)).toEqual({ t: 1, f: { num: 0, den: 30 } });
    expect(upt('2026-01-31', '2026-04-30', 'month')).toEqual({ t: 3, f: { num: 0, den: 30 } });
  });

  it('semimonths and multiples of a month count 30 × months + days', () => {
    expect(upt('1978-02-23', '1978-03-16', 'semimonth', 16)).toEqual({ t: 1, f: { num: 6, den: 15 } });
    expect(upt('1978-05-23', '1978-10-01', 'quarter')).toEqual({ t: 1, f: { num: 39, den: 90 } });
    expect(upt('1978-01-10', '1978-03-01', '2months')).toEqual({ t: 0, f: { num: 52, den: 60 } });
  });

  it('weeks count days; a year counts remaining months / 12 or days / 365', () => {
    expect(upt('1978-03-20', '1978-04-21', 'week')).toEqual({ t: 4, f: { num: 4, den: 7 } });
    expect(upt('2026-01-10', '2027-07-10', 'year')).toEqual({ t: 1, f: { num: 6, den: 12 } });
    expect(upt('2026-01-10', '2027-02-01', 'year')).toEqual({ t: 1, f: { num: 22, den: 365 } });
  });

  it('series dates: months clamp to the month end; semimonths pair d with d + 15, the 15th with the last day', () => {
    const dates = (first: string, every: Parameters<typeof seriesDate>[1], n: number) =>
      Array.from({ length: n }, (_, i) => formatCivilDate(seriesDate(date(first), every, i)));
    expect(dates('2026-01-31', 'month', 4)).toEqual(['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30']);
    expect(dates('2026-01-15', 'semimonth', 4)).toEqual(['2026-01-15', '2026-01-31', '2026-02-15', '2026-02-28']);
    expect(dates('1978-03-01', 'semimonth', 4)).toEqual(['1978-03-01', '1978-03-16', '1978-04-01', '1978-04-16']);
    expect(dates('2026-01-16', 'semimonth', 3)).toEqual(['2026-01-16', '2026-02-01', '2026-02-16']);
  });
});

describe('EU time in years', () => {
  it('days / 365; leap years over 366; 12 equal months', () => {
    expect(euYears(date('1994-01-01'), { date: date('1995-07-01') }, 'days')).toEqual([{ num: 546, den: 365 }]);
    expect(euYears(date('2024-01-01'), { date: date('2024-07-01') }, 'leap')).toEqual([
      { num: 0, den: 1 },
      { num: 182, den: 366 },
    ]);
    expect(euYears(date('2025-01-01'), { date: date('2025-07-01') }, 'leap')).toEqual([
      { num: 0, den: 1 },
      { num: 181, den: 365 },
    ]);
    expect(euYears(date('2026-01-10'), { date: date('2026-07-25') }, 'months')).toEqual([
      { num: 6, den: 12 },
      { num: 15, den: 365 },
    ]);
  });
});
