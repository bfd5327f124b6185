/**
 * Joining the output back to the input and the columns analysts asked for (§6, issue #12): the
 * row column, --keep (personal columns still masked), masked ids that collide, duplicate ids,
 * the closest plan when none is affordable, an empty `affordable` when there is no plan at all,
 * --headers zh, the default byte-order mark, and --jobs capped at the cores.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toBatchRequest } from '../../src/batch/options.js';
import { AS_OF, csvRecords, ndjsonRecords, runInProcess } from './helpers.js';

const TODAY = { year: 2026, month: 1, day: 15 };

describe('joining back', () => {
  it('every output row joins to exactly one input row, by row number and by a kept key (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            // keys never look like a card, ID or phone number (those are masked by design, §9): a letter splits every
            // digit run, so no run is longer than 4 digits (a UUID's last group can be 12 digits: a phone number inside)
            key: fc.uuid().map((u) => u.replace(/-/g, 'k').replace(/(\d{4})(?=\d)/g, '$1x')),
            bad: fc.boolean(),
            days: fc.integer({ min: 0, max: 400 }),
            blank: fc.boolean(),
          }),
          { minLength: 1, maxLength: 30 },
        ),
        async (rows) => {
          const lines = ['customer_no,principal,overdue_days,branch'];
          const inputRows: { key: string }[] = [];
          for (const r of rows) {
            if (r.blank) lines.push('');
            lines.push(`${r.key},${r.bad ? 'x' : '1000.00'},${r.days},分行`);
            inputRows.push({ key: r.key });
          }
          const out = await runInProcess(
            ['batch', '--as-of', AS_OF, '--jobs', '1', '--keep', 'customer_no,branch', '--errors', 'inline'],
            `${lines.join('\n')}\n`,
          );
          const recs = csvRecords(out.out);
          expect(recs).toHaveLength(inputRows.length);
          const seen = new Set<number>();
          for (const rec of recs) {
            const n = Number(rec.row);
            expect(seen.has(n)).toBe(false);
            seen.add(n);
            expect(rec.customer_no).toBe(inputRows[n - 1]?.key);
            expect(rec.branch).toBe('分行');
          }
        },
      ),
      { numRuns: 15 },
    );
  });

  it('--keep passes columns verbatim (NDJSON too), masks personal ones, refuses unknown and clashing names', async () => {
    const csv = 'id,principal,overdue_days,card_no,note,客户号\nA1,1000.00,40,6222020000001234,"=SUM(A1)",00012\n';
    const r = await runInProcess(['batch', '--as-of', AS_OF, '--jobs', '1', '--keep', 'card_no,note,客户号'], csv);
    expect(r.code).toBe(0);
    const [rec] = csvRecords(r.out);
    expect(rec).toMatchObject({ row: '1', id: 'A1', card_no: '************1234', note: "'=SUM(A1)", 客户号: '00012' });
    expect(r.out).not.toContain('6222020000001234');
    // kept columns are not listed as ignored
    expect(r.stderr).not.toContain('ignoring column');

    const nd = await runInProcess(
      ['batch', '--as-of', AS_OF, '--jobs', '1', '--input-format', 'ndjson', '--keep', 'branch,phone'],
      '{"principal":"1000.00","overdueDays":40,"branch":"上海","phone":"13800001234"}\n',
    );
    expect(ndjsonRecords(nd.out)[0]).toMatchObject({ row: 1, branch: '上海', phone: '*******1234' });

    const unknown = await runInProcess(['batch', '--as-of', AS_OF, '--jobs', '1', '--keep', 'nope'], csv);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/--keep: "nope" is not a column of stdin: choose among "id", "principal"/);
    const clash = await runInProcess(['batch', '--as-of', AS_OF, '--jobs', '1', '--keep', 'principal'], csv);
    expect(clash.code).toBe(2);
    expect(clash.stderr).toContain('--keep: "principal" is already an output column');
  });

  it('different card-like ids that mask alike are warned about; duplicate ids are reported', async () => {
    const csv = 'id,principal,overdue_days\n6222020000001234,1000.00,40\n6222020000991234,2000.00,40\nB7,500.00,10\n6222020000001234,1000.00,40\nB7,1.00,10\n';
    const file = `/tmp/repayplan-joinback-${process.pid}.json`;
    const r = await runInProcess(['batch', '--as-of', AS_OF, '--jobs', '1', '--summary', file], csv);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('row 2: its id masks to ************1234, like the different id of row 1: join the output back on the row column');
    expect(r.stderr).toContain('duplicate ids: 2 rows repeat 2 ids (************1234: rows 1, 4; B7: rows 3, 5)');
    expect(r.stderr).toContain('different ids that look the same once masked: 1');
    const { readFileSync, rmSync } = await import('node:fs');
    const s = JSON.parse(readFileSync(file, 'utf8'));
    rmSync(file);
    expect(s.ids).toEqual({
      duplicateRows: 2,
      duplicateIds: 2,
      examples: [
        { id: '************1234', rows: [1, 4] },
        { id: 'B7', rows: [3, 5] },
      ],
      maskCollisions: 1,
      collisionExamples: [{ id: '************1234', rows: [1, 2] }],
      withoutId: 0,
    });
  });
});

describe('columns analysts asked for', () => {
  it('none affordable: the closest plan, the payment it needs and how far over the cap', async () => {
    const r = await runInProcess(
      ['batch', '--as-of', AS_OF, '--jobs', '1'],
      'id,principal,overdue_days,monthly_income,monthly_expenses,available_cash\nP,50000.00,95,3000.00,2900.00,0.00\n',
    );
    const [rec] = csvRecords(r.out);
    expect(rec).toMatchObject({ affordable: 'false', recommendation: 'none-affordable', recommended_plan: '', cap: '50.00' });
    expect(rec?.closest_plan).not.toBe('');
    const over = Number(rec?.needed_payment) - Number(rec?.cap);
    expect(rec?.over_cap).toBe(over.toFixed(2));
  });

  it('the hardship reason and the will to repay are carried from the input into the output (CSV and NDJSON)', async () => {
    const csv = 'id,principal,overdue_days,逾期原因,willing_to_repay\nH1,1000.00,40,失业,是\nH2,1000.00,40,income-drop,no\nH3,1000.00,40,,\n';
    const r = await runInProcess(['batch', '--as-of', AS_OF, '--jobs', '1'], csv);
    expect(r.code).toBe(0);
    const recs = csvRecords(r.out);
    expect(recs.map((x) => [x.id, x.hardship, x.willing_to_repay])).toEqual([
      ['H1', 'unemployment', 'yes'],
      ['H2', 'income-drop', 'no'],
      ['H3', '', ''],
    ]);
    const nd = await runInProcess(['batch', '--as-of', AS_OF, '--jobs', '1', '--format', 'ndjson'], csv);
    expect(ndjsonRecords(nd.out).map((x) => [x.hardship, x.willing_to_repay])).toEqual([
      ['unemployment', 'yes'],
      ['income-drop', 'no'],
      [null, null],
    ]);
    const clash = await runInProcess(['batch', '--as-of', AS_OF, '--jobs', '1', '--keep', 'hardship'], csv);
    expect(clash.code).toBe(2);
    expect(clash.stderr).toContain('--keep: "hardship" is already an output column');
  });

  it('no plan at all: affordable is empty, not false', async () => {
    const r = await runInProcess(['batch', '--as-of', AS_OF, '--jobs', '1'], 'id,principal,overdue_days\nC0,1000.00,0\n');
    const [rec] = csvRecords(r.out);
    expect(rec).toMatchObject({ recommendation: 'no-plans', affordable: '', closest_plan: '', needed_payment: '' });
  });

  it('--headers zh writes Chinese headers (kept columns keep their names; --plans fields translated)', async () => {
    const r = await runInProcess(
      ['batch', '--as-of', AS_OF, '--jobs', '1', '--headers', 'zh', '--keep', 'branch', '--plans'],
      'id,principal,overdue_days,branch\nA,1000.00,40,X\n',
    );
    const head = r.out.replace(/^\uFEFF/, '').split('\n')[0] ?? '';
    expect(
      head.startsWith(
        '行号,账户,估值日期,逾期阶段,本金,利息,费用,欠款总额,推荐方案,期数,立即还款额,每月还款额,还款总额,预期回收现值,回收率,可负担,月结余,可负担月供上限,最接近方案,所需月供,超出上限,推荐结论,原因,逾期原因,还款意愿,branch,installment-12.期数,',
      ),
    ).toBe(true);
    const nd = await runInProcess(['batch', '--as-of', AS_OF, '--jobs', '1', '--headers', 'zh', '--format', 'ndjson'], 'principal,overdue_days\n1,1\n');
    expect(nd.code).toBe(2);
    expect(nd.stderr).toContain('--headers zh: Chinese headers are for CSV');
  });

  it('a UTF-8 BOM by default after a BOM input, --no-bom turns it off, none after a plain UTF-8 input', async () => {
    const body = 'principal,overdue_days\n1000.00,40\n';
    expect((await runInProcess(['batch', '--as-of', AS_OF, '--jobs', '1'], `\uFEFF${body}`)).stdout.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect((await runInProcess(['batch', '--as-of', AS_OF, '--jobs', '1', '--no-bom'], `\uFEFF${body}`)).out.startsWith('row,')).toBe(true);
    expect((await runInProcess(['batch', '--as-of', AS_OF, '--jobs', '1'], body)).out.startsWith('row,')).toBe(true);
  });
});

describe('--jobs', () => {
  it('is capped at the cores available, with a warning', () => {
    const r = toBatchRequest('x.csv', { jobs: '64' }, TODAY, 2);
    expect(r.jobs).toBe(2);
    expect(r.jobsCapped).toEqual({ asked: 64, cores: 2 });
    expect(toBatchRequest('x.csv', { jobs: '2' }, TODAY, 2).jobsCapped).toBeNull();
  });

  it('says so on stderr', async () => {
    const r = await runInProcess(['batch', '--as-of', AS_OF, '--jobs', '64', '--lang', 'en'], 'principal,overdue_days\n1000.00,40\n');
    const { availableParallelism } = await import('node:os');
    if (availableParallelism() < 64)
      expect(r.stderr).toContain(`--jobs 64 is more than the ${availableParallelism()} cores available: using ${availableParallelism()} worker threads`);
  });
});
