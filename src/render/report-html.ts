/** Placeholder replaced below. */
import type { Lang } from '../messages/index.js';
import type { PortfolioSummary } from '../report/portfolio.js';
export function renderPortfolioHtml(s: PortfolioSummary, lang: Lang): string {
  return `<!doctype html><html lang="${lang}"><body>${s.rows.read}</body></html>`;
}
