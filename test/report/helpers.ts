/** A generated portfolio with bad rows and a repeated id, for the summary and report tests. */
import { COLUMNS, csvLineOf, generateAccount, rng } from '../../bench/gen-accounts.mjs';

/** `count` accounts (seeded), every 97th with a bad principal, row 40 repeating row 3's id. */
export function portfolioCsv(count: number, seed = 12): string {
  const r = rng(seed);
  const lines = [`${COLUMNS.join(',')},branch`];
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const a = generateAccount(i, r);
    if (i % 97 === 5) a.principal = 'abc';
    if (i === 39 && ids[2]) a.id = ids[2];
    ids.push(a.id ?? '');
    lines.push(`${csvLineOf(a).replace(/\n$/, '')},B${i % 7}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The charts of the portfolio report (data-chart names). */
export const CHARTS = ['bucket', 'family-by-bucket', 'recovery-histogram', 'affordability', 'status-quo-growth', 'rejections'];

/** Nothing the page would fetch: no script, stylesheet link, image source, import or remote URL. */
export function externalReferences(html: string): string[] {
  const found: string[] = [];
  for (const re of [/<script\b/gi, /<link\b/gi, /<img\b/gi, /<iframe\b/gi, /\bsrc\s*=/gi, /@import/gi, /url\(\s*['"]?(?!#)/gi, /\bhref\s*=\s*["'](?!#)/gi]) {
    for (const m of html.matchAll(re)) found.push(m[0]);
  }
  // URLs outside XML namespace declarations (xmlns="http://www.w3.org/2000/svg" names, never fetches)
  for (const m of html.matchAll(/https?:\/\/[^\s"'<>)]+/g)) {
    const before = html.slice(Math.max(0, (m.index ?? 0) - 24), m.index);
    if (!/xmlns(:\w+)?=["']$/.test(before)) found.push(m[0]);
  }
  return found;
}
