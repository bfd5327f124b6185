/**
 * The GNU parallel recipes of docs/distributed.md, run as written (issue #14): on generated
 * accounts with bad rows, the output equals one plain run line for line (a rejected row's
 * row/line count within its block) and the script exits 3 (rows rejected); with `node` missing
 * for one block it exits 2 and says why. Skipped when GNU parallel is not installed.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLUMNS, csvLineOf, generateAccount, ndjsonLineOf, rng } from '../../bench/gen-accounts.mjs';
import { AS_OF, BIN, ROOT, runBin } from '../batch/helpers.js';

// a few blocks of a thousand rows, ~20 bad rows of each kind: what the recipes do does not depend
// on the size (issue #9 step 5: 10,000 rows cost the suite ~10 s of CPU)
const ROWS = 2_000;
const parallel = spawnSync('parallel', ['--version'], { encoding: 'utf8' });
const haveParallel = parallel.status === 0 && /GNU parallel/.test(parallel.stdout);
if (!haveParallel) console.warn('skipping the GNU parallel recipe test: GNU parallel is not installed (apt-get install -y parallel)');

/** The shell block that follows `<!-- recipe:NAME -->` in docs/distributed.md. */
function recipe(name: string): string {
  const doc = readFileSync(join(ROOT, 'docs/distributed.md'), 'utf8');
  const at = doc.indexOf(`<!-- recipe:${name} -->`);
  if (at < 0) throw new Error(`docs/distributed.md has no recipe ${name}`);
  const m = /```sh\n([\s\S]*?)```/.exec(doc.slice(at));
  if (!m?.[1]) throw new Error(`recipe ${name} has no sh block`);
  // the docs value on 2026-11-22; the reference run below uses the tests' date
  return m[1].replaceAll('--as-of 2026-11-22', `--as-of ${AS_OF}`);
}

function inputs(): { csv: string; ndjson: string } {
  const r = rng(21);
  let csv = `${COLUMNS.join(',')}\n`;
  let ndjson = '';
  for (let i = 0; i < ROWS; i++) {
    const a = generateAccount(i, r);
    if (i % 101 === 5) a.principal = 'abc';
    if (i % 101 === 17) a.id = `账户\uFFFDA-${i}`;
    if (i % 101 === 40) a.overdue_days = '-3';
    csv += i % 101 === 70 ? `${a.id},5\n` : csvLineOf(a);
    ndjson += i % 101 === 70 ? 'not json\n' : ndjsonLineOf(a);
  }
  return { csv, ndjson };
}

/** Rejected lines keep id and error; their row/line count within a block, and so does a scored row's `row`. */
const comparable = (text: string) =>
  text
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => {
      const o = JSON.parse(l) as Record<string, unknown>;
      if ('error' in o) return { id: o.id, error: o.error };
      const { row: _row, ...rest } = o;
      return rest;
    });

describe.skipIf(!haveParallel)('GNU parallel: the recipes of docs/distributed.md', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'repayplan-parallel-'));
  const bin = join(tmp, 'bin');
  const single: Record<string, string> = {};

  beforeAll(async () => {
    const { csv, ndjson } = inputs();
    writeFileSync(join(tmp, 'accounts.csv'), csv);
    writeFileSync(join(tmp, 'accounts.ndjson'), ndjson);
    for (const f of ['accounts.csv', 'accounts.ndjson']) {
      const r = await runBin(['batch', join(tmp, f), '--format', 'ndjson', '--errors', 'inline', '--as-of', AS_OF, '--no-progress']);
      expect(r.code).toBe(3);
      single[f] = r.out;
    }
    mkdirSync(bin);
  }, 120_000);
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  /** Runs a recipe in its own folder with `repayplan` on PATH (optionally failing one block). */
  function run(name: string, input: string, brokenBlock?: number) {
    const dir = join(tmp, `${name}-${brokenBlock ?? 'ok'}`);
    mkdirSync(dir);
    const shim = join(dir, 'repayplan');
    // PARALLEL_SEQ is the job number parallel gives each block: block N finds no node
    const broken = brokenBlock ? `[ "$PARALLEL_SEQ" = ${brokenBlock} ] && exec /nonexistent/bin/node "$@"\n` : '';
    writeFileSync(shim, `#!/bin/sh\n${broken}exec "${process.execPath}" "${BIN}" "$@"\n`);
    chmodSync(shim, 0o755);
    writeFileSync(join(dir, input), readFileSync(join(tmp, input)));
    writeFileSync(join(dir, 'score.sh'), recipe(name));
    const r = spawnSync('bash', ['score.sh'], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 240_000,
      env: { PATH: `${dir}:${dirname(process.execPath)}:/usr/bin:/bin`, HOME: dir, LANG: 'C.UTF-8' },
    });
    const out = readFileSync(join(dir, 'scored.ndjson'), 'utf8');
    const log = readFileSync(join(dir, 'jobs.log'), 'utf8');
    return { status: r.status, stderr: r.stderr, out, jobs: log.trim().split('\n').length - 1 };
  }

  it('CSV with its header: split into blocks, every row back in order, exit 3 for the rejected rows', () => {
    const r = run('parallel-csv', 'accounts.csv');
    expect(r.status, r.stderr).toBe(3);
    expect(r.jobs).toBeGreaterThanOrEqual(2);
    expect(comparable(r.out)).toEqual(comparable(single['accounts.csv'] ?? ''));
  }, 240_000);

  it('NDJSON: the same', () => {
    const r = run('parallel-ndjson', 'accounts.ndjson');
    expect(r.status, r.stderr).toBe(3);
    expect(r.jobs).toBeGreaterThanOrEqual(2);
    expect(comparable(r.out)).toEqual(comparable(single['accounts.ndjson'] ?? ''));
  }, 240_000);

  it('node missing for one block: the script exits 2 and shows why', () => {
    const r = run('parallel-csv', 'accounts.csv', 2);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/nonexistent\/bin\/node/);
  }, 240_000);
});
