/**
 * `repayplan policy list | show | init`, the presets' round trip init → validate → show with one
 * hash, and that hash against `plan --format json`: in-process through the CLI's main()
 * (test/helpers/inproc.ts), and through the real binary where stdout, stderr and the exit code
 * of a process are the point (policy show, its refusal of an invalid file, policy init -o).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalJson, sha256Hex } from '../../src/policy/canonical.js';
import { inproc as run } from '../helpers/inproc.js';
import { repayplan } from './helpers.js';

const PRESETS = ['cn-standard', 'us-card-act', 'uk-fca'];

/**
 * SPEC §3, value for value (embedded: the shared spec is not part of the repository), plus the
 * optional followUp section of SPEC §10, which made it version 2.
 */
const SPEC_CN_STANDARD = {
  name: 'cn-standard',
  version: '2',
  currency: { code: 'CNY', minorDigits: 2, rounding: 'half-up' },
  cycleDays: 30,
  aprDisplay: 'nominal',
  interest: { dailyRate: '0.0005', compounding: 'monthly' },
  lateFee: { type: 'percentOfMinimumDue', rate: '0.05', min: '10.00', max: null },
  minimumPayment: { rate: '0.10' },
  chargesCap: { annualRate: '0.24' },
  buckets: [
    { name: 'C', maxDays: 0 },
    { name: 'M1', maxDays: 30 },
    { name: 'M2', maxDays: 60 },
    { name: 'M3', maxDays: 90 },
    { name: 'M4', maxDays: 120 },
    { name: 'M5', maxDays: 150 },
    { name: 'M6', maxDays: 180 },
    { name: 'M7+', maxDays: null },
  ],
  offers: [
    {
      id: 'installment',
      family: 'installment',
      label: { zh: '个性化分期', en: 'Hardship installment' },
      buckets: ['M1', 'M2', 'M3', 'M4', 'M5', 'M6', 'M7+'],
      terms: [12, 24, 36, 48, 60],
      method: 'flat-fee',
      monthlyFeeRate: '0.005',
      waivers: { '*': { fees: '1', interest: '0', principal: '0' } },
    },
    {
      id: 'deferral',
      family: 'deferral',
      label: { zh: '停息挂账', en: 'Interest freeze with grace' },
      buckets: ['M3', 'M4', 'M5', 'M6', 'M7+'],
      graceMonths: [3, 6],
      graceShare: '0.01',
      terms: [36, 54],
      method: 'flat-fee',
      monthlyFeeRate: '0',
      waivers: { '*': { fees: '1', interest: '0', principal: '0' } },
    },
    {
      id: 'settlement',
      family: 'reduction',
      label: { zh: '减免结清', en: 'Settlement with waiver' },
      buckets: ['M1', 'M2', 'M3', 'M4', 'M5', 'M6', 'M7+'],
      terms: [1, 3, 6],
      lumpSumDays: 30,
      waivers: {
        M1: { fees: '1', interest: '0', principal: '0' },
        M2: { fees: '1', interest: '0.3', principal: '0' },
        M3: { fees: '1', interest: '0.5', principal: '0' },
        M4: { fees: '1', interest: '1', principal: '0' },
        M5: { fees: '1', interest: '1', principal: '0' },
        M6: { fees: '1', interest: '1', principal: '0.1' },
        'M7+': { fees: '1', interest: '1', principal: '0.2' },
      },
    },
  ],
  affordability: { maxShareOfSurplus: '0.5' },
  recovery: { annualDiscountRate: '0.08', monthlyBreakRate: '0.02' },
  limits: { maxTermMonths: 60, minInstallment: '100.00' },
  followUp: {
    graceDays: 3,
    breakAfterMissed: 1,
    breakAfterDays: 30,
    allocation: 'cn-art57',
    onBreak: { reinstateWaivers: true },
    reminders: { daysBefore: [3, 1], daysAfter: [1, 3] },
  },
};

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'repayplan-policy-'));
}

describe('policy show', () => {
  it('cn-standard is SPEC §3 value for value', async () => {
    const r = await run(['policy', 'show', 'cn-standard']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toStrictEqual(SPEC_CN_STANDARD);
  });

  it('prints the canonical form (sorted keys, 2-space indent) and its SHA-256 on stderr', () => {
    const r = repayplan(['policy', 'show', 'cn-standard']);
    const sha = sha256Hex(canonicalJson(SPEC_CN_STANDARD));
    expect(r.stdout).toBe(`${JSON.stringify(JSON.parse(canonicalJson(SPEC_CN_STANDARD)), null, 2)}\n`);
    expect(r.stdout.startsWith('{\n  "affordability": {\n')).toBe(true);
    expect(r.stderr).toBe(`policy cn-standard v2: sha256 ${sha}\n`);
    // the hash is that of the compact canonical JSON of what show prints
    expect(sha256Hex(canonicalJson(JSON.parse(r.stdout)))).toBe(sha);
  });

  it('--format json is the same canonical JSON', async () => {
    expect((await run(['policy', 'show', 'uk-fca', '--format', 'json'])).stdout).toBe((await run(['policy', 'show', 'uk-fca'])).stdout);
  });

  it('--format table summarises a policy for people, hash included', async () => {
    const r = await run(['policy', 'show', 'cn-standard', '--format', 'table']);
    expect(r.status).toBe(0);
    const sha = sha256Hex(canonicalJson(SPEC_CN_STANDARD));
    expect(r.stdout).toContain(`cn-standard v2  sha256 ${sha}`);
    expect(r.stdout).toContain('interest      0.05 % a day, compounding monthly; 30-day cycles');
    expect(r.stdout).toContain('late fee      5 % of the minimum due, at least 10.00, no maximum');
    expect(r.stdout).toContain('buckets       C 0, M1 1–30, M2 31–60, M3 61–90, M4 91–120, M5 121–150, M6 151–180, M7+ 181+ days');
    expect(r.stdout).toContain('    waivers: M1: fees 100 %, interest 0 %, principal 0 %; M2: fees 100 %, interest 30 %');
  });

  it('shows a file, in canonical order whatever the order in the file', async () => {
    const r = await run(['policy', 'show', 'fixtures/policies/valid/usd-hardship-annuity.json']);
    expect(r.status).toBe(0);
    const file = JSON.parse(readFileSync('fixtures/policies/valid/usd-hardship-annuity.json', 'utf8')) as unknown;
    expect(JSON.parse(r.stdout)).toStrictEqual(file);
    expect(r.stdout).toBe(`${JSON.stringify(JSON.parse(canonicalJson(file)), null, 2)}\n`);
    expect(r.stderr).toBe(`policy acme-us-hardship v2026.1: sha256 ${sha256Hex(canonicalJson(file))}\n`);
  });

  it('refuses an invalid file with every problem, exit 2, no stack trace', () => {
    const r = repayplan(['policy', 'show', 'fixtures/policies/invalid/many-problems.json']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(6);
    expect(lines[0]).toBe('repayplan: fixtures/policies/invalid/many-problems.json: cycleDays: 0 is out of range; use a whole number from 1 to 31');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('names a reference that is neither a preset nor a file', async () => {
    const r = await run(['policy', 'show', 'cn-standrad']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      'repayplan: policy show: "cn-standrad" is neither a preset nor a readable file; use one of cn-standard, us-card-act, uk-fca or a path to a policy JSON file\n',
    );
    const missing = await run(['policy', 'show', 'no/such.json']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe('repayplan: no/such.json: $: cannot read it (no such file); check the path\n');
  });
});

describe('policy list', () => {
  it('lists the presets, the default first, with version, currency, hash and description', async () => {
    const r = await run(['policy', 'list']);
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^NAME\s+VERSION\s+CURRENCY\s+SHA-256\s+DESCRIPTION$/);
    expect(lines.slice(1).map((l) => l.split(/\s+/)[0])).toEqual(PRESETS);
    expect(lines[1]).toMatch(/^cn-standard \(default\)\s+2\s+CNY\s+[0-9a-f]{64}\s+Mainland China/);
    expect(lines[2]).toMatch(/^us-card-act\s+3\s+USD\s+[0-9a-f]{64}\s+United States/);
    expect(lines[3]).toMatch(/^uk-fca\s+2\s+GBP\s+[0-9a-f]{64}\s+United Kingdom/);
  });

  it('--format json', async () => {
    const r = await run(['policy', 'list', '--format', 'json']);
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout) as {
      schemaVersion: string;
      policies: { name: string; version: string; currency: string; sha256: string; description: string; default: boolean }[];
    };
    expect(doc.schemaVersion).toBe('1');
    expect(doc.policies.map((p) => [p.name, p.currency, p.default])).toEqual([
      ['cn-standard', 'CNY', true],
      ['us-card-act', 'USD', false],
      ['uk-fca', 'GBP', false],
    ]);
    expect(doc.policies[0]?.sha256).toBe(sha256Hex(canonicalJson(SPEC_CN_STANDARD)));
    for (const p of doc.policies) expect(p.description.length).toBeGreaterThan(20);
  });
});

describe('policy init', () => {
  it('writes the canonical JSON to stdout', async () => {
    const r = await run(['policy', 'init', 'us-card-act']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe((await run(['policy', 'show', 'us-card-act'])).stdout);
  });

  it.each(PRESETS)('%s round-trips init → validate → show with one hash, the one plan prints', async (name) => {
    const dir = tempDir();
    const file = join(dir, `${name}.json`);
    const init = await run(['policy', 'init', name, '-o', file]);
    expect(init.status).toBe(0);
    const sha = /sha256 ([0-9a-f]{64})/.exec(init.stderr)?.[1];
    const v = (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
    expect(v).toBe(name === 'us-card-act' ? '3' : '2'); // us-card-act v2: the late fee is capped at the minimum due; every preset +1 for followUp (SPEC §10)
    expect(init.stderr).toBe(`wrote ${file} (${name} v${v}, sha256 ${sha})\n`);
    const validate = await run(['policy', 'validate', file]);
    expect(validate.status).toBe(0);
    expect(validate.stdout).toBe(`${file}: ok (${name} v${v}, sha256 ${sha})\n`);
    const fromFile = await run(['policy', 'show', file]);
    const fromPreset = await run(['policy', 'show', name]);
    expect(fromFile.stdout).toBe(fromPreset.stdout);
    expect(fromFile.stdout).toBe(readFileSync(file, 'utf8'));
    expect(fromFile.stderr).toBe(`policy ${name} v${v}: sha256 ${sha}\n`);
    expect(fromPreset.stderr).toBe(fromFile.stderr);
    // `plan` names the same hash, whether the policy comes from the preset or the file
    for (const policy of [name, file]) {
      const plan = await run(['plan', '--policy', policy, '--principal', '5000', '--overdue-days', '100', '--as-of', '2026-03-01', '--format', 'json']);
      expect(plan.status).toBe(0);
      expect((JSON.parse(plan.stdout) as { policy: { sha256: string } }).policy.sha256).toBe(sha);
    }
  });

  it('refuses to overwrite an existing file', () => {
    const dir = tempDir();
    const file = join(dir, 'mine.json');
    writeFileSync(file, 'keep me');
    const r = repayplan(['policy', 'init', 'cn-standard', '-o', file]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`repayplan: -o: ${file} already exists; choose another file name, or delete it first (init never overwrites)\n`);
    expect(readFileSync(file, 'utf8')).toBe('keep me');
  });

  it('names an unknown preset and a folder that does not exist', async () => {
    const r = await run(['policy', 'init', 'de-ccd']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('repayplan: policy init: "de-ccd" is not a preset; use one of cn-standard, us-card-act, uk-fca\n');
    const dir = await run(['policy', 'init', 'cn-standard', '-o', join(tempDir(), 'no/such/dir.json')]);
    expect(dir.status).toBe(2);
    expect(dir.stderr).toMatch(/^repayplan: -o: cannot write .*dir\.json \(its folder does not exist\); give a writable file path\n$/);
  });
});

describe('plan --policy-hash', () => {
  const args = ['plan', '--principal', '5000', '--overdue-days', '100', '--as-of', '2026-03-01', '--format', 'json'];

  it('runs when the hash matches, refuses with both hashes when it does not', async () => {
    const sha = sha256Hex(canonicalJson(SPEC_CN_STANDARD));
    expect((await run([...args, '--policy-hash', sha])).status).toBe(0);
    const wrong = 'f'.repeat(64);
    const r = await run([...args, '--policy', 'cn-standard', '--policy-hash', wrong]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(sha);
    expect(r.stderr).toContain(wrong);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('a custom policy file is checked too', async () => {
    const file = 'fixtures/policies/valid/usd-hardship-annuity.json';
    const sha = sha256Hex(canonicalJson(JSON.parse(readFileSync(file, 'utf8'))));
    expect((await run([...args, '--policy', file, '--policy-hash', sha])).status).toBe(0);
    const r = await run([...args, '--policy', file, '--policy-hash', sha.replace(/^./, (c) => (c === '0' ? '1' : '0'))]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(sha);
  });
});
