/**
 * --encoding auto and U+FFFD already in the text (issue #14): what Spark's textFile makes of bad
 * bytes arrives as valid UTF-8 (EF BF BD) and must not count as a bad byte, else GB18030 (whose
 * pairs can swallow those three bytes and a following letter) wins the late decision.
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { detectEncoding, likelyEncoding, replacementCounts } from '../../src/batch/encoding.js';

const ids = ['张三', '李四', '王五', '刘芳', '北京分行'];
const text = (damaged: string) => ids.map((n, i) => `{"id":"${n}-${i}${i % 2 ? damaged : ''}","principal":"1000.00","overdueDays":30}\n`).join('');

describe('U+FFFD in the text is not a bad byte', () => {
  it('UTF-8 with U+FFFD followed by a letter stays UTF-8 (it used to read as GB18030)', () => {
    const bytes = Buffer.from(text('\uFFFDX'));
    expect(replacementCounts(bytes).utf8).toBe(0);
    expect(likelyEncoding(bytes)).toEqual({ encoding: 'utf8', plausible: true });
    expect(detectEncoding(bytes, 'auto', 'stdin')).toBe('utf8');
  });

  it('a U+FFFD written in GB18030 (84 31 A4 37) is not counted against GB18030 either', () => {
    const bytes = iconv.encode(text('\uFFFD'), 'gb18030');
    expect(replacementCounts(bytes).gb18030).toBe(0);
    expect(likelyEncoding(bytes).encoding).toBe('gb18030');
  });

  it('real bad bytes still count: one stray 0xFF in UTF-8 text is one replacement', () => {
    const bytes = Buffer.concat([Buffer.from(text('\uFFFD')), Buffer.from([0xff, 0x0a])]);
    expect(replacementCounts(bytes).utf8).toBe(1);
  });
});
