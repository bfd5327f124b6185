/**
 * Input as agents give it on a call (issue #10 items 6–8): 2万 / 1.5万 / 3千 / 2w exactly and
 * echoed, Excel dates, --offer-monthly 0 refused, hardship reason and will to repay carried
 * through to the output.
 */
import { describe, expect, it } from 'vitest';
import { parseAccount, parseHardship, parseYesNo } from '../../src/core/account.js';
import { parseCivilDate } from '../../src/dates/civil-date.js';
import { expandSpokenAmount } from '../../src/money/spoken.js';
import { aPolicy } from '../helpers/builders.js';
import { run } from './inproc.js';

describe('amounts as agents say them', () => {
  it.each([
    ['2万', '20000'],
    ['1.5万', '15000'],
    ['3千', '3000'],
    ['2w', '20000'],
    ['2W', '20000'],
    ['5k', '5000'],
    ['1.23456万', '12345.6'],
    ['0.5万', '5000'],
    ['¥2万', '¥20000'],
    ['1,000万', '10000000'],
    ['2万元', '20000'],
    ['0.00001万', '0.1'],
  ])('%s → %s (exact, no float)', (text, want) => {
    expect(expandSpokenAmount(text)).toBe(want);
  });

  it('plain amounts and nonsense are left to the strict parser', () => {
    for (const t of ['20000', '2万5', '万', '2.万', '-2万', '2e4', '2 万 3']) expect(expandSpokenAmount(t)).toBe(t === '20000' ? null : null);
  });

  it('flags take them and echo the value on stderr before use', async () => {
    const r = await run(['plan', '--principal', '2万', '--overdue-days', '95', '--cash', '1.5万', '--income', '8千', '--format', 'json', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      'repayplan: --principal 2万 is read as ¥20,000.00\nrepayplan: --income 8千 is read as ¥8,000.00\nrepayplan: --cash 1.5万 is read as ¥15,000.00\n',
    );
    const doc = JSON.parse(r.stdout);
    expect(doc.input).toMatchObject({ principal: '20000.00', availableCash: '15000.00', monthlyIncome: '8000.00' });
  });

  it('the echo is Chinese under --lang zh', async () => {
    const r = await run(['plan', '--principal', '2w', '--overdue-days', '95', '--offer-lump', '3千', '--format', 'json', '--lang', 'zh']);
    expect(r.stderr).toBe('repayplan: --principal 2w 按 ¥20,000.00 计算\nrepayplan: --offer-lump 3千 按 ¥3,000.00 计算\n');
  });

  it('too many decimals after the unit is refused, naming what was typed', async () => {
    const r = await run(['plan', '--principal', '20000', '--overdue-days', '95', '--offer-lump', '1.2345678万', '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--offer-lump: "1.2345678万" has 3 decimals');
    const cash = await run(['plan', '--principal', '20000', '--overdue-days', '95', '--cash', '0.0000001万', '--format', 'json']);
    expect(cash.code).toBe(2);
    expect(cash.stderr).toContain('--cash: "0.0000001万" has 3 decimals');
  });
});

describe('dates and counter-offers', () => {
  it("Excel's 2026/11/22 and 2026/1/5 are dates; 2026/2/30 is not", () => {
    expect(parseCivilDate('2026/11/22')).toEqual({ year: 2026, month: 11, day: 22 });
    expect(parseCivilDate('2026/1/5')).toEqual({ year: 2026, month: 1, day: 5 });
    expect(parseCivilDate('2026/2/30')).toBeNull();
  });

  it('--as-of 2026/1/31 gives the same document as 2026-01-31', async () => {
    const a = await run(['plan', '--principal', '20000', '--overdue-days', '95', '--as-of', '2026/1/31', '--format', 'json']);
    const b = await run(['plan', '--principal', '20000', '--overdue-days', '95', '--as-of', '2026-01-31', '--format', 'json']);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
  });

  it('plan --offer-monthly 0 is refused like in negotiate', async () => {
    const r = await run(['plan', '--principal', '20000', '--overdue-days', '95', '--offer-monthly', '0']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('repayplan: --offer-monthly: "0" is zero: --offer-monthly must be greater than 0\n');
  });
});

describe('why the cardholder is behind', () => {
  const c = aPolicy().currency;
  it('reasons in English codes or Chinese words; yes/no in either language', () => {
    expect(['unemployment', '失业', '疾病', '经营困难', '收入下降', '其他', 'Income-Drop'].map(parseHardship)).toEqual([
      'unemployment',
      'unemployment',
      'illness',
      'business',
      'income-drop',
      'other',
      'income-drop',
    ]);
    expect(parseHardship('lazy')).toBeNull();
    expect(['yes', '是', 'no', '否', 'maybe'].map(parseYesNo)).toEqual([true, true, false, false, null]);
  });

  it('a wrong value names the field, the value and the choices', () => {
    const r = parseAccount({ principal: '1', overdueDays: '1', hardship: 'lazy', willingToRepay: 'maybe' }, c, (f) => f);
    expect('issues' in r && r.issues.map((i) => i.message)).toEqual([
      'hardship: "lazy" is not a hardship reason: give one of unemployment, illness, business, income-drop, other (失业, 疾病, 经营困难, 收入下降, 其他)',
      'willingToRepay: "maybe" is not yes or no: give yes or no (是 / 否)',
    ]);
  });

  it('flags --hardship and --willing are carried into the output; absent = null', async () => {
    const r = await run(['plan', '--principal', '20000', '--overdue-days', '95', '--hardship', '疾病', '--willing', 'yes', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).input).toMatchObject({ hardship: 'illness', willingToRepay: 'yes' });
    const none = await run(['plan', '--principal', '20000', '--overdue-days', '95', '--format', 'json']);
    expect(JSON.parse(none.stdout).input).toMatchObject({ hardship: null, willingToRepay: null });
  });
});

describe('errors in Chinese under --lang zh', () => {
  it('a field error is one Chinese line; without --lang zh the English line (scripts read it)', async () => {
    const zh = await run(['plan', '--principal', 'abc', '--overdue-days', '95', '--lang', 'zh']);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toBe('repayplan: --principal："abc" 不是有效金额，请只输入数字（可带 ¥ 和千位逗号，最多 2 位小数），例如 1234.50\n');
    const en = await run(['plan', '--principal', 'abc', '--overdue-days', '95']);
    expect(en.stderr).toBe('repayplan: --principal: "abc" is not an amount: use digits with an optional currency sign and at most 2 decimals, e.g. 1234.50\n');
  });
});
