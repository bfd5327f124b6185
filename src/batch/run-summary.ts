/**
 * The closing lines of `repayplan batch` on stderr (§6): the counts, the portfolio summary in
 * the language of --lang, the --summary JSON and --report HTML files written, and under
 * --format ndjson the summary as the last line.
 */
import { writeFileAtomic } from '../io/atomic.js';
import { msg } from '../messages/index.js';
import { renderSummaryText } from '../render/batch-summary.js';
import type { SummaryDocument } from '../schema/summary.js';
import type { BatchRequest } from './options.js';
import type { InputFormat } from './read.js';

export interface RunCounts {
  read: number;
  scored: number;
  rejected: number;
  blank: number;
  seconds: number;
  headerSkipped: boolean;
  /** The run stopped early (only the counts are said). */
  stopped: boolean;
}

/** The closing text; writes the --summary and --report files when the run did not stop. */
export async function closingText(req: BatchRequest, cwd: string, portfolio: SummaryDocument, c: RunCounts, outputFormat: InputFormat): Promise<string> {
  const lang = req.lang;
  const extras: string[] = [];
  if (c.headerSkipped) extras.push(msg(lang, 'batch-summary.header-skipped'));
  if (c.blank > 0) extras.push(msg(lang, 'batch-summary.blank', { n: c.blank }));
  if (c.stopped) extras.push(msg(lang, 'batch-summary.stopped'));
  let text = `repayplan batch: ${msg(lang, 'batch-summary.counts', { read: c.read, scored: c.scored, rejected: c.rejected, seconds: c.seconds.toFixed(2), extras: extras.join(msg(lang, 'batch-summary.list-sep')) })}\n`;
  if (c.stopped) return text;
  text += renderSummaryText(portfolio, lang);
  if (req.summary !== null) {
    const path = writeFileAtomic(req.summary, `${JSON.stringify(portfolio, null, 2)}\n`, cwd, '--summary');
    text += `repayplan batch: ${msg(lang, 'batch-summary.written', { what: msg(lang, 'batch-summary.what.summary'), path: req.summary || path })}\n`;
  }
  if (req.report !== null) {
    const { renderPortfolioHtml } = await import('../render/report-html.js');
    writeFileAtomic(req.report, renderPortfolioHtml(portfolio, lang), cwd, '--report');
    text += `repayplan batch: ${msg(lang, 'batch-summary.written', { what: msg(lang, 'batch-summary.what.report'), path: req.report })}\n`;
  }
  // machine-readable: under --format ndjson the summary is also the last line of stderr
  if (outputFormat === 'ndjson') text += `${JSON.stringify(portfolio)}\n`;
  return text;
}
