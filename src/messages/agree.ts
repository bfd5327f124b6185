/**
 * `repayplan agree` (§10): its own refusals (no --plan, an existing output file, flags that do
 * not go with --batch) and the reasons a --batch line is rejected before its account is read.
 * The English is what agree printed before these moved here.
 */
import { defineMessages } from './types.js';

const ONE_A_LINE_EN = 'one account object a line';
const ONE_A_LINE_ZH = '每行写一个账户对象';

export const AGREE = defineMessages(() => ({
  'agree.no-plan': {
    en: '--plan is required: name the agreed plan, e.g. --plan installment-24 (see `repayplan plan` for the ids)',
    zh: '缺少 --plan：请写明约定的方案，例如 --plan installment-24（方案 id 见 `repayplan plan`）',
  },
  'agree.exists': {
    en: (p: { path: string }) => `-o: ${p.path} exists: choose another file name, or pass --force to replace it`,
    zh: (p: { path: string }) => `-o：${p.path} 已存在：请换一个文件名，或加 --force 覆盖`,
  },
  'agree.batch-with-input': {
    en: '--batch and --input cannot be used together: --input is one account, --batch an NDJSON file of accounts',
    zh: '--batch 与 --input 不能同时使用：--input 是一个账户，--batch 是每行一个账户的 NDJSON 文件',
  },
  'agree.batch-with-offer': {
    en: '--batch and --offer-lump/--offer-monthly cannot be used together: record a down-payment plan one account at a time',
    zh: '--batch 与 --offer-lump/--offer-monthly 不能同时使用：首付方案请逐个账户记录',
  },
  /** `why` is an fs.* message (no such file, is a folder …). */
  'agree.batch-unreadable': {
    en: (p: { path: string; why: string }) => `--batch: ${p.path}: ${p.why}: give an NDJSON file of accounts, or - for stdin`,
    zh: (p: { path: string; why: string }) => `--batch：${p.path}：${p.why}：请给出每行一个账户的 NDJSON 文件，或用 - 表示标准输入`,
  },
  /** `error` is a json.syntax message (JSON.parse's words in English, the place in Chinese). */
  'agree.row.not-json': {
    en: (p: { error: string }) => `not valid JSON (${p.error}): ${ONE_A_LINE_EN}`,
    zh: (p: { error: string }) => `不是有效的 JSON（${p.error}）：${ONE_A_LINE_ZH}`,
  },
  'agree.row.not-object': {
    en: `not a JSON object: ${ONE_A_LINE_EN}`,
    zh: `不是 JSON 对象：${ONE_A_LINE_ZH}`,
  },
  'agree.row.no-plan': {
    en: 'no planId: give each line a "planId" (e.g. "installment-24") or pass --plan',
    zh: '没有 planId：请给每行写上 "planId"（例如 "installment-24"），或加 --plan',
  },
}));
