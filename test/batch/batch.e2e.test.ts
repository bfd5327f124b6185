/**
 * `repayplan batch` end to end through the real binary (§6): counts, order, encodings, header
 * styles, bad rows, masking, formula injection, filter mode, exit codes, and every scored row
 * against `plan --format json` for the same account, to the cent.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { AS_OF, FIXTURES, csvRecords, ndjsonRecords, runBin, summaryOf, type Run } from './helpers.js';

const EN = join(FIXTURES, 'portfolio-en.csv');
const ZH = join(FIXTURES, 'portfolio-zh-gbk.csv');
const BAD = join(FIXTURES, 'bad-rows.csv');
const tmp = mkdtempSync(join(tmpdir(), 'repayplan-batch-'));

const inputRecords = () => csvRecords(readFileSync(EN, 'utf8'));

let en: Run;
beforeAll(async () => {
  en = await runBin(['batch', EN, '--as-of', AS_OF]);
});

describe('batch: a clean portfolio', () => {
  it('scores every row, in input order, and says read = scored + rejected', () => {
    expect(en.code).toBe(0);
    const input = inputRecords();
    const out = csvRecords(en.out);
    expect(out).toHaveLength(input.length);
    expect(out.map((r) => r.id)).toEqual(input.map((r) => (r.id?.startsWith('=') ? `'${r.id}` : r.id)));
    expect(summaryOf(en.stderr)).toEqual({ read: 30, scored: 30, rejected: 0 });
  });

  it('has the §5 columns plus months, recommendation and reason', () => {
    const header = en.out.split('\n')[0]?.split(',') ?? [];
    for (const c of [
      'id',
      'bucket',
      'total',
      'recommended_plan',
      'payment_now',
      'regular_payment',
      'total_paid',
      'npv',
      'recovery_rate',
      'affordable',
      'surplus',
      'cap',
      'months',
      'reason',
    ]) {
      expect(header).toContain(c);
    }
  });

  it('reads the same accounts in GBK with Chinese headers and CRLF (auto and named encodings)', async () => {
    for (const enc of [[], ['--encoding', 'gbk'], ['--encoding', 'gb18030']]) {
      const zh = await runBin(['batch', ZH, '--as-of', AS_OF, ...enc]);
      expect(zh.code).toBe(0);
      // a GBK input gets a UTF-8 BOM on the output by default (Excel opens it as it opened the input)
      expect(zh.out.startsWith('\uFEFF')).toBe(true);
      expect(zh.out.slice(1)).toBe(en.out);
      const plain = await runBin(['batch', ZH, '--as-of', AS_OF, '--no-bom', ...enc]);
      expect(plain.out).toBe(en.out);
    }
  });

  it('reads UTF-8 with a BOM, CRLF line ends and blank trailing lines', async () => {
    const text = readFileSync(EN, 'utf8');
    const file = join(tmp, 'bom-crlf.csv');
    writeFileSync(file, `\uFEFF${text.replaceAll('\n', '\r\n')}\r\n\r\n  \r\n`);
    const r = await runBin(['batch', file, '--as-of', AS_OF]);
    expect(r.code).toBe(0);
    // the quoted line break inside one id becomes CRLF too: compare everything else
    expect(r.out.startsWith('\uFEFF')).toBe(true);
    expect(r.out.slice(1).replaceAll('\r\n', '\n')).toBe(en.out);
    expect(summaryOf(r.stderr)?.read).toBe(30);
  });

  it('keeps quoted commas and line breaks inside a field', () => {
    const out = csvRecords(en.out);
    expect(out[29]?.id).toBe('CN-2026-0030, 分行\n第二行');
  });

  it('neutralises formula injection but leaves figures alone', () => {
    const out = csvRecords(en.out);
    const evil = out.find((r) => r.id?.includes('HYPERLINK'));
    expect(evil?.id?.startsWith("'=")).toBe(true);
    // negative surplus is a number, not a formula
    expect(out.some((r) => r.surplus?.startsWith('-') && /^-\d+\.\d{2}$/.test(r.surplus))).toBe(true);
  });

  it('never echoes the ignored personal columns', () => {
    expect(en.out).not.toMatch(/1380000\d{4}/);
    expect(en.stderr).toContain('phone (never echoed)');
  });

  it('nothing but data on stdout, no progress bar when stderr is not a terminal', () => {
    expect(en.out.startsWith('row,id,')).toBe(true);
    expect(en.stderr).not.toContain('\r');
    expect(en.stderr).not.toContain('rows/s');
  });

  it('--bom writes a UTF-8 byte-order mark first', async () => {
    const r = await runBin(['batch', EN, '--as-of', AS_OF, '--bom']);
    expect([...r.stdout.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(r.stdout.subarray(3).toString('utf8')).toBe(en.out);
  });

  it('gives the same rows with 1, 2 and 3 jobs, and without --jobs (ordered reassembly)', async () => {
    const big = join(tmp, 'accounts-3000.csv');
    const { generateAccount, rng, COLUMNS, csvLineOf } = await import('../../bench/gen-accounts.mjs');
    const r = rng(7);
    let text = `${COLUMNS.join(',')}\n`;
    for (let i = 0; i < 3000; i++) text += csvLineOf(generateAccount(i, r));
    writeFileSync(big, text);
    // jobs of 8 KiB: the 175 KB file makes about 20 of them
    const runs = await Promise.all(['1', '2', '3'].map((j) => runBin(['batch', big, '--as-of', AS_OF, '--jobs', j], { env: { REPAYPLAN_JOB_BYTES: '8192' } })));
    // without --jobs (pool.ts autoScorer): a file past the threshold on the workers from its
    // first job; stdin on the main thread until 40 KB have been read, then on the workers once
    // one is ready
    const auto = await Promise.all([
      runBin(['batch', big, '--as-of', AS_OF], { env: { REPAYPLAN_JOB_BYTES: '8192', REPAYPLAN_WORKER_BYTES: '0' } }),
      runBin(['batch', '-', '--as-of', AS_OF, '--input-format', 'csv'], { input: text, env: { REPAYPLAN_JOB_BYTES: '8192', REPAYPLAN_WORKER_BYTES: '40000' } }),
    ]);
    // into a file (written asynchronously, several jobs' bytes at once): each output buffer goes
    // back to its worker only once written (byte-pool.ts), so no job's bytes are overwritten
    const files = await Promise.all(
      ['1', '3'].map(async (j) => {
        const file = join(tmp, `reassembled-${j}.csv`);
        const run = await runBin(['batch', big, '--as-of', AS_OF, '--jobs', j, '-o', file], { env: { REPAYPLAN_JOB_BYTES: '4096' } });
        expect(run.code).toBe(0);
        return readFileSync(file, 'utf8');
      }),
    );
    for (const run of [...runs, ...auto]) {
      expect(run.code).toBe(0);
      expect(summaryOf(run.stderr)).toEqual({ read: 3000, scored: 3000, rejected: 0 });
      expect(run.out).toBe(runs[0]?.out);
    }
    for (const f of files) expect(f).toBe(runs[0]?.out);
    expect(csvRecords(runs[0]?.out ?? '').map((x) => x.id)).toEqual(csvRecords(text).map((x) => x.id));
  });
});

describe('batch: each scored row equals plan --format json', () => {
  const FLAGS: Record<string, string> = {
    principal: '--principal',
    interest: '--interest',
    fees: '--fees',
    overdue_days: '--overdue-days',
    minimum_due: '--minimum-due',
    monthly_income: '--income',
    monthly_expenses: '--expenses',
    other_debt_payments: '--other-debt',
    available_cash: '--cash',
    as_of: '--as-of',
  };

  async function planFor(row: Record<string, string>): Promise<Record<string, any>> {
    // a flag may be given once (issue #15): the row's as_of, else the run's default
    const args = ['plan', '--format', 'json', ...(row.as_of ? [] : ['--as-of', AS_OF])];
    for (const [col, flag] of Object.entries(FLAGS)) if (row[col]) args.push(flag, row[col] as string);
    const r = await runBin(args);
    expect(r.code).toBe(0);
    return JSON.parse(r.out) as Record<string, any>;
  }

  it('matches to the cent for every account of the portfolio, with --plans groups', async () => {
    const input = inputRecords();
    const withPlans = await runBin(['batch', EN, '--as-of', AS_OF, '--plans', '--format', 'ndjson']);
    expect(withPlans.code).toBe(0);
    const rows = ndjsonRecords(withPlans.out);
    expect(rows).toHaveLength(input.length);
    const csvRows = csvRecords(en.out);
    const docs: Record<string, any>[] = [];
    for (let i = 0; i < input.length; i += 6) docs.push(...(await Promise.all(input.slice(i, i + 6).map((row) => planFor(row)))));
    docs.forEach((doc, i) => {
      const row = rows[i] as Record<string, unknown>;
      const s = doc.snapshot;
      expect(row.as_of).toBe(s.asOf);
      expect(row.bucket).toBe(s.bucket);
      expect([row.principal, row.interest, row.fees, row.total]).toEqual([s.principal, s.interest, s.fees, s.total]);
      expect(row.surplus).toBe(doc.affordability.surplus);
      expect(row.cap).toBe(doc.affordability.cap);
      expect(row.recommended_plan).toBe(doc.recommendation.planId);
      expect(row.recommendation).toBe(doc.recommendation.code);
      const plan = doc.plans.find((p: any) => p.id === doc.recommendation.planId);
      if (plan) {
        expect(row.months).toBe(plan.months);
        expect(row.payment_now).toBe(plan.paymentNow);
        expect(row.regular_payment).toBe(plan.regularPayment);
        expect(row.total_paid).toBe(plan.totalPaid);
        expect(row.npv).toBe(plan.npv);
        expect(row.recovery_rate).toBe(plan.recoveryRate);
        expect(row.affordable).toBe(plan.affordable);
        expect(row.reason).toBeNull();
      } else {
        expect(row.reason).toBe(doc.recommendation.reason);
      }
      for (const p of doc.plans) {
        expect(row[`${p.id}.regular_payment`]).toBe(p.regularPayment);
        expect(row[`${p.id}.total_paid`]).toBe(p.totalPaid);
        expect(row[`${p.id}.npv`]).toBe(p.npv);
        expect(row[`${p.id}.waived`]).toBe(p.waived.total);
        expect(row[`${p.id}.affordable`]).toBe(p.affordable);
      }
      for (const u of doc.unavailable) expect(row[`${u.id}.unavailable`]).toBe(u.code);
      // the CSV row carries the same figures as text
      const c = csvRows[i] as Record<string, string>;
      expect(c.total).toBe(s.total);
      expect(c.npv).toBe(plan ? plan.npv : '');
      expect(c.regular_payment).toBe(plan?.regularPayment ?? '');
    });
  }, 120_000);
});

describe('batch: bad rows', () => {
  let bad: Run;
  let errors: Record<string, string>[];
  beforeAll(async () => {
    const errFile = join(tmp, 'bad-errors.csv');
    bad = await runBin(['batch', BAD, '--as-of', AS_OF, '--errors', errFile]);
    errors = csvRecords(readFileSync(errFile, 'utf8'));
  });

  it('every row comes out once: scored or rejected, exit 3', () => {
    expect(bad.code).toBe(3);
    const out = csvRecords(bad.out);
    expect(out.map((r) => r.id)).toEqual(['good-first', 'good-last']);
    expect(out.length + errors.length).toBe(32);
    expect(summaryOf(bad.stderr)).toEqual({ read: 32, scored: 2, rejected: 30 });
    expect(errors.map((e) => Number(e.row))).toEqual([...Array.from({ length: 29 }, (_, i) => i + 2), 32]);
  });

  it('names row, line, column, value and reason for each kind', () => {
    const byId = new Map(errors.map((e) => [e.id, e]));
    const expectRow = (id: string, code: string, column: string, value: string) => {
      const e = byId.get(id);
      expect(e, id).toBeDefined();
      expect([e?.code, e?.column, e?.value]).toEqual([code, column, value]);
      expect(e?.reason?.length).toBeGreaterThan(10);
    };
    expectRow('principal-letters', 'amount.malformed', 'principal', 'abc');
    expectRow('principal-two-points', 'amount.two-points', 'principal', '1.200.50');
    expectRow('principal-exponent', 'amount.exponent', 'principal', '1e5');
    expectRow('principal-nan', 'amount.not-a-number', 'principal', 'NaN');
    expectRow('principal-infinity', 'amount.not-a-number', 'principal', 'Infinity');
    expectRow('principal-negative', 'amount.negative', 'principal', '-500.00');
    expectRow('principal-zero', 'amount.zero', 'principal', '0.00');
    expectRow('principal-three-decimals', 'amount.too-many-decimals', 'principal', '100.125');
    expectRow('principal-missing', 'account.missing', 'principal', '');
    expectRow('principal-grouping', 'amount.grouping', 'principal', '1,23,456.00');
    expectRow('principal-wrong-currency', 'amount.currency', 'principal', '$100.00');
    expectRow('days-negative', 'account.overdue-days', 'overdue_days', '-3');
    expectRow('days-fraction', 'account.overdue-days', 'overdue_days', '12.5');
    expectRow('days-too-many', 'account.overdue-days', 'overdue_days', '99999999');
    expectRow('interest-negative', 'amount.negative', 'interest', '-1.00');
    expectRow('income-exponent', 'amount.exponent', 'monthly_income', '8e3');
    expectRow('as-of-not-a-date', 'account.as-of', 'as_of', '2026-02-30');
    expect(byId.get('several-bad-fields')?.reason).toMatch(/principal.*; overdue_days/);
    expect(byId.get('too-few-fields')?.code).toBe('row.field-count');
    expect(byId.get('unquoted-comma')?.code).toBe('row.field-count');
    expect(errors.filter((e) => e.code === 'row.empty')).toHaveLength(2);
    const unclosed = errors.find((e) => e.code === 'row.quote-not-closed');
    expect([unclosed?.row, unclosed?.line]).toEqual(['32', '35']);
    expect(byId.get('fees-too-long')).toMatchObject({ code: 'row.field-too-long', column: 'fees' });
    expect(byId.get('fees-too-long')?.value?.length).toBeLessThan(70);
    // line numbers count the header as line 1
    expect(byId.get('principal-letters')?.line).toBe('3');
  });

  it('masks card, ID and phone numbers wherever a value is echoed', async () => {
    const all = `${bad.out}\n${bad.stderr}\n${JSON.stringify(errors)}`;
    expect(all).not.toContain('6222021234567890');
    expect(all).not.toContain('6222 0212 3456 7890');
    expect(all).not.toContain('11010519491231002X');
    expect(errors.find((e) => e.id === '**************002X')).toBeDefined();
    expect(errors.find((e) => e.id === 'principal-is-a-card-number')?.value).toBe('***************7890');
    // default: rejected rows as text lines on stderr, masked the same way
    const r = await runBin(['batch', BAD, '--as-of', AS_OF]);
    expect(r.stderr).toContain('row 2 (line 3, id principal-letters): principal: "abc" is not an amount');
    expect(r.stderr).not.toContain('6222 0212 3456 7890');
  });

  it('neutralises formulas in the error file too', () => {
    expect(errors.find((e) => e.id === 'principal-formula')?.value).toBe("'=1+2");
  });

  it('--errors - sends the rejected rows (CSV with a header) to stdout when -o is a file', async () => {
    const r = await runBin(['batch', BAD, '--as-of', AS_OF, '-o', join(tmp, 'bad-out2.csv'), '--errors', '-']);
    expect(r.code).toBe(3);
    expect(csvRecords(r.out)).toEqual(errors);
    expect(csvRecords(readFileSync(join(tmp, 'bad-out2.csv'), 'utf8'))).toHaveLength(2);
  });

  it('writes NDJSON errors when the file says so', async () => {
    const file = join(tmp, 'bad-errors.ndjson');
    const r = await runBin(['batch', BAD, '--as-of', AS_OF, '--errors', file, '-o', join(tmp, 'bad-out.csv')]);
    expect(r.code).toBe(3);
    expect(r.out).toBe('');
    const lines = ndjsonRecords(readFileSync(file, 'utf8'));
    expect(lines).toHaveLength(30);
    expect(lines[0]).toMatchObject({ row: 2, line: 3, id: 'principal-letters', column: 'principal', value: 'abc', code: 'amount.malformed' });
  });

  it('rejects rows with bytes that are not valid in the encoding (and keeps the others)', async () => {
    const file = join(tmp, 'bad-bytes.csv');
    writeFileSync(
      file,
      Buffer.concat([Buffer.from('id,principal,overdue_days\nA,100.00,3\nB,'), Buffer.from([0xff, 0xfe]), Buffer.from('100,3\nC,200.00,4\n')]),
    );
    const r = await runBin(['batch', file, '--as-of', AS_OF, '--encoding', 'utf8']);
    expect(r.code).toBe(3);
    expect(csvRecords(r.out).map((x) => x.id)).toEqual(['A', 'C']);
    expect(r.stderr).toContain('row 2 (line 3, id B): principal: the value has bytes that are not valid');
  });
});

describe('batch: NDJSON and the stateless filter mode', () => {
  it('reads NDJSON (JSON, snake_case or Chinese keys) and writes NDJSON', async () => {
    const input = [
      '{"id":"N1","principal":"20000.00","overdueDays":95,"monthlyIncome":"8000.00"}',
      '',
      '{"id":"N2","本金":"5000","逾期天数":"40"}',
      'not json',
      '{"id":"N4","principal":"100.00","overdue_days":1e5}',
    ].join('\n');
    const r = await runBin(['batch', '-', '--as-of', AS_OF], { input });
    expect(r.code).toBe(3);
    const rows = ndjsonRecords(r.out);
    expect(rows.map((x) => x.id)).toEqual(['N1', 'N2']);
    expect(rows[0]).toMatchObject({ bucket: 'M4', total: '21249.32', months: 12, affordable: true });
    expect(r.stderr).toContain('row 3 (line 4): the line is not valid JSON');
    expect(r.stderr).toContain('row 4 (line 5, id N4): overdue_days: "1e5"');
    expect(summaryOf(r.stderr)).toEqual({ read: 4, scored: 2, rejected: 2 });
  });

  it('filter on two halves, concatenated, equals one run over the whole (NDJSON)', async () => {
    const rows = inputRecords();
    const lines = rows.map((r) => JSON.stringify(Object.fromEntries(Object.entries(r).filter(([, v]) => v !== ''))));
    const whole = lines.join('\n') + '\n';
    const half1 = lines.slice(0, 13).join('\n') + '\n';
    const half2 = lines.slice(13).join('\n') + '\n';
    const args = ['batch', '--input-format', 'ndjson', '--format', 'ndjson', '--as-of', AS_OF];
    const [a, b, all] = await Promise.all([runBin(args, { input: half1 }), runBin(args, { input: half2 }), runBin(args, { input: whole })]);
    expect(all.code).toBe(0);
    // the row column counts from 1 in each part (filter mode): everything else is the same
    const noRow = (text: string) => ndjsonRecords(text).map(({ row: _row, ...rest }) => rest);
    expect([...noRow(a.out), ...noRow(b.out)]).toEqual(noRow(all.out));
    expect(ndjsonRecords(b.out)[0]?.row).toBe(1);
    expect(ndjsonRecords(all.out)).toHaveLength(30);
    // the summary is on stderr only
    expect(all.out).not.toContain('read 30');
    expect(summaryOf(all.stderr)?.read).toBe(30);
  });

  it('filter on two halves equals one run over the whole (headerless CSV with --columns)', async () => {
    const text = readFileSync(EN, 'utf8');
    const header = text.slice(0, text.indexOf('\n'));
    const body = text.slice(text.indexOf('\n') + 1);
    // split between records (the last record spans two lines)
    const cut = body.indexOf('CN-2026-0016');
    const args = ['batch', '--columns', header, '--as-of', AS_OF];
    const [a, b, all] = await Promise.all([
      runBin(args, { input: body.slice(0, cut) }),
      runBin(args, { input: body.slice(cut) }),
      runBin(args, { input: body }),
    ]);
    expect(all.code).toBe(0);
    const noRow = (text: string) => text.replace(/^\d+,/gm, '');
    expect(noRow(a.out + b.out)).toBe(noRow(all.out));
    // headerless in, headerless out: the same rows as the file run without its header line
    expect(all.out).toBe(en.out.slice(en.out.indexOf('\n') + 1));
  });

  it('--errors inline keeps rejected rows in place in the output (CSV and NDJSON)', async () => {
    const csv = await runBin(['batch', BAD, '--as-of', AS_OF, '--errors', 'inline']);
    expect(csv.code).toBe(3);
    const rows = csvRecords(csv.out);
    expect(rows).toHaveLength(32);
    expect(rows.filter((r) => r.recommendation === 'rejected')).toHaveLength(30);
    expect(rows[1]).toMatchObject({ id: 'principal-letters', recommendation: 'rejected', total: '' });
    expect(rows[1]?.reason).toMatch(/^row 2 \(line 3\): principal: "abc"/);
    expect(csv.stderr).not.toContain('row 2 (line 3');
    const nd = await runBin(['batch', BAD, '--as-of', AS_OF, '--errors', 'inline', '--format', 'ndjson']);
    const lines = ndjsonRecords(nd.out);
    expect(lines).toHaveLength(32);
    expect(lines[1]).toMatchObject({ id: 'principal-letters', row: 2, line: 3, error: { column: 'principal', value: 'abc', code: 'amount.malformed' } });
    expect(lines[31]).toMatchObject({ row: 32, error: { code: 'row.quote-not-closed' } });
  });

  it('an empty partition is fine in filter mode', async () => {
    const r = await runBin(['batch', '--input-format', 'ndjson', '--as-of', AS_OF], { input: '' });
    expect(r.code).toBe(0);
    expect(r.out).toBe('');
  });
});

describe('batch: input that cannot be read at all exits 2', () => {
  const cases: [string, string[], string | Buffer, RegExp][] = [
    ['empty CSV', ['--input-format', 'csv'], '', /the input is empty/],
    ['no known column', [], 'foo,bar\n1,2\n', /no known column in the header/],
    ['missing required column', [], 'id,principal\nA,100\n', /overdue_days \(逾期天数\) is missing/],
    ['duplicate column', [], 'principal,本金,overdue_days\n1,2,3\n', /both give principal/],
    ['UTF-16', [], Buffer.from('\ufeffid,principal\n', 'utf16le'), /UTF-16/],
    ['binary', [], Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41]), /NUL bytes/],
    ['neither UTF-8 nor GB18030', [], Buffer.from([0x69, 0x64, 0x2c, 0xff, 0x80, 0x0a]), /neither UTF-8 nor GBK/],
    ['bad policy', ['--policy', 'no-such-preset'], 'principal,overdue_days\n1,2\n', /--policy/],
    ['bad --as-of', ['--as-of', '2026-13-01'], 'principal,overdue_days\n1,2\n', /--as-of/],
    ['bad --jobs', ['--jobs', 'many'], 'principal,overdue_days\n1,2\n', /--jobs/],
    ['--bom with NDJSON', ['--bom', '--format', 'ndjson'], 'principal,overdue_days\n1,2\n', /--bom/],
    ['--columns with NDJSON', ['--columns', 'a,b', '--input-format', 'ndjson'], '{}\n', /--columns/],
  ];
  it.each(cases)('%s', async (_name, args, input, message) => {
    const r = await runBin(['batch', ...args], { input });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    // nothing on stdout, even under --format ndjson: stdout carries data only (issue #14)
    expect(r.out).toBe('');
  });

  it('a missing file, and -o onto the input', async () => {
    const r = await runBin(['batch', join(tmp, 'nope.csv')]);
    expect([r.code, /no such file/.test(r.stderr)]).toEqual([2, true]);
    const file = join(tmp, 'self.csv');
    writeFileSync(file, 'principal,overdue_days\n1,2\n');
    const s = await runBin(['batch', file, '-o', file]);
    expect(s.code).toBe(2);
    expect(readFileSync(file, 'utf8')).toBe('principal,overdue_days\n1,2\n');
  });

  it('a runaway quote (a record over 1 MiB) stops the run after the rows before it', async () => {
    const text = `id,principal,overdue_days\nA,100.00,3\n"B,200.00,4\n${'C,300.00,5\n'.repeat(120_000)}`;
    const r = await runBin(['batch', '-', '--as-of', AS_OF, '--input-format', 'csv'], { input: text });
    expect(r.code).toBe(2);
    expect(csvRecords(r.out).map((x) => x.id)).toEqual(['A']);
    expect(r.stderr).toMatch(/read 1 = scored 1 \+ rejected 0 .*stopped early/);
    expect(r.stderr).toMatch(/line 3: a record is longer than 1 MiB, most likely a quote/);
  });

  it('an NDJSON line over 1 MiB is one rejected row, the next lines are read', async () => {
    const input = `{"id":"A","principal":"1.00","overdueDays":1}\n{"id":"${'x'.repeat(1_100_000)}"}\n{"id":"C","principal":"1.00","overdueDays":1}\n`;
    const r = await runBin(['batch', '-', '--as-of', AS_OF, '--input-format', 'ndjson'], { input });
    expect(r.code).toBe(3);
    expect(ndjsonRecords(r.out).map((x) => x.id)).toEqual(['A', 'C']);
    expect(r.stderr).toContain('row 2 (line 2): the line is longer than 1 MiB');
  });

  it('auto: a GBK file whose Chinese text starts after the first 64 KiB is still read as GBK', async () => {
    const file = join(tmp, 'late-gbk.csv');
    let text = 'id,principal,overdue_days\n';
    for (let i = 0; i < 4000; i++) text += `ASCII-${String(i).padStart(6, '0')},1000.00,30\n`;
    text += '张三-1,2000.00,40\n';
    writeFileSync(file, iconv.encode(text, 'gbk'));
    const r = await runBin(['batch', file, '--as-of', AS_OF]);
    expect(r.code).toBe(0);
    expect(csvRecords(r.out).at(-1)?.id).toBe('张三-1');
    expect(r.stderr).toContain('reading the rest as gb18030');
  });

  it('GB18030 four-byte characters decode under auto', async () => {
    const file = join(tmp, 'gb18030.csv');
    writeFileSync(file, iconv.encode('账户,本金,逾期天数\n𠀀-1,100.00,3\n', 'gb18030'));
    const r = await runBin(['batch', file, '--as-of', AS_OF]);
    expect(r.code).toBe(0);
    expect(csvRecords(r.out)[0]?.id).toBe('𠀀-1');
  });
});
