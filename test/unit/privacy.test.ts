import { describe, expect, it } from 'vitest';
import { isPersonalColumn, looksPersonal, maskValue, safeValue } from '../../src/core/privacy.js';
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
