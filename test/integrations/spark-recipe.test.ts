/**
 * The Spark recipe of docs/distributed.md without Spark (no Spark package is reachable here):
 * its command-building lines (COLS … env) run as written under a stand-in for PySpark's
 * `RDD.pipe` with the same semantics (the command split with shlex, an empty environment unless
 * env= is given, one element a line on stdin, one element a line of stdout, `checkCode` failing
 * the task on a non-zero exit). Checks: every line in gives one line out, exit 3 passes, a fatal
 * error fails the task, and the same command without env= fails instead of giving no rows.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { COLUMNS, csvLineOf, generateAccount, rng } from '../../bench/gen-accounts.mjs';
import { BIN, ROOT } from '../batch/helpers.js';

const PYTHON = '/usr/bin/python3';
const havePython = spawnSync(PYTHON, ['-c', 'import shlex, subprocess'], { encoding: 'utf8' }).status === 0;

/** The lines from `COLS =` to `env =` of the recipe's python block. */
function commandLines(): string {
  const doc = readFileSync(join(ROOT, 'docs/distributed.md'), 'utf8');
  const at = doc.indexOf('<!-- recipe:spark-pipe -->');
  const block = /```python\n([\s\S]*?)```/.exec(doc.slice(at))?.[1] ?? '';
  const lines = block.split('\n');
  const from = lines.findIndex((l) => l.startsWith('COLS = '));
  const to = lines.findIndex((l) => l.startsWith('env = '));
  if (at < 0 || from < 0 || to < from) throw new Error('docs/distributed.md: the spark-pipe recipe has no COLS … env lines');
  return lines.slice(from, to + 1).join('\n');
}

/** PySpark's RDD.pipe for one partition (pyspark/rdd.py: shlex.split, env or {}, checkCode). */
const HARNESS = `
import json, shlex, sys
from subprocess import Popen, PIPE

def pipe(partition, command, env=None, checkCode=False):
    env = env or {}
    p = Popen(shlex.split(command), env=env, stdin=PIPE, stdout=PIPE)
    for x in partition:
        p.stdin.write((str(x).rstrip("\\n") + "\\n").encode("utf-8"))
    p.stdin.close()
    out = [line.rstrip(b"\\n").decode("utf-8") for line in p.stdout]
    p.wait()
    if checkCode and p.returncode:
        raise RuntimeError("Pipe function \`%s' exited with error code %d" % (command, p.returncode))
    return out

def run(partition, **kw):
    try:
        return {"out": pipe(partition, **kw)}
    except Exception as e:
        return {"error": str(e)}

cfg = json.load(sys.stdin)
__RECIPE__
data = cfg["lines"]
report = {
    "ok": run(data, command=shlex.join(wrapped), env=env, checkCode=True),
    "header": run([cfg["header"]] + data[:5], command=shlex.join(wrapped), env=env, checkCode=True),
    "fatal": run(data[:5], command=shlex.join([a.replace("2026-11-22", "2026-13-01") for a in wrapped]), env=env, checkCode=True),
    "no_env": run(data[:5], command=shlex.join(wrapped), checkCode=True),
    "no_check": run(data[:5], command=shlex.join([a.replace("2026-11-22", "2026-13-01") for a in wrapped]), env=env),
}
json.dump(report, sys.stdout)
`;

describe.skipIf(!havePython)('Spark recipe (RDD.pipe stand-in, no Spark here)', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'repayplan-spark-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('one line out per line in, exit 3 passes, a fatal exit and a missing environment fail the task', () => {
    // what --archives …#rp unpacks: ./rp/repayplan/repayplan (here a launcher with Node's absolute
    // path, like the bundle's own Node; the bundle itself is tested in pack-bundle.test.ts)
    mkdirSync(join(tmp, 'rp/repayplan'), { recursive: true });
    const launcher = join(tmp, 'rp/repayplan/repayplan');
    writeFileSync(launcher, `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
    chmodSync(launcher, 0o755);
    const r = rng(5);
    const lines: string[] = [];
    for (let i = 0; i < 300; i++) {
      const a = generateAccount(i, r);
      if (i % 50 === 9) a.principal = 'abc';
      if (i % 50 === 30) a.id = `账户\uFFFDB-${i}`;
      lines.push(csvLineOf(a).trimEnd());
    }
    const run = spawnSync(PYTHON, ['-c', HARNESS.replace('__RECIPE__', commandLines())], {
      cwd: tmp,
      encoding: 'utf8',
      input: JSON.stringify({ lines, header: COLUMNS.join(',') }),
      timeout: 120_000,
      env: { PATH: '/usr/bin:/bin' },
    });
    expect(run.status, run.stderr).toBe(0);
    const rep = JSON.parse(run.stdout) as Record<string, { out?: string[]; error?: string }>;
    const ok = (rep.ok?.out ?? []).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(ok).toHaveLength(300); // zip-able: one line per element
    expect(ok.map((o) => ('error' in o ? null : o.id))).toEqual(lines.map((l, i) => (i % 50 === 9 || i % 50 === 30 ? null : l.split(',')[0])));
    expect(ok.filter((o) => 'error' in o)).toHaveLength(12);
    expect(rep.header?.out).toHaveLength(5); // --skip-header: the partition that kept the header
    expect(rep.fatal?.error).toMatch(/exited with error code 2/);
    // without env= PySpark gives an empty environment: the launcher still runs (absolute paths)
    // or the task fails; it never "succeeds" with no rows
    expect(rep.no_env?.out ?? rep.no_env?.error).toSatisfy((v: unknown) => (Array.isArray(v) ? v.length === 5 : /exited with error code/.test(String(v))));
    // and why checkCode=True matters: without it a fatal error is an empty, "successful" partition
    expect(rep.no_check).toEqual({ out: [] });
  }, 150_000);
});
