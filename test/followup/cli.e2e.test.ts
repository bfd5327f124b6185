/**
 * `agree`, `track` and `remind` through the real binary (bin/repayplan.js, built by `npm run
 * build`): records, ledgers in CSV / NDJSON / GBK, every output format validated against the
 * published schemas, rows applied or rejected, a ledger split in two files, the iCalendar file
 * read back by a standard parser (ical.js), and the user errors (one line, exit 2).
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { repayplan, ROOT, tempDirWith } from '../cli/helpers.js';
import { newAjv } from '../schema/helpers.js';

vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });

const schema = (name: string) => JSON.parse(readFileSync(join(ROOT, 'schema', name), 'utf8')) as Record<string, unknown>;
const ajv = newAjv();
ajv.addSchema(schema('output.schema.json'));
ajv.addSchema(schema('agreement.schema.json'));
const validateTracking = ajv.compile(schema('tracking.schema.json'));
const validateAgreement = ajv.getSchema('https://repayplan.dev/schema/agreement.schema.json')!;
const validateLedger = newAjv().compile(schema('ledger.schema.json'));

function valid(v: typeof validateTracking, doc: unknown): void {
  expect(v(doc), JSON.stringify(v.errors, null, 2)).toBe(true);
}

const ACCOUNT = ['--principal', '20000', '--overdue-days', '95', '--income', '9000', '--expenses', '4000', '--as-of', '2026-01-31'];
let dir: string;

beforeAll(() => {
  dir = tempDirWith({
    'ledger.csv':
      'id,date,amount\nACC-1,2026-02-27,1851.98\nACC-1,2026-04-05,1851.98\nACC-9,2026-03-01,5.00\nACC-1,2026-01-30,5.00\nACC-1,2026-13-01,5.00\nACC-1,2026-03-10,-1\nACC-1,2026-05-20,10.00\n',
  });
  for (const [id, plan] of [
    ['ACC-1', 'installment-12'],
    ['ACC-2', 'settlement-1'],
    ['ACC-3', 'deferral-3+36'],
  ] as const) {
    const r = repayplan(['agree', ...ACCOUNT, '--id', id, '--plan', plan, '--lang', 'en', '-o', `${id}.json`], { cwd: dir });
    expect(r.status, r.stderr).toBe(0);
  }
});

describe('repayplan agree', () => {
  it('writes the negotiate --save record (schemaVersion 2 with followUp), valid against the schema', () => {
    const record = JSON.parse(readFileSync(join(dir, 'ACC-1.json'), 'utf8'));
    valid(validateAgreement, record);
    expect(record).toMatchObject({
      schemaVersion: '2',
      kind: 'repayplan.agreement',
      planId: 'installment-12',
      asOf: '2026-01-31',
      input: { id: 'ACC-1', principal: '20000.00' },
      policy: { name: 'cn-standard' },
    });
    expect(record.followUp).toMatchObject({ allocation: expect.any(String), onBreak: { reinstateWaivers: expect.any(Boolean) } });
    expect(record.script.text).toContain('installment-12');
  });

  it('refuses to replace an existing file without --force; a plan not offered names the choices', () => {
    const again = repayplan(['agree', ...ACCOUNT, '--id', 'ACC-1', '--plan', 'installment-12', '-o', 'ACC-1.json'], { cwd: dir });
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/^repayplan: -o: "ACC-1.json" exists: choose another file name, or pass --force/);
    const bad = repayplan(['agree', ...ACCOUNT, '--plan', 'installment-7', '-o', '-'], { cwd: dir });
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toContain('--plan: no plan "installment-7" for this account: choose one of installment-12');
    const none = repayplan(['agree', ...ACCOUNT, '-o', '-'], { cwd: dir });
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('--plan is required');
  });

  it('--batch: NDJSON of accounts with planId → NDJSON of records, every line recorded or rejected (exit 3)', () => {
    const input = [
      { id: 'B-1', principal: '20000.00', overdueDays: '95', asOf: '2026-01-31', planId: 'installment-24' },
      { id: 'B-2', principal: 'abc', overdueDays: '95', planId: 'installment-24' },
      { id: 'B-3', principal: '5000.00', overdueDays: '40', asOf: '2026-01-31', plan_id: 'settlement-1', note: 'pays by card 6222 0212 3456 7890' },
      { id: 'B-4', principal: '5000.00', overdueDays: '40', asOf: '2026-01-31' },
    ]
      .map((x) => JSON.stringify(x))
      .join('\n');
    const r = repayplan(['agree', '--batch', '-', '-o', 'batch.ndjson'], { cwd: dir, stdin: `${input}\n` });
    expect(r.status).toBe(3);
    const lines = readFileSync(join(dir, 'batch.ndjson'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.input.id)).toEqual(['B-1', 'B-3']);
    for (const l of lines) valid(validateAgreement, l);
    expect(lines[1].note).toBe('pays by card ************7890');
    expect(r.stderr).toContain('stdin row 2 (line 2): principal: "abc"');
    expect(r.stderr).toContain('stdin row 4 (line 4): no planId');
    expect(r.stderr).toContain('agree: 4 read, 2 recorded, 2 rejected');
  });

  it('--batch: a row with a field the account does not have names the field, not a flag the user did not give (zh and en)', () => {
    const input = `${JSON.stringify({ id: 'B-9', principal: '100.00', overdueDays: '30', planId: 'installment-12', income: '5000' })}\n`;
    const en = repayplan(['agree', '--batch', '-', '-o', 'batch-unknown.ndjson', '--lang', 'en'], { cwd: dir, stdin: input });
    expect(en.status).toBe(3);
    expect(en.stderr).toContain('stdin row 1 (line 1): unknown field "income": the account fields are id, principal,');
    const zh = repayplan(['agree', '--batch', '-', '-o', 'batch-unknown-zh.ndjson', '--lang', 'zh'], { cwd: dir, stdin: input });
    expect(zh.stderr).toContain('第 1 条记录（第 1 行）：未知字段 "income"：账户字段有 id, principal,');
    expect(`${en.stderr}${zh.stderr}`).not.toContain('--input');
  });
});

describe('repayplan track', () => {
  it('one agreement, --format json: the §10.2 figures at the top level, every ledger row applied or rejected', () => {
    const r = repayplan(['track', 'ACC-1.json', '--payments', 'ledger.csv', '--as-of', '2026-04-10', '--format', 'json', '--lang', 'en'], { cwd: dir });
    expect(r.status).toBe(3);
    const doc = JSON.parse(r.stdout);
    valid(validateTracking, doc);
    expect(doc).toMatchObject({
      id: 'ACC-1',
      planId: 'installment-12',
      agreementDate: '2026-01-31',
      asOf: '2026-04-10',
      // cn-standard v2: 3 days' grace, broken at the first missed instalment (03-31 + 3 < 04-04)
      status: 'broken',
      breakDate: '2026-04-04',
      paid: '3703.96',
      applied: { principal: '3494.30', interest: '0.00', fees: '209.66', total: '3703.96' },
      dueToDate: '3703.96',
      arrears: '0.00',
      missed: 0,
      daysPastDue: 0,
      nextDue: { date: '2026-04-30', amount: '1851.98' },
      remaining: '18519.85',
      overpaid: '0.00',
      action: 're-plan',
    });
    expect(doc.instalments.slice(0, 3).map((i: any) => [i.dueDate, i.paid, i.settledDate, i.status])).toEqual([
      ['2026-02-28', '1851.98', '2026-02-27', 'on-time'],
      ['2026-03-31', '1851.98', '2026-04-05', 'late'],
      ['2026-04-30', '0.00', null, 'pending'],
    ]);
    expect(doc.ledger).toMatchObject({ read: 7, applied: 2, rejected: 5 });
    expect(doc.ledger.rejections.map((x: any) => [x.row, x.code])).toEqual([
      [3, 'ledger.unknown-account'],
      [4, 'ledger.before-agreement'],
      [5, 'ledger.bad-date'],
      [6, 'ledger.bad-amount'],
      [7, 'ledger.after-as-of'],
    ]);
    expect(r.stderr).toContain('repayplan: ledger.csv row 3 (line 4): unknown account: no agreement for "ACC-9"');
    expect(r.stderr).toContain("repayplan: ledger.csv row 4 (line 5): dated before the agreement's asOf 2026-01-31");
    expect(r.stderr).toContain('Ledger: 7 rows read, 2 applied, 5 rejected.');
  });

  it('many agreements (a folder): one NDJSON line per agreement in input order; CSV; a list document; the summary', () => {
    mkdirSync(join(dir, 'agreements'), { recursive: true });
    for (const id of ['ACC-1', 'ACC-2', 'ACC-3']) writeFileSync(join(dir, 'agreements', `${id}.json`), readFileSync(join(dir, `${id}.json`)));
    writeFileSync(join(dir, 'many.csv'), 'id,date,amount\nACC-2,2026-02-20,20000.00\nACC-3,2026-02-27,209.66\nACC-1,2026-02-27,1851.98\n');
    const args = ['track', 'agreements', '--payments', 'many.csv', '--as-of', '2026-05-15', '--lang', 'en'];
    const nd = repayplan([...args, '--format', 'ndjson', '--summary', 'summary.json'], { cwd: dir });
    expect(nd.status, nd.stderr).toBe(0);
    const lines = nd.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    for (const l of lines) valid(validateTracking, l);
    expect(lines.map((l) => [l.id, l.status, l.breakDate, l.action])).toEqual([
      ['ACC-1', 'broken', '2026-04-04', 're-plan'],
      ['ACC-2', 'completed', null, 'none'],
      ['ACC-3', 'broken', '2026-04-04', 're-plan'],
    ]);
    expect(nd.stderr).toContain('3 agreements: 0 on track, 0 late, 2 broken, 1 completed; paid ¥22,061.64');
    const summary = JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8'));
    expect(summary).toMatchObject({
      agreements: 3,
      byStatus: { broken: 2, completed: 1 },
      paid: '22061.64',
      ledger: { read: 3, applied: 3, rejected: 0, received: '22061.64' },
    });
    const csv = repayplan([...args, '--format', 'csv'], { cwd: dir });
    const rows = csv.stdout.trim().split('\n');
    expect(rows[0]).toBe(
      'id,plan_id,agreement_date,as_of,status,break_date,paid,applied_principal,applied_interest,applied_fees,due_to_date,arrears,missed,days_past_due,next_due_date,next_due_amount,remaining,overpaid,action,currency',
    );
    expect(rows[2]).toBe('ACC-2,settlement-1,2026-01-31,2026-05-15,completed,,20000.00,20000.00,0.00,0.00,20000.00,0.00,0,0,,,0.00,0.00,none,CNY');
    const list = JSON.parse(repayplan([...args, '--format', 'json'], { cwd: dir }).stdout);
    valid(validateTracking, list);
    expect(list.agreements).toHaveLength(3);
  });

  it('a ledger split into two files gives the same result as one; NDJSON and GBK CSV with Chinese headers are read', () => {
    writeFileSync(join(dir, 'part1.csv'), 'id,date,amount\nACC-1,2026-02-27,1000.00\n');
    writeFileSync(join(dir, 'part2.ndjson'), '{"id":"ACC-1","date":"2026-02-28","amount":"851.98"}\n{"id":"ACC-1","date":"2026-03-30","amount":1851.98}\n');
    writeFileSync(
      join(dir, 'whole.csv'),
      iconv.encode('账户,还款日期,还款金额\nACC-1,2026-02-27,1000.00\nACC-1,2026-02-28,851.98\nACC-1,2026-03-30,"1,851.98"\n', 'gbk'),
    );
    const strip = (s: string) => {
      const d = JSON.parse(s);
      delete d.payments;
      delete d.ledger;
      return d;
    };
    const split = repayplan(['track', 'ACC-1.json', '--payments', 'part1.csv', '--payments', 'part2.ndjson', '--as-of', '2026-04-10', '--format', 'json'], {
      cwd: dir,
    });
    const whole = repayplan(['track', 'ACC-1.json', '--payments', 'whole.csv', '--as-of', '2026-04-10', '--format', 'json'], { cwd: dir });
    expect(split.status, split.stderr).toBe(0);
    expect(whole.status, whole.stderr).toBe(0);
    expect(strip(split.stdout)).toEqual(strip(whole.stdout));
    expect(JSON.parse(whole.stdout)).toMatchObject({ paid: '3703.96', status: 'on-track' });
  });

  it('--replan: a broken agreement becomes an account again and the engine plans it', () => {
    const r = repayplan(['track', 'ACC-1.json', '--as-of', '2026-04-15', '--format', 'json', '--replan'], { cwd: dir });
    expect(r.status, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    valid(validateTracking, doc);
    expect(doc).toMatchObject({ status: 'broken', action: 're-plan', arrears: '3703.96' });
    expect(doc.replan.account).toMatchObject({ principal: '20965.85', overdueDays: '46', monthlyIncome: '9000.00', asOf: '2026-04-15' });
    expect(doc.replan.evaluation.input).toMatchObject({ principal: '20965.85', overdueDays: 46 });
    expect(doc.replan.evaluation.plans.length).toBeGreaterThan(0);
    const table = repayplan(['track', 'ACC-1.json', '--as-of', '2026-04-15', '--format', 'table', '--replan', '--lang', 'zh'], { cwd: dir });
    expect(table.stdout).toContain('状态                          协议已中断');
    expect(table.stdout).toContain('中断后重新计算的欠款：本金 ¥20,965.85');
  });

  it('reads a version 1 record (no followUp) by its preset', () => {
    const v1 = JSON.parse(readFileSync(join(dir, 'ACC-1.json'), 'utf8'));
    v1.schemaVersion = '1';
    delete v1.followUp;
    writeFileSync(join(dir, 'v1.json'), JSON.stringify(v1));
    const r = repayplan(['track', 'v1.json', '--as-of', '2026-03-01', '--format', 'json'], { cwd: dir });
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).followUp.source).toMatch(/^(policy|defaults)$/);
  });

  it('user errors: one line, exit 2', () => {
    const cases: [string[], RegExp][] = [
      [['track', 'nope.json', '--as-of', '2026-03-01'], /^repayplan: agreement: "nope.json": no such file or folder/],
      [['track', 'ACC-1.json', '--payments', 'nope.csv', '--as-of', '2026-03-01'], /^repayplan: --payments: "nope.csv": no such file/],
      [['track', 'ACC-1.json', '--as-of', '2026-02-30'], /^repayplan: --as-of: /],
      [['track', 'ledger.csv', '--as-of', '2026-03-01'], /^repayplan: ledger.csv/],
    ];
    for (const [args, re] of cases) {
      const r = repayplan(args, { cwd: dir });
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(re);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
    writeFileSync(join(dir, 'nohdr.csv'), 'who,when,how much\nACC-1,2026-02-27,1\n');
    const h = repayplan(['track', 'ACC-1.json', '--payments', 'nohdr.csv', '--as-of', '2026-03-01'], { cwd: dir });
    expect(h.status).toBe(2);
    expect(h.stderr).toContain('no id, date, amount column in the header');
  });
});

describe('repayplan remind', () => {
  it('csv and ndjson: the reminders in the window, id masked, texts in zh and en', () => {
    const args = ['remind', 'ACC-1.json', '--payments', 'whole.csv', '--as-of', '2026-04-25', '--days', '10'];
    const zh = repayplan([...args, '--lang', 'zh'], { cwd: dir });
    expect(zh.status, zh.stderr).toBe(0);
    const lines = zh.stdout.trim().split('\n');
    expect(lines[0]).toBe('id,send_date,kind,due_date,instalment,amount,paid,left,currency,lang,text');
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 3).join(','))).toEqual([
      '*CC-1,2026-04-27,before',
      '*CC-1,2026-04-29,before',
      '*CC-1,2026-04-30,due',
      '*CC-1,2026-05-01,overdue',
      '*CC-1,2026-05-03,overdue',
    ]);
    expect(lines[1]).toContain('账户 *CC-1：您的还款协议第 3 期应还 ¥1,851.98，还款日为 2026年4月30日。本期已还 ¥0.00，尚需还款 ¥1,851.98。');
    expect(zh.stdout).not.toContain('ACC-1');
    const en = repayplan([...args, '--lang', 'en', '--format', 'ndjson'], { cwd: dir });
    const rows = en.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows[3]).toMatchObject({
      id: '*CC-1',
      send_date: '2026-05-01',
      kind: 'overdue',
      due_date: '2026-04-30',
      instalment: 3,
      amount: '1851.98',
      paid: '0.00',
      left: '1851.98',
      lang: 'en',
    });
    expect(rows[3].text).toBe(
      'Account *CC-1: instalment 3 of your repayment agreement, ¥1,851.98, was due on 30 April 2026; ¥0.00 has been received and ¥1,851.98 is still to pay. If paying is difficult, please contact us so that we can talk it over.',
    );
    for (const r of rows) expect(r.text).not.toMatch(/legal|court|police|criminal|arrest|lawsuit|起诉|法院|公安|刑事|拘留/i);
  });

  it('--format ics is read back by a standard parser (ical.js): one event per instalment, one alarm per reminder', () => {
    const r = repayplan(['remind', 'ACC-1.json', 'ACC-3.json', '--as-of', '2026-02-20', '--days', '14', '--format', 'ics', '--lang', 'en'], { cwd: dir });
    expect(r.status, r.stderr).toBe(0);
    const cal = new ICAL.Component(ICAL.parse(r.stdout));
    const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.startDate.toString())).toEqual(['2026-02-28', '2026-02-28']);
    expect(events[0]!.summary).toBe('Repayment agreement instalment 1: ¥1,851.98 (account *CC-1)');
    const triggers = events[0]!.component.getAllSubcomponents('valarm').map((a) => String(a.getFirstPropertyValue('trigger')));
    expect(triggers).toEqual(['-P3D', '-P1D', 'PT9H', 'P1DT9H', 'P3DT9H']);
    expect(new Set(events.map((e) => e.uid)).size).toBe(2);
    expect(r.stdout).not.toContain('ACC-1');
  });

  it('--days must be a whole number of days', () => {
    const r = repayplan(['remind', 'ACC-1.json', '--as-of', '2026-02-20', '--days', '0'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^repayplan: --days: "0" is not a number of days from 1 to 3660/);
  });
});

describe('ledger schema', () => {
  it('accepts the documented rows and refuses a row without an amount', () => {
    valid(validateLedger, { id: 'ACC-1', date: '2026-02-27', amount: '1851.98' });
    valid(validateLedger, { 账户: 'ACC-1', 还款日期: '2026-02-27', 还款金额: '¥1,851.98' });
    expect(validateLedger({ id: 'ACC-1', date: '2026-02-27' })).toBe(false);
  });
});

describe('docs/after-the-call.md', () => {
  it('the worked example is real output (the JSON block, trimmed, equals what track prints)', () => {
    const doc = readFileSync(join(ROOT, 'docs/after-the-call.md'), 'utf8');
    const block = JSON.parse(/```json\n([\s\S]*?)```/.exec(doc)?.[1] ?? 'null');
    const ex = tempDirWith({ 'payments.csv': 'id,date,amount\nACC-1001,2026-02-27,282.89\nACC-1001,2026-04-03,282.89\n' });
    const a = repayplan(
      [
        'agree',
        '--policy',
        'us-card-act',
        '--id',
        'ACC-1001',
        '--principal',
        '6000',
        '--overdue-days',
        '95',
        '--income',
        '3200',
        '--expenses',
        '1900',
        '--as-of',
        '2026-01-31',
        '--plan',
        'hardship-24',
        '--note',
        'pays on the 28th',
        '-o',
        'acc-1001.json',
      ],
      { cwd: ex },
    );
    expect(a.status, a.stderr).toBe(0);
    const r = repayplan(['track', 'acc-1001.json', '--payments', 'payments.csv', '--as-of', '2026-06-10', '--format', 'json', '--replan'], { cwd: ex });
    const real = JSON.parse(r.stdout);
    for (const [k, v] of Object.entries(block)) {
      if (k === 'instalments') for (const i of v as any[]) expect(real.instalments.find((x: any) => x.k === i.k)).toMatchObject(i);
      else if (k === 'replan') expect(real.replan).toMatchObject(v as object);
      else expect(real[k], k).toEqual(v);
    }
    expect(doc).toContain(`hardship-12 $${real.replan.evaluation.plans[0].regularPayment} a month`);
  });
});
