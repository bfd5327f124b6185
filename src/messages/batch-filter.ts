/**
 * Messages of batch's filter-mode flags for partitioned engines (issue #14): --skip-header and
 * --row-offset. batch speaks English on its streams (its summary is parsed by scripts); the
 * Chinese texts are kept side by side for when it gains --lang.
 */
import { defineMessages } from './types.js';

export const BATCH_FILTER = defineMessages(() => ({
  'batch.skip-header-needs-columns': {
    zh: '--skip-header 只用于配合 --columns 读取无表头的 CSV：带表头的 CSV 本来就会把第一行当作表头，请去掉 --skip-header 或加上 --columns',
    en: '--skip-header drops a header line from headerless CSV read with --columns: a CSV with a header already has it read as the header, so drop --skip-header or give --columns',
  },
  'batch.row-offset-invalid': {
    zh: (p: { value: string }) => `--row-offset：${p.value} 不是行数：请给出本分片之前的行数，即不小于 0 的整数（如 --row-offset 50000）`,
    en: (p: { value: string }) =>
      `--row-offset: ${p.value} is not a row count: give the number of rows before this part, a whole number ≥ 0 (e.g. --row-offset 50000)`,
  },
}));
