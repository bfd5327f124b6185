/**
 * Filter-mode hygiene for partitioned engines (issue #14), through the real binary: fatal errors
 * never reach stdout, U+FFFD in a UTF-8 stream (what Spark's textFile makes of bad bytes) never
 * turns `--encoding auto` to GB18030, `--row-offset` gives global row numbers, `--skip-header`
 * drops the header a CSV partition kept.
 */
import { describe, expect, it } from 'vitest';
import { generateAccount, ndjsonLineOf, rng, COLUMNS } from '../../bench/gen-accounts.mjs';
import { AS_OF, ndjsonRecords, runBin, summaryOf } from './helpers.js';

const FILTER = ['--as-of', AS_OF, '--jobs', '1', '--no-progress'];
const COLS = COLUMNS.join(',');

/** n generated accounts as headerless CSV lines; every 7th has a bad principal. */
function csvLines(n: number, seed = 7): string[] {
  const r = rng(seed);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const a = generateAccount(i, r);
    if (i % 7 === 3) a.principal = 'abc';
    out.push(COLUMNS.map((c) => a[c] ?? '').join(','));
  }
  return out;
}

function ndjsonLines(n: number, seed = 7): string[] {
  const r = rng(seed);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const a = generateAccount(i, r);
    if (i % 7 === 3) a.principal = '-5';
    out.push(ndjsonLineOf(a).trimEnd());
  }
  return out;
}

describe('filter mode: a fatal error is stderr and the exit code only', () => {
  const cases: [string, string[], string | Buffer, RegExp][] = [
    ['bad policy', ['--policy', 'no-such-preset'], '{"principal":"1.00","overdueDays":1}\n', /--policy/],
    ['bad --row-offset', ['--row-offset', 'ten'], '{"principal":"1.00","overdueDays":1}\n', /--row-offset: "ten" is not a row count/],
    ['unknown flag', ['--no-such-flag'], '{}\n', /unknown option/],
    ['UTF-16 input', ['--input-format', 'ndjson'], Buffer.from('\ufeff{"principal":"1"}\n', 'utf16le'), /UTF-16/],
    ['--skip-header without --columns', ['--skip-header'], '{}\n', /--skip-header drops a header line from headerless CSV/],
  ];
  it.each(cases)('%s under --format ndjson: nothing on stdout, exit 2', async (_name, args, input, message) => {
    const r = await runBin(['batch', '--format', 'ndjson', ...FILTER, ...args], { input });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.out).toBe('');
  });

  it('an unreadable header under headerless CSV out: nothing on stdout either', async () => {
    const r = await runBin(['batch', '--format', 'csv', '--input-format', 'csv', ...FILTER], { input: 'foo,bar\n1,2\n' });
    expect([r.code, r.out]).toEqual([2, '']);
    expect(r.stderr).toMatch(/no known column/);
  });
});

describe('filter mode: --encoding auto and U+FFFD', () => {
  // 3,000 ASCII rows (more than the 64 KiB head), then Chinese ids, two of them carrying a U+FFFD
  // followed by a letter: EF BF BD 58 is two valid GB18030 pairs, which used to tip the late
  // decision to GB18030 and garble every Chinese id after it.
  const names = ['张三', '李四', '王五', '赵六', '刘芳', '北京分行', '上海'];
  function damaged(asCsv: boolean, asciiRows: number): { input: string; ids: string[]; bad: number[] } {
    const lines: string[] = [];
    const ids: string[] = [];
    const bad: number[] = [];
    for (let i = 0; i < asciiRows; i++) ids.push(`ASCII-${i}`);
    names.forEach((n, k) => {
      for (let j = 0; j < 5; j++) ids.push(`${n}-${j}${k === 2 && j === 1 ? '\uFFFDX' : ''}${k === 5 && j === 4 ? '\uFFFDQ' : ''}`);
    });
    ids.forEach((id, i) => {
      if (id.includes('\uFFFD')) bad.push(i + 1);
      lines.push(asCsv ? `${id},1000.00,30` : JSON.stringify({ id, principal: '1000.00', overdueDays: 30 }));
    });
    return { input: `${lines.join('\n')}\n`, ids, bad };
  }

  for (const [label, asCsv] of [
    ['NDJSON', false],
    ['headerless CSV', true],
  ] as const) {
    for (const asciiRows of [3000, 10]) {
      it(`${label}, ${asciiRows} ASCII rows first: stays UTF-8, only the two damaged rows are rejected`, async () => {
        const { input, ids, bad } = damaged(asCsv, asciiRows);
        const args = asCsv ? ['--columns', 'id,principal,overdue_days'] : ['--input-format', 'ndjson'];
        const r = await runBin(['batch', ...args, '--format', 'ndjson', '--errors', 'inline', ...FILTER], { input });
        expect(r.code).toBe(3);
        expect(r.stderr).not.toMatch(/gb18030/i);
        const out = ndjsonRecords(r.out);
        expect(out).toHaveLength(ids.length);
        const rejected = out.filter((o) => 'error' in o);
        expect(rejected.map((o) => o.row)).toEqual(bad);
        expect(rejected.map((o) => (o.error as { code: string }).code)).toEqual(['row.encoding', 'row.encoding']);
        // every other id comes back exactly as written
        expect(out.filter((o) => !('error' in o)).map((o) => o.id)).toEqual(ids.filter((id) => !id.includes('\uFFFD')));
      });
    }
  }
});

describe('filter mode: --row-offset and --skip-header', () => {
  it('parts with --row-offset, concatenated, equal one run over the whole, row and line numbers included (NDJSON)', async () => {
    const lines = ndjsonLines(3000);
    const args = ['batch', '--input-format', 'ndjson', '--format', 'ndjson', '--errors', 'inline', ...FILTER];
    const whole = await runBin(args, { input: `${lines.join('\n')}\n` });
    expect(whole.code).toBe(3);
    const cuts = [0, 1000, 1001, 2400, 3000];
    let joined = '';
    for (let p = 0; p + 1 < cuts.length; p++) {
      const part = lines.slice(cuts[p], cuts[p + 1]);
      const r = await runBin([...args, '--row-offset', String(cuts[p])], { input: `${part.join('\n')}\n` });
      expect([0, 3]).toContain(r.code);
      expect(summaryOf(r.stderr)?.read).toBe(part.length);
      joined += r.out;
    }
    expect(joined).toBe(whole.out);
    const rejected = ndjsonRecords(whole.out).filter((o) => 'error' in o);
    expect(rejected.length).toBe(429); // i % 7 === 3 for i < 3000
    expect(rejected.find((o) => o.row === 3000)).toMatchObject({ id: 'CC00003000', line: 3000, error: { code: 'amount.negative' } });
  });

  it('headerless CSV parts with --row-offset; the rejected rows in the error file carry global numbers', async () => {
    const lines = csvLines(2000);
    const args = ['batch', '--columns', COLS, '--errors', '-', '-o', '/dev/null', '--format', 'csv', ...FILTER];
    const whole = await runBin(args, { input: `${lines.join('\n')}\n` });
    const a = await runBin([...args, '--row-offset', '0'], { input: `${lines.slice(0, 1234).join('\n')}\n` });
    const b = await runBin([...args, '--row-offset', '1234'], { input: `${lines.slice(1234).join('\n')}\n` });
    const strip = (s: string) => s.split('\n').slice(1).join('\n');
    expect(whole.code).toBe(3);
    expect(a.out.split('\n')[0]).toBe('row,line,id,column,value,code,reason');
    expect(strip(a.out) + strip(b.out)).toBe(strip(whole.out));
    expect(b.out).toContain('\n1236,1236,CC00001236,principal,abc,amount.malformed,');
  });

  it('--skip-header: every partition gets the flag, only the one that kept the header drops it', async () => {
    const lines = csvLines(1500);
    const args = ['batch', '--columns', COLS, '--skip-header', '--format', 'ndjson', '--errors', 'inline', ...FILTER];
    const whole = await runBin(
      args.filter((a) => a !== '--skip-header'),
      { input: `${lines.join('\n')}\n` },
    );
    // partition 0 kept the file's header (and a BOM); partition 1 starts with data
    const p0 = await runBin([...args, '--row-offset', '0'], { input: `\uFEFF${COLS}\n${lines.slice(0, 700).join('\n')}\n` });
    const p1 = await runBin([...args, '--row-offset', '700'], { input: `${lines.slice(700).join('\n')}\n` });
    expect(p0.stderr).toContain('read 700 = ');
    expect(p0.stderr).toContain('header line skipped');
    expect(p1.stderr).not.toContain('header line skipped');
    expect(summaryOf(p1.stderr)?.read).toBe(800);
    // rows count the same; lines of partition 0 count its header
    const rows = (text: string) => ndjsonRecords(text).map((o) => ('error' in o ? { id: o.id, row: o.row, error: o.error } : o));
    expect([...rows(p0.out), ...rows(p1.out)]).toEqual(rows(whole.out));
  });

  it('--skip-header knows a Chinese header for the same fields, and keeps a first row that is data', async () => {
    const args = ['batch', '--columns', 'id,principal,overdue_days', '--skip-header', '--format', 'ndjson', ...FILTER];
    const zh = await runBin(args, { input: '账户,本金（元）,逾期天数\nA-1,1000.00,30\n' });
    expect([zh.code, ndjsonRecords(zh.out).map((o) => o.id)]).toEqual([0, ['A-1']]);
    const data = await runBin(args, { input: 'A-1,1000.00,30\nA-2,2000.00,40\n' });
    expect([data.code, ndjsonRecords(data.out).map((o) => o.id)]).toEqual([0, ['A-1', 'A-2']]);
    // a header in another order is not "the header": its row is rejected, never dropped
    const other = await runBin([...args, '--errors', 'inline'], { input: 'principal,id,overdue_days\nA-1,1000.00,30\n' });
    expect(other.code).toBe(3);
    expect(ndjsonRecords(other.out)).toHaveLength(2);
  });
});
