/** describeValue: how a bad value reads inside a policy message, from the catalogue in both languages. */
import { describe, expect, it } from 'vitest';
import { render } from '../../src/messages/index.js';
import { describeValue } from '../../src/policy/paths.js';

describe('describeValue', () => {
  it.each([
    ['0,5', '"0,5"', '"0,5"'],
    [0.5, 'the JSON number 0.5', 'JSON 数字 0.5'],
    [true, 'the JSON value true', 'JSON 值 true'],
    [null, 'null', 'null'],
    [[1], 'a list', '列表'],
    [{ a: 1 }, 'an object', '对象'],
  ])('%j reads %s (en) and %s (zh)', (value, en, zh) => {
    expect(render('en', describeValue(value))).toBe(en);
    expect(render('zh', describeValue(value))).toBe(zh);
  });
});
