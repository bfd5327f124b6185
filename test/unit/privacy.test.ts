import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPersonalColumn, looksPersonal, maskNumbersIn, maskValue, safeValue, tooFewDigits } from '../../src/core/privacy.js';
import { printableData } from '../../src/text/printable.js';
import { anAccount } from '../helpers/builders.js';

describe('privacy (§9)', () => {
  it.each(['6222 0212 3456 7890', '6222021234567890123', '11010519491231002X', '110105491231002', '13812345678', '+8613812345678', '138-1234-5678'])(
    '%s looks personal',
    (v) => {
      expect(looksPersonal(v)).toBe(true);
    },
  );
  it.each(['A-1002', 'ACC000123', '2026-11-22', '12345'])('%s does not', (v) => expect(looksPersonal(v)).toBe(false));
  it('masks all but the last four characters', () => {
    expect(maskValue('6222021234567890')).toBe('************7890');
    expect(maskValue('abc')).toBe('***');
    expect(safeValue('110105194912310021', '身份证号')).toBe('**************0021');
    expect(safeValue('anything', 'card_no')).toBe('****hing');
    expect(safeValue('A-1002', 'account')).toBe('A-1002');
  });
  it('recognises personal column names', () => {
    expect(['card_number', '卡号', '身份证号', 'phone', '手机号码', 'id_number'].every(isPersonalColumn)).toBe(true);
    expect(['id', 'principal', '本金', 'overdue_days'].some(isPersonalColumn)).toBe(false);
  });
  it('never keeps a card number as the account id', () => {
    expect(anAccount({ principal: '100', id: '6222021234567890' }).id).toBe('************7890');
    expect(anAccount({ principal: '100', id: 'A-1002' }).id).toBe('A-1002');
  });
});

describe('the shortcut of safeValue and printableData (issue #16)', () => {
  const digitsAndSeparators = fc.string({
    unit: fc.constantFrom('0', '1', '3', '8', '9', '４', '６', ' ', '-', '_', '/', '.', 'X', 'x', 'A', '\u3000', '\u001b', '\u202e', 'é', '+'),
    maxLength: 30,
  });
  it('text with too few digits holds nothing the full checks would mask', () => {
    fc.assert(
      fc.property(fc.oneof(digitsAndSeparators, fc.string({ maxLength: 20 })), (v) => {
        if (!tooFewDigits(v)) return;
        expect(looksPersonal(v)).toBe(false);
        expect(maskNumbersIn(v)).toBe(v);
        expect(safeValue(v)).toBe(v);
      }),
      { numRuns: 5000 },
    );
  });
  it('counts ASCII and full-width digits', () => {
    expect(tooFewDigits('1381234567')).toBe(true);
    expect(tooFewDigits('13812345678')).toBe(false);
    expect(tooFewDigits('１３８１２３４５６７８')).toBe(false);
    expect(safeValue('１３８１２３４５６７８')).toBe('*******５６７８');
  });
  it('printableData leaves printable ASCII as it is and escapes the rest as before', () => {
    fc.assert(
      fc.property(fc.oneof(digitsAndSeparators, fc.string({ maxLength: 20 })), (v) => {
        expect(printableData(v)).toBe(
          v.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (ch) => {
            const c = ch.charCodeAt(0);
            return c < 0x100 ? `\\x${c.toString(16).padStart(2, '0')}` : `\\u${c.toString(16).padStart(4, '0')}`;
          }),
        );
      }),
    );
  });
});
