/**
 * What `--help`, `policy list` and `policy show --format table` print, in English and Chinese,
 * against golden files (fixtures/text/; UPDATE_GOLDEN=1 rewrites them: review the diff). The
 * language follows --lang, else the locale; under zh no English sentence of ours may appear.
 * In process: the real commander program with a piped, 80-column stdout.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Context } from '../../src/io/context.js';
import { ROOT } from './helpers.js';

const GOLDEN = join(ROOT, 'fixtures/text');

async function run(args: string[], env: Record<string, string> = { LANG: 'en_US.UTF-8' }): Promise<{ code: number; stdout: string; stderr: string }> {
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
    stdin: Readable.from([]),
    stdout,
    stderr,
    stdoutIsTTY: false,
    stderrIsTTY: false,
    stdinIsTTY: false,
    env: { NO_COLOR: '1', ...env },
    cwd: ROOT,
    today: () => ({ year: 2026, month: 1, day: 10 }),
    columns: 120,
  };
  const code = await main(['node', 'repayplan', ...args], ctx);
  return { code, stdout: out, stderr: err };
}

function golden(name: string, text: string): void {
  const file = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) {
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(file, text);
  }
  expect(text).toBe(readFileSync(file, 'utf8'));
}

/** Our English in a text meant to be Chinese: commander's words, and any three English words in a row. */
const ENGLISH = [
  /\b(display|output) (help|the version)/,
  /\b(Usage|Options|Commands|Arguments):/,
  /\b(choices|default):/,
  /\(default\)/,
  /\b(a day|a month|a year|decimals|rounding|of the|at least|at most|open to|nothing waived)\b/,
  /\b[A-Za-z]{2,} [A-Za-z]{2,} [A-Za-z]{2,}\b/,
];

/** Fails on English in `text` once the usage line, flags, <args>, [options], "quoted values" and the `allowed` data are taken out. */
function expectChinese(text: string, allowed: readonly string[] = []): void {
  let rest = text;
  for (const a of allowed) rest = rest.split(a).join('');
  rest = rest
    .replace(/^用法：.*$/gm, '')
    .replace(/--?[a-z][a-z-]*/g, '')
    .replace(/<[^>]*>|\[[^\]]*\]|"[^"]*"|`[^`]*`/g, '');
  for (const re of ENGLISH) expect(rest, `${re} in:\n${rest}`).not.toMatch(re);
}

const COMMANDS = [
  '',
  'plan',
  'policy',
  'policy list',
  'policy show',
  'policy validate',
  'policy init',
  'batch',
  'negotiate',
  'agree',
  'track',
  'remind',
  'apr',
];

describe('--help', () => {
  it.each(COMMANDS)('repayplan %s --help in English (the locale) and Chinese (--lang zh)', async (command) => {
    const args = command === '' ? [] : command.split(' ');
    const name = command === '' ? 'repayplan' : command.replace(' ', '-');
    const en = await run([...args, '--help']);
    expect(en.code).toBe(0);
    expect(en.stderr).toBe('');
    golden(`help-${name}.en.txt`, en.stdout);
    const zh = await run([...args, '--help', '--lang', 'zh']);
    expect(zh.code).toBe(0);
    golden(`help-${name}.zh.txt`, zh.stdout);
    expectChinese(zh.stdout);
  });

  it('follows the locale when --lang is not given, and --lang over the locale', async () => {
    const zhLocale = await run(['plan', '--help'], { LANG: 'zh_CN.UTF-8' });
    expect(zhLocale.stdout).toBe((await run(['plan', '--help', '--lang=zh'])).stdout);
    expect(zhLocale.stdout).toMatch(/^用法： repayplan plan \[options\]\n/);
    expect(zhLocale.stdout).toContain('  --principal <amount>      本金，> 0（可写 2万、1.5万）\n');
    const enOverZh = await run(['plan', '--help', '--lang', 'en'], { LANG: 'zh_CN.UTF-8' });
    expect(enOverZh.stdout).toBe((await run(['plan', '--help'])).stdout);
    expect(enOverZh.stdout).toMatch(/^Usage: repayplan plan \[options\]\n/);
  });

  it('no arguments prints the program help in the locale language', async () => {
    expect((await run([], { LANG: 'zh_CN.UTF-8' })).stdout).toContain('把一笔逾期的信用卡账户变成精确、可比较的还款方案。');
    expect((await run([])).stdout).toContain('Turn an overdue credit-card account into exact, comparable repayment plans.');
  });
});

describe('policy list and policy show --format table', () => {
  const policies = [
    'cn-standard',
    'us-card-act',
    'uk-fca',
    'fixtures/policies/valid/usd-hardship-annuity.json',
    'fixtures/policies/valid/late-fee-unbounded.json',
  ];
  // what a policy document itself says in English only (its description)
  const DATA = ['ACME Card Services: hardship and settlement programme, Q1 2026'];

  it('policy list in English and Chinese', async () => {
    const en = await run(['policy', 'list']);
    expect(en.code).toBe(0);
    golden('policy-list.en.txt', en.stdout);
    const zh = await run(['policy', 'list', '--lang', 'zh']);
    golden('policy-list.zh.txt', zh.stdout);
    expect(zh.stdout.split('\n')[0]).toMatch(/^名称\s+版本\s+币种\s+SHA-256\s+说明$/);
    expect(zh.stdout).toContain('cn-standard（默认）');
    expectChinese(zh.stdout);
    // the JSON keeps the English descriptions, whatever the language
    expect((await run(['policy', 'list', '--format', 'json', '--lang', 'zh'])).stdout).toBe((await run(['policy', 'list', '--format', 'json'])).stdout);
  });

  it.each(policies)('policy show %s --format table in English and Chinese', async (ref) => {
    const name = ref.replace(/^.*\//, '').replace(/\.json$/, '');
    const en = await run(['policy', 'show', ref, '--format', 'table']);
    expect(en.code).toBe(0);
    golden(`policy-show-${name}.en.txt`, en.stdout);
    const zh = await run(['policy', 'show', ref, '--format', 'table', '--lang', 'zh']);
    expect(zh.code).toBe(0);
    golden(`policy-show-${name}.zh.txt`, zh.stdout);
    expectChinese(zh.stdout, DATA);
  });

  it('policy show: the hash line and an unknown name follow --lang', async () => {
    const en = await run(['policy', 'show', 'uk-fca']);
    expect(en.stderr).toMatch(/^policy uk-fca v2: sha256 [0-9a-f]{64}\n$/);
    const zh = await run(['policy', 'show', 'uk-fca', '--lang', 'zh']);
    expect(zh.stdout).toBe(en.stdout);
    expect(zh.stderr).toMatch(/^政策 uk-fca v2：sha256 [0-9a-f]{64}\n$/);
    const unknown = await run(['policy', 'show', 'cn-standrad', '--lang', 'zh']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe(
      'repayplan: policy show："cn-standrad" 既不是预设政策，也不是可读取的文件；请用 cn-standard, us-card-act, uk-fca 之一，或政策 JSON 文件的路径\n',
    );
  });
});
