/**
 * `repayplan batch`: flags that do not fit together, inputs it cannot read (encoding, header),
 * and the notes it prints while reading. Values arrive quoted (JSON.stringify) where the English
 * quoted them; `source` is the input's name.
 */
import { defineMessages } from './types.js';

type Src = { source: string };
type Name = { name: string };

export const BATCH_USAGE = defineMessages(() => ({
  'batch.jobs-invalid': {
    en: (p: { value: string; max: number; cores: number }) =>
      `--jobs: ${p.value} is not a number of worker threads: give a whole number from 1 to ${p.max} (default: the core count, ${p.cores})`,
    zh: (p: { value: string; max: number; cores: number }) =>
      `--jobs：${p.value} 不是有效的工作线程数：请给出 1 到 ${p.max} 的整数（默认为 CPU 核数 ${p.cores}）`,
  },
  'batch.columns-empty': {
    en: '--columns: the list is empty: name the CSV columns in order, e.g. --columns id,principal,overdue_days',
    zh: '--columns：列表是空的：请按顺序写出 CSV 的列名，例如 --columns id,principal,overdue_days',
  },
  'batch.columns-with-ndjson': {
    en: '--columns names the fields of a headerless CSV: NDJSON lines name their own fields, so drop --columns or use --input-format csv',
    zh: '--columns 用于给没有表头的 CSV 指定列名，而 NDJSON 每行自带字段名：请去掉 --columns，或使用 --input-format csv',
  },
  'batch.bom-ndjson': {
    en: '--bom: a byte-order mark is for CSV opened in Excel; NDJSON is read by programs, which it would confuse: drop --bom or use --format csv',
    zh: '--bom：字节顺序标记（BOM）是给用 Excel 打开的 CSV 用的，NDJSON 由程序读取，加上反而会出错：请去掉 --bom，或使用 --format csv',
  },
  /** The same, when the output's format is known only from the input. */
  'batch.bom-ndjson-output': {
    en: '--bom: a byte-order mark is for CSV opened in Excel, not NDJSON: drop --bom or use --format csv',
    zh: '--bom：字节顺序标记（BOM）只用于给 Excel 打开的 CSV，不用于 NDJSON：请去掉 --bom，或使用 --format csv',
  },
  'batch.keep-empty': {
    en: '--keep: the list is empty: name the input columns to pass through, e.g. --keep customer_no,branch',
    zh: '--keep：列表是空的：请写出要原样带到输出中的输入列，例如 --keep customer_no,branch',
  },
  'batch.keep-twice': {
    en: (p: Name) => `--keep: ${p.name} is named twice: name each column once`,
    zh: (p: Name) => `--keep：${p.name} 写了两次：每列只写一次`,
  },
  'batch.keep-is-output': {
    en: (p: Name) => `--keep: ${p.name} is already an output column: keep only columns the output does not have (the row column joins back to the input)`,
    zh: (p: Name) => `--keep：${p.name} 已经是输出列：只能保留输出中没有的列（用 row 列即可与输入对应）`,
  },
  'batch.keep-not-column': {
    en: (p: { names: string; count: number; from: string; shown: string; more: number }) =>
      `--keep: ${p.names} ${p.count > 1 ? 'are' : 'is'} not a column of ${p.from}: choose among ${p.shown}${p.more ? ', …' : ''}`,
    zh: (p: { names: string; count: number; from: string; shown: string; more: number }) =>
      `--keep：${p.names} 不是 ${p.from} 中的列：请从 ${p.shown}${p.more ? ', …' : ''} 中选择`,
  },
  'batch.headers-ndjson': {
    en: '--headers zh: Chinese headers are for CSV opened by people; NDJSON keys stay English for programs: drop --headers or use --format csv',
    zh: '--headers zh：中文表头是给人打开的 CSV 用的，NDJSON 的键保持英文供程序读取：请去掉 --headers，或使用 --format csv',
  },
  'batch.stdin-tty': {
    en: 'batch: no input file given and stdin is a terminal: give a CSV or NDJSON file, or pipe one in (repayplan batch accounts.csv -o scored.csv)',
    zh: 'batch：没有给出输入文件，而标准输入是终端：请给出 CSV 或 NDJSON 文件，或用管道输入（repayplan batch accounts.csv -o scored.csv）',
  },
  'batch.errors-is-output': {
    en: (p: Name) => `--errors: ${p.name} is also the output file: give the rejected rows a file of their own`,
    zh: (p: Name) => `--errors：${p.name} 也是输出文件：请为被拒绝的行另给一个文件`,
  },
  'batch.errors-stdout': {
    en: '--errors -: stdout already carries the scored rows: send rejected rows to a file (--errors rejected.csv) or leave them on stderr',
    zh: '--errors -：标准输出已用于评分结果：请把被拒绝的行写到文件（--errors rejected.csv），或留在标准错误输出',
  },
  /** A note: input columns that are not account fields (`list` joined with ", "). */
  'batch.ignoring-columns': {
    en: (p: { count: number; list: string }) => `ignoring column${p.count > 1 ? 's' : ''} not among the account fields of §2: ${p.list}`,
    zh: (p: { count: number; list: string }) => `忽略不属于账户字段（§2）的列：${p.list}`,
  },
  'batch.never-echoed': { en: (p: Name) => `${p.name} (never echoed)`, zh: (p: Name) => `${p.name}（内容不会回显）` },
  'batch.unnamed': { en: '(unnamed)', zh: '（无列名）' },
  /** A note: the input turned from ASCII into GBK (or another encoding) after the sniffed head. */
  'batch.encoding-switch': {
    en: (p: { kib: number; shown: string; encoding: string }) =>
      `the first ${p.kib} KiB were plain ASCII and then came ${p.shown} text: reading the rest as ${p.encoding} (name it with --encoding to be sure)`,
    zh: (p: { kib: number; shown: string; encoding: string }) =>
      `前 ${p.kib} KiB 都是纯 ASCII，之后出现了 ${p.shown} 文本：其余部分按 ${p.encoding} 读取（可用 --encoding 明确指定）`,
  },
  'batch.header-encoding': {
    en: (p: Src & { encoding: string }) =>
      `${p.source}: the header line has bytes that are not valid ${p.encoding || 'text'}: name the file's encoding with --encoding (utf8, gbk, gb18030)`,
    zh: (p: Src & { encoding: string }) =>
      `${p.source}：表头行含有${p.encoding ? `不是有效 ${p.encoding} 编码的` : '无法识别的'}字节：请用 --encoding 指定文件的编码（utf8、gbk、gb18030）`,
  },
  'batch.duplicate-column': {
    en: (p: Src & { first: string; second: string; field: string }) => `${p.source}: columns ${p.first} and ${p.second} both give ${p.field}: keep one of them`,
    zh: (p: Src & { first: string; second: string; field: string }) => `${p.source}：列 ${p.first} 和 ${p.second} 都对应 ${p.field}：请只保留其中一列`,
  },
  'batch.no-known-column': {
    en: (p: Src & { shown: string; more: number }) =>
      `${p.source}: no known column in the header (${p.shown}${p.more ? ', …' : ''}): the first line must name the columns (principal,overdue_days,… or 本金,逾期天数,…), or give them with --columns for a headerless file`,
    zh: (p: Src & { shown: string; more: number }) =>
      `${p.source}：表头中没有可识别的列（${p.shown}${p.more ? ', …' : ''}）：第一行必须写出列名（principal,overdue_days,… 或 本金,逾期天数,…），没有表头的文件请用 --columns 给出列名`,
  },
  /** `second` is '' when one column is missing. */
  'batch.missing-column': {
    en: (p: Src & { first: string; second: string }) =>
      p.second
        ? `${p.source}: the required columns ${p.first} and ${p.second} are missing: add them to the header`
        : `${p.source}: the required column ${p.first} is missing: add it to the header`,
    zh: (p: Src & { first: string; second: string }) =>
      `${p.source}：缺少必需的列 ${p.first}${p.second ? ` 和 ${p.second}` : ''}：请把${p.second ? '它们' : '它'}加到表头`,
  },
  'batch.utf16': {
    en: (p: Src) => `${p.source}: the file is UTF-16, which batch does not read: save it as CSV UTF-8 (or GBK) and run again`,
    zh: (p: Src) => `${p.source}：文件是 UTF-16 编码，batch 不能读取：请另存为 CSV UTF-8（或 GBK）后重新运行`,
  },
  'batch.nul-bytes': {
    en: (p: Src) =>
      `${p.source}: the input has NUL bytes, so it is not a text CSV or NDJSON file (a spreadsheet .xlsx or UTF-16?): export it as CSV UTF-8 and run again`,
    zh: (p: Src) => `${p.source}：输入含有 NUL 字节，不是文本格式的 CSV 或 NDJSON 文件（是 .xlsx 表格或 UTF-16 吗？）：请导出为 CSV UTF-8 后重新运行`,
  },
  'batch.not-text': {
    en: (p: Src) => `${p.source}: the input is neither UTF-8 nor GBK/GB18030 text: export it as CSV UTF-8, or name its encoding with --encoding`,
    zh: (p: Src) => `${p.source}：输入既不是 UTF-8 也不是 GBK/GB18030 文本：请导出为 CSV UTF-8，或用 --encoding 指定编码`,
  },
  /** The progress bar (cli-progress placeholders in braces), when the input's size is known and when it is not. */
  'batch.progress.sized': {
    en: 'batch |{bar}| {percentage}% | {rows} rows | {rate} rows/s | ETA {eta_formatted}',
    zh: 'batch |{bar}| {percentage}% | {rows} 行 | {rate} 行/秒 | 剩余 {eta_formatted}',
  },
  'batch.progress.unsized': {
    en: 'batch | {rows} rows | {rate} rows/s | {duration_formatted}',
    zh: 'batch | {rows} 行 | {rate} 行/秒 | 已用 {duration_formatted}',
  },
  /** Joins two file names in a sentence ("a" and "b"). */
  'batch.and': { en: ' and ', zh: ' 和 ' },
}));
