/**
 * Personal data (§9): values that look like a card number, a PRC resident ID or a phone number
 * are never echoed in full — only their last four characters.
 */

const CARD = /^\d{13,19}$/;
const PRC_ID = /^(\d{17}[\dXx]|\d{15})$/;
const PHONE = /^(\+?86)?1[3-9]\d{9}$/;
/** Column names that carry personal data, English and Chinese. */
const PERSONAL_COLUMN = /card|pan\b|id[_ ]?(no|number|card)|identity|passport|phone|mobile|tel|卡号|身份证|证件|手机|电话/i;

/** True when the text looks like a card, ID or phone number (separators ignored). */
export function looksPersonal(value: string): boolean {
  const compact = value.replace(/[\s\-–.()]/g, '');
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

/** The value as it may be shown: masked when it looks personal, else unchanged. */
export function safeValue(value: string, column?: string): string {
  return (column !== undefined && isPersonalColumn(column)) || looksPersonal(value) ? maskValue(value) : value;
}
