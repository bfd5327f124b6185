/**
 * Whole documents against golden files: fixtures/cases/<name>.json → fixtures/golden/<name>.json,
 * through the real binary. UPDATE_GOLDEN=1 rewrites them (review the diff!). The golden files
 * are cross-checked by the independent reference implementation (test/reference).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseNames, casePolicyArg, CASES_DIR, loadCase } from '../helpers/cases.js';

const ROOT = join(import.meta.dirname, '../..');
const GOLDEN = join(ROOT, 'fixtures/golden');

function runPlan(name: string): { doc: Record<string, unknown>; stderr: string; status: number | null } {
  const c = loadCase(name);
  const r = spawnSync(
    process.execPath,
    ['bin/repayplan.js', 'plan', '--input', join(CASES_DIR, `${name}.json`), '--policy', casePolicyArg(c), '--format', 'json'],
    {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    },
  );
  const doc = JSON.parse(r.stdout) as Record<string, unknown>;
  (doc.tool as Record<string, unknown>).version = '<version>';
  return { doc, stderr: r.stderr, status: r.status };
}

describe('golden plan documents', () => {
  it.each(caseNames())('%s', (name) => {
    const { doc, stderr, status } = runPlan(name);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const file = join(GOLDEN, `${name}.json`);
    const text = `${JSON.stringify(doc, null, 2)}\n`;
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) writeFileSync(file, text);
    expect(text).toBe(readFileSync(file, 'utf8'));
  });
});
