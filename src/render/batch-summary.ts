/**
 * The portfolio summary of a batch for a person (stderr, zh/en) and the shared text helpers of
 * the summary views (money with its sign and separators, rates as percentages). Pure.
 */
import { msg, type Lang } from '../messages/index.js';
import { decimalMoneyText, percentText } from '../money/display.js';
import { parseRatio } from '../money/rational.js';
import type { AffordKey, FamilyKey, PortfolioSummary, SumsOut } from '../report/portfolio.js';
import { displayWidth } from './layout.js';

/** "1234567.80" → "¥1,234,567.80" (the summary's money strings are exact decimals; money/display.ts). */
export const moneyText = decimalMoneyText;

/** A fraction with 4 decimals as a percentage with 2: "0.7123" → "71.23%", "1.0500" → "105.00%"; null → "–". */
export function percent(rate: string | null): string {
  if (rate === null) return '–';
  const negative = rate.startsWith('-');
  const r = parseRatio(negative ? rate.slice(1) : rate);
  return r ? `${negative ? '-' : ''}${percentText(r, 2, 2)}` : rate;
}

export function familyName(lang: Lang, family: FamilyKey): string {
  return family === 'none' ? msg(lang, 'batch-summary.family.none') : msg(lang, `family.${family}`);
}

export function affordName(lang: Lang, a: AffordKey): string {
  return msg(lang, a === 'true' ? 'batch-summary.afford.true' : a === 'false' ? 'batch-summary.afford.false' : 'batch-summary.afford.unknown');
}

function pad(text: string, width: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return right ? fill + text : text + fill;
}

/** A small aligned table: the first column left, the others right; a one-cell row is a heading line. */
function table(head: string[], rows: string[][], indent = '  '): string {
  const body = rows.filter((r) => r.length > 1);
  const widths = head.map((h, i) => Math.max(displayWidth(h), ...body.map((r) => displayWidth(r[i] ?? ''))));
  const line = (cells: string[]) =>
    cells.length === 1
      ? indent + (cells[0] ?? '')
      : indent +
        cells
          .map((c, i) => pad(c, widths[i] ?? 0, i > 0))
          .join('  ')
          .trimEnd();
  return [line(head), ...rows.map(line)].join('\n');
}

/** The summary lines after the count line (each ends with a newline). */
export function renderSummaryText(s: PortfolioSummary, lang: Lang): string {
  const cur = s.currency;
  const out: string[] = [];
  if (s.rows.scored > 0) {
    out.push(
      msg(lang, 'batch-summary.totals', {
        owed: moneyText(s.totals.owed, cur),
        npv: moneyText(s.totals.expectedNpv, cur),
        rate: percent(s.totals.recoveryRate),
        in12: moneyText(s.totals.owedIn12Months, cur),
      }),
    );
    out.push(
      msg(lang, 'batch-summary.affordable-share', {
        n: s.totals.affordable,
        of: s.rows.scored,
        share: percent(s.totals.affordableShare),
        plan: s.totals.withPlan,
      }),
    );
    const head = [
      msg(lang, 'batch-summary.col.group'),
      msg(lang, 'batch-summary.col.accounts'),
      msg(lang, 'batch-summary.col.owed'),
      msg(lang, 'batch-summary.col.npv'),
      msg(lang, 'batch-summary.col.rate'),
    ];
    const row = (name: string, g: SumsOut) => [name, String(g.count), moneyText(g.owed, cur), moneyText(g.expectedNpv, cur), percent(g.recoveryRate)];
    const rows: string[][] = [];
    rows.push([`${msg(lang, 'batch-summary.by-bucket')}:`]);
    for (const b of s.byBucket) if (b.count > 0) rows.push(row(`  ${b.bucket}`, b));
    rows.push([`${msg(lang, 'batch-summary.by-family')}:`]);
    for (const f of s.byFamily) if (f.count > 0) rows.push(row(`  ${familyName(lang, f.family)}`, f));
    rows.push([`${msg(lang, 'batch-summary.by-plan')}:`]);
    for (const p of s.byPlan) rows.push(row(`  ${p.plan}`, p));
    rows.push([`${msg(lang, 'batch-summary.by-affordable')}:`]);
    for (const a of s.byAffordability) if (a.count > 0) rows.push(row(`  ${affordName(lang, a.affordable)}`, a));
    out.push(table(head, rows));
  }
  if (s.rejections.length > 0) {
    out.push(msg(lang, 'batch-summary.rejections-head'));
    for (const r of s.rejections)
      out.push(
        `  ${msg(lang, 'batch-summary.rejection-item', { code: r.code, count: r.count, rows: r.rows.join(', ') + (r.count > r.rows.length ? ', …' : '') })}`,
      );
  }
  if (s.ids.duplicateRows > 0) {
    const list = s.ids.examples.map((e) => msg(lang, 'batch-summary.duplicate-item', { id: e.id, rows: e.rows.join(', ') }));
    out.push(
      msg(lang, 'batch-summary.duplicates', {
        rows: s.ids.duplicateRows,
        ids: s.ids.duplicateIds,
        list: list.join(msg(lang, 'batch-summary.list-sep')) + (s.ids.duplicateIds > s.ids.examples.length ? ' …' : ''),
      }),
    );
  }
  if (s.ids.maskCollisions > 0) out.push(msg(lang, 'batch-summary.mask-collisions', { n: s.ids.maskCollisions }));
  return out.map((l) => `${l}\n`).join('');
}
