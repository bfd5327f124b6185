/**
 * Every validation rule has a failing fixture (fixtures/policies/invalid/NAME.json) and its
 * expected issues (fixtures/policies/invalid-expected.json: [path, code] pairs, in order);
 * each runs in-process through the CLI's main() (test/helpers/inproc.ts): exit 2, every
 * expected path named on stderr as "FILE: PATH: …", and exactly the expected issues in the
 * --format json report. Every fixture under fixtures/policies/valid/ (and the plan cases'
 * policies) passes. The real binary, whose validator is the one the build generates
 * (dist/policy/policy-validator.cjs), checks all the invalid fixtures in one run and must print
 * exactly what main() prints; so do the valid ones, all at once.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { inproc, inprocAll } from '../helpers/inproc.js';
import { POLICIES, ROOT, repayplan, type Run } from './helpers.js';

interface Expected {
  what: string;
  issues: [string, string][];
}
const EXPECTED = JSON.parse(readFileSync(join(POLICIES, 'invalid-expected.json'), 'utf8')) as Record<string, Expected>;
const invalid = readdirSync(join(POLICIES, 'invalid'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -5))
  .sort();
const valid = readdirSync(join(POLICIES, 'valid'))
  .filter((f) => f.endsWith('.json'))
  .sort();

describe('invalid policy fixtures', () => {
  // One in-process run per fixture (`policy validate --format json FILE`).
  const runs = new Map<string, Run>();
  beforeAll(async () => {
    const results = await inprocAll(invalid.map((name) => ['policy', 'validate', '--format', 'json', `fixtures/policies/invalid/${name}.json`]));
    invalid.forEach((name, i) => {
      runs.set(name, results[i] as Run);
    });
  }, 120_000);

  it('every fixture has an expectation and every expectation a fixture', () => {
    expect(invalid).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(invalid)('%s', (name) => {
    const file = `fixtures/policies/invalid/${name}.json`;
    const want = EXPECTED[name] as Expected;
    const r = runs.get(name) as Run;
    expect(r.status).toBe(2);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(want.issues.length);
    want.issues.forEach(([path], i) => {
      const prefix = path === '$' ? `${file}: ` : `${file}: ${path}: `;
      expect(lines[i]?.startsWith(prefix), `line ${i} ${JSON.stringify(lines[i])} should start with ${JSON.stringify(prefix)}`).toBe(true);
      // "<path>: <what is wrong>; <what would be valid>", one line, no stack trace
      expect(lines[i]).toMatch(/; /);
      expect(lines[i]).not.toMatch(/\bat .*\.js:\d+/);
    });
    const report = JSON.parse(r.stdout) as { ok: boolean; files: { ok: boolean; issues: { field: string; code: string }[] }[] };
    expect(report.ok).toBe(false);
    expect(report.files[0]?.issues.map((i) => [i.field, i.code])).toEqual(want.issues);
  });

  it('the real binary (its generated validator) reports every invalid fixture exactly as main() does, in one run', async () => {
    const args = ['policy', 'validate', '--format', 'json', ...invalid.map((name) => `fixtures/policies/invalid/${name}.json`)];
    const bin = repayplan(args);
    expect(bin.status).toBe(2);
    expect((JSON.parse(bin.stdout) as { files: unknown[] }).files).toHaveLength(invalid.length);
    expect(bin).toEqual(await inproc(args));
  });

  it('checks every file given and reports each one', () => {
    const files = [
      'fixtures/policies/invalid/rate-as-number.json',
      'fixtures/policies/valid/minimal-jpy.json',
      'fixtures/policies/invalid/bucket-out-of-order.json',
      'fixtures/policies/nope.json',
    ];
    const r = repayplan(['policy', 'validate', ...files]);
    expect(r.status).toBe(2);
    expect(r.stdout).toMatch(/^fixtures\/policies\/valid\/minimal-jpy\.json: ok \(minimal v1, sha256 [0-9a-f]{64}\)\n$/);
    expect(r.stderr).toContain(
      'fixtures/policies/invalid/rate-as-number.json: offers[0].monthlyFeeRate: the JSON number 0.005 is not a decimal string; give rates as decimal strings like "0.005", not the JSON number 0.005\n',
    );
    expect(r.stderr).toContain('fixtures/policies/invalid/bucket-out-of-order.json: buckets[3].maxDays: ');
    expect(r.stderr).toContain('fixtures/policies/nope.json: $: cannot read it (no such file); check the path\n');
    expect(r.stderr).toContain('repayplan: 3 of 4 policy files have problems\n');
  });

  it('reports a file that is not JSON with its line and column, not a crash', () => {
    const r = repayplan(['policy', 'validate', 'fixtures/policies/invalid/not-json.json']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^fixtures\/policies\/invalid\/not-json\.json: \$: not valid JSON: .*line 4 column 1.*; fix the syntax/);
  });

  it('reads a policy from stdin with -', () => {
    const r = repayplan(['policy', 'validate', '-'], { input: readFileSync(join(POLICIES, 'invalid/terms-zero.json'), 'utf8') });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^-: offers\[0\]\.terms\[0\]: 0 is out of range; /);
  });
});

describe('valid policy fixtures', () => {
  const files = [
    ...valid.map((f) => `fixtures/policies/valid/${f}`),
    ...readdirSync(join(ROOT, 'fixtures/cases/policies'))
      .filter((f) => f.endsWith('.json'))
      .map((f) => `fixtures/cases/policies/${f}`),
  ];
  const runs = new Map<string, Run>();
  beforeAll(async () => {
    const results = await inprocAll(files.map((file) => ['policy', 'validate', file]));
    files.forEach((file, i) => {
      runs.set(file, results[i] as Run);
    });
  }, 120_000);

  it.each(files)('%s', (file) => {
    const r = runs.get(file) as Run;
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^${file.replaceAll('.', '\\.')}: ok \\(.+ v.+, sha256 [0-9a-f]{64}\\)\\n$`));
  });

  it('all at once through the real binary, exit 0, the lines main() prints one by one', () => {
    const r = repayplan(['policy', 'validate', ...files]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(files.map((file) => (runs.get(file) as Run).stdout).join(''));
  });
});
