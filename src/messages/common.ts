/** Messages shared by every command: yes/no/unknown, the generic I/O failures. */
import { defineMessages } from './types.js';

export const COMMON = defineMessages(() => ({
  /** Text already written in both languages (words made from a schema, a validator's report). */
  'text.pair': { zh: (p: { en: string; zh: string }) => p.zh, en: (p: { en: string; zh: string }) => p.en },
  'common.yes': { zh: '是', en: 'yes' },
  'common.no': { zh: '否', en: 'no' },
  'common.unknown': { zh: '未知', en: 'unknown' },
  'common.not-given': { zh: '未提供', en: 'not given' },
  /** A rate in percent (money/display.ts percentNumber): Chinese writes the sign against the number, the English tables leave a space. */
  'common.percent': { zh: (p: { value: string }) => `${p.value}%`, en: (p: { value: string }) => `${p.value} %` },
  /** A plan's affordability (§4.7) in a sentence: counter-offers, the live call's plan list. */
  'afford.yes': { zh: '可负担', en: 'affordable' },
  'afford.no': { zh: '不可负担', en: 'not affordable' },
  'afford.unknown': { zh: '是否可负担未知', en: 'affordability unknown' },
  'afford.unknown-why': { zh: '是否可负担未知（缺收入或现金数据）', en: 'affordability unknown (income or cash not given)' },
}));
