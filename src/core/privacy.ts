/**
 * Personal data (§9): values that look like a card number, a PRC resident ID or a phone number
 * are never echoed in full — only their last four characters. A whole value that looks like
 * one is masked whole (all but its last four characters); a number hidden inside a longer value
 * (`card:6222…`, `6222…/A`, `622202_1234…`, full-width digits) is masked where it sits
 * (issue #15): any run of 13–19 digits that passes the Luhn check, 18-character resident IDs
 * (17 digits and a digit or X) and 11-digit mobile numbers (1[3-9]…, optionally after 86),
 * digits counted after turning full-width digits into ASCII and across the separators
 * space - _ / : . (one or two between groups).
 */

const CARD = /^\d{13,19}$/;
const PRC_ID = /^(\d{17}[\dXx]|\d{15})$/;
const PHONE = /^(\+?86)?1[3-9]\d{9}$/;
/** Column names that carry personal data, English and Chinese. */
// …|卡号|身份证|证件|手机|电话 (card no., ID card, ID document, mobile, phone), escaped: the bundle is ASCII (#16)
const PERSONAL_COLUMN =
  /card|pan\b|id[_ ]?(no|number|card)|identity|passport|phone|mobile|tel|\u5361\u53f7|\u8eab\u4efd\u8bc1|\u8bc1\u4ef6|\u624b\u673a|\u7535\u8bdd/i;

/** Full-width digits ０–９ as ASCII. */
function asciiDigits(text: string): string {
  return text.replace(/[\uff10-\uff19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 0x30));
}

/** True when the text looks like a card, ID or phone number (separators ignored). */
export function looksPersonal(value: string): boolean {
  // \u2013: the en dash (escaped: the bundle is ASCII, #16)
  const compact = asciiDigits(value).replace(/[\s\-\u2013.()_/:]/g, '');
  return CARD.test(compact) || PRC_ID.test(compact) || PHONE.test(compact);
}

/** True when a column name says it holds personal data. */
export function isPersonalColumn(name: string): boolean {
  return PERSONAL_COLUMN.test(name);
}

/** All but the last four characters replaced by `*`. */
export function maskValue(value: string): string {
  const chars = [...value.trim()];
  if (chars.length <= 4) return '*'.repeat(chars.length);
  return '*'.repeat(chars.length - 4) + chars.slice(-4).join('');
}

/** The Luhn check of a string of ASCII digits. */
export function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let x = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      x *= 2;
      if (x > 9) x -= 9;
    }
    sum += x;
  }
  return sum % 10 === 0;
}

const isDigit = (c: string | undefined): boolean => c !== undefined && ((c >= '0' && c <= '9') || (c >= '\uff10' && c <= '\uff19'));
const SEPARATORS = new Set([' ', '\u00a0', '\u3000', '-', '–', '—', '_', '/', ':', '.', '－', '＿', '／', '：', '．']);

/** True when a run of `digits` (ASCII), with `x` = it ends in X, is a card, ID or phone number. */
function personalRun(digits: string, x: boolean): boolean {
  const n = digits.length;
  if (x) return n === 17;
  if (n >= 13 && n <= 19 && luhn(digits)) return true;
  if (n === 18) return true;
  if (n === 11) return /^1[3-9]/.test(digits);
  if (n === 13) return /^861[3-9]/.test(digits);
  return false;
}

/**
 * Masks every card, ID or phone number found inside the text (all digits of the run but its
 * last four become `*`; separators and the rest of the text stay). Text without one is
 * returned unchanged.
 */
export function maskNumbersIn(text: string): string {
  const chars = [...text];
  let changed = false;
  for (let i = 0; i < chars.length; i++) {
    if (!isDigit(chars[i])) continue;
    const positions: number[] = [i];
    let j = i + 1;
    for (;;) {
      if (isDigit(chars[j])) {
        positions.push(j);
        j++;
        continue;
      }
      let k = j;
      while (k < chars.length && k - j < 2 && SEPARATORS.has(chars[k] ?? '')) k++;
      if (k > j && isDigit(chars[k])) {
        j = k;
        continue;
      }
      break;
    }
    const digits = asciiDigits(positions.map((p) => chars[p]).join(''));
    const x = (chars[j] === 'X' || chars[j] === 'x') && digits.length === 17;
    if (x) positions.push(j);
    if (personalRun(digits, x)) {
      for (const p of positions.slice(0, -4)) chars[p] = '*';
      changed = true;
    }
    i = j;
  }
  return changed ? chars.join('') : text;
}

/** Fewer digits (ASCII or full-width) than any card, ID or phone number holds (11 at least): nothing in it to mask. */
export const MIN_PERSONAL_DIGITS = 11;

/** True when the text holds fewer than MIN_PERSONAL_DIGITS digits, so that neither check above can find a number in it. */
export function tooFewDigits(text: string): boolean {
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19)) if (++digits >= MIN_PERSONAL_DIGITS) return false;
  }
  return true;
}

/** The value as it may be shown: masked whole when it looks personal, else any number inside it masked. */
export function safeValue(value: string, column?: string): string {
  if (column !== undefined && isPersonalColumn(column)) return maskValue(value);
  // batch shows millions of ids: most hold too few digits for the checks below to find anything
  if (tooFewDigits(value)) return value;
  return looksPersonal(value) ? maskValue(value) : maskNumbersIn(value);
}
