/** `repayplan batch`: flags → request → runBatchJob (src/batch) → exit code 0, or 3 when rows were rejected (§6, §7). */
import { availableParallelism } from 'node:os';
import { EXIT_OK, EXIT_REJECTED_ROWS } from '../../errors.js';
import { toBatchRequest } from '../../batch/options.js';
import { runBatchJob, type BatchSummary } from '../../batch/run.js';
import { localeLang, type Context } from '../../io/context.js';

export async function runBatch(file: string, opts: Record<string, unknown>, ctx: Context): Promise<number> {
  const request = toBatchRequest(file, opts, ctx.today(), availableParallelism(), localeLang(ctx.env));
  const summary: BatchSummary = await runBatchJob(request, ctx);
  return summary.rejected > 0 ? EXIT_REJECTED_ROWS : EXIT_OK;
}
