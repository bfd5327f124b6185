/**
 * The fast reading of a CSV batch row (issue #16): the row's text straight into the fast
 * engine's NumAccount (amounts as safe integers of minor units) and the few values its output
 * line shows, with no row object, no bigint, no regex and no closure per row.
 *
 * It answers only for the plain rows it can read with certainty — amounts of plain digits with
 * at most the currency's decimals and at most 15 significant digits, whole-number overdue days,
 * ids of printable ASCII with too few digits to be personal data (§9), no blanks to trim, no
 * NUL, no replacement character — and returns false for anything else: the caller then reads the
 * row the exact way (row-input.ts → core/account.ts parseAccount), which gives every value,
 * error record and message. A row it accepts is read exactly as that path reads it (the property
 * test in test/batch/fast-row.property.test.ts compares the two on random and malformed rows).
 */
import { parseHardship, parseYesNo, type HardshipReason } from '../core/account.js';
import { MIN_PERSONAL_DIGITS } from '../core/privacy.js';
import { formatCivilDate, parseCivilDate } from '../dates/civil-date.js';
import { emptyNumAccount, type NumAccount } from '../fast/engine.js';
import { MAX_FIELD_CHARS } from './row-input.js';
import type { BatchField } from './columns.js';

/** What a row read on the fast path gives: the account in numbers and what its line shows. One object per reader, overwritten. */
export interface FastRow {
  account: NumAccount;
  /** The id as written (already safe to show), or null when not given. */
  id: string | null;
  hardship: HardshipReason | null;
  willing: boolean | null;
  /** as_of as YYYY-MM-DD (the default when not given). */
  asOfText: string;
}

/** What a cell feeds (SKIP: a column not read); KIND maps a field to it. */
export const SKIP = 0;
export const ID = 1;
export const PRINCIPAL = 2;
export const DAYS = 3;
export const INTEREST = 4;
export const FEES = 5;
export const MINIMUM = 6;
export const INCOME = 7;
export const EXPENSES = 8;
export const OTHER_DEBT = 9;
export const CASH = 10;
export const HARDSHIP = 11;
export const WILLING = 12;
export const AS_OF = 13;

export const KIND: Readonly<Record<BatchField, number>> = {
  id: ID,
  principal: PRINCIPAL,
  overdueDays: DAYS,
  interest: INTEREST,
  fees: FEES,
  minimumDue: MINIMUM,
  monthlyIncome: INCOME,
  monthlyExpenses: EXPENSES,
  otherDebtPayments: OTHER_DEBT,
  availableCash: CASH,
  hardship: HARDSHIP,
  willingToRepay: WILLING,
  asOf: AS_OF,
};

/** Longest amount text read here (longer ones, e.g. many leading zeros, go the exact way). */
const MAX_AMOUNT_CHARS = 32;
const MAX_OVERDUE_DAYS = 36_500;
/** How many distinct as_of dates a reader keeps parsed (ten years of days). */
const MAX_DATES_KEPT = 4096;

/**
 * A plain amount ("1234", "1234.5": ASCII digits, at most `digits` decimals after a point) as
 * minor units, or −1 for any other text and for more than 15 significant digits (where
 * core/account.ts decides: over 10^15 − 1 whole units is refused there). Below 10^15 every step
 * is an exact integer in a double.
 */
export function plainMinor(s: string, digits: number): number {
  return plainMinorIn(s, 0, s.length, digits);
}

/** plainMinor of the text s[start, end). */
export function plainMinorIn(s: string, start: number, n: number, digits: number): number {
  if (n === start || n - start > MAX_AMOUNT_CHARS) return -1;
  let v = 0;
  let sig = 0;
  let i = start;
  for (; i < n; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    if (v !== 0 || c !== 0) sig++;
    v = v * 10 + c;
  }
  if (i === start) return -1;
  let frac = 0;
  if (i < n) {
    if (s.charCodeAt(i) !== 46) return -1;
    const point = ++i;
    for (; i < n; i++) {
      const c = s.charCodeAt(i) - 48;
      if (c < 0 || c > 9) return -1;
      if (v !== 0 || c !== 0) sig++;
      v = v * 10 + c;
    }
    frac = i - point;
    if (frac === 0 || frac > digits) return -1;
  }
  for (; frac < digits; frac++) {
    if (v !== 0) sig++;
    v *= 10;
  }
  return sig > 15 ? -1 : v;
}

/** Whole-number overdue days (at most 6 ASCII digits, ≤ 36,500), or −1. */
function plainDays(s: string, start: number, n: number): number {
  if (n === start || n - start > 6) return -1;
  let v = 0;
  for (let i = start; i < n; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v > MAX_OVERDUE_DAYS ? -1 : v;
}

/** True for an id that every step of the exact path leaves as it is: printable ASCII, no blank end, too few digits to be masked. */
function plainId(s: string): boolean {
  const n = s.length;
  if (n > MAX_FIELD_CHARS || s.charCodeAt(0) === 0x20 || s.charCodeAt(n - 1) === 0x20) return false;
  let digits = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return false;
    if (c >= 0x30 && c <= 0x39) digits++;
  }
  return digits < MIN_PERSONAL_DIGITS;
}

/** True for a word (hardship, yes/no) the exact path hands to its parser unchanged. */
function plainWord(s: string): boolean {
  const n = s.length;
  return n <= MAX_FIELD_CHARS && s.charCodeAt(0) !== 0x20 && s.charCodeAt(n - 1) !== 0x20 && !s.includes('\0') && !s.includes('\uFFFD');
}

/**
 * The cells of one row into one FastRow (overwritten by every row): shared by the CSV reader
 * below and the NDJSON one (fast-json.ts), so that a value reads the same from either.
 */
export function fastCellReader(minorDigits: number, defaultAsOfText: string) {
  const a = emptyNumAccount();
  const r: FastRow = { account: a, id: null, hardship: null, willing: null, asOfText: defaultAsOfText };
  /** Dates read so far (as written → YYYY-MM-DD), at most MAX_DATES_KEPT. */
  const asOfSeen = new Map<string, string>();
  let lastAsOf = '';
  let lastAsOfText = '';

  /** Starts a row: nothing given yet. */
  function clear(): void {
    r.id = null;
    r.hardship = null;
    r.willing = null;
    r.asOfText = defaultAsOfText;
    const nan = Number.NaN;
    a.interest = nan;
    a.fees = nan;
    a.minimumDue = nan;
    a.monthlyIncome = nan;
    a.monthlyExpenses = nan;
    a.otherDebtPayments = nan;
    a.availableCash = nan;
  }

  /** The cell s[start, end) of a column of `kind` into the FastRow; false when the row must be read the exact way. */
  function cell(kind: number, s: string, start: number, end: number): boolean {
    if (kind === SKIP) {
      // a NUL in any column rejects the row (row-input.ts)
      for (let i = start; i < end; i++) if (s.charCodeAt(i) === 0) return false;
      return true;
    }
    if (kind === PRINCIPAL) {
      a.principal = plainMinorIn(s, start, end, minorDigits);
      return a.principal > 0; // missing, zero or anything unusual: the exact path's message
    }
    if (kind === DAYS) {
      a.overdueDays = plainDays(s, start, end);
      return a.overdueDays >= 0;
    }
    if (start === end) return true; // not given
    if (kind >= INTEREST && kind <= CASH) {
      const m = plainMinorIn(s, start, end, minorDigits);
      if (m < 0) return false;
      if (kind === INTEREST) a.interest = m;
      else if (kind === FEES) a.fees = m;
      else if (kind === MINIMUM) a.minimumDue = m;
      else if (kind === INCOME) a.monthlyIncome = m;
      else if (kind === EXPENSES) a.monthlyExpenses = m;
      else if (kind === OTHER_DEBT) a.otherDebtPayments = m;
      else a.availableCash = m;
      return true;
    }
    const v = start === 0 && end === s.length ? s : s.slice(start, end);
    if (kind === ID) {
      r.id = v;
      return plainId(v);
    }
    if (kind === HARDSHIP) {
      r.hardship = plainWord(v) ? parseHardship(v) : null;
      return r.hardship !== null;
    }
    if (kind === WILLING) {
      r.willing = plainWord(v) ? parseYesNo(v) : null;
      return r.willing !== null;
    }
    // as_of: one date for most rows, parsed once; the few dates a file repeats, once each
    if (v !== lastAsOf) {
      let text = asOfSeen.get(v);
      if (text === undefined) {
        const d = plainDate(v) ? parseCivilDate(v) : null;
        if (d === null) return false;
        text = formatCivilDate(d);
        if (asOfSeen.size >= MAX_DATES_KEPT) asOfSeen.clear();
        asOfSeen.set(v, text);
      }
      lastAsOf = v;
      lastAsOfText = text;
    }
    r.asOfText = lastAsOfText;
    return true;
  }

  return { row: r, clear, cell };
}

/** The fast reader of one scorer's CSV columns, or null when the columns lack principal or overdue days. */
export function fastCsvReader(cols: { fields: readonly (BatchField | null)[] }, minorDigits: number, defaultAsOfText: string) {
  const kinds = Int8Array.from(cols.fields, (f) => (f === null ? SKIP : KIND[f]));
  if (!kinds.includes(PRINCIPAL) || !kinds.includes(DAYS)) return null;
  const width = kinds.length;
  const { row: r, clear, cell } = fastCellReader(minorDigits, defaultAsOfText);

  /** Reads a record's `fields` into the reader's FastRow; false when the row must be read the exact way. */
  function read(fields: readonly string[]): boolean {
    if (fields.length !== width) return false;
    clear();
    for (let i = 0; i < width; i++) {
      const v = fields[i] as string;
      if (!cell(kinds[i] as number, v, 0, v.length)) return false;
    }
    return true;
  }

  /** Reads the unquoted record s[start, end) (fields split on commas, no line break in it) the same way. */
  function readLine(s: string, start: number, end: number): boolean {
    clear();
    let from = start;
    for (let i = 0; i < width; i++) {
      let to = s.indexOf(',', from);
      if (to < 0 || to > end) {
        if (i !== width - 1) return false; // too few fields
        to = end;
      } else if (i === width - 1) return false; // too many
      if (!cell(kinds[i] as number, s, from, to)) return false;
      from = to + 1;
    }
    return true;
  }

  return { row: r, read, readLine };
}

/** Ten characters of ASCII digits and '-' (parseCivilDate decides the rest; no blank to trim). */
function plainDate(s: string): boolean {
  if (s.length !== 10) return false;
  for (let i = 0; i < 10; i++) {
    const c = s.charCodeAt(i);
    if (c !== 0x2d && (c < 0x30 || c > 0x39)) return false;
  }
  return true;
}
