/**
 * `batch --report FILE.html` (§6, issue #12): the portfolio summary as one self-contained page —
 * key figures, tables with the exact sums, and inline SVG charts: accounts and owed by bucket,
 * recommended family by bucket (stacked), the distribution of recovery rates, the affordability
 * split, the status-quo growth of the debt and the rejected rows by reason. Pure.
 */
import { msg, type Lang } from '../messages/index.js';
import type { PortfolioSummary, SumsOut } from '../report/portfolio.js';
import { affordName, familyName, moneyText, percent } from './batch-summary.js';
import { chart, esc, htmlTable, page, plotValue } from './html-page.js';

export interface ReportMeta {
  tool: { name: string; version: string };
  policy: { name: string; version: string; sha256: string };
  asOf: string;
}

/** ECharts' own money axis labels: compact ("1.2M", "120万") — the tables carry exact figures. */
function axisMoney(lang: Lang): (v: number) => string {
  const units = msg(lang, 'report.axis-units')
    .split(',')
    .map((pair) => {
      const [scale = '1', suffix = ''] = pair.split(':');
      return { scale: Number.parseInt(scale, 10), suffix };
    });
  return (v: number) => {
    const u = units.find((x) => Math.abs(v) >= x.scale);
    return u ? `${v / u.scale}${u.suffix}` : String(v);
  };
}

export function renderPortfolioHtml(s: PortfolioSummary & ReportMeta, lang: Lang): string {
  const cur = s.currency;
  const m = (x: string) => esc(moneyText(x, cur));
  const L = (code: Parameters<typeof msg>[1]) => msg(lang, code as 'report.title');
  const parts: string[] = [];
  parts.push(`<header><h1>${esc(L('report.title'))}</h1>`);
  parts.push(
    `<p class="meta">${esc(msg(lang, 'report.subtitle', { policy: `${s.policy.name} v${s.policy.version}`, sha: s.policy.sha256.slice(0, 12), asOf: s.asOf, version: s.tool.version }))}</p>`,
  );
  parts.push(
    `<p class="meta" id="rows">${esc(msg(lang, 'report.rows', { read: s.rows.read, scored: s.rows.scored, rejected: s.rows.rejected, blank: s.rows.blank }))}</p></header>`,
  );

  const kpi = (id: string, label: string, value: string) =>
    `<div class="kpi" id="kpi-${id}"><div class="label">${esc(label)}</div><div class="value">${value}</div></div>`;
  parts.push(
    `<div class="kpis">${[
      kpi('owed', L('report.kpi.owed'), m(s.totals.owed)),
      kpi('npv', L('report.kpi.npv'), m(s.totals.expectedNpv)),
      kpi('rate', L('report.kpi.rate'), esc(percent(s.totals.recoveryRate))),
      kpi('affordable', L('report.kpi.affordable'), `${esc(percent(s.totals.affordableShare))} <small>(${s.totals.affordable} / ${s.rows.scored})</small>`),
      kpi('in12', L('report.kpi.in12'), m(s.totals.owedIn12Months)),
    ].join('')}</div>`,
  );

  const head = [L('report.col.group'), L('report.col.accounts'), L('report.col.owed'), L('report.col.npv'), L('report.col.rate')];
  const sumRow = (name: string, g: SumsOut) => [`${esc(name)}`, String(g.count), m(g.owed), m(g.expectedNpv), esc(percent(g.recoveryRate))];
  const totalRow = sumRow(L('report.total'), {
    count: s.rows.scored,
    owed: s.totals.owed,
    owedIn12Months: s.totals.owedIn12Months,
    expectedNpv: s.totals.expectedNpv,
    recoveryRate: s.totals.recoveryRate,
  });
  const buckets = s.byBucket.filter((b) => b.count > 0);
  const bucketNames = buckets.map((b) => b.bucket);
  const money = axisMoney(lang);

  if (s.rows.scored === 0) parts.push(`<p>${esc(L('report.no-scored'))}</p>`);
  else {
    // 1. accounts and owed by bucket
    parts.push(`<section id="by-bucket"><h2>${esc(L('report.section.bucket'))}</h2>`);
    parts.push(
      chart('bucket', {
        legend: { top: 0 },
        grid: { left: 60, right: 80, top: 40, bottom: 30 },
        xAxis: { type: 'category', data: bucketNames },
        yAxis: [
          { type: 'value', name: L('report.series.accounts') },
          { type: 'value', name: L('report.series.owed'), axisLabel: { formatter: money }, splitLine: { show: false } },
        ],
        series: [
          { name: L('report.series.accounts'), type: 'bar', data: buckets.map((b) => b.count), label: { show: true, position: 'top' } },
          { name: L('report.series.owed'), type: 'bar', yAxisIndex: 1, data: buckets.map((b) => plotValue(b.owed)) },
        ],
      }),
    );
    parts.push(
      htmlTable([L('report.col.bucket'), ...head.slice(1)], [...buckets.map((b) => sumRow(b.bucket, b)), totalRow], {
        id: 'table-bucket',
        classes: [...buckets.map(() => null), 'total'],
      }),
    );
    parts.push('</section>');

    // 2. recommended family by bucket (stacked)
    const families = s.byFamily.filter((f) => f.count > 0).map((f) => f.family);
    parts.push(`<section id="by-family"><h2>${esc(L('report.section.family'))}</h2>`);
    parts.push(
      chart('family-by-bucket', {
        legend: { top: 0 },
        grid: { left: 60, right: 30, top: 40, bottom: 30 },
        xAxis: { type: 'category', data: bucketNames },
        yAxis: { type: 'value', name: L('report.series.accounts') },
        series: families.map((f) => ({
          name: familyName(lang, f),
          type: 'bar',
          stack: 'family',
          data: bucketNames.map((b) => s.byBucketFamily.find((x) => x.bucket === b && x.family === f)?.count ?? 0),
        })),
      }),
    );
    parts.push(
      htmlTable(head, [...s.byFamily.filter((f) => f.count > 0).map((f) => sumRow(familyName(lang, f.family), f)), totalRow], {
        id: 'table-family',
        classes: [...families.map(() => null), 'total'],
      }),
    );
    parts.push(`<h2>${esc(L('report.section.plan'))}</h2>`);
    parts.push(
      htmlTable(
        [L('report.col.plan'), L('report.col.family'), L('report.col.months'), ...head.slice(1)],
        s.byPlan.map((p) => [esc(p.plan), esc(familyName(lang, p.family)), String(p.months), ...sumRow('', p).slice(1)]),
        { id: 'table-plan' },
      ),
    );
    parts.push('</section>');

    // 3. recovery rates
    const binLabel = (from: string, to: string | null) =>
      to === null ? `≥ ${percent(from).replace('.00', '')}` : `${percent(from).replace('.00', '')}–${percent(to).replace('.00', '')}`;
    parts.push(`<section id="rates"><h2>${esc(L('report.section.rates'))}</h2>`);
    parts.push(
      chart(
        'recovery-histogram',
        {
          grid: { left: 60, right: 30, top: 30, bottom: 40 },
          xAxis: {
            type: 'category',
            axisLabel: { interval: 0 },
            data: s.recoveryRates.map((r) => binLabel(r.from, r.to)),
            name: L('report.col.rate'),
            nameLocation: 'middle',
            nameGap: 26,
          },
          yAxis: { type: 'value', name: L('report.series.accounts') },
          series: [{ type: 'bar', barCategoryGap: '2%', data: s.recoveryRates.map((r) => r.count), label: { show: true, position: 'top' } }],
        },
        960,
        300,
      ),
    );
    parts.push('</section>');

    // 4. affordability split
    const afford = s.byAffordability.filter((a) => a.count > 0);
    parts.push(`<section id="affordability"><h2>${esc(L('report.section.afford'))}</h2>`);
    parts.push(
      chart(
        'affordability',
        {
          legend: { top: 0 },
          series: [
            {
              type: 'pie',
              radius: ['35%', '65%'],
              center: ['50%', '55%'],
              label: { formatter: '{b}: {c} ({d}%)' },
              data: afford.map((a) => ({ name: affordName(lang, a.affordable), value: a.count })),
            },
          ],
          color: ['#009E73', '#D55E00', '#999999'].filter((_, i) => s.byAffordability[i] !== undefined && (s.byAffordability[i]?.count ?? 0) > 0),
        },
        960,
        280,
      ),
    );
    parts.push(
      htmlTable(head, [...afford.map((a) => sumRow(affordName(lang, a.affordable), a)), totalRow], {
        id: 'table-affordability',
        classes: [...afford.map(() => null), 'total'],
      }),
    );
    parts.push('</section>');

    // 5. status quo growth
    parts.push(`<section id="growth"><h2>${esc(L('report.section.growth'))}</h2>`);
    parts.push(
      chart('status-quo-growth', {
        legend: { top: 0 },
        grid: { left: 70, right: 30, top: 40, bottom: 30 },
        xAxis: { type: 'category', data: [...bucketNames, L('report.total')] },
        yAxis: { type: 'value', axisLabel: { formatter: money } },
        series: [
          { name: L('report.series.now'), type: 'bar', data: [...buckets.map((b) => plotValue(b.owed)), plotValue(s.totals.owed)] },
          { name: L('report.series.in12'), type: 'bar', data: [...buckets.map((b) => plotValue(b.owedIn12Months)), plotValue(s.totals.owedIn12Months)] },
        ],
      }),
    );
    const growth = (now: string, later: string) => {
      const a = plotValue(now);
      return a > 0 ? `+${((plotValue(later) / a - 1) * 100).toFixed(1)}%` : '–';
    };
    parts.push(
      htmlTable(
        [L('report.col.bucket'), L('report.col.accounts'), L('report.col.owed'), L('report.col.in12'), L('report.col.growth')],
        [
          ...buckets.map((b) => [esc(b.bucket), String(b.count), m(b.owed), m(b.owedIn12Months), growth(b.owed, b.owedIn12Months)]),
          [esc(L('report.total')), String(s.rows.scored), m(s.totals.owed), m(s.totals.owedIn12Months), growth(s.totals.owed, s.totals.owedIn12Months)],
        ],
        { id: 'table-growth', classes: [...buckets.map(() => null), 'total'] },
      ),
    );
    parts.push('</section>');
  }

  // 6. rejections
  parts.push(`<section id="rejections"><h2>${esc(L('report.section.rejections'))}</h2>`);
  if (s.rejections.length === 0) parts.push(`<p>${esc(L('report.none-rejected'))}</p>`);
  else {
    parts.push(
      chart(
        'rejections',
        {
          grid: { left: 190, right: 50, top: 10, bottom: 20 },
          xAxis: { type: 'value', minInterval: 1 },
          yAxis: { type: 'category', inverse: true, data: s.rejections.map((r) => r.code) },
          series: [{ type: 'bar', data: s.rejections.map((r) => r.count), label: { show: true, position: 'right' }, itemStyle: { color: '#D55E00' } }],
        },
        960,
        Math.max(120, 40 + 24 * s.rejections.length),
      ),
    );
    parts.push(
      htmlTable(
        [L('report.col.code'), L('report.col.rows'), L('report.col.examples')],
        [
          ...s.rejections.map((r) => [esc(r.code), String(r.count), `${r.rows.join(', ')}${r.count > r.rows.length ? ', …' : ''}`]),
          [esc(L('report.total')), String(s.rows.rejected), ''],
        ],
        { id: 'table-rejections', classes: [...s.rejections.map(() => null), 'total'] },
      ),
    );
  }
  parts.push('</section>');

  if (s.ids.duplicateRows > 0 || s.ids.maskCollisions > 0) {
    parts.push(`<section id="ids"><h2>${esc(L('report.section.ids'))}</h2>`);
    if (s.ids.duplicateRows > 0) {
      parts.push(`<p>${esc(msg(lang, 'report.duplicates', { rows: s.ids.duplicateRows, ids: s.ids.duplicateIds }))}</p>`);
      parts.push(
        htmlTable(
          [L('report.col.id'), L('report.col.rows')],
          s.ids.examples.map((e) => [esc(e.id), e.rows.join(', ')]),
        ),
      );
    }
    if (s.ids.maskCollisions > 0) parts.push(`<p>${esc(msg(lang, 'report.collisions', { n: s.ids.maskCollisions }))}</p>`);
    parts.push('</section>');
  }
  parts.push(`<footer>${esc(L('report.footer'))}</footer>`);
  return page(lang, L('report.title'), parts.join('\n'));
}
