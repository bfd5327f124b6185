/** zh / en labels for the table, counter-offers and scripts. One catalogue, keyed by stable names. */
import type { Lang, OfferFamily } from '../policy/types.js';

const LABELS = {
  account: { zh: '账户', en: 'Account' },
  asOf: { zh: '评估日', en: 'as of' },
  policy: { zh: '政策', en: 'policy' },
  bucket: { zh: '逾期阶段', en: 'Bucket' },
  daysOverdue: { zh: '天逾期', en: 'days overdue' },
  owed: { zh: '欠款合计', en: 'Owed' },
  principal: { zh: '本金', en: 'principal' },
  interest: { zh: '利息', en: 'interest' },
  fees: { zh: '费用', en: 'fees' },
  fee: { zh: '手续费', en: 'fee' },
  estimated: { zh: '估算', en: 'estimated' },
  estimatedNote: { zh: '估算自到期日起计，实际计息通常自记账日起，可能偏低', en: 'estimated from the missed due date; real interest usually runs from the posting date, so this may be low' },
  surplus: { zh: '月结余', en: 'Monthly surplus' },
  cap: { zh: '可负担月供上限', en: 'affordable cap' },
  cash: { zh: '可一次性筹措', en: 'cash available' },
  notGiven: { zh: '未提供', en: 'not given' },
  statusQuo: { zh: '不处理', en: 'If nothing is agreed' },
  in12Months: { zh: '12个月后欠款', en: 'owed in 12 months' },
  plan: { zh: '方案', en: 'Plan' },
  type: { zh: '类型', en: 'Type' },
  months: { zh: '期数', en: 'Months' },
  paymentNow: { zh: '首付/一次性', en: 'Pay now' },
  monthly: { zh: '月供', en: 'Monthly' },
  totalPaid: { zh: '还款总额', en: 'Total paid' },
  waived: { zh: '减免', en: 'Waived' },
  apr: { zh: '年化利率', en: 'APR' },
  aprNominal: { zh: '年化利率(IRR)', en: 'APR (IRR)' },
  aprEffective: { zh: '实际年利率', en: 'APR (effective)' },
  affordable: { zh: '可负担', en: 'Affordable' },
  npv: { zh: '回收现值', en: 'NPV' },
  recovery: { zh: '回收率', en: 'Recovery' },
  yes: { zh: '是', en: 'yes' },
  no: { zh: '否', en: 'no' },
  unknown: { zh: '未知', en: 'unknown' },
  now: { zh: '立即', en: 'now' },
  lumpSum: { zh: '一次性', en: 'lump sum' },
  dueBy: { zh: '最迟', en: 'due by' },
  recommended: { zh: '推荐', en: 'Recommended' },
  noRecommendation: { zh: '无推荐方案', en: 'No plan recommended' },
  notOffered: { zh: '不提供的方案', en: 'Not offered' },
  schedules: { zh: '还款计划对照', en: 'Schedules side by side' },
  schedule: { zh: '还款计划', en: 'Schedule' },
  month: { zh: '期', en: '#' },
  date: { zh: '日期', en: 'Date' },
  payment: { zh: '还款额', en: 'Payment' },
  principalCol: { zh: '本金', en: 'Principal' },
  interestCol: { zh: '利息', en: 'Interest' },
  feeCol: { zh: '手续费', en: 'Fee' },
  graceMark: { zh: '宽限期', en: 'grace' },
  balance: { zh: '剩余本金', en: 'Balance' },
  total: { zh: '合计', en: 'Total' },
  perMonth: { zh: '每月', en: 'a month' },
  forMonths: { zh: '期', en: 'months' },
  noPlans: { zh: '该账户在此政策下没有可提供的方案', en: 'no plan is available for this account under the policy' },
} as const satisfies Record<string, Record<Lang, string>>;

export type LabelKey = keyof typeof LABELS;

export function t(lang: Lang, key: LabelKey): string {
  return LABELS[key][lang];
}

const FAMILIES: Record<OfferFamily, Record<Lang, string>> = {
  installment: { zh: '分期', en: 'installment' },
  deferral: { zh: '停息挂账', en: 'deferral' },
  reduction: { zh: '减免结清', en: 'settlement' },
};

export function familyLabel(lang: Lang, family: OfferFamily): string {
  return FAMILIES[family][lang];
}

const UNAVAILABLE: Record<string, Record<Lang, string>> = {
  'nothing-to-pay': { zh: '减免后无需还款', en: 'the waivers leave nothing to pay' },
  'term-too-long': { zh: '期限超过政策上限', en: "longer than the policy's term limit" },
  'principal-not-positive': { zh: '金额太小，某期无本金可还', en: 'the amount is too small: some month would repay no principal' },
  'below-min-installment': { zh: '月供低于最低分期金额', en: 'a monthly payment would be below the minimum installment' },
};

/** Unavailable reason by its code, translated; falls back to the engine's English text. */
export function unavailableReason(lang: Lang, code: string, fallback: string): string {
  return UNAVAILABLE[code]?.[lang] ?? fallback;
}

const RECOMMENDATION: Record<string, Record<Lang, string>> = {
  'best-npv-affordable': { zh: '可负担方案中预期回收现值最高', en: 'the affordable plan with the highest expected recovery (NPV)' },
  'best-npv-unknown': { zh: '收入或资金未提供，按预期回收现值最高推荐，可负担性未知', en: 'highest expected recovery (NPV); affordability unknown (income or cash not given)' },
  'none-affordable': { zh: '没有可负担的方案', en: 'no plan is affordable' },
  'no-plans': { zh: '该账户在此政策下没有可提供的方案', en: 'no plan is available for this account under the policy' },
};

export function recommendationReason(lang: Lang, code: string, fallback: string): string {
  return RECOMMENDATION[code]?.[lang] ?? fallback;
}

/** Display width in terminal columns: East Asian wide characters count 2; ANSI escapes 0. */
export function displayWidth(text: string): number {
  let width = 0;
  // eslint-disable-next-line no-control-regex
  for (const ch of text.replace(/\u001b\[[0-9;]*m/g, '')) {
    const c = ch.codePointAt(0) ?? 0;
    const wide = (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff)
      || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x20000 && c <= 0x3fffd);
    width += wide ? 2 : 1;
  }
  return width;
}

/**
 * Wraps prose to `width` display columns at spaces (continuation lines indented by two); a word
 * wider than the line is cut by characters. ANSI-free text only.
 */
export function wrap(text: string, width: number, indent = '  '): string {
  const lines: string[] = [];
  let line = '';
  const push = () => { lines.push(line); line = indent; };
  for (const word of text.split(' ')) {
    const candidate = line === '' || line === indent ? line + word : `${line} ${word}`;
    if (displayWidth(candidate) <= width) { line = candidate; continue; }
    if (line !== '' && line !== indent) push();
    let rest = word;
    while (displayWidth(line + rest) > width) {
      let cut = '';
      for (const ch of rest) { if (displayWidth(line + cut + ch) > width) break; cut += ch; }
      line += cut;
      rest = rest.slice(cut.length);
      push();
    }
    line += rest;
  }
  if (line.trim() !== '') lines.push(line);
  return lines.join('\n');
}
