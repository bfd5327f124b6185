/** Currency of a policy: ISO code, minor digits and the rounding mode used at posting (§3, §4.1). */
import type { RoundingMode } from './rational.js';

export interface Currency {
  readonly code: string;
  readonly minorDigits: number;
  readonly rounding: RoundingMode;
}

/** Currency signs accepted in front of amounts (§2) and the codes each may stand for. */
export const CURRENCY_SIGNS: Readonly<Record<string, readonly string[]>> = {
  '¥': ['CNY', 'JPY'],
  '￥': ['CNY', 'JPY'],
  $: ['USD', 'HKD', 'CAD', 'AUD', 'SGD', 'NZD', 'TWD', 'MXN'],
  '£': ['GBP'],
  '€': ['EUR'],
};

/** The symbol shown in front of amounts in tables and scripts. */
export function currencySymbol(code: string): string {
  switch (code) {
    case 'CNY':
      return '¥';
    case 'JPY':
      return '¥';
    case 'USD':
      return '$';
    case 'GBP':
      return '£';
    case 'EUR':
      return '€';
    default:
      return '';
  }
}
