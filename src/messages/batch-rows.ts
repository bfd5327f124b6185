/**
 * Why a batch row was rejected (§6): the `reason` of the errors file, stderr and `--errors
 * inline`, in the language of `--lang`. The row's `code` (the message code here, `row.*`),
 * `column` and `value` stay the same in both languages for scripts. Values in the parameters
 * are already quoted and masked by the scorer.
 */
import { defineMessages } from './types.js';

/** What a JSON value is, as the scorer names it: `array`, `null`, or its `typeof`. */
type Kind = string;

const KIND_ZH: Readonly<Record<string, string>> = {
  array: '数组',
  null: 'null',
  string: '字符串',
  number: '数字',
  boolean: '布尔值',
  object: '对象',
};
const kindZh = (k: Kind) => KIND_ZH[k] ?? k;

const EXAMPLE = '{"principal":"20000.00","overdueDays":95}';

export const BATCH_ROWS = defineMessages(() => ({
  'row.empty': {
    en: (p: { n: number }) => `the row is empty (${p.n} empty field${p.n === 1 ? '' : 's'}): delete it or fill it in`,
    zh: (p: { n: number }) => `这一行是空的（${p.n} 个字段都没有内容）：请删除这一行或把它填写完整`,
  },
  'row.field-count': {
    en: (p: { got: number; width: number }) =>
      `the row has ${p.got} field${p.got === 1 ? '' : 's'} but the header has ${p.width} columns: check for an unquoted comma (write 1,234.50 as "1,234.50" or 1234.50) or a missing field`,
    zh: (p: { got: number; width: number }) =>
      `这一行有 ${p.got} 个字段，表头却有 ${p.width} 列：请检查是否有没加引号的逗号（1,234.50 要写成 "1,234.50" 或 1234.50），或是否漏填了字段`,
  },
  'row.field-too-long': {
    en: (p: { field: string; length: number; max: number }) => `${p.field}: the value is ${p.length} characters long: an account field holds at most ${p.max}`,
    zh: (p: { field: string; length: number; max: number }) => `${p.field}：值长 ${p.length} 个字符，账户字段最多 ${p.max} 个字符：请检查这一格`,
  },
  'row.encoding': {
    en: (p: { field: string }) => `${p.field}: the value has bytes that are not valid in the file's encoding: check --encoding (utf8, gbk, gb18030)`,
    zh: (p: { field: string }) => `${p.field}：值中有不符合文件编码的字节：请检查 --encoding（utf8、gbk、gb18030）`,
  },
  /** `detail` is the JSON parser's own (English) words; `at` the 1-based character it points at, or 0. */
  'row.json': {
    en: (p: { detail: string; at: number }) => `the line is not valid JSON (${p.detail}): one account object a line, e.g. ${EXAMPLE}`,
    zh: (p: { detail: string; at: number }) => `这一行不是有效的 JSON${p.at > 0 ? `（第 ${p.at} 个字符附近有错）` : ''}：每行写一个账户对象，例如 ${EXAMPLE}`,
  },
  'row.the-line': { en: 'the line', zh: '这一行' },
  'row.not-object': {
    en: (p: { kind: Kind }) =>
      `the line holds ${p.kind === 'array' ? 'an array' : p.kind === 'null' ? 'null' : `a ${p.kind}`}, not an account object: one object a line, e.g. ${EXAMPLE}`,
    zh: (p: { kind: Kind }) => `这一行是${p.kind === 'null' ? ' null' : kindZh(p.kind)}，不是账户对象：每行写一个对象，例如 ${EXAMPLE}`,
  },
  'row.duplicate-field': {
    en: (p: { key: string; field: string; before: string }) => `${p.key}: the account gives ${p.field} twice (also as ${p.before}): keep one`,
    zh: (p: { key: string; field: string; before: string }) => `${p.key}：这个账户把 ${p.field} 给了两次（另一次写作 ${p.before}）：请只保留一个`,
  },
  'row.type': {
    en: (p: { key: string; kind: Kind }) =>
      `${p.key}: expected a string, got ${p.kind === 'array' ? 'an array' : p.kind}: write amounts as strings, e.g. "20000.00"`,
    zh: (p: { key: string; kind: Kind }) => `${p.key}：应当是字符串，这里是${kindZh(p.kind)}：金额请写成字符串，例如 "20000.00"`,
  },
  /** `detail` is the developer's text of the internal error (for the bug report). */
  'row.internal': {
    en: (p: { detail: string }) => `internal error while scoring this row (${p.detail}): please report it with the row`,
    zh: (p: { detail: string }) => `评分这一行时出现内部错误（${p.detail}）：这是 repayplan 的缺陷，请连同这一行报告给我们`,
  },
  'row.invalid': { en: 'the row is invalid', zh: '这一行无效' },
  'row.quote-not-closed': {
    en: (p: { line: number }) =>
      `a quote (") opened on line ${p.line} is never closed, so everything to the end of the input is one broken row: close the quote`,
    zh: (p: { line: number }) => `第 ${p.line} 行的引号（"）一直没有闭合，从那里到文件末尾都成了一行残缺的记录：请补上闭合的引号`,
  },
  'row.too-long': {
    en: (p: { mib: number }) => `the line is longer than ${p.mib} MiB: one account a line`,
    zh: (p: { mib: number }) => `这一行超过 ${p.mib} MiB：每行只写一个账户`,
  },
  /** A column without a name in the header, as the reasons name it. */
  'row.column-n': { en: (p: { n: number }) => `column ${p.n}`, zh: (p: { n: number }) => `第 ${p.n} 列` },
  'batch.record-too-long': {
    en: (p: { source: string; line: number; mib: number }) =>
      `${p.source}: line ${p.line}: a record is longer than ${p.mib} MiB, most likely a quote (") that is never closed: fix the quoting; rows up to there were processed`,
    zh: (p: { source: string; line: number; mib: number }) =>
      `${p.source}：第 ${p.line} 行：一条记录超过 ${p.mib} MiB，多半是有个引号（"）没有闭合：请修正引号；这之前的行已经处理`,
  },
  'batch.empty-input': {
    en: (p: { source: string }) =>
      `${p.source}: the input is empty: a CSV needs a header line naming the columns (principal,overdue_days,… or 本金,逾期天数,…)`,
    zh: (p: { source: string }) => `${p.source}：输入是空的：CSV 第一行须是列名表头（principal,overdue_days,… 或 本金,逾期天数,…）`,
  },
  /** Between the reasons of a row with several issues. */
  'row.issue-sep': { en: '; ', zh: '；' },
  /** One rejected row on stderr (`id` '' when the row has none). */
  'row.rejected': {
    en: (p: { row: number; line: number; id: string; reason: string }) => `row ${p.row} (line ${p.line}${p.id ? `, id ${p.id}` : ''}): ${p.reason}`,
    zh: (p: { row: number; line: number; id: string; reason: string }) => `第 ${p.row} 行（文件第 ${p.line} 行${p.id ? `，账户 ${p.id}` : ''}）：${p.reason}`,
  },
}));
