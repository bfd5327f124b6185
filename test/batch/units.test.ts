/** Batch building blocks: headers, encodings, CSV cells, reading rows with their line numbers. */
import { Readable } from 'node:stream';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { fieldForHeader, mapColumns } from '../../src/batch/columns.js';
import { detectEncoding, isGb18030, isUtf8 } from '../../src/batch/encoding.js';
import { readRows } from '../../src/batch/read.js';
import type { InputRow } from '../../src/batch/records.js';
import { csvField, csvLine, neutraliseFormula } from '../../src/render/csv-row.js';
import { UserError } from '../../src/errors.js';

describe('headers', () => {
  it.each([
    ['principal', 'principal'],
    ['本金', 'principal'],
    ['Principal', 'principal'],
    [' overdue_days ', 'overdueDays'],
    ['overdueDays', 'overdueDays'],
    ['逾期天数', 'overdueDays'],
    ['违约金及费用', 'fees'],
    ['费用', 'fees'],
    ['账户', 'id'],
    ['本金（元）', 'principal'],
    ['monthly_income (CNY)', 'monthlyIncome'],
    ['\uFEFFid', 'id'],
    ['as_of', 'asOf'],
    ['估值日期', 'asOf'],
    ['可一次性筹措资金', 'availableCash'],
    ['Overdue Days', 'overdueDays'],
    ['minimum-due', 'minimumDue'],
    ['MONTHLY_INCOME', 'monthlyIncome'],
    ['其他负债月供', 'otherDebtPayments'],
    ['月必要支出', 'monthlyExpenses'],
    ['最低还款额', 'minimumDue'],
  ])('%s → %s', (name, field) => expect(fieldForHeader(name)).toBe(field));

  it('ignores unknown columns but needs principal and overdue_days', () => {
    expect(mapColumns(['id', 'name', 'principal', 'overdue_days'], 'x').ignored).toEqual(['name']);
    expect(() => mapColumns(['id', 'principal'], 'x')).toThrow(/overdue_days \(逾期天数\) is missing/);
    expect(() => mapColumns(['a', 'b'], 'x')).toThrow(UserError);
    expect(() => mapColumns(['本金', 'principal', 'overdue_days'], 'x')).toThrow(/both give principal/);
  });

  it('never shows a personal-looking header value in the "not a header" message', () => {
    expect(() => mapColumns(['6222021234567890', '13812345678'], 'x')).toThrow(/\*+7890.*\*+5678/);
  });
});

describe('encodings', () => {
  it('detects UTF-8 (with or without BOM), GB18030, and refuses UTF-16 and binary', () => {
    expect(detectEncoding(Buffer.from('本金,逾期天数\n'), 'auto', 's')).toBe('utf8');
    expect(detectEncoding(Buffer.from('\uFEFFa,b\n'), 'auto', 's')).toBe('utf8');
    expect(detectEncoding(iconv.encode('本金,逾期天数\n', 'gbk'), 'auto', 's')).toBe('gb18030');
    expect(detectEncoding(iconv.encode('𠀀,逾期天数\n', 'gb18030'), 'auto', 's')).toBe('gb18030');
    expect(() => detectEncoding(Buffer.from('\uFEFFa', 'utf16le'), 'auto', 's')).toThrow(/UTF-16/);
    expect(() => detectEncoding(Buffer.from([0x41, 0x00, 0x42]), 'utf8', 's')).toThrow(/NUL/);
    expect(() => detectEncoding(Buffer.from([0x41, 0xff, 0x42]), 'auto', 's')).toThrow(/neither/);
    expect(detectEncoding(Buffer.from([0x41, 0xff]), 'gbk', 's')).toBe('gbk');
  });

  it('accepts a multi-byte character cut at the end of the sample', () => {
    const utf8 = Buffer.from('ab本');
    expect(isUtf8(utf8.subarray(0, utf8.length - 1))).toBe(true);
    const gb = iconv.encode('ab𠀀', 'gb18030');
    for (let cut = 1; cut <= 3; cut++) expect(isGb18030(gb.subarray(0, gb.length - cut))).toBe(true);
  });
});

describe('CSV cells', () => {
  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+1+1', "'+1+1"],
    ['-cmd', "'-cmd"],
    ['@x', "'@x"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['-12.50', '-12.50'],
    ['+3', '+3'],
    ['installment-24', 'installment-24'],
    ['M7+', 'M7+'],
    ['', ''],
  ])('%j → %j', (input, output) => expect(neutraliseFormula(input)).toBe(output));

  it('quotes commas, quotes and line breaks; writes null as empty', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField(null)).toBe('');
    expect(csvField(true)).toBe('true');
    expect(csvField(12)).toBe('12');
    expect(csvLine(['=1,2', null, 3])).toBe('"\'=1,2",,3\n');
  });
});

async function rowsOf(
  text: string | Buffer,
  format: 'csv' | 'ndjson' = 'csv',
  header = true,
): Promise<{ header: string[] | null; rows: InputRow[]; blank: number }> {
  let h: string[] | null = null;
  let blank = 0;
  const rows: InputRow[] = [];
  const source = Readable.from([typeof text === 'string' ? Buffer.from(text) : text]);
  for await (const r of readRows(source, {
    format,
    encoding: 'auto',
    source: 't',
    header,
    onHeader: (n) => {
      h = n;
    },
    onBlank: () => {
      blank++;
    },
  }))
    rows.push(r);
  return { header: h, rows, blank };
}

describe('reading rows', () => {
  it('numbers data rows from 1 and lines from the header line', async () => {
    const r = await rowsOf('\n\nid,principal\r\nA,1\r\n"B\r\nb",2\r\n\r\n  \r\nC,3\r\n\r\n');
    expect(r.header).toEqual(['id', 'principal']);
    expect(r.rows.map((x) => [x.row, x.line, x.fields?.[0]])).toEqual([
      [1, 4, 'A'],
      [2, 5, 'B\r\nb'],
      [3, 9, 'C'],
    ]);
    expect(r.blank).toBe(5);
  });

  it('an unclosed quote at the end is one broken row, never a lost one', async () => {
    const r = await rowsOf('id,principal\nA,1\n\n"B,2\nC,3\n');
    expect(r.rows.map((x) => [x.row, x.line, x.fail?.code ?? null])).toEqual([
      [1, 2, null],
      [2, 4, 'row.quote-not-closed'],
    ]);
  });

  it('reads GBK text', async () => {
    const r = await rowsOf(iconv.encode('账户,本金\r\n张三,1\r\n', 'gbk'));
    expect(r.header).toEqual(['账户', '本金']);
    expect(r.rows[0]?.fields).toEqual(['张三', '1']);
  });

  it('NDJSON: one row a non-blank line, CRLF and a last line without a newline', async () => {
    const r = await rowsOf('\uFEFF{"a":1}\r\n\r\n{"b":2}\n{"c":3}', 'ndjson');
    expect(r.rows.map((x) => [x.row, x.line, x.json])).toEqual([
      [1, 1, '{"a":1}'],
      [2, 3, '{"b":2}'],
      [3, 4, '{"c":3}'],
    ]);
  });

  it('an empty CSV has no header (exit 2); a headerless one has no rows', async () => {
    await expect(rowsOf('')).rejects.toThrow(/the input is empty/);
    expect((await rowsOf('', 'csv', false)).rows).toEqual([]);
  });
});
