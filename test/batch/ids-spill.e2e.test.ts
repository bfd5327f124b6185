/**
 * `batch` with the id check past its memory limit (REPAYPLAN_ID_MEMORY, issue #16): the same
 * output, warnings, summary lines and --summary ids as in memory, inline and on workers (whose
 * ids come hashed and masked, transferred as typed arrays).
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AS_OF, runBin } from './helpers.js';

// repeats, phone and card numbers that mask alike, an id that is literally a masked form, rows without an id
const IDS = ['13800001234', '13900001234', 'B7', '6222020000001234', '6222020000991234', '*******1234', '', 'x13800001234', 'x13900001234', 'C9'];

function input(): string {
  const lines = ['id,principal,overdue_days'];
  for (let i = 0; i < 400; i++) {
    const pick = (i * 7919) % 23;
    const id = pick < IDS.length ? (IDS[pick] ?? '') : `ACC-${(i * 31) % 97}`;
    lines.push(`${id},${1000 + i}.00,${(i % 90) + 5}`);
  }
  return `${lines.join('\n')}\n`;
}

describe('batch: the id check spilled to temporary files', () => {
  it.each(['1', '2'])('--jobs %s: the same output and findings as in memory', async (jobs) => {
    const csv = input();
    const runs = [];
    const envs: Record<string, string>[] = [{}, { REPAYPLAN_ID_MEMORY: '3' }];
    for (const env of envs) {
      const file = join(tmpdir(), `repayplan-ids-e2e-${process.pid}-${jobs}-${runs.length}.json`);
      const r = await runBin(['batch', '-', '--as-of', AS_OF, '--jobs', jobs, '--no-progress', '--summary', file], { input: csv, env });
      expect(r.code).toBe(0);
      const summary = JSON.parse(readFileSync(file, 'utf8'));
      rmSync(file);
      runs.push({ out: r.out, stderr: r.stderr.replace(/in [\d.]+ s/, 'in … s').replace(file, 'FILE'), ids: summary.ids });
    }
    const [memory, spilled] = runs;
    expect(memory?.ids.duplicateIds).toBeGreaterThan(5);
    expect(memory?.ids.maskCollisions).toBeGreaterThan(2);
    expect(spilled).toEqual(memory);
  });

  it('a temporary folder that cannot be written: one line naming it and the fix, exit 2, no output file', async () => {
    const missing = join(tmpdir(), `repayplan-no-such-folder-${process.pid}`);
    const out = join(tmpdir(), `repayplan-ids-e2e-${process.pid}.csv`);
    const r = await runBin(['batch', '-', '--as-of', AS_OF, '--jobs', '1', '--no-progress', '-o', out], {
      input: input(),
      env: { TMPDIR: missing, REPAYPLAN_ID_MEMORY: '3' },
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      `the duplicate-id check's temporary files (${JSON.stringify(missing)}): its folder does not exist: free space there or set TMPDIR`,
    );
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(out)).toBe(false);
  });
});
