/**
 * `repayplan batch` end to end (§6): input → byte jobs cut on record boundaries (chunks.ts),
 * split and scored on worker threads → output in input order, rejected rows to the error sink, a
 * progress bar and the closing summary on stderr. Memory stays flat: a few jobs in flight at any
 * time, in buffers used again (byte-pool.ts). Paths and format: run-input.ts; closing lines: run-summary.ts.
 */
import { relative } from 'node:path';
import type { Writable } from 'node:stream';
import { UserError } from '../errors.js';
import { loadPolicy } from '../io/policy-source.js';
import type { Context } from '../io/context.js';
import { BATCH_COLUMNS, batchColumns, catalogPlanIds, csvLine } from '../render/csv-row.js';
import { isPersonalColumn, maskNumbersIn } from '../core/privacy.js';
import { printable } from '../text/printable.js';
import { msg, said, type Lang } from '../messages/index.js';
import { removePendingTemp } from '../io/atomic.js';
import { emptyTally, mergeTally, summarise, type IdFindings, type PortfolioSummary, type Tally } from '../report/portfolio.js';
import { VERSION } from '../version.js';
import { IdWatch } from './ids.js';
import type { SummaryDocument } from '../schema/summary.js';
import { fieldForHeader, mapColumns, type ColumnMap } from './columns.js';
import { SNIFF_BYTES, type Encoding } from './encoding.js';
import type { BatchRequest } from './options.js';
import { BytePool } from './byte-pool.js';
import { OrderedQueue, type Scorer, scorerFor } from './pool.js';
import { createProgress } from './progress.js';
import { formatFromName, readRows, type InputFormat, type ReadOptions } from './read.js';
import type { ScoreConfig } from './score.js';
import { discard, errorHeader, finish, headerCells, openFile, put, renderErrors, UTF8_BOM, watchWrites } from './sinks.js';
import { readJobs, rowJobs } from './chunks.js';
import type { JobResult } from './chunks-rows.js';
import { errorFormatFor, openInput, outputPaths, sniffFormat } from './run-input.js';
import { closingText } from './run-summary.js';

export interface BatchSummary {
  read: number;
  scored: number;
  rejected: number;
  blank: number;
  seconds: number;
  encoding: Encoding | null;
  inputFormat: InputFormat;
  outputFormat: InputFormat;
  /** The portfolio summary (§6): what `--summary` writes. */
  portfolio: PortfolioSummary & { tool: { name: 'repayplan'; version: string }; policy: { name: string; version: string; sha256: string }; asOf: string };
}

/** Exit codes after an interrupt, as shells report them (128 + the signal number). */
const SIGNAL_EXIT: Readonly<Record<string, number>> = { SIGINT: 130, SIGTERM: 143 };

/** Runs a batch; returns the summary (the command turns it into the exit code). */
export async function runBatchJob(req: BatchRequest, ctx: Context): Promise<BatchSummary> {
  const started = process.hrtime.bigint();
  const policy = loadPolicy(req.policy, ctx.cwd, req.policyHash);

  const { outputPath, errorsPath, inline } = outputPaths(req, ctx);
  const input = openInput(req, ctx);
  let inputFormat = req.inputFormat ?? (input.name === 'stdin' ? null : formatFromName(input.name));
  let source: AsyncIterable<Buffer | string> = input.stream as AsyncIterable<Buffer | string>;
  if (inputFormat === null) {
    const sniffed = await sniffFormat(source);
    inputFormat = sniffed.format;
    source = sniffed.source;
  }
  const outputFormat: InputFormat = req.format ?? (outputPath ? formatFromName(outputPath) : null) ?? inputFormat;
  if (req.bom && outputFormat === 'ndjson') {
    throw UserError.said('usage.bom', said('batch.bom-ndjson-output'), {
      field: '--bom',
      value: null,
    });
  }
  const headerless = inputFormat === 'csv' && req.columns !== null;
  const planIds = req.plans ? catalogPlanIds(policy) : null;
  const outColumns = batchColumns(planIds, req.keep);
  const clash = req.keep.find((k) => (BATCH_COLUMNS as readonly string[]).includes(k));
  if (clash !== undefined) {
    throw UserError.said('usage.keep', said('batch.keep-is-output', { name: JSON.stringify(clash) }), { field: '--keep', value: clash });
  }
  const lang: Lang = req.lang;
  const errorFormat = errorFormatFor(req.errors, outputFormat);

  const progress = createProgress(req.progress && ctx.stderrIsTTY, ctx.stderr, input.size, lang);
  let encoding: Encoding | null = null;
  let columnMap: ColumnMap | null = null;
  let blank = 0;
  let headerSkipped = false;

  const note = (text: string) => {
    progress.clearLine();
    ctx.stderr.write(`repayplan batch: ${printable(maskNumbersIn(text))}\n`);
    progress.redraw();
  };
  if (req.jobsCapped) note(msg(lang, 'batch-summary.jobs-capped', req.jobsCapped));
  let inputBom = false;
  let headGbk = false;
  const adoptColumns = (names: string[], from: string) => {
    const missing = req.keep.filter((k) => !names.includes(k));
    if (missing.length > 0) {
      const shown = names
        .slice(0, 12)
        .map((n) => JSON.stringify(n))
        .join(', ');
      const quoted = missing.map((m) => JSON.stringify(m)).join(', ');
      const where = from.replace(/: header$/, '');
      throw UserError.said(
        'usage.keep',
        said('batch.keep-not-column', { names: quoted, count: missing.length, from: where, shown, more: names.length > 12 ? 1 : 0 }),
        { field: '--keep', value: missing[0] ?? null },
      );
    }
    columnMap = mapColumns(names, from);
    const ignored = columnMap.ignored.filter((n) => !req.keep.includes(n));
    if (ignored.length > 0) {
      const shown = ignored.map((n) => (isPersonalColumn(n) ? msg(lang, 'batch.never-echoed', { name: n }) : n || msg(lang, 'batch.unnamed')));
      note(msg(lang, 'batch.ignoring-columns', { count: shown.length, list: shown.join(', ') }));
    }
  };
  if (req.columns) adoptColumns(req.columns, '--columns');

  // started lazily, once the columns are known: output, error sink, scorer
  let out: Writable | null = null;
  let errOut: Writable | null = null;
  let scorer: Scorer | null = null;
  let queue: OrderedQueue | null = null;
  let scored = 0;
  let rejected = 0;
  const tally: Tally = emptyTally();
  // REPAYPLAN_ID_MEMORY (diagnostic, tests): ids held in memory before the check spills to temporary files
  const idLimit = Number(ctx.env.REPAYPLAN_ID_MEMORY) || undefined;
  const idWatch = new IdWatch((shown, first, row) => note(msg(lang, 'batch-summary.mask-collision', { id: shown, first, row })), { limit: idLimit });

  // Ctrl-C or a kill mid-run: the outputs are temporary files until the end; remove them,
  // say so in one line, exit 130 / 143 (issue #15)
  const onSignal = (signal: NodeJS.Signals) => {
    progress.clearLine();
    const removed = removePendingTemp().map((t) => JSON.stringify(relative(ctx.cwd, t) || t));
    const what =
      removed.length > 0 ? msg(lang, 'batch.interrupted-removed', { files: removed.join(msg(lang, 'batch.and')) }) : msg(lang, 'batch.interrupted-nothing');
    ctx.stderr.write(`${msg(lang, 'batch.interrupted', { signal, removed: what })}\n`);
    process.exit(SIGNAL_EXIT[signal] ?? 130);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  const take = async (r: JobResult) => {
    scored += r.scored;
    rejected += r.rejected;
    mergeTally(tally, r.tally);
    idWatch.addBatch(r.ids);
    if (out) await put(out, r.out, () => scorer?.recycle(r)); // its buffer is filled again once written
    if (r.errors.length > 0 && errOut && !inline) {
      if (errOut === ctx.stderr) progress.clearLine();
      await put(errOut, renderErrors(r.errors, errorFormat, lang));
      if (errOut === ctx.stderr) progress.redraw();
    }
    progress.setRows(scored + rejected);
  };

  const start = async () => {
    out = outputPath ? await openFile(outputPath, '-o') : watchWrites(ctx.stdout, '-o', 'stdout');
    errOut = errorsPath ? await openFile(errorsPath, '--errors') : req.errors === '-' ? ctx.stdout : ctx.stderr;
    // a byte-order mark when asked, or by default when the input was GBK or had one (Excel
    // then opens the output as it opened the input); never in filter mode (concatenated parts)
    const bom = req.bom ?? (!headerless && (headGbk || inputBom));
    if (errorsPath || req.errors === '-') await put(errOut, (bom && errorsPath && errorFormat === 'csv' ? UTF8_BOM : '') + errorHeader(errorFormat));
    let head = '';
    if (outputFormat === 'csv') {
      if (bom) head += UTF8_BOM;
      if (!headerless) head += csvLine(headerCells(outColumns, req.headers, req.keep));
    }
    await put(out, head);
    const cm = columnMap as ColumnMap | null;
    const config: ScoreConfig = {
      policyDoc: policy.doc,
      policySha256: policy.sha256,
      defaultAsOf: req.asOf,
      columns: inputFormat === 'csv' && cm ? { names: cm.names, fields: cm.fields } : null,
      output: outputFormat,
      planIds,
      inlineErrors: inline,
      // diagnostic (docs/batch.md, bench/): REPAYPLAN_ENGINE=exact scores every row with evaluate()
      engine: ctx.env.REPAYPLAN_ENGINE === 'exact' ? 'exact' : 'fast',
      keep: req.keep,
      lang,
    };
    scorer = scorerFor(config, req.jobs, req.jobsAuto, input.size, ctx.env.REPAYPLAN_WORKER_BYTES, inputs);
    queue = new OrderedQueue(scorer, Math.max(2, req.jobs * 3), take);
  };

  const readOptions: ReadOptions = {
    format: inputFormat,
    encoding: req.encoding,
    source: input.name,
    header: inputFormat === 'csv' && !headerless,
    onEncoding: (e, bom) => {
      // the default BOM follows the encoding known when the output starts (the head of the
      // input); a late switch to GBK comes after the header line is written
      if (encoding === null) headGbk = e !== 'utf8';
      if (bom) inputBom = true;
      if (encoding !== null && e !== encoding)
        note(msg(lang, 'batch.encoding-switch', { kib: SNIFF_BYTES / 1024, shown: e === 'gb18030' ? 'GBK/GB18030' : e, encoding: e }));
      encoding = e;
    },
    onHeader: (names) => {
      if (names.some((n) => n.includes('\uFFFD'))) {
        throw UserError.said('batch.encoding', said('batch.header-encoding', { source: input.name, encoding: encoding ?? '' }), {
          field: '--encoding',
          value: req.encoding,
        });
      }
      adoptColumns(names, `${input.name}: header`);
    },
    rowOffset: req.rowOffset,
    // --skip-header: the first line is the header when every column --columns maps to an
    // account field names that same field (a data row has figures there, not names)
    isHeader:
      req.skipHeader && headerless
        ? (fields) => {
            const cm = columnMap as ColumnMap | null;
            return cm !== null && fields.length === cm.fields.length && cm.fields.every((f, i) => f === null || fieldForHeader(fields[i] ?? '') === f);
          }
        : undefined,
    onHeaderSkipped: () => {
      headerSkipped = true;
    },
    onBytes: (n) => progress.addBytes(n),
    onBlank: () => {
      blank++;
    },
  };
  // byte jobs (#16); REPAYPLAN_READER=general: rows read on the main thread (a way back); REPAYPLAN_JOB_BYTES (tests): small jobs
  const jobBytes = Number.parseInt(ctx.env.REPAYPLAN_JOB_BYTES ?? '', 10) || undefined;
  const inputs = new BytePool(); // the jobs' bytes, given back once scored
  const jobs = ctx.env.REPAYPLAN_READER === 'general' ? rowJobs(readRows(source, readOptions)) : readJobs(source, { ...readOptions, jobBytes, pool: inputs });

  let failure: unknown = null;
  try {
    for await (const job of jobs) {
      if (!queue) await start();
      await (queue as OrderedQueue | null)?.push(job);
    }
    if (!queue) await start();
  } catch (error) {
    failure = error;
  }
  try {
    await (queue as OrderedQueue | null)?.drain();
  } catch (error) {
    failure ??= error;
  } finally {
    await (scorer as Scorer | null)?.close();
    progress.stop();
  }
  const o = out as Writable | null;
  const e = errOut as Writable | null;
  let closed = false;
  let ids: IdFindings | null = null;
  try {
    if (failure) {
      // a run that stopped early leaves no file that looks complete
      if (o && o !== ctx.stdout) discard(o);
      if (e && e !== ctx.stderr && e !== ctx.stdout) discard(e);
      if (o === ctx.stdout) await finish(o, false);
    } else {
      if (o) await finish(o, o !== ctx.stdout);
      if (e && e !== ctx.stderr && e !== ctx.stdout) await finish(e, true);
    }
    // a check past its memory reads its temporary files back here (Ctrl-C still removes them)
    ids = idWatch.result();
    closed = true;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    // the id check's temporary files go with a run that ends here
    if (!closed) idWatch.dispose();
  }

  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const portfolio = {
    ...summarise(
      tally,
      policy.currency,
      policy.buckets.map((b) => b.name),
      blank,
      ids ?? idWatch.result(),
    ),
    tool: { name: 'repayplan' as const, version: VERSION },
    policy: { name: policy.name, version: policy.version, sha256: policy.sha256 },
    asOf: req.asOf,
  };
  void (portfolio satisfies SummaryDocument); // the published schema's type (src/schema/summary.ts)
  const summary: BatchSummary = { read: scored + rejected, scored, rejected, blank, seconds, encoding, inputFormat, outputFormat, portfolio };
  if (failure && !(failure instanceof UserError)) throw failure;
  if (queue) {
    const counts = { read: summary.read, scored, rejected, blank, seconds, headerSkipped, stopped: Boolean(failure) };
    ctx.stderr.write(await closingText(req, ctx.cwd, portfolio, counts, outputFormat));
  }
  if (failure) throw failure;
  return summary;
}
