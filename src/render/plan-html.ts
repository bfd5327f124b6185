/**
 * `plan --format html` (issue #12): one account's plans side by side and the balance left under
 * each plan month by month (with "no plan" growing beside them), as one self-contained page an
 * agent can send or print. Pure.
 */
import { formatCivilDate } from '../dates/civil-date.js';
import { formatMoney } from '../money/amount.js';
import { msg, msgOf, render, type Lang } from '../messages/index.js';
import type { Evaluation } from '../report/types.js';
import { moneyText, percent } from './batch-summary.js';
import { chart, esc, htmlTable, page, plotValue } from './html-page.js';
import { rateText } from '../money/display.js';

export function renderPlanHtml(ev: Evaluation, lang: Lang, tool: { name: string; version: string }): string {
  const c = ev.policy.currency;
  const m = (x: bigint | null) => (x === null ? '–' : esc(moneyText(formatMoney(x, c), c.code)));
  const s = ev.snapshot;
  const rec = ev.recommendation;
  const recPlan = ev.plans.find((p) => p.id === rec.planId) ?? null;
  const yesNo = (a: boolean | null) => msg(lang, a === null ? 'common.unknown' : a ? 'common.yes' : 'common.no');
  const title = msg(lang, 'report.plan.title', { id: ev.account.id ?? '' });
  const parts: string[] = [];
  parts.push(`<header><h1>${esc(title)}</h1>`);
  parts.push(
    `<p class="meta">${esc(msg(lang, 'report.subtitle', { policy: `${ev.policy.name} v${ev.policy.version}`, sha: ev.policy.sha256.slice(0, 12), asOf: formatCivilDate(ev.asOf), version: tool.version }))}</p>`,
  );
  parts.push(
    `<p id="snapshot">${esc(msg(lang, 'report.plan.snapshot', { bucket: s.bucket, days: ev.account.overdueDays, total: moneyText(formatMoney(s.total, c), c.code), principal: moneyText(formatMoney(s.principal, c), c.code), interest: moneyText(formatMoney(s.interest, c), c.code), fees: moneyText(formatMoney(s.fees, c), c.code) }))}</p>`,
  );
  parts.push(
    `<p id="recommendation"><strong>${esc(recPlan ? msg(lang, 'report.plan.recommended', { plan: `${recPlan.id} (${recPlan.label[lang]})` }) : msg(lang, 'report.plan.none'))}</strong> — ${esc(msgOf(lang, `recommendation.short.${rec.code}`, {}, render(lang, rec.reason)))}</p></header>`,
  );

  // comparison
  parts.push(`<section id="comparison"><h2>${esc(msg(lang, 'report.plan.comparison'))}</h2>`);
  const head = [
    msg(lang, 'report.col.plan'),
    msg(lang, 'report.col.family'),
    msg(lang, 'report.col.months'),
    msg(lang, 'report.plan.col.payment-now'),
    msg(lang, 'report.plan.col.monthly'),
    msg(lang, 'report.plan.col.total-paid'),
    msg(lang, 'report.plan.col.waived'),
    msg(lang, 'report.plan.col.apr'),
    msg(lang, 'report.plan.col.affordable'),
    msg(lang, 'report.col.npv'),
    msg(lang, 'report.col.rate'),
  ];
  const rows = ev.plans.map((p) => [
    `${esc(p.id)}${p.id === rec.planId ? ` ★ ${esc(msg(lang, 'report.plan.recommended-mark'))}` : ''}`,
    esc(msg(lang, `family.${p.family}`)),
    String(p.months),
    m(p.paymentNow),
    m(p.regularPayment),
    m(p.totalPaid),
    m(p.waived.total),
    p.rates ? esc(rateText(p.rates.apr)) : '–',
    esc(yesNo(p.affordable)),
    m(p.npv),
    esc(percent(p.recoveryRate)),
  ]);
  const sq = ev.statusQuo;
  parts.push(htmlTable(head, rows, { id: 'table-plans', classes: ev.plans.map((p) => (p.id === rec.planId ? 'recommended' : null)) }));
  parts.push(`<p class="meta">${esc(msg(lang, 'report.kpi.in12'))}: ${m(sq.total)}</p>`);
  parts.push('</section>');

  // balance paths
  if (ev.plans.length > 0) {
    const maxK = Math.max(12, ...ev.plans.map((p) => p.schedule[p.schedule.length - 1]?.k ?? 0));
    const series: Record<string, unknown>[] = ev.plans.map((p) => {
      const data: [number, number][] = [[0, plotValue(formatMoney(p.amount, c))]];
      for (const r of p.schedule) data.push([r.k, plotValue(formatMoney(r.balance, c))]);
      return { name: p.id, type: 'line', step: 'end', symbol: 'none', data, lineStyle: { width: p.id === rec.planId ? 4 : 1.6 } };
    });
    series.push({
      name: msg(lang, 'report.plan.status-quo'),
      type: 'line',
      symbol: 'circle',
      data: [
        [0, plotValue(formatMoney(s.total, c))],
        [12, plotValue(formatMoney(sq.total, c))],
      ],
      lineStyle: { width: 2.5, type: 'dashed' },
    });
    parts.push(`<section id="balance"><h2>${esc(msg(lang, 'report.plan.balance'))}</h2>`);
    parts.push(
      chart(
        'balance-paths',
        {
          legend: { top: 0, itemGap: 16 },
          grid: { left: 80, right: 30, top: 30 + 22 * Math.ceil(series.length / 6), bottom: 40 },
          xAxis: { type: 'value', min: 0, max: maxK, name: msg(lang, 'report.plan.month'), nameLocation: 'middle', nameGap: 26 },
          yAxis: { type: 'value', min: 0 },
          series,
        },
        960,
        380 + 22 * Math.ceil(series.length / 6),
      ),
    );
    parts.push('</section>');
  }
  if (ev.unavailable.length > 0) {
    parts.push(`<section id="unavailable"><h2>${esc(msg(lang, 'report.plan.unavailable'))}</h2>`);
    parts.push(
      htmlTable(
        [msg(lang, 'report.col.plan'), msg(lang, 'report.plan.col.reason')],
        ev.unavailable.map((u) => [esc(u.id), `<span>${esc(msgOf(lang, `unavailable.short.${u.code}`, {}, render(lang, u.reason)))}</span>`]),
      ),
    );
    parts.push('</section>');
  }
  parts.push(`<footer>${esc(msg(lang, 'report.footer'))}</footer>`);
  return page(lang, title, parts.join('\n'));
}
