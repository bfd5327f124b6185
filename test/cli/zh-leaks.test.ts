/**
 * Under `--lang zh` no English sentence of ours reaches a person (issue #10 item 5): every path a
 * user can reach (bad flags, bad files, bad policies, commander's own errors, batch notes and
 * summaries, track/remind/agree, apr, policy) is driven in process through the real commander
 * program and every line of stderr and stdout is checked for three English words in a row, once
 * flags, quoted values, <args>, paths, ids and names such as APR are taken out. The JSON error
 * object on stdout stays English (docs/errors.md): it is data, not read by a person.
 */
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Context } from '../../src/io/context.js';
import { englishRun } from '../helpers/english.js';
import { ROOT } from './helpers.js';

const ACCOUNT = ['--principal', '20000', '--overdue-days', '95', '--as-of', '2026-11-22'];
const CSV = join(ROOT, 'fixtures/csv');
const POLICIES = join(ROOT, 'fixtures/policies/invalid');

interface Case {
  name: string;
  args: string[];
  stdin?: string;
  /** Text of the input data that may be English (column names, a policy's own description). */
  allowed?: string[];
  tty?: boolean;
  /** Still English, in a file another change owns: the test fails (and this mark must go) once it is Chinese. */
  known?: string;
}

let dir = '';

async function run(c: Case): Promise<{ code: number; lines: string[] }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (b: Buffer) => {
    out += b.toString('utf8');
  });
  stderr.on('data', (b: Buffer) => {
    err += b.toString('utf8');
  });
  const ctx: Context = {
    stdin: Readable.from(c.stdin === undefined ? [] : [Buffer.from(c.stdin)]),
    stdout,
    stderr,
    stdoutIsTTY: c.tty ?? false,
    stderrIsTTY: false,
    stdinIsTTY: false,
    env: { NO_COLOR: '1', LANG: 'en_US.UTF-8' },
    cwd: dir,
    today: () => ({ year: 2026, month: 11, day: 22 }),
    columns: 100,
  };
  const code = await main(['node', 'repayplan', ...c.args, '--lang', 'zh'], ctx);
  // stdout that is a JSON document (data, or the English error object) is not read as text
  const readable = /^\s*[{[]/.test(out) ? '' : out;
  return { code, lines: `${err}\n${readable}`.split('\n').filter((l) => l.trim() !== '') };
}

const CASES: Case[] = [
  // plan / negotiate: flags, files, policies, commander
  { name: 'bad amount', args: ['plan', '--principal', 'abc', '--overdue-days', '95'] },
  { name: 'two bad fields', args: ['plan', '--principal', '1e5', '--overdue-days', '-1'] },
  { name: 'unknown option with a suggestion', args: ['plan', ...ACCOUNT, '--principle', '3'] },
  { name: 'unknown option', args: ['plan', ...ACCOUNT, '--bogus'] },
  { name: 'option without its value', args: ['plan', '--principal'] },
  { name: 'a choice that does not exist', args: ['plan', ...ACCOUNT, '--format', 'xml'] },
  { name: 'a stray argument', args: ['plan', ...ACCOUNT, 'extra'] },
  { name: 'unknown command', args: ['plans'] },
  { name: 'missing argument', args: ['policy', 'show'] },
  { name: 'repeated flag', args: ['plan', ...ACCOUNT, '--principal', '3'] },
  { name: 'empty flag', args: ['plan', '--principal', '20000', '--overdue-days', '95', '--as-of', ''] },
  { name: 'missing overdue days', args: ['plan', '--principal', '20000'] },
  { name: 'offer-monthly 0', args: ['plan', ...ACCOUNT, '--offer-monthly', '0', '--format', 'table'] },
  { name: 'unknown schedule', args: ['plan', ...ACCOUNT, '--schedule', 'installment-18'] },
  { name: 'policy hash', args: ['plan', ...ACCOUNT, '--policy-hash', 'abc'] },
  { name: 'missing input file', args: ['plan', '--input', 'nowhere.json'] },
  { name: 'input not JSON', args: ['plan', '--input', 'bad.json'] },
  { name: 'input in UTF-16', args: ['plan', '--input', 'utf16.json'] },
  { name: 'empty stdin', args: ['plan', '--input', '-'], stdin: '' },
  { name: 'input an array', args: ['plan', '--input', 'array.json'] },
  { name: 'input unknown field', args: ['plan', '--input', 'unknown.json'] },
  { name: 'input duplicate key', args: ['plan', '--input', 'dup.json'] },
  { name: 'input too deep', args: ['plan', '--input', 'deep.json'] },
  { name: 'input a folder', args: ['plan', '--input', 'folder'] },
  { name: 'missing policy file', args: ['plan', ...ACCOUNT, '--policy', 'nowhere.json'] },
  { name: 'policy not JSON', args: ['plan', ...ACCOUNT, '--policy', 'bad.json'] },
  { name: 'policy empty', args: ['plan', ...ACCOUNT, '--policy', join(POLICIES, 'empty-file.json')] },
  { name: 'policy with many problems', args: ['plan', ...ACCOUNT, '--policy', join(POLICIES, 'many-problems.json')] },
  { name: 'policy with a missing key', args: ['plan', ...ACCOUNT, '--policy', join(POLICIES, 'late-fee-missing-max.json')] },
  { name: 'policy with an unknown value', args: ['plan', ...ACCOUNT, '--policy', join(POLICIES, 'family-unknown.json')] },
  { name: 'unknown preset', args: ['plan', ...ACCOUNT, '--policy', 'cn-standrad'] },
  { name: 'negotiate without a terminal', args: ['negotiate', ...ACCOUNT] },
  { name: 'plan table', args: ['plan', ...ACCOUNT, '--format', 'table'], tty: true },
  // batch
  {
    name: 'batch rejected rows and summary',
    args: ['batch', join(CSV, 'bad-rows.csv'), '--jobs', '1', '--no-progress', '-o', 'out.csv'],
    allowed: ['card_no'],
  },
  { name: 'batch errors file', args: ['batch', join(CSV, 'bad-rows.csv'), '--jobs', '1', '-o', 'out2.csv', '--errors', 'err.csv', '--summary', 's.json'] },
  { name: 'batch --jobs 0', args: ['batch', 'in.csv', '--jobs', '0'] },
  { name: 'batch empty --columns', args: ['batch', 'in.csv', '--columns', ','] },
  { name: 'batch --keep twice', args: ['batch', 'in.csv', '--keep', 'a,a'] },
  { name: 'batch --keep not a column', args: ['batch', 'in.csv', '--keep', 'branch', '-o', 'k.csv'] },
  { name: 'batch --bom with ndjson', args: ['batch', 'in.csv', '--bom', '--format', 'ndjson'] },
  { name: 'batch --headers zh with ndjson', args: ['batch', 'in.csv', '--headers', 'zh', '--format', 'ndjson'] },
  { name: 'batch --columns with ndjson', args: ['batch', 'in.csv', '--columns', 'principal', '--input-format', 'ndjson'] },
  { name: 'batch missing file', args: ['batch', 'nowhere.csv'] },
  { name: 'batch errors to stdout beside the output', args: ['batch', 'in.csv', '--errors', '-'] },
  { name: 'batch errors and output the same file', args: ['batch', 'in.csv', '-o', 'same.csv', '--errors', 'same.csv'] },
  { name: 'batch no known column', args: ['batch', 'nohead.csv', '-o', 'x.csv'] },
  { name: 'batch missing column', args: ['batch', 'nodays.csv', '-o', 'x.csv'] },
  { name: 'batch duplicate column', args: ['batch', 'twice.csv', '-o', 'x.csv'] },
  { name: 'batch UTF-16', args: ['batch', 'utf16.csv', '-o', 'x.csv'] },
  { name: 'batch binary', args: ['batch', 'nul.csv', '-o', 'x.csv'] },
  // agree / track / remind
  {
    name: 'agree without --plan',
    args: ['agree', ...ACCOUNT],
    known: 'src/cli/commands/agree.ts builds its errors in English (issue #10 live-call work owns it)',
  },
  { name: 'track a missing agreement', args: ['track', 'missing.json'] },
  { name: 'remind a missing agreement', args: ['remind', 'missing.json'] },
  { name: 'track an empty agreement', args: ['track', 'empty.json'] },
  { name: 'track an empty folder', args: ['track', 'folder'] },
  { name: 'track table', args: ['track', 'ag.json', '--payments', 'ledger.csv', '--as-of', '2027-03-01', '--format', 'table'] },
  { name: 'track csv with a rejected payment', args: ['track', 'ag.json', '--payments', 'ledger.csv', '--as-of', '2027-03-01', '--format', 'csv'] },
  { name: 'remind', args: ['remind', 'ag.json', '--as-of', '2027-03-20', '--days', '10'] },
  { name: 'remind --days 0', args: ['remind', 'ag.json', '--days', '0'] },
  // apr
  { name: 'apr without flows', args: ['apr'] },
  { name: 'apr bad payment', args: ['apr', '--advance', '10000', '--on', '2026-01-01', '--payment', '884.91x'] },
  {
    name: 'apr table',
    args: ['apr', '--advance', '10000', '--on', '2026-01-01', '--payment', '884.91x12', '--first', '2026-02-01', '--every', 'month'],
    tty: true,
  },
  // policy
  { name: 'policy list', args: ['policy', 'list'] },
  { name: 'policy validate', args: ['policy', 'validate', join(POLICIES, 'many-problems.json'), join(POLICIES, 'bucket-out-of-order.json'), 'nowhere.json'] },
  { name: 'policy init, which has no --lang', args: ['policy', 'init', 'cn-standrad'] },
  { name: 'policy show', args: ['policy', 'show', 'cn-standard', '--format', 'table'] },
];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'repayplan-zh-leaks-'));
  await run({ name: 'an agreement to track', args: ['agree', ...ACCOUNT, '--plan', 'installment-24', '-o', 'ag.json'] });
  const put = (name: string, text: string | Buffer) => writeFileSync(join(dir, name), text);
  put('bad.json', '{"principal":');
  put('utf16.json', Buffer.from('\ufeff{"principal": "1"}', 'utf16le'));
  put('array.json', '[]');
  put('unknown.json', '{"principal": "1", "overdueDays": 3, "income": 1}');
  put('dup.json', '{"principal": "1", "principal": "2", "overdueDays": 3}');
  put('deep.json', `${'['.repeat(100)}${']'.repeat(100)}`);
  put('empty.json', '');
  mkdirSync(join(dir, 'folder'));
  put('ledger.csv', 'id,date,amount\n,2026-12-22,978.41\nzz,2027-01-22,abc\n');
  put('in.csv', 'principal,overdue_days\n1000,30\n');
  put('nohead.csv', 'a,b\n1,2\n');
  put('nodays.csv', 'principal\n1000\n');
  put('twice.csv', 'principal,本金,overdue_days\n1,1,2\n');
  put('utf16.csv', Buffer.from('\ufeffprincipal,overdue_days\n', 'utf16le'));
  put('nul.csv', Buffer.alloc(64));
});

describe('--lang zh: no English sentence', () => {
  const check = async (c: Case) => {
    const { lines } = await run(c);
    expect(lines.length, 'the case prints something').toBeGreaterThan(0);
    const leaks = lines.filter((l) => englishRun(l, c.allowed) !== null);
    expect(leaks.join('\n')).toBe('');
  };
  it.each(CASES.filter((c) => !c.known))('$name', check);
  for (const c of CASES.filter((c) => c.known)) it.fails(`${c.name} (known: ${c.known})`, () => check(c));

  it('the batch errors file has Chinese reasons', async () => {
    await run(CASES.find((c) => c.name === 'batch errors file')!);
    const rows = readFileSync(join(dir, 'err.csv'), 'utf8').split('\n').slice(1);
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.filter((r) => englishRun(r) !== null)).toEqual([]);
  });
});

describe('the detector', () => {
  it('finds English and lets the notations through', () => {
    expect(englishRun('repayplan: unknown option --bogus is not a flag of plan')).toBe('unknown option   is not');
    expect(englishRun('no plan is available for this account under the policy')).not.toBeNull();
    expect(englishRun('repayplan: --principal："abc" 不是有效金额，例如 1234.50')).toBeNull();
    expect(englishRun('年化利率（APR）按 Regulation Z 附录 J 计算：installment-12, settlement-3')).toBeNull();
    expect(englishRun('账户字段有 id, principal, interest, fees, overdueDays')).toBeNull();
  });
});
