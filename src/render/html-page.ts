/**
 * What the HTML pages share (issue #12): escaping, the page shell with its inline CSS (screen and
 * print), tables, and charts drawn to SVG strings by Apache ECharts' server-side renderer (no DOM,
 * no canvas, no network: `renderToSVGString`). Pure: text in, text out. docs/report.md says why
 * ECharts rather than hand-written SVG.
 */
import * as echarts from 'echarts';
import { msg, type Lang } from '../messages/index.js';

export function esc(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

/** Fonts that read Chinese as well as Latin on Windows, macOS and Linux. */
export const FONT = `system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif`;

/** Colours that stay apart in print and for common colour blindness (Okabe–Ito). */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#999999', '#000000'];

const CSS = `
:root { --ink: #1b1f24; --muted: #5b6570; --line: #d5dae0; --bg: #f6f8fa; --accent: #0072B2; }
* { box-sizing: border-box; }
body { font-family: ${FONT}; color: var(--ink); margin: 0 auto; max-width: 1040px; padding: 24px 28px 40px; line-height: 1.45; }
h1 { font-size: 1.6rem; margin: 0 0 4px; }
h2 { font-size: 1.15rem; margin: 28px 0 8px; padding-bottom: 4px; border-bottom: 2px solid var(--line); }
p.meta { color: var(--muted); margin: 0 0 4px; font-size: 0.9rem; word-break: break-all; }
.kpis { display: grid; grid-template-columns: repeat(auto-fit, minmax(215px, 1fr)); gap: 10px; margin: 16px 0 4px; }
.kpi { background: var(--bg); border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px; }
.kpi .label { color: var(--muted); font-size: 0.82rem; }
.kpi .value { font-size: 1.1rem; font-weight: 600; font-variant-numeric: tabular-nums; white-space: nowrap; }
.kpi small { font-weight: 400; color: var(--muted); }
section { break-inside: avoid; page-break-inside: avoid; }
.chart { margin: 6px 0; }
.chart svg { max-width: 100%; height: auto; display: block; }
table { border-collapse: collapse; width: 100%; font-size: 0.88rem; margin: 6px 0 4px; }
th, td { border-bottom: 1px solid var(--line); padding: 4px 8px; text-align: right; white-space: nowrap; }
th { background: var(--bg); font-weight: 600; }
th:first-child, td:first-child, td.text { text-align: left; }
td { font-variant-numeric: tabular-nums; }
tr.total td { font-weight: 600; border-top: 2px solid var(--ink); }
tr.recommended td { background: #e8f3fb; font-weight: 600; }
footer { color: var(--muted); font-size: 0.8rem; margin-top: 28px; }
@media print {
  @page { size: A4; margin: 14mm; }
  body { max-width: none; padding: 0; font-size: 10pt; }
  h2 { break-after: avoid; page-break-after: avoid; }
  .kpi, th, tr.recommended td { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
}
`;

/** A whole page: one file, no external reference of any kind. */
export function page(lang: Lang, title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="${msg(lang, 'report.html-lang')}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="repayplan">
<title>${esc(title)}</title>
<style>${CSS}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

/** A table; `cells` are already escaped HTML; `classes` marks rows (total, recommended). */
export function htmlTable(head: string[], rows: string[][], opts: { classes?: (string | null)[]; id?: string } = {}): string {
  const tr = rows.map((r, i) => `<tr${opts.classes?.[i] ? ` class="${opts.classes[i]}"` : ''}>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');
  return `<table${opts.id ? ` id="${opts.id}"` : ''}><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>\n${tr}\n</tbody></table>`;
}

/**
 * One chart as an inline SVG string: ECharts' server-side SVG renderer, animation off, the
 * page's fonts and palette. `name` goes on the wrapper (`data-chart`), for tests and styling.
 */
export function chart(name: string, option: Record<string, unknown>, width = 960, height = 340): string {
  const c = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    const legend = option.legend as Record<string, unknown> | undefined;
    // the server-side renderer measures text roughly: leave room between legend items
    c.setOption({
      animation: false,
      color: PALETTE,
      textStyle: { fontFamily: FONT, fontSize: 12 },
      ...option,
      ...(legend ? { legend: { itemGap: 28, ...legend } } : {}),
    });
    const svg = c.renderToSVGString();
    return `<div class="chart" data-chart="${esc(name)}" role="img">${svg}</div>`;
  } finally {
    c.dispose();
  }
}

/** A minor-unit money string as a chart number (pixels only: never summed or shown). */
export function plotValue(amount: string): number {
  return Number.parseFloat(amount);
}
