/**
 * `repayplan track AGREEMENT… --payments LEDGER --as-of D` (§10.1–10.3): applies the
 * ledger to each agreement and reports its status and figures; `--replan` plans a broken one
 * again through the engine. Every ledger row is applied or rejected (row number and reason);
 * exit 3 when any was rejected.
 */
import { writeFileAtomic } from '../../agreement/write.js';
import { formatCivilDate } from '../../dates/civil-date.js';
import { EXIT_OK, EXIT_REJECTED_ROWS } from '../../errors.js';
import { replanAccount, type Replan } from '../../followup/index.js';
import { moneyFor, rejectionText } from '../../render/followup.js';
import { trackCells, trackingJson, TRACK_COLUMNS, TRACKING_SCHEMA_VERSION } from '../../render/tracking-json.js';
import { trackingListText, trackingText } from '../../render/tracking-text.js';
import { msg, type Lang } from '../../messages/index.js';
import { formatMoney, parseAmount, type Minor } from '../../money/amount.js';
import type { Currency } from '../../money/currency.js';
import { csvLine, ndjsonLine } from '../../render/csv-row.js';
import { planJsonDocument } from '../../render/json.js';
import { evaluate } from '../../report/evaluate.js';
import { localeLang, write, type Context } from '../../io/context.js';
import { replanPolicy, runFollowUp, type FollowUpRun } from '../followup-run.js';
import { VERSION } from '../../version.js';

const TOOL = { name: 'repayplan' as const, version: VERSION };

/** Counts and sums over the agreements and the ledger (the closing summary). */
export function trackSummary(run: FollowUpRun): Record<string, unknown> {
  const c = run.items[0]?.loaded.agreement.currency ?? { code: 'CNY', minorDigits: 2, rounding: 'half-up' as const };
  const sum = (f: (x: FollowUpRun['items'][number]) => Minor) =>
    formatMoney(
      run.items.reduce((s, x) => s + f(x), 0n),
      c,
    );
  const by = { 'on-track': 0, late: 0, broken: 0, completed: 0 };
  for (const x of run.items) by[x.tracking.status]++;
  const applied = run.items.reduce((n, x) => n + x.tracking.payments.length, 0);
  return {
    agreements: run.items.length,
    byStatus: by,
    currency: c.code,
    paid: sum((x) => x.tracking.paid),
    applied: sum((x) => x.tracking.applied.total),
    overpaid: sum((x) => x.tracking.overpaid),
    dueToDate: sum((x) => x.tracking.dueToDate),
    arrears: sum((x) => x.tracking.arrears),
    remaining: sum((x) => x.tracking.remaining),
    ledger: { read: run.ledger.length, applied, rejected: run.rejected.length, received: sum((x) => x.tracking.paid) },
  };
}

function rejectionsJson(run: FollowUpRun, lang: Lang): Record<string, unknown>[] {
  const asOf = formatCivilDate(run.asOf);
  return run.rejected.map(({ rejection: r, agreementDate }) => ({
    source: r.row.source,
    row: r.row.row,
    line: r.row.line,
    id: r.row.id,
    column: r.column,
    code: r.code,
    reason: rejectionText(r, lang, agreementDate, asOf),
  }));
}

// biome-ignore lint/suspicious/noExplicitAny: the summary is the JSON the command itself builds a few lines above
function summaryLine(s: Record<string, any>, lang: Lang, c: Currency): string {
  const sign = (x: string) => moneyFor(parseAmount(x, 'sum', c) as Minor, c);
  return msg(lang, 'followup.summary.track', {
    agreements: s.agreements,
    onTrack: s.byStatus['on-track'],
    late: s.byStatus.late,
    broken: s.byStatus.broken,
    completed: s.byStatus.completed,
    paid: sign(s.paid),
    arrears: sign(s.arrears),
    remaining: sign(s.remaining),
    read: s.ledger.read,
    applied: s.ledger.applied,
    rejected: s.ledger.rejected,
  });
}

export async function runTrack(paths: string[], opts: Record<string, unknown>, ctx: Context): Promise<number> {
  const lang: Lang = (opts.lang as Lang | undefined) ?? localeLang(ctx.env);
  const run = await runFollowUp(paths, opts, ctx);
  const many = run.items.length > 1;
  const format = (opts.format as string | undefined) ?? (ctx.stdoutIsTTY ? 'table' : many ? 'ndjson' : 'json');
  const wantReplan = Boolean(opts.replan);

  const replans: (Replan | null)[] = run.items.map((x) => replanAccount(x.loaded.agreement, x.tracking, x.followUp));
  const docs = () =>
    run.items.map((x, i) => {
      const replan = replans[i] ?? null;
      let evaluation: Record<string, unknown> | null = null;
      if (wantReplan && replan?.plannable) {
        const policy = replanPolicy(x.loaded.agreement, run, ctx);
        evaluation = planJsonDocument(evaluate(replan.account, policy, run.asOf), TOOL);
      }
      return trackingJson(x.loaded.agreement, x.tracking, {
        tool: TOOL,
        followUp: x.followUp,
        followUpSource: x.followUpSource,
        replan,
        replanEvaluation: evaluation,
      });
    });
  const summary = trackSummary(run);
  const rejections = rejectionsJson(run, lang);

  let out = '';
  if (format === 'json') {
    const ledger = { read: run.ledger.length, applied: (summary.ledger as { applied: number }).applied, rejected: run.rejected.length, rejections };
    out = many
      ? `${JSON.stringify({ schemaVersion: TRACKING_SCHEMA_VERSION, kind: 'repayplan.tracking-list', asOf: formatCivilDate(run.asOf), agreements: docs(), ledger, summary }, null, 2)}\n`
      : `${JSON.stringify({ ...docs()[0], ledger }, null, 2)}\n`;
  } else if (format === 'ndjson') {
    out = docs()
      .map((d) => `${JSON.stringify(d)}\n`)
      .join('');
  } else if (format === 'csv') {
    out = csvLine([...TRACK_COLUMNS]) + run.items.map((x) => csvLine(trackCells(x.loaded.agreement, x.tracking))).join('');
  } else {
    if (many)
      out = trackingListText(
        run.items.map((x) => ({ a: x.loaded.agreement, t: x.tracking })),
        lang,
      );
    else {
      const x = run.items[0]!;
      out = trackingText(x.loaded.agreement, x.tracking, lang, replans[0] ?? null);
      if (wantReplan && replans[0]?.plannable) {
        const table = await import('../../render/table.js');
        const ev = evaluate(replans[0].account, replanPolicy(x.loaded.agreement, run, ctx), run.asOf);
        out += `\n${table.renderPlanTable(ev, { lang, colour: false, width: Math.max(60, Math.min(ctx.columns, 200)) })}\n`;
      }
    }
  }
  const output = typeof opts.output === 'string' ? opts.output : '-';
  if (output === '-') await write(ctx.stdout, out);
  else writeFileAtomic(output, out, ctx.cwd, '--output');

  if (typeof opts.errors === 'string') {
    const csv = !/\.(ndjson|jsonl)$/i.test(opts.errors);
    const cols = ['source', 'row', 'line', 'id', 'column', 'code', 'reason'];
    const text = csv
      ? csvLine(cols) + rejections.map((r) => csvLine(cols.map((k) => (r[k] ?? null) as string | number | null))).join('')
      : rejections
          .map((r) =>
            ndjsonLine(
              cols,
              cols.map((k) => (r[k] ?? null) as string | number | null),
            ),
          )
          .join('');
    if (opts.errors === '-') await write(ctx.stdout, text);
    else writeFileAtomic(opts.errors, text, ctx.cwd, '--errors');
  } else {
    for (const r of rejections)
      ctx.stderr.write(
        `repayplan: ${msg(lang, 'followup.row', { source: String(r.source), row: Number(r.row), line: Number(r.line), reason: String(r.reason) })}\n`,
      );
  }
  if (typeof opts.summary === 'string') writeFileAtomic(opts.summary, `${JSON.stringify(summary, null, 2)}\n`, ctx.cwd, '--summary');
  if (many || run.rejected.length > 0) ctx.stderr.write(`${summaryLine(summary, lang, run.items[0]!.loaded.agreement.currency)}\n`);
  return run.rejected.length > 0 ? EXIT_REJECTED_ROWS : EXIT_OK;
}
