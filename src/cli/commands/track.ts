/**
 * `repayplan track AGREEMENT… --payments LEDGER --as-of D` (§10.1–10.3): applies the
 * ledger to each agreement and reports its status and figures; `--replan` plans a broken one
 * again through the engine. Every ledger row is applied or rejected (row number and reason);
 * exit 3 when any was rejected.
 */
import { writeFileAtomic } from '../../agreement/write.js';
import { EXIT_OK, EXIT_REJECTED_ROWS } from '../../errors.js';
import { replanAccount, type Replan } from '../../followup/index.js';
import { rejectionRows } from '../../render/followup.js';
import { trackCells, trackingJson, trackingListJson, trackingSummary, TRACK_COLUMNS } from '../../render/tracking-json.js';
import { trackingListText, trackingSummaryText, trackingText } from '../../render/tracking-text.js';
import { msg, type Lang } from '../../messages/index.js';
import { csvLine, ndjsonLine } from '../../render/csv-row.js';
import { planJsonDocument } from '../../render/json.js';
import { evaluate } from '../../report/evaluate.js';
import { localeLang, write, type Context } from '../../io/context.js';
import { replanPolicy, runFollowUp } from '../followup-run.js';
import { VERSION } from '../../version.js';

const TOOL = { name: 'repayplan' as const, version: VERSION };

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
  const summary = trackingSummary(
    run.items.map((x) => ({ a: x.loaded.agreement, t: x.tracking })),
    run.ledger.length,
    run.rejected.length,
  );
  const rejections = rejectionRows(run.rejected, run.asOf, lang);

  let out = '';
  if (format === 'json') {
    const ledger = { read: run.ledger.length, applied: summary.ledger.applied, rejected: run.rejected.length, rejections };
    out = many ? `${JSON.stringify(trackingListJson(run.asOf, docs(), ledger, summary), null, 2)}\n` : `${JSON.stringify({ ...docs()[0], ledger }, null, 2)}\n`;
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
  if (many || run.rejected.length > 0) ctx.stderr.write(`${trackingSummaryText(summary, lang, run.items[0]!.loaded.agreement.currency)}\n`);
  return run.rejected.length > 0 ? EXIT_REJECTED_ROWS : EXIT_OK;
}
