/**
 * `repayplan apr` for people and programs (§11): the table (labels from the catalogue,
 * src/messages/apr.ts) and the JSON document of schema/apr.schema.json (its type `AprDoc` is
 * derived from src/schema/apr.ts).
 */
import { percentDigits, pointsText, type AprResult } from '../apr/index.js';
import { formatCivilDate } from '../dates/civil-date.js';
import { msg, msgOf, type Lang } from '../messages/index.js';
import { formatMoney, type Minor } from '../money/amount.js';
import { moneyText } from '../money/display.js';
import type { Policy } from '../policy/types.js';
import type { AprDoc } from '../schema/apr.js';
import { displayWidth } from './layout.js';

/** Where the flows of an APR came from (the `source` of `apr --format json`). */
export interface AprSource {
  kind: 'flags' | 'file' | 'plan' | 'agreement';
  file: string | null;
  planId: string | null;
  plan: { apr: string; effectiveAnnualRate: string } | null;
}

/** A rate in percent, the sign placed as the language writes it. */
function percent(rate: AprResult['exact']['apr'] | string, lang: Lang): string {
  return msg(lang, 'common.percent', { value: percentDigits(rate) });
}

export function aprJson(r: AprResult, policy: Policy, source: AprSource, tool: { version: string }): AprDoc {
  const c = policy.currency;
  return {
    schemaVersion: '1',
    tool: { name: 'repayplan', version: tool.version },
    policy: { name: policy.name, version: policy.version, sha256: policy.sha256, currency: c.code },
    source,
    method: r.method,
    unitPeriod: r.unitPeriod,
    unitPeriodsPerYear: r.unitPeriodsPerYear,
    euYear: r.euYear,
    oddDaysFraction: r.oddDaysFraction,
    apr: r.apr,
    nominalAnnualRate: r.nominalAnnualRate,
    effectiveAnnualRate: r.effectiveAnnualRate,
    periodicRate: r.periodicRate,
    residual: r.residual,
    amountFinanced: formatMoney(r.amountFinanced, c),
    totalPayments: formatMoney(r.totalPayments, c),
    financeCharge: formatMoney(r.financeCharge, c),
    flows: r.flows.map((f) => ({ date: formatCivilDate(f.date), amount: formatMoney(f.amount, c), t: f.t, f: f.f, years: f.years })),
    caps: r.caps.map((k) => ({
      rate: k.rate,
      source: k.source,
      above: k.above,
      margin: k.margin,
      regularPayment: k.regularPayment === null ? null : formatMoney(k.regularPayment, c),
      paymentAtCap: k.paymentAtCap === null ? null : formatMoney(k.paymentAtCap, c),
      totalAtCap: formatMoney(k.totalAtCap, c),
    })),
  };
}

export function aprTable(r: AprResult, policy: Policy, source: AprSource, lang: Lang): string {
  const c = policy.currency;
  const money = (x: Minor) => moneyText(x, c);
  const rows: [string, string][] = [];
  rows.push([
    msg(lang, 'apr.label.method'),
    msgOf(lang, `apr.method.${r.method}`) + (source.plan && r.method === 'unit-period' ? ` ${msg(lang, 'apr.note.from-method')}` : ''),
  ]);
  if (r.method === 'unit-period') {
    rows.push([msg(lang, 'apr.label.unit'), msgOf(lang, `apr.unit.${r.unitPeriod}`)]);
    rows.push([msg(lang, 'apr.label.per-year'), r.unitPeriodsPerYear]);
    rows.push([msg(lang, 'apr.label.odd-days'), r.oddDaysFraction ?? '0']);
  } else {
    rows.push([msg(lang, 'apr.label.year-basis'), msgOf(lang, `apr.year.${r.euYear ?? 'days'}`)]);
  }
  rows.push([msg(lang, 'apr.label.financed'), money(r.amountFinanced)]);
  rows.push([msg(lang, 'apr.label.payments'), money(r.totalPayments)]);
  rows.push([msg(lang, 'apr.label.charge'), money(r.financeCharge)]);
  rows.push([msg(lang, 'apr.label.apr'), `${percent(r.exact.apr, lang)}  (${r.apr})`]);
  rows.push([msg(lang, 'apr.label.nominal'), percent(r.exact.nominal, lang)]);
  rows.push([msg(lang, 'apr.label.effective'), percent(r.exact.effective, lang)]);
  rows.push([msg(lang, 'apr.label.periodic'), r.periodicRate]);
  rows.push([msg(lang, 'apr.label.residual'), r.residual]);
  const width = Math.max(...rows.map(([k]) => displayWidth(k)));
  const out: string[] = [msg(lang, 'apr.title'), ''];
  for (const [k, v] of rows) out.push(`${k}${' '.repeat(width - displayWidth(k))}  ${v}`);
  for (const cap of r.caps) {
    out.push('');
    out.push(msgOf(lang, `apr.cap.source.${cap.source}`));
    const p = { rate: percent(r.exact.apr, lang), cap: percent(cap.rate, lang), margin: pointsText(cap.margin) };
    out.push(`  ${cap.above ? msg(lang, 'apr.cap.above', p) : msg(lang, 'apr.cap.within', p)}`);
    if (cap.regularPayment !== null && cap.paymentAtCap !== null)
      out.push(`  ${msg(lang, 'apr.cap.payment', { now: money(cap.regularPayment), atCap: money(cap.paymentAtCap) })}`);
    else out.push(`  ${msg(lang, 'apr.cap.total', { now: money(r.totalPayments), atCap: money(cap.totalAtCap) })}`);
  }
  out.push('', msg(lang, 'apr.label.flows'));
  const head = [msg(lang, 'apr.col.date'), msg(lang, 'apr.col.amount'), msg(lang, 'apr.col.time')];
  const body = r.flows.map((f) => [
    formatCivilDate(f.date),
    money(f.amount),
    f.years !== null ? msg(lang, 'apr.flow.time-years', { years: f.years }) : msg(lang, 'apr.flow.time-unit', { t: f.t ?? 0, f: f.f ?? '0' }),
  ]);
  const widths = head.map((h, i) => Math.max(displayWidth(h), ...body.map((b) => displayWidth(b[i] ?? ''))));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === 1 ? ' '.repeat((widths[i] ?? 0) - displayWidth(cell)) + cell : cell + ' '.repeat((widths[i] ?? 0) - displayWidth(cell))))
      .join('  ')
      .trimEnd();
  out.push(`  ${line(head)}`);
  for (const b of body) out.push(`  ${line(b)}`);
  return `${out.join('\n')}\n`;
}
