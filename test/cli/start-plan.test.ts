/**
 * `repayplan plan` starts from dist/bundle/plan.cjs with a V8 code cache (bin/start-plan.js,
 * scripts/bundle-plan.mjs, scripts/code-cache.mjs; issue #16). It must be the same program as
 * every other way in: these tests compare it with dist/bundle/main.js (the bundle every other
 * command runs) on output, errors, help and exit codes, and show that a cache that does not
 * belong to this very source — made from another program, unreadable to V8, or made under other V8
 * flags — is not used.
 */
import { isAscii } from 'node:buffer';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, type Run } from './helpers.js';

const require = createRequire(import.meta.url);
const startPlan = require('../../bin/start-plan.js') as {
  cachedDataFor(source: Buffer, cache: Buffer): Buffer | undefined;
  cacheFileBytes(source: Buffer, data: Buffer): Buffer;
  PLAN_FILE: string;
};
const ENV = { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '' };
const ACCOUNT = ['--principal', '20000', '--interest', '1500', '--fees', '800', '--overdue-days', '95', '--income', '6000', '--as-of', '2026-11-22'];

function run(args: readonly string[], execArgs: readonly string[] = []): Run {
  const r = spawnSync(process.execPath, [...execArgs, ...args], { cwd: ROOT, encoding: 'utf8', input: '', env: ENV });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
/** The same call through dist/bundle/main.js, the bundle the other commands run. */
function viaMainBundle(args: readonly string[]): Run {
  const main = pathToFileURL(join(ROOT, 'dist/bundle/main.js')).href;
  const code = `const { main } = await import(${JSON.stringify(main)}); process.exitCode = await main(['node', 'repayplan', ...process.argv.slice(1)]);`;
  return run(['--input-type=module', '-e', code, ...args]);
}

describe('plan from the one-file bundle', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'repayplan-start-plan-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const policyFile = join(ROOT, 'fixtures/policies/valid/usd-hardship-annuity.json');

  it.each([
    ['table', [...ACCOUNT, '--format', 'table']],
    ['JSON', [...ACCOUNT, '--format=json']],
    ['zh, --full', [...ACCOUNT, '--lang', 'zh', '--full', '--format', 'table']],
    ['one schedule', [...ACCOUNT, '--schedule', 'installment-12', '--format', 'table']],
    ['a counter-offer and the script', [...ACCOUNT, '--offer-monthly', '500', '--script', '--format', 'table']],
    ['the script alone', [...ACCOUNT, '--format', 'script']],
    ['a preset by name', [...ACCOUNT, '--policy', 'us-card-act', '--format', 'json']],
    ['a policy file', [...ACCOUNT, '--policy', policyFile, '--format', 'json']],
    ['plan --help', ['--help']],
    ['an unknown option', [...ACCOUNT, '--bogus']],
    ['an extra argument', [...ACCOUNT, 'extra']],
    ['a bad amount (JSON error)', ['--principal', '12x', '--overdue-days', '95', '--format', 'json']],
    ['a missing field', ['--principal', '100']],
    ['an unknown policy', [...ACCOUNT, '--policy', 'nowhere', '--format', 'json']],
    ['a repeated flag', [...ACCOUNT, '--as-of', '2026-01-01']],
    ['an unknown option under --lang zh', [...ACCOUNT, '--bogus', '--lang', 'zh']],
    ['a bad choice under --lang zh', [...ACCOUNT, '--format', 'xml', '--lang', 'zh']],
    ['a repeated flag under --lang zh', [...ACCOUNT, '--as-of', '2026-01-01', '--lang', 'zh']],
  ])('%s: the same stdout, stderr and exit code as dist/bundle/main.js', (_name, args) => {
    const fast = run([BIN, 'plan', ...args]);
    expect(fast).toEqual(viaMainBundle(['plan', ...args]));
  });

  it('--format html (echarts, left out of plan.cjs) still runs, through dist/bundle/main.js', () => {
    const r = run([BIN, 'plan', ...ACCOUNT, '--format', 'html']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^<!DOCTYPE html>/);
    expect(r).toEqual(viaMainBundle(['plan', ...ACCOUNT, '--format', 'html']));
  });

  it('the build wrote a cache that this Node accepts', () => {
    const code = `const r = require(${JSON.stringify(join(ROOT, 'bin/start-plan.js'))}).loadBundle('plan'); process.stdout.write(JSON.stringify([r.cached, r.cacheRejected]))`;
    expect(JSON.parse(run(['-e', code]).stdout)).toEqual([true, false]);
  });

  it('plan.cjs is plain ASCII, so bin/start-plan.js decodes it as a plain copy (#16)', () => {
    const source = readFileSync(startPlan.PLAN_FILE);
    const outside = [...source.toString('latin1').matchAll(/[^\x00-\x7f]+/g)].map((m) =>
      source.toString('latin1').slice(Math.max(0, m.index - 40), m.index + 10),
    );
    // a regular expression literal in src/ with a character outside ASCII: write it with \u escapes
    expect(outside).toEqual([]);
    expect(isAscii(source)).toBe(true);
  });

  it('a cache made under other V8 flags is rejected by V8 and the source compiled: same output', () => {
    const args = [BIN, 'plan', ...ACCOUNT, '--format', 'json'];
    expect(run(args, ['--no-opt'])).toEqual(run(args));
  });

  /** A copy of bin/ with dist/bundle/plan.cjs and the given cache file. */
  function installWith(name: string, cache: Buffer): string {
    const dir = join(tmp, name);
    cpSync(join(ROOT, 'bin'), join(dir, 'bin'), { recursive: true });
    mkdirSync(join(dir, 'dist/bundle'), { recursive: true });
    for (const file of ['plan.cjs', 'policy-validator.cjs']) cpSync(join(ROOT, 'dist/bundle', file), join(dir, 'dist/bundle', file));
    writeFileSync(join(dir, 'dist/bundle/plan.cache'), cache);
    return join(dir, 'bin/repayplan.js');
  }

  it('a cache made from another source of the same length is not used', () => {
    const source = readFileSync(startPlan.PLAN_FILE);
    // another program, byte for byte as long: the JSON document's schemaVersion key renamed
    const other = Buffer.from(source.toString('latin1').replace(/schemaVersion:( ?)SCHEMA_VERSION/, 'schemaVersioX:$1SCHEMA_VERSION'), 'latin1');
    expect(other.length).toBe(source.length);
    expect(other.equals(source)).toBe(false);
    // V8 checks a cache against the source's length only: the other program's cache, made after
    // running it (so the renamed key is compiled in), would be accepted for this source
    const otherFile = join(tmp, 'other.cjs');
    writeFileSync(otherFile, other);
    const make = `
      const { readFileSync, writeFileSync } = require('node:fs');
      const vm = require('node:vm');
      const { sourceText, cacheFileBytes } = require(${JSON.stringify(join(ROOT, 'bin/start-plan.js'))});
      const source = readFileSync(${JSON.stringify(otherFile)});
      const script = new vm.Script(sourceText(source), { filename: ${JSON.stringify(startPlan.PLAN_FILE)} });
      const module = { exports: {} };
      script.runInThisContext().call(module.exports, module.exports, require, module, ${JSON.stringify(startPlan.PLAN_FILE)}, '.');
      const quiet = { write: (_s, cb) => { (typeof cb === 'function') && cb(); return true; } };
      module.exports.main(['node', 'repayplan', 'plan', '--principal', '1', '--overdue-days', '9', '--format', 'json'], { stdin: process.stdin, stdout: quiet, stderr: quiet, stdoutIsTTY: false, stderrIsTTY: false, stdinIsTTY: false, env: process.env, cwd: process.cwd(), today: () => ({ year: 2026, month: 1, day: 1 }), columns: 80 })
        .then(() => writeFileSync(${JSON.stringify(join(tmp, 'other.cache'))}, cacheFileBytes(source, script.createCachedData())));`;
    expect(run(['-e', make]).stderr).toBe('');
    const bin = installWith('stale', readFileSync(join(tmp, 'other.cache')));
    const r = run([bin, 'plan', ...ACCOUNT, '--format', 'json']);
    expect(r.stdout).toContain('"schemaVersion": "1"');
    expect(r.stdout).not.toContain('schemaVersioX');
    expect(r).toEqual(run([BIN, 'plan', ...ACCOUNT, '--format', 'json']));
  });

  it('a cache V8 cannot read (this source, other data) is rejected: same output', () => {
    const source = readFileSync(startPlan.PLAN_FILE);
    const bin = installWith('damaged', startPlan.cacheFileBytes(source, Buffer.alloc(4096, 7)));
    expect(run([bin, 'plan', ...ACCOUNT, '--format', 'json'])).toEqual(run([BIN, 'plan', ...ACCOUNT, '--format', 'json']));
  });

  it('reads the cached data only when the cache file holds exactly this source', () => {
    const source = Buffer.from('exports.a = 1;\n');
    const data = Buffer.from('V8 data');
    const file = startPlan.cacheFileBytes(source, data);
    expect(startPlan.cachedDataFor(source, file)?.equals(data)).toBe(true);
    expect(startPlan.cachedDataFor(Buffer.from('exports.a = 2;\n'), file)).toBeUndefined(); // same length
    expect(startPlan.cachedDataFor(Buffer.from('exports.a = 10;\n'), file)).toBeUndefined();
    expect(startPlan.cachedDataFor(source, file.subarray(0, file.length - data.length))).toBeUndefined();
    expect(startPlan.cachedDataFor(source, Buffer.concat([Buffer.from('x'), file.subarray(1)]))).toBeUndefined();
    expect(startPlan.cachedDataFor(source, Buffer.alloc(0))).toBeUndefined();
  });
});
