/**
 * The plain-data types of batch scoring (score.ts re-exports them): the scorer's config, a
 * rejected row, a chunk's result. Kept apart so that the row readers and writers can name them
 * without an import circle.
 */
import type { Lang } from '../messages/index.js';
import type { PolicyDoc } from '../policy/types.js';
import type { Tally } from '../report/portfolio.js';
import type { BatchField } from './columns.js';
import type { IdBatch } from './id-batch.js';
import type { InputRow } from './records.js';

/** Everything a scorer needs; plain data so that it crosses to a worker thread. */
export interface ScoreConfig {
  policyDoc: PolicyDoc;
  policySha256: string;
  /** asOf for rows without an as_of column, YYYY-MM-DD. */
  defaultAsOf: string;
  /** CSV column names and the field each feeds (null for NDJSON input). */
  columns: { names: string[]; fields: (BatchField | null)[] } | null;
  output: 'csv' | 'ndjson';
  /** Plan ids for --plans column groups, or null. */
  planIds: string[] | null;
  /** `--errors inline`: rejected rows also go into the output, in input order. */
  inlineErrors: boolean;
  /** 'exact' scores every row with evaluate() (tests compare it with the fast engine); default fast with fallback. */
  engine?: 'fast' | 'exact';
  /** 'exact' reads every row through the general row reader and parseAccount (tests compare it with the fast reading, batch/fast-row.ts and batch/fast-json.ts). */
  rowInput?: 'fast' | 'exact';
  /** `--keep`: input columns (CSV header names or NDJSON keys) passed through, masked when personal. */
  keep: string[];
  /** Language of the rejected rows' reasons (`--lang`; default en). */
  lang?: Lang;
}

/** One rejected row (§6): where, what, why. Values are already masked where personal (§9). */
export interface RowError {
  row: number;
  line: number;
  id: string | null;
  column: string | null;
  value: string | null;
  code: string;
  reason: string;
  /** Every issue of the row (the first one is repeated in column/value/code). */
  issues: { column: string | null; value: string | null; code: string; reason: string }[];
}

export interface ChunkResult<Out extends string | Uint8Array = string> {
  /** The output lines of the scored rows, in order, already serialised (text, or its UTF-8 bytes). */
  out: Out;
  errors: RowError[];
  scored: number;
  rejected: number;
  /** The chunk's part of the portfolio summary (merged in input order by the caller). */
  tally: Tally;
  /** The rows' ids hashed and masked for the duplicate check (id-batch.ts; never the raw ids). */
  ids: IdBatch;
  /** Rows the fast engine handed to the exact path (a diagnostic; optional for older callers). */
  fallbacks?: number;
}

export type ChunkScorer = (rows: readonly InputRow[]) => ChunkResult;

/** One problem of a row, already masked and in the scorer's language. */
export interface RowIssue {
  column: string | null;
  value: string | null;
  code: string;
  reason: string;
}
