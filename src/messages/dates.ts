/** Dates as people read them. */
import { defineMessages } from './types.js';

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

type Day = { year: number; month: number; day: number };

export const DATES = defineMessages(() => ({
  /** "28 February 2026" / "2026年2月28日". */
  'date.long': {
    zh: (p: Day) => `${p.year}年${p.month}月${p.day}日`,
    en: (p: Day) => `${p.day} ${MONTHS_EN[p.month - 1] ?? ''} ${p.year}`,
  },
}));
