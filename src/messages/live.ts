/** Messages of the live call (issue #10): amounts typed as agents say them, echoed back. */
import { defineMessages } from './types.js';

export const LIVE = defineMessages({
  'live.spoken-echo': {
    zh: (p: { field: string; text: string; amount: string }) => `${p.field} ${p.text} 按 ${p.amount} 计算`,
    en: (p: { field: string; text: string; amount: string }) => `${p.field} ${p.text} is read as ${p.amount}`,
  },
});
