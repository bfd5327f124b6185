/**
 * Messages for input that lies and runs that die (issue #15): repeated and empty flags,
 * repeated JSON keys, padding, nesting and size limits, NUL bytes, outputs that are the input,
 * interrupted runs, accounts too large to value. Values in the parameters are already quoted
 * (JSON.stringify) and masked by the caller.
 */
import { defineMessages } from './types.js';

export const INPUT = defineMessages(() => ({
  'usage.repeated-flag': {
    en: (p: { flag: string; first: string; second: string }) => `${p.flag} is given twice (${p.first} and ${p.second}): only one can count, so give it once`,
    zh: (p: { flag: string; first: string; second: string }) => `${p.flag} 给了两次（${p.first} 和 ${p.second}）：只能有一个值，请只写一次`,
  },
  'usage.empty-value': {
    en: (p: { flag: string }) => `${p.flag}: the value is empty: give a value, or leave ${p.flag} out`,
    zh: (p: { flag: string }) => `${p.flag}：值为空：请给出一个值，或者不写 ${p.flag}`,
  },
  'input.duplicate-key': {
    en: (p: { where: string; path: string; first: string; second: string }) =>
      `${p.where}${p.path}: the key is given twice in the same object (${p.first} and ${p.second}); only one can count: keep one`,
    zh: (p: { where: string; path: string; first: string; second: string }) =>
      `${p.where}${p.path}：同一对象中这个键出现了两次（${p.first} 和 ${p.second}），只能有一个值：请保留一个`,
  },
  'input.too-deep': {
    en: (p: { where: string; max: number }) =>
      `${p.where}: the JSON is nested more than ${p.max} levels deep: an account or a policy is only a few levels deep; check the file`,
    zh: (p: { where: string; max: number }) => `${p.where}：JSON 嵌套超过 ${p.max} 层：账户或政策文件只有几层，请检查文件`,
  },
  'input.too-big': {
    en: (p: { where: string; limit: string }) =>
      `${p.where}: more than ${p.limit} to read: an account or a policy is a few kilobytes; give the right file (batch reads large inputs)`,
    zh: (p: { where: string; limit: string }) => `${p.where}：内容超过 ${p.limit}：账户或政策文件只有几 KB，请检查文件（大量账户请用 batch）`,
  },
  'input.fifo-no-writer': {
    en: (p: { where: string }) => `${p.where}: a named pipe (FIFO) with nothing written into it: start the writer first, or give a regular file`,
    zh: (p: { where: string }) => `${p.where}：这是一个没有写入方的命名管道（FIFO）：请先启动写入方，或者给出普通文件`,
  },
  'input.padding': {
    en: (p: { field: string; value: string; char: string; end: string }) =>
      `${p.field}: ${p.value} has ${p.char} at its ${p.end}: write the value alone, without spaces or other blank characters`,
    zh: (p: { field: string; value: string; char: string; end: string }) =>
      `${p.field}：${p.value} 的${p.end === 'start' ? '开头' : '末尾'}有 ${p.char}：请只写数值本身，不要带空格或其他空白字符`,
  },
  'amount.plus-sign': {
    en: (p: { field: string; value: string }) => `${p.field}: ${p.value} has a plus sign: write the amount without it`,
    zh: (p: { field: string; value: string }) => `${p.field}：${p.value} 带有加号：请去掉加号`,
  },
  'amount.space-after-sign': {
    en: (p: { field: string; value: string }) =>
      `${p.field}: ${p.value} has a space after the currency sign: write the sign right before the digits, or leave it out`,
    zh: (p: { field: string; value: string }) => `${p.field}：${p.value} 的货币符号后有空格：请把符号紧贴数字，或者不写符号`,
  },
  'row.nul': {
    en: (p: { field: string }) => `${p.field}: the value holds a NUL byte (\\x00), which text never has: check the export of this row`,
    zh: (p: { field: string }) => `${p.field}：值中有 NUL 字节（\\x00），正常文本不会有：请检查这一行的导出`,
  },
  'batch.same-file': {
    en: (p: { flag: string; name: string }) => `${p.flag}: ${p.name} is the input file (the same file, perhaps through a link): write to another file`,
    zh: (p: { flag: string; name: string }) => `${p.flag}：${p.name} 就是输入文件（可能是同一文件的链接）：请写到另一个文件`,
  },
  'batch.interrupted': {
    en: (p: { signal: string; removed: string }) => `repayplan batch: interrupted (${p.signal}): ${p.removed}`,
    zh: (p: { signal: string; removed: string }) => `repayplan batch：已中断（${p.signal}）：${p.removed}`,
  },
  'batch.interrupted-removed': {
    en: (p: { files: string }) => `removed the unfinished ${p.files}; no output was written`,
    zh: (p: { files: string }) => `已删除未完成的 ${p.files}，没有写出任何结果`,
  },
  'batch.interrupted-nothing': {
    en: 'no output file was started',
    zh: '尚未开始写出结果文件',
  },
  'account.too-large': {
    en: (p: { days: number; whole: number; digits: number }) =>
      `overdue days ${p.days}: the debt comes to an amount with ${p.whole} digits before the decimal point by the valuation date (principal and the interest and fees the policy estimates), more than repayplan handles (${p.digits} digits before the decimal point): check overdue days, or the policy's daily rate and charges cap`,
    zh: (p: { days: number; whole: number; digits: number }) =>
      `逾期 ${p.days} 天：到估值日欠款合计达到 ${p.whole} 位整数（本金加政策估算的利息和费用），超过 repayplan 能处理的范围（整数部分最多 ${p.digits} 位）：请检查逾期天数，或政策的日利率和费用上限`,
  },
}));
