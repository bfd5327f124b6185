/**
 * Reading agreement records and payment ledgers for `track` and `remind`: files that cannot be
 * read, records that are not what `agree` writes (`agreement.invalid` with one of the
 * `agreement.why.*` reasons), ledgers without the columns, and the flags of the two commands.
 */
import { defineMessages } from './types.js';

type Why = { why: string };
type Value = { value: string };
const RECORD_HINT_EN = 'give an agreement record written by `repayplan agree` or `negotiate --save`';
const RECORD_HINT_ZH = '请给出由 `repayplan agree` 或 `negotiate --save` 写出的协议记录';

export const AGREEMENT_INPUT = defineMessages(() => ({
  'agreement.unreadable': {
    en: (p: Why & { flag: string; path: string }) =>
      `${p.flag}: ${p.path}: ${p.why}: give an agreement record (JSON), an NDJSON file of records or a folder of them`,
    zh: (p: Why & { flag: string; path: string }) => `${p.flag}：${p.path}：${p.why}：请给出协议记录（JSON）、每行一条记录的 NDJSON 文件，或存放记录的文件夹`,
  },
  'ledger.unreadable': {
    en: (p: Why & { path: string }) => `--payments: ${p.path}: ${p.why}: give a CSV or NDJSON file of payments (id, date, amount)`,
    zh: (p: Why & { path: string }) => `--payments：${p.path}：${p.why}：请给出还款流水的 CSV 或 NDJSON 文件（id、date、amount）`,
  },
  'ledger.is-folder': {
    en: (p: { path: string }) => `--payments: ${p.path} is a folder: give a CSV or NDJSON file of payments`,
    zh: (p: { path: string }) => `--payments：${p.path} 是文件夹：请给出还款流水的 CSV 或 NDJSON 文件`,
  },
  'ledger.header': {
    en: (p: { source: string; missing: string; header: string }) =>
      `--payments: ${p.source}: no ${p.missing} column in the header ${p.header}: the ledger needs id, date and amount (or 账户, 还款日期, 还款金额)`,
    zh: (p: { source: string; missing: string; header: string }) =>
      `--payments：${p.source}：表头 ${p.header} 中没有 ${p.missing} 列：还款流水需要 id、date 和 amount 三列（或 账户、还款日期、还款金额）`,
  },
  'agreement.empty': {
    en: (p: { source: string }) => `${p.source}: the file is empty: ${RECORD_HINT_EN}`,
    zh: (p: { source: string }) => `${p.source}：文件是空的：${RECORD_HINT_ZH}`,
  },
  'agreement.not-json': {
    en: (p: { where: string; detail: string }) => `${p.where}: not valid JSON (${p.detail}): give one agreement record a line`,
    zh: (p: { where: string; detail: string }) => `${p.where}：不是有效的 JSON（${p.detail}）：每行应是一条协议记录`,
  },
  'agreement.empty-folder': {
    en: (p: { path: string }) => `${p.path}: the folder holds no .json or .ndjson agreement records`,
    zh: (p: { path: string }) => `${p.path}：文件夹里没有 .json 或 .ndjson 协议记录`,
  },
  'agreement.none': {
    en: 'no agreement given: name one or more agreement records (JSON), NDJSON files of records or folders',
    zh: '没有给出协议：请指定一个或多个协议记录（JSON）、NDJSON 记录文件或文件夹',
  },
  'agreement.invalid': {
    en: (p: Why & { source: string; path: string }) => `${p.source}: ${p.path} ${p.why}: ${RECORD_HINT_EN}`,
    zh: (p: Why & { source: string; path: string }) => `${p.source}：${p.path} ${p.why}：${RECORD_HINT_ZH}`,
  },
  'agreement.why.not-object': { en: 'is not an object', zh: '不是对象' },
  'agreement.why.not-string': { en: 'is not a string', zh: '不是字符串' },
  'agreement.why.not-date': { en: (p: Value) => `is not a date YYYY-MM-DD (${p.value})`, zh: (p: Value) => `不是 YYYY-MM-DD 格式的日期（${p.value}）` },
  'agreement.why.not-amount': { en: (p: Value) => `is not an amount (${p.value})`, zh: (p: Value) => `不是金额（${p.value}）` },
  'agreement.why.not-count': { en: 'is not a whole number ≥ 0', zh: '不是大于等于 0 的整数' },
  'agreement.why.not-whole': { en: 'is not a whole number', zh: '不是整数' },
  'agreement.why.one-of': { en: (p: { list: string }) => `must be one of ${p.list}`, zh: (p: { list: string }) => `必须是 ${p.list} 之一` },
  'agreement.why.not-boolean': { en: 'is not true or false', zh: '不是 true 或 false' },
  'agreement.why.not-days': { en: 'is not a list of days', zh: '不是天数的列表' },
  'agreement.why.not-rows': { en: 'is not a list of rows', zh: '不是由各期组成的列表' },
  'agreement.why.kind': { en: (p: Value) => `is ${p.value}, not "repayplan.agreement"`, zh: (p: Value) => `是 ${p.value}，不是 "repayplan.agreement"` },
  'agreement.why.version': {
    en: (p: Value) => `is ${p.value}; this repayplan reads versions 1 and 2`,
    zh: (p: Value) => `是 ${p.value}；这个版本的 repayplan 只能读取第 1 版和第 2 版`,
  },
  'agreement.why.parts': { en: 'has parts that do not add up to its payment', zh: '各部分之和不等于该期还款额' },
  /** `codes`: the currencies, comma-separated. */
  'track.currencies': {
    en: (p: { codes: string }) => `the agreements are in ${p.codes.split(',').join(' and ')}: track one currency at a time`,
    zh: (p: { codes: string }) => `这些协议分属 ${p.codes.split(',').join('、')} 几种币种：请每次只跟踪一种币种`,
  },
  'track.replan-policy': {
    en: (p: { id: string; name: string }) => `--replan: agreement ${p.id} was made under policy ${p.name}, which is not a preset: pass it with --policy FILE`,
    zh: (p: { id: string; name: string }) => `--replan：协议 ${p.id} 是按政策 ${p.name} 订立的，它不是预设政策：请用 --policy FILE 指定这份政策`,
  },
  'remind.days': {
    en: (p: Value & { max: number }) => `--days: ${p.value} is not a number of days from 1 to ${p.max}: e.g. --days 7 (the window starts on --as-of)`,
    zh: (p: Value & { max: number }) => `--days：${p.value} 不是 1 到 ${p.max} 之间的天数：例如 --days 7（时间窗从 --as-of 那天开始）`,
  },
}));
