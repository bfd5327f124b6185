/**
 * What JSON.parse said about a file, in words a person reads: the English is the engine's own
 * message (as before); the Chinese says where (line and column) or that the text stops early.
 * `line` and `column` are 0 when the engine gave no position.
 */
import { defineMessages } from './types.js';

type Syntax = { detail: string; end: number; line: number; column: number };

export const JSON_TEXT = defineMessages(() => ({
  'json.syntax': {
    en: (p: Syntax) => p.detail,
    zh: (p: Syntax) => (p.end ? '内容在结尾处中断，不完整' : p.line > 0 ? `第 ${p.line} 行第 ${p.column} 列附近有语法错误` : '有语法错误'),
  },
  /** Where to start a policy file from (`preset`: the default preset's name). */
  'policy.start-hint': {
    en: (p: { preset: string }) => `start from \`repayplan policy init ${p.preset}\``,
    zh: (p: { preset: string }) => `从 \`repayplan policy init ${p.preset}\` 开始`,
  },
}));
