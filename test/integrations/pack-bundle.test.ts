/**
 * `npm run pack-bundle` (scripts/pack-bundle.mjs, issue #14): the tarball Spark ships with
 * --archives holds the production dependencies only, and its launcher runs the filter with an
 * empty environment (what PySpark's pipe() gives without env=): the bundled Node when there is
 * one, else `node` from PATH.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AS_OF, ROOT, runBin } from '../batch/helpers.js';

const INPUT = '{"id":"A-1","principal":"20000.00","overdueDays":95}\nnot json\n{"id":"账户-2","principal":"3000.00","overdueDays":12}\n';
const ARGS = [
  'batch',
  '--input-format',
  'ndjson',
  '--encoding',
  'utf8',
  '--format',
  'ndjson',
  '--errors',
  'inline',
  '--as-of',
  AS_OF,
  '--jobs',
  '1',
  '--no-progress',
];

describe('npm run pack-bundle', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'repayplan-bundle-test-'));
  const top = join(tmp, 'x', 'repayplan');
  let pack: ReturnType<typeof spawnSync>;
  let expected = '';

  beforeAll(async () => {
    pack = spawnSync(process.execPath, [join(ROOT, 'scripts/pack-bundle.mjs'), '--no-node', '--out', join(tmp, 'bundle.tar.gz')], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 120_000,
    });
    mkdirSync(join(tmp, 'x'));
    spawnSync('tar', ['-xzf', join(tmp, 'bundle.tar.gz'), '-C', join(tmp, 'x')]);
    expected = (await runBin(ARGS, { input: INPUT })).out;
  }, 150_000);
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  /** Runs the launcher with exactly this environment. */
  const launch = (env: Record<string, string>) => spawnSync(join(top, 'repayplan'), ARGS, { input: INPUT, encoding: 'utf8', env, cwd: tmp });

  it('packs bin, dist, schema and the production dependencies only', () => {
    expect(pack.status, String(pack.stderr)).toBe(0);
    for (const p of [
      'bin/repayplan.js',
      'dist/cli/main.js',
      'schema',
      'package.json',
      'node_modules/csv-parse',
      'node_modules/iconv-lite',
      'node_modules/commander',
    ]) {
      expect([p, existsSync(join(top, p))]).toEqual([p, true]);
    }
    for (const dev of ['vitest', 'typescript', 'fast-check', '@inquirer/testing']) {
      expect([dev, existsSync(join(top, 'node_modules', dev))]).toEqual([dev, false]);
    }
    expect(existsSync(join(top, 'node'))).toBe(false); // --no-node
  });

  it('without a bundled Node the launcher uses node from PATH, and gives the same lines as the repository', () => {
    // a `node` first on PATH that is not Node: proves which one runs
    const fake = join(tmp, 'fake');
    mkdirSync(fake, { recursive: true });
    writeFileSync(join(fake, 'node'), '#!/bin/sh\necho "the node from PATH" >&2\nexit 99\n');
    chmodSync(join(fake, 'node'), 0o755);
    const viaPath = launch({ PATH: `${fake}:/usr/bin:/bin` });
    expect([viaPath.status, viaPath.stderr.trim()]).toEqual([99, 'the node from PATH']);
    const real = launch({ PATH: `${join(process.execPath, '..')}:/usr/bin:/bin` });
    expect(real.status).toBe(3);
    expect(real.stdout).toBe(expected);
  });

  it('with a bundled Node it runs under an empty environment, PATH or no PATH', () => {
    mkdirSync(join(top, 'node/bin'), { recursive: true });
    symlinkSync(process.execPath, join(top, 'node/bin/node'));
    const r = launch({});
    expect([r.status, r.stdout]).toEqual([3, expected]);
    expect(r.stderr).toMatch(/read 3 = scored 2 \+ rejected 1/);
    const fake = launch({ PATH: join(tmp, 'fake') });
    expect([fake.status, fake.stdout]).toEqual([3, expected]);
  });
});
