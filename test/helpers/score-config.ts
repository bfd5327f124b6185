/** A batch ScoreConfig for in-process scorer tests: the policy's hash, the columns of a CSV header (null: NDJSON input). */
import { mapColumns } from '../../src/batch/columns.js';
import type { ScoreConfig } from '../../src/batch/score.js';
import { compilePolicy } from '../../src/policy/compile.js';
import type { PolicyDoc } from '../../src/policy/types.js';

export function scoreConfig(doc: PolicyDoc, header: readonly string[] | null, over: Partial<ScoreConfig> = {}): ScoreConfig {
  const cols = header ? mapColumns([...header], 'test') : null;
  return {
    policyDoc: doc,
    policySha256: compilePolicy(doc).sha256,
    defaultAsOf: '2026-01-15',
    columns: cols ? { names: cols.names, fields: cols.fields } : null,
    output: 'csv',
    planIds: null,
    inlineErrors: true,
    keep: [],
    ...over,
  };
}
