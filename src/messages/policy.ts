/**
 * Policy validation messages (`repayplan policy validate`, `--policy FILE`). Each renders the
 * part after "<path>: ": what is wrong, "; ", what would be valid. Values arrive already quoted
 * or described (`"0,5"`, `the JSON number 5`); examples arrive rendered from the schema's
 * `examples` (src/policy/schema.ts), so a new field needs no message of its own.
 */
import { defineMessages } from './types.js';

type S = string;

/** "an installment", "a deferral". */
const a = (word: S): S => `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;
const eg = (example: S): S => (example ? `, e.g. ${example}` : '');
const zhEg = (example: S): S => (example ? `，例如 ${example}` : '');

export const POLICY = defineMessages(() => ({
  'policy.not-object': {
    en: (p: { value: S }) => `a policy must be a JSON object, not ${p.value}; start from \`repayplan policy init cn-standard\``,
    zh: (p: { value: S }) => `政策必须是 JSON 对象，而不是 ${p.value}；可从 \`repayplan policy init cn-standard\` 开始`,
  },
  'policy.unknown-key': {
    en: (p: { key: S; at: S; guess: S; allowed: S }) =>
      `unknown key ${p.key} ${p.at ? `in ${p.at}` : 'at the top level'}; ${p.guess ? `did you mean ${p.guess}? ` : ''}the keys allowed here are ${p.allowed}`,
    zh: (p: { key: S; at: S; guess: S; allowed: S }) =>
      `${p.at ? `${p.at} 中` : '顶层'}有未知的键 ${p.key}；${p.guess ? `是不是 ${p.guess}？` : ''}这里允许的键是 ${p.allowed}`,
  },
  'policy.missing-key': {
    en: (p: { reason: S; key: S; example: S }) =>
      `missing${p.reason ? `: ${p.reason}` : ' (required)'}; add it${p.example ? `, e.g. ${p.key}: ${p.example}` : ''}`,
    zh: (p: { reason: S; key: S; example: S }) =>
      `缺少此项${p.reason ? `：${p.reason}` : '（必填）'}；请补上${p.example ? `，例如 ${p.key}: ${p.example}` : ''}`,
  },
  // Why a conditionally required key is needed: 'policy.needs.<object>.<key>', else 'policy.needs.<object>'
  // (<object>: the $defs name, e.g. offer, or the key, e.g. lateFee).
  'policy.needs.offer.method': {
    en: (p: { family: S }) => `${a(p.family)} offer needs a method: "flat-fee", "annuity" or "equal-principal"`,
    zh: (p: { family: S }) => `${p.family} 方案需要还款方式："flat-fee"、"annuity" 或 "equal-principal"`,
  },
  'policy.needs.offer.monthlyFeeRate': { en: 'a flat-fee offer needs its monthly fee rate', zh: 'flat-fee 方案需要月手续费率' },
  'policy.needs.offer.annualRate': {
    en: (p: { method: S }) => `${a(p.method)} offer needs its yearly interest rate`,
    zh: (p: { method: S }) => `${p.method} 方案需要年利率`,
  },
  'policy.needs.offer.graceMonths': { en: 'a deferral offer needs the grace lengths it offers, in months', zh: '停息挂账（deferral）方案需要给出宽限期的月数' },
  'policy.needs.offer.graceShare': {
    en: 'a deferral offer needs the share of the debt paid each grace month',
    zh: '停息挂账（deferral）方案需要宽限期内每月还款占欠款的比例',
  },
  'policy.needs.offer.lumpSumDays': {
    en: 'a reduction offer with term 1 (a lump sum) needs the days allowed to pay it',
    zh: '期数含 1（一次性结清）的减免方案需要给出付款天数',
  },
  'policy.needs.lateFee.amount': { en: 'a flat late fee needs its amount', zh: '固定滞纳金（flat）需要金额' },
  'policy.needs.lateFee': {
    en: 'a percentOfMinimumDue late fee needs rate, min and max (null for no bound)',
    zh: '按最低还款额比例收取的滞纳金需要 rate、min 和 max（无上下限写 null）',
  },
  // A key the schema forbids next to its siblings: 'policy.not-allowed.<object>.<key>', else '…<object>', else this.
  'policy.not-allowed': { en: 'not allowed here; remove it', zh: '此处不允许；请删除' },
  'policy.not-allowed.lateFee': {
    en: (p: { type: S }) => `not used when lateFee.type is ${p.type}; remove it`,
    zh: (p: { type: S }) => `lateFee.type 为 ${p.type} 时不用此项；请删除`,
  },
  'policy.not-allowed.offer.method': {
    en: 'a reduction offer has no method (it is paid as a lump sum, or monthly at no fee); remove it',
    zh: '减免方案没有还款方式（一次性结清，或按月免手续费还款）；请删除',
  },
  'policy.not-allowed.offer.monthlyFeeRate': {
    en: (p: { family: S; method: S }) =>
      p.family === 'reduction'
        ? 'a reduction offer charges no fee; remove it'
        : `${a(p.method)} offer charges annualRate, not monthlyFeeRate; remove it, or set method to "flat-fee"`,
    zh: (p: { family: S; method: S }) =>
      p.family === 'reduction' ? '减免方案不收手续费；请删除' : `${p.method} 方案按 annualRate 计息，不用 monthlyFeeRate；请删除，或把 method 改为 "flat-fee"`,
  },
  'policy.not-allowed.offer.annualRate': {
    en: (p: { family: S }) =>
      p.family === 'reduction'
        ? 'a reduction offer charges no interest; remove it'
        : 'a flat-fee offer charges monthlyFeeRate, not annualRate; remove it, or set method to "annuity" or "equal-principal"',
    zh: (p: { family: S }) =>
      p.family === 'reduction'
        ? '减免方案不收利息；请删除'
        : 'flat-fee 方案按 monthlyFeeRate 收费，不用 annualRate；请删除，或把 method 改为 "annuity" 或 "equal-principal"',
  },
  'policy.not-allowed.offer.graceMonths': {
    en: (p: { family: S }) => `only a deferral offer has graceMonths, not ${a(p.family)} offer; remove it, or set family to "deferral"`,
    zh: (p: { family: S }) => `只有停息挂账（deferral）方案有 graceMonths，${p.family} 方案没有；请删除，或把 family 改为 "deferral"`,
  },
  'policy.not-allowed.offer.graceShare': {
    en: (p: { family: S }) => `only a deferral offer has graceShare, not ${a(p.family)} offer; remove it, or set family to "deferral"`,
    zh: (p: { family: S }) => `只有停息挂账（deferral）方案有 graceShare，${p.family} 方案没有；请删除，或把 family 改为 "deferral"`,
  },
  'policy.not-allowed.offer.lumpSumDays': {
    en: (p: { family: S }) => `only a reduction offer has lumpSumDays, not ${a(p.family)} offer; remove it`,
    zh: (p: { family: S }) => `只有减免方案有 lumpSumDays，${p.family} 方案没有；请删除`,
  },
  'policy.zero-tolerated': { en: ' (only "0", which changes nothing, is tolerated)', zh: '（只容许不起作用的 "0"）' },
  'policy.decimal-as-number': {
    en: (p: { number: S; kind: S; text: S }) =>
      `the JSON number ${p.number} is not a decimal string; give ${p.kind === 'amount' ? 'amounts' : p.kind === 'share' ? 'shares' : 'rates'} as decimal strings like "${p.text}", not the JSON number ${p.number}`,
    zh: (p: { number: S; kind: S; text: S }) =>
      `JSON 数字 ${p.number} 不是十进制字符串；${p.kind === 'amount' ? '金额' : '比率'}请写成带引号的十进制字符串，如 "${p.text}"，不要写 JSON 数字 ${p.number}`,
  },
  'policy.not-decimal-string': {
    en: (p: { value: S; kind: S; nullable: number }) =>
      `${p.value} is not a decimal string; write ${p.kind === 'amount' ? 'the amount' : 'the number'} in quotes, e.g. "${p.kind === 'amount' ? '100.00' : '0.005'}"${p.nullable ? ', or null' : ''}`,
    zh: (p: { value: S; kind: S; nullable: number }) =>
      `${p.value} 不是十进制字符串；请把${p.kind === 'amount' ? '金额' : '数字'}写在引号里，例如 "${p.kind === 'amount' ? '100.00' : '0.005'}"${p.nullable ? '，或写 null' : ''}`,
  },
  'policy.not-whole': {
    en: (p: { value: S; range: S }) => `${p.value} is not a whole number; use ${p.range}`,
    zh: (p: { value: S; range: S }) => `${p.value} 不是整数；请用${p.range}`,
  },
  'policy.quoted-number': {
    en: (p: { value: S; number: S }) => `the string ${p.value} is not a number; write the JSON number ${p.number} without quotes`,
    zh: (p: { value: S; number: S }) => `字符串 ${p.value} 不是数字；请写不带引号的 JSON 数字 ${p.number}`,
  },
  'policy.wrong-type': {
    en: (p: { value: S; types: S; example: S }) => `${p.value} has the wrong type; give ${p.types}${eg(p.example)}`,
    zh: (p: { value: S; types: S; example: S }) => `${p.value} 类型不对；应为 ${p.types}${zhEg(p.example)}`,
  },
  'policy.decimal-format.rate': {
    en: (p: { value: S }) =>
      `${p.value} is not a plain decimal; write digits with an optional decimal point, like "0.005" (no sign, exponent, percent sign, comma or spaces)`,
    zh: (p: { value: S }) => `${p.value} 不是普通小数；请只写数字和可选的小数点，如 "0.005"（不要正负号、指数、百分号、逗号或空格）`,
  },
  'policy.decimal-format.amount': {
    en: (p: { value: S; digits: number; example: S }) =>
      `${p.value} is not a plain amount; write digits with at most ${p.digits} decimal${p.digits === 1 ? '' : 's'}, like "${p.example}" (no currency sign, sign, comma or spaces)`,
    zh: (p: { value: S; digits: number; example: S }) =>
      `${p.value} 不是普通金额；请只写数字，最多 ${p.digits} 位小数，如 "${p.example}"（不要货币符号、正负号、逗号或空格）`,
  },
  'policy.offer-id': {
    en: (p: { value: S }) => `${p.value} is not a valid offer id; use lowercase letters, digits and hyphens, starting with a letter, like "hardship-plan"`,
    zh: (p: { value: S }) => `${p.value} 不是有效的方案 id；请用小写字母、数字和连字符，以字母开头，如 "hardship-plan"`,
  },
  'policy.currency-code': {
    en: (p: { value: S }) => `${p.value} is not an ISO 4217 currency code; use three capital letters, like "CNY", "USD" or "GBP"`,
    zh: (p: { value: S }) => `${p.value} 不是 ISO 4217 货币代码；请用三个大写字母，如 "CNY"、"USD" 或 "GBP"`,
  },
  'policy.format': {
    en: (p: { value: S; pattern: S }) => `${p.value} does not match ${p.pattern}; correct its format`,
    zh: (p: { value: S; pattern: S }) => `${p.value} 不符合 ${p.pattern}；请改正格式`,
  },
  'policy.enum': {
    en: (p: { value: S; allowed: S }) => `${p.value} is not one of the allowed values; use ${p.allowed}`,
    zh: (p: { value: S; allowed: S }) => `${p.value} 不是允许的取值；请用 ${p.allowed}`,
  },
  'policy.out-of-range': {
    en: (p: { value: S; range: S }) => `${p.value} is out of range; use ${p.range}`,
    zh: (p: { value: S; range: S }) => `${p.value} 超出范围；请用${p.range}`,
  },
  'policy.decimal-out-of-range': {
    en: (p: { value: S; what: S; min: S; max: S; note: S }) =>
      `${p.value} is out of range; a ${p.what} is from "${p.min}" to "${p.max}"${p.note ? ` (${p.note})` : ''}`,
    zh: (p: { value: S; min: S; max: S }) => `${p.value} 超出范围；应在 "${p.min}" 到 "${p.max}" 之间`,
  },
  'policy.empty-list': {
    en: (p: { item: S }) => `is empty; list at least one ${p.item}`,
    zh: (p: { item: S }) => `是空的；请至少列出一个${p.item}`,
  },
  'policy.empty-text': {
    en: (p: { example: S }) => `is empty; give a non-empty text${eg(p.example)}`,
    zh: (p: { example: S }) => `是空的；请填写非空文本${zhEg(p.example)}`,
  },
  'policy.duplicate': {
    en: (p: { value: S; first: S; item: S }) => `${p.value} repeats ${p.first}; list each ${p.item} once`,
    zh: (p: { value: S; first: S; item: S }) => `${p.value} 与 ${p.first} 重复；每个${p.item}只列一次`,
  },
  'policy.invalid': {
    en: (p: { detail: S }) => `${p.detail}; see schema/policy.schema.json`,
    zh: (p: { detail: S }) => `${p.detail}；参见 schema/policy.schema.json`,
  },
  // Reading a policy file (src/policy/policy-text.ts); `hint` says where to start from.
  'policy.file.not-utf8': {
    en: 'the file is not UTF-8 text (a GBK or UTF-16 file?); save it as UTF-8',
    zh: '文件不是 UTF-8 文本（是 GBK 或 UTF-16 文件吗？）；请另存为 UTF-8',
  },
  'policy.file.empty': { en: (p: { hint: S }) => `the file is empty; ${p.hint}`, zh: (p: { hint: S }) => `文件是空的；请${p.hint}` },
  /** An example value with what it means: `"0.24" (24 % a year)`. */
  'policy.example-label': {
    en: (p: { example: S; label: S }) => `${p.example} (${p.label})`,
    zh: (p: { example: S; label: S }) => `${p.example}（${p.label}）`,
  },
  /** One issue of a policy: its JSON path, then what is wrong. */
  'policy.at': { en: (p: { path: S; why: S }) => `${p.path}: ${p.why}`, zh: (p: { path: S; why: S }) => `${p.path}：${p.why}` },
  'policy.file.not-json': {
    en: (p: { detail: S; hint: S }) => `not valid JSON: ${p.detail}; fix the syntax, or ${p.hint}`,
    zh: (p: { detail: S; hint: S }) => `不是有效的 JSON：${p.detail}；请改正语法，或${p.hint}`,
  },
  'policy.file.duplicate-key': {
    en: 'the key is given twice in the same object (only one value can count); keep one',
    zh: '同一对象里这个键出现了两次（只有一个值能算数）；请保留一个',
  },
}));
