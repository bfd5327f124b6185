/** Messages shared by every command: yes/no/unknown, the generic I/O failures. */
import { defineMessages } from './types.js';

export const COMMON = defineMessages({
  'common.yes': { zh: '是', en: 'yes' },
  'common.no': { zh: '否', en: 'no' },
  'common.unknown': { zh: '未知', en: 'unknown' },
  'common.not-given': { zh: '未提供', en: 'not given' },
});
