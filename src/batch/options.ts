/** The flags of `repayplan batch` (commander's option object) as a checked request. Pure. */
import { parseAsOf } from '../core/account.js';
import { formatCivilDate, type CivilDate } from '../dates/civil-date.js';
import { UserError } from '../errors.js';
import { said } from '../messages/index.js';
import type { EncodingOption } from './encoding.js';
import type { InputFormat } from './read.js';

export interface BatchRequest {
  /** Input file, or '-' for stdin. */
  file: string;
  /** Output file, or '-' for stdout. */
  output: string;
  /** Rejected rows file; null = stderr. */
  errors: string | null;
  format: InputFormat | null;
  inputFormat: InputFormat | null;
  policy: string | undefined;
  policyHash: string | undefined;
  /** Default valuation date, YYYY-MM-DD, for rows without as_of. */
  asOf: string;
  encoding: EncodingOption;
  /** Headerless CSV: the column names. */
  columns: string[] | null;
  /** With --columns: drop a first line that is the header naming those columns (a partition that kept it). */
  skipHeader: boolean;
  /** Rows (and lines) are numbered from rowOffset + 1: a partition's global row numbers. */
  rowOffset: number;
  /** Worker threads; 1 = score in the main thread. */
  jobs: number;
  /** `--jobs` was not given: an input too small to repay starting worker threads is scored in the main thread (pool.ts autoScorer). */
  jobsAuto: boolean;
  plans: boolean;
  /** Byte-order mark on CSV output: true/false when asked, null = when the input was GBK or had one. */
  bom: boolean | null;
  progress: boolean;
  /** `--keep`: input columns passed through to the output. */
  keep: string[];
  /** Output header language (`--headers`; CSV only). */
  headers: 'en' | 'zh';
  /** Language of the summary and report (`--lang`). */
  lang: 'en' | 'zh';
  /** `--summary FILE` (JSON) and `--report FILE` (HTML), or null. */
  summary: string | null;
  report: string | null;
  /** Set when `--jobs` asked for more threads than there are cores (then capped). */
  jobsCapped: { asked: number; cores: number } | null;
}

export const MAX_JOBS = 64;

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

export function toBatchRequest(
  file: string | undefined,
  opts: Record<string, unknown>,
  today: CivilDate,
  cores: number,
  lang: 'en' | 'zh' = 'en',
): BatchRequest {
  let asOf = formatCivilDate(today);
  const asOfFlag = str(opts.asOf);
  if (asOfFlag !== undefined) {
    const d = parseAsOf(asOfFlag, '--as-of');
    if ('code' in d) throw UserError.fromIssue(d);
    asOf = formatCivilDate(d);
  }
  let jobs = Math.max(1, Math.min(MAX_JOBS, cores));
  const jobsFlag = str(opts.jobs);
  if (jobsFlag !== undefined) {
    if (!/^\d+$/.test(jobsFlag.trim()) || Number.parseInt(jobsFlag, 10) < 1 || Number.parseInt(jobsFlag, 10) > MAX_JOBS) {
      throw UserError.said('usage.jobs', said('batch.jobs-invalid', { value: JSON.stringify(jobsFlag), max: MAX_JOBS, cores }), {
        field: '--jobs',
        value: jobsFlag,
      });
    }
    jobs = Number.parseInt(jobsFlag, 10);
  }
  // more threads than cores only costs memory and time (--jobs 64 on 2 cores: 1.9 GB, 4.5× slower)
  let jobsCapped: BatchRequest['jobsCapped'] = null;
  if (jobs > Math.max(1, cores)) {
    jobsCapped = { asked: jobs, cores: Math.max(1, cores) };
    jobs = Math.max(1, cores);
  }
  let columns: string[] | null = null;
  const columnsFlag = str(opts.columns);
  if (columnsFlag !== undefined) {
    columns = columnsFlag.split(',').map((c) => c.trim());
    if (columns.every((c) => c === '')) {
      throw UserError.said('usage.columns', said('batch.columns-empty'), {
        field: '--columns',
        value: columnsFlag,
      });
    }
  }
  const skipHeader = opts.skipHeader === true;
  if (skipHeader && columns === null) {
    throw UserError.said('usage.skip-header', said('batch.skip-header-needs-columns'), { field: '--skip-header', value: null });
  }
  let rowOffset = 0;
  const rowOffsetFlag = str(opts.rowOffset);
  if (rowOffsetFlag !== undefined) {
    if (!/^\d{1,15}$/.test(rowOffsetFlag.trim())) {
      throw UserError.said('usage.row-offset', said('batch.row-offset-invalid', { value: JSON.stringify(rowOffsetFlag) }), {
        field: '--row-offset',
        value: rowOffsetFlag,
      });
    }
    rowOffset = Number.parseInt(rowOffsetFlag.trim(), 10);
  }
  const inputFormat = (str(opts.inputFormat) as InputFormat | undefined) ?? null;
  if (columns && inputFormat === 'ndjson') {
    throw UserError.said('usage.columns', said('batch.columns-with-ndjson'), { field: '--columns', value: columnsFlag ?? null });
  }
  const format = (str(opts.format) as InputFormat | undefined) ?? null;
  const bom = opts.bom === true ? true : opts.bom === false ? false : null;
  if (bom === true && format === 'ndjson') {
    throw UserError.said('usage.bom', said('batch.bom-ndjson'), { field: '--bom', value: null });
  }
  let keep: string[] = [];
  const keepFlag = str(opts.keep);
  if (keepFlag !== undefined) {
    keep = keepFlag
      .split(',')
      .map((c) => c.trim())
      .filter((c) => c !== '');
    if (keep.length === 0) {
      throw UserError.said('usage.keep', said('batch.keep-empty'), {
        field: '--keep',
        value: keepFlag,
      });
    }
    const twice = keep.find((c, i) => keep.indexOf(c) !== i);
    if (twice !== undefined)
      throw UserError.said('usage.keep', said('batch.keep-twice', { name: JSON.stringify(twice) }), { field: '--keep', value: keepFlag });
  }
  const headers = str(opts.headers) === 'zh' ? 'zh' : 'en';
  if (headers === 'zh' && format === 'ndjson') {
    throw UserError.said('usage.headers', said('batch.headers-ndjson'), { field: '--headers', value: 'zh' });
  }
  return {
    file: file ?? '-',
    output: str(opts.output) ?? '-',
    errors: str(opts.errors) ?? null,
    format,
    inputFormat: columns ? 'csv' : inputFormat,
    policy: str(opts.policy),
    policyHash: str(opts.policyHash),
    asOf,
    encoding: (str(opts.encoding) as EncodingOption | undefined) ?? 'auto',
    columns,
    skipHeader,
    rowOffset,
    jobs,
    jobsAuto: jobsFlag === undefined,
    plans: opts.plans === true,
    bom,
    progress: opts.progress !== false,
    keep,
    headers,
    lang: str(opts.lang) === 'zh' ? 'zh' : str(opts.lang) === 'en' ? 'en' : lang,
    summary: str(opts.summary) ?? null,
    report: str(opts.report) ?? null,
    jobsCapped,
  };
}
