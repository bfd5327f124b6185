/**
 * The report as a browser shows it (issue #12): Debian's headless Chromium loads the page from a
 * file with the network off and dumps the DOM it built; the charts are there as SVG with their
 * bars, and the totals read the same as the summary. A screenshot is taken as well (a PNG of
 * some size: a blank or failed render is tiny). Skipped, with a note, where Chromium is absent
 * (`.ci/run` installs it when it runs as root with apt-get).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { moneyText } from '../../src/render/batch-summary.js';
import { AS_OF, runInProcess } from '../batch/helpers.js';
import { CHARTS, portfolioCsv } from './helpers.js';

const CHROMIUM =
  ['chromium', 'chromium-browser', 'google-chrome']
    .map((c) => spawnSync('sh', ['-c', `command -v ${c}`], { encoding: 'utf8' }).stdout.trim())
    .find((p) => p !== '') ?? null;
if (!CHROMIUM) console.warn('test/report/chromium.test.ts: skipped — no chromium on PATH (apt-get install chromium)');

function chromium(args: string[]): { status: number | null; stdout: string } {
  const profile = mkdtempSync(join(tmpdir(), 'repayplan-chromium-'));
  const r = spawnSync(
    CHROMIUM ?? 'chromium',
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
      '--disable-extensions',
      `--user-data-dir=${profile}`,
      ...args,
    ],
    { encoding: 'utf8', timeout: 90_000, maxBuffer: 64 * 1024 * 1024 },
  );
  return { status: r.status, stdout: r.stdout };
}

describe.skipIf(!CHROMIUM)('the report in headless Chromium', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'repayplan-chromium-report-'));
  const report = join(tmp, 'report.html');
  const summary = join(tmp, 'summary.json');

  it('renders every chart and the right totals', async () => {
    const r = await runInProcess(['batch', '--as-of', AS_OF, '--jobs', '1', '--report', report, '--summary', summary, '--lang', 'en'], portfolioCsv(600));
    expect(r.code).toBe(3);
    const s = JSON.parse(readFileSync(summary, 'utf8'));
    const dom = chromium(['--dump-dom', `file://${report}`]);
    expect(dom.status).toBe(0);
    const html = dom.stdout;
    for (const c of CHARTS) {
      const at = html.indexOf(`data-chart="${c}"`);
      expect(at, c).toBeGreaterThan(0);
      const svg = html.slice(at, html.indexOf('</svg>', at));
      expect(svg, c).toContain('<svg');
      expect((svg.match(/<path /g) ?? []).length, c).toBeGreaterThan(3);
    }
    // the browser's own reading of the key figures
    expect(html).toMatch(
      new RegExp(`id="kpi-owed"><div class="label">Total owed</div><div class="value">${moneyText(s.totals.owed, 'CNY').replace(/[$.]/g, '\\$&')}</div>`),
    );
    expect(html).toContain(moneyText(s.totals.expectedNpv, 'CNY'));
    const bucketTotal = html.slice(html.indexOf('id="table-bucket"'), html.indexOf('</table>', html.indexOf('id="table-bucket"')));
    expect(bucketTotal).toContain(`<tr class="total"><td>total</td><td>${s.rows.scored}</td><td>${moneyText(s.totals.owed, 'CNY')}</td>`);
    const png = join(tmp, 'report.png');
    const shot = chromium(['--window-size=1100,2400', `--screenshot=${png}`, `file://${report}`]);
    expect(shot.status).toBe(0);
    expect(existsSync(png)).toBe(true);
    expect(statSync(png).size).toBeGreaterThan(50_000);
  }, 180_000);
});
