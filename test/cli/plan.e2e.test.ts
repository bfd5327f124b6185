/**
 * End-to-end success paths of the real binary (STYLE 18): `plan --format json` and table,
 * `--input` from a file and stdin (and a saved document read back), the default format when
 * piped, `--help` and `--version`. Exit codes and streams are checked: data on stdout only,
 * nothing on stderr.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WORKED_FLAGS } from '../helpers/builders.js';
import { assertPlanDocument } from '../schema/helpers.js';
import { ROOT, repayplan, tempDirWith } from './helpers.js';

type Doc = Record<string, any>;

const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const WORKED = [...WORKED_FLAGS, '--as-of', '2026-11-22'];
const ANSI = /\u001b\[/;

/** The table renderer is another engineer's and still a placeholder; its checks wait for it. */
const TABLE_PENDING = readFileSync(join(ROOT, 'src/render/table.ts'), 'utf8').includes('PLACEHOLDER');

describe('plan --format json', () => {
  const r = repayplan(['plan', ...WORKED, '--format', 'json']);

  it('exits 0 with nothing on stderr and one valid document on stdout', () => {
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.endsWith('}\n')).toBe(true);
    assertPlanDocument(JSON.parse(r.stdout));
  });

  it('carries the worked example of issue #2', () => {
    const d = JSON.parse(r.stdout) as Doc;
    expect(d.tool).toEqual({ name: 'repayplan', version: VERSION });
    expect(d.snapshot).toMatchObject({ bucket: 'M4', total: '22300.00' });
    expect(d.affordability).toMatchObject({ surplus: '2500.00', cap: '1250.00' });
    expect(d.statusQuo.total).toBe('27100.00');
    const byId = (id: string) => d.plans.find((p: Doc) => p.id === id) as Doc;
    expect(byId('installment-36')).toMatchObject({ amount: '21500.00', regularPayment: '704.80', totalPaid: '25370.00' });
    expect(byId('deferral-3+36').regularPayment).toBe('579.31');
    expect(byId('installment-12').affordable).toBe(false);
    expect(d.recommendation.planId).toBe('installment-24');
    expect(byId('installment-24').regularPayment).toBe('1003.41');
  });

  it('is the default when stdout is not a terminal', () => {
    const piped = repayplan(['plan', ...WORKED]);
    expect(piped.status).toBe(0);
    expect(piped.stdout).toBe(r.stdout);
  });

  it('is the same document whatever the order of the flags, and for --flag=value', () => {
    const again = repayplan([
      'plan',
      '--format=json',
      '--as-of=2026-11-22',
      '--expenses',
      '3500',
      '--income=6000',
      '--overdue-days',
      '95',
      '--fees',
      '800',
      '--interest=1500',
      '--principal',
      '20000',
    ]);
    expect(again.status).toBe(0);
    expect(again.stdout).toBe(r.stdout);
  });

  it('--input FILE, --input - (stdin) and a saved document read back give the same document', () => {
    const account = { principal: '20000', interest: '1500', fees: '800', overdueDays: 95, monthlyIncome: '6000', monthlyExpenses: '3500', asOf: '2026-11-22' };
    const dir = tempDirWith({ 'account.json': account, 'saved.json': r.stdout });
    const fromFile = repayplan(['plan', '--input', 'account.json', '--format', 'json'], { cwd: dir });
    const fromStdin = repayplan(['plan', '--input', '-', '--format', 'json'], { cwd: dir, stdin: JSON.stringify(account) });
    const fromSaved = repayplan(['plan', '--input', 'saved.json', '--format', 'json'], { cwd: dir });
    for (const x of [fromFile, fromStdin, fromSaved]) {
      expect(x.stderr).toBe('');
      expect(x.status).toBe(0);
      expect(x.stdout).toBe(r.stdout);
    }
  });

  it('flags override --input fields', () => {
    const dir = tempDirWith({ 'account.json': { principal: '1', overdueDays: 5, asOf: '2020-01-01' } });
    const x = repayplan(['plan', '--input', 'account.json', ...WORKED, '--format', 'json'], { cwd: dir });
    expect(x.status).toBe(0);
    expect(x.stdout).toBe(r.stdout);
  });

  it('--policy-hash with the right hash runs', () => {
    const sha = (JSON.parse(r.stdout) as Doc).policy.sha256 as string;
    const x = repayplan(['plan', ...WORKED, '--format', 'json', '--policy-hash', sha.toUpperCase()]);
    expect(x.status).toBe(0);
    expect(x.stdout).toBe(r.stdout);
  });
});

describe('plan --format table', () => {
  const r = repayplan(['plan', ...WORKED, '--format', 'table']);

  it('exits 0 with nothing on stderr and no colour under NO_COLOR', () => {
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).not.toMatch(ANSI);
  });

  it.skipIf(TABLE_PENDING)('shows the recommended plan', () => {
    expect(r.stdout).toContain('installment-24');
  });

  it.skipIf(TABLE_PENDING)('--schedule ID prints that plan', () => {
    const s = repayplan(['plan', ...WORKED, '--format', 'table', '--schedule', 'deferral-3+36']);
    expect(s.status).toBe(0);
    expect(s.stderr).toBe('');
    expect(s.stdout).toContain('deferral-3+36');
  });
});

describe('help and version', () => {
  it.each([['--help'], ['-h'], ['(no arguments)']])('repayplan %s prints the usage and exits 0', (arg) => {
    const r = repayplan(arg.startsWith('-') ? [arg] : []);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^Usage: repayplan /);
    for (const command of ['plan', 'batch', 'policy', 'negotiate']) expect(r.stdout).toContain(command);
  });

  it('plan --help lists the account flags of §2', () => {
    const r = repayplan(['plan', '--help']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    for (const flag of [
      '--principal',
      '--interest',
      '--fees',
      '--overdue-days',
      '--minimum-due',
      '--income',
      '--expenses',
      '--other-debt',
      '--cash',
      '--input',
      '--as-of',
      '--policy',
      '--format',
      '--schedule',
      '--lang',
    ]) {
      expect(r.stdout).toContain(flag);
    }
  });

  it.each([['--version'], ['-V']])('%s prints the version and exits 0', (flag) => {
    const r = repayplan([flag]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`${VERSION}\n`);
  });
});
