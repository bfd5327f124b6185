/** The echo of an amount typed as agents say it (`--cash 2万` is read as ¥20,000.00), before it is used. */
import type { Minor } from '../money/amount.js';
import { msg } from '../messages/index.js';
import type { Lang, Policy } from '../policy/types.js';
import { moneyText } from '../render/script.js';

export interface SpokenEcho {
  /** The flag or field name as the user knows it. */
  flag: string;
  /** What was typed. */
  text: string;
  amount: Minor;
}

export function spokenEcho(lang: Lang, flag: string, text: string, amount: Minor, policy: Policy): string {
  return msg(lang, 'live.spoken-echo', { field: flag, text, amount: moneyText(amount, policy) });
}
