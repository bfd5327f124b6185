/** Bytes → policy JSON: strict UTF-8, empty files, keys given twice (JSON.parse keeps the last silently). */
import { describe, expect, it } from 'vitest';
import { firstDuplicateKey, parsePolicyBytes } from '../../src/policy/policy-text.js';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('firstDuplicateKey', () => {
  it('finds a key repeated in one object, at its path, at any depth', () => {
    expect(firstDuplicateKey('{"name":"a","name":"b"}')).toBe('name');
    expect(firstDuplicateKey('{"interest":{"dailyRate":0.0005,"dailyRate":"0.0005"}}')).toBe('interest.dailyRate');
    expect(firstDuplicateKey('{"offers":[{"id":"a"},{"id":"b","terms":[1,2],"id":"c"}]}')).toBe('offers[1].id');
    expect(firstDuplicateKey('{"w":{"M7+":{"fees":"1"},"M7+":{}}}')).toBe('w["M7+"]');
  });

  it('the same key in sibling objects, in strings, or escaped differently but equal, is judged by value', () => {
    expect(firstDuplicateKey('{"a":{"x":1},"b":{"x":1},"c":[{"x":1},{"x":2}]}')).toBeNull();
    expect(firstDuplicateKey('{"a":"\\"a\\":1,\\"a\\":2","b":"{"}')).toBeNull();
    expect(firstDuplicateKey('{"a":1,"\\u0061":2}')).toBe('a');
  });
});

describe('parsePolicyBytes', () => {
  const hint = 'start from `repayplan policy init cn-standard`';
  it('JSON with or without a BOM', () => {
    expect(parsePolicyBytes(bytes('{"a":1}'), hint)).toEqual({ json: { a: 1 } });
    expect(parsePolicyBytes(bytes('\uFEFF{"a":1}'), hint)).toEqual({ json: { a: 1 } });
  });

  it('refuses bytes that are not UTF-8, an empty file, bad JSON and a repeated key, each with one issue', () => {
    const gbk = Uint8Array.from([0x7b, 0x22, 0x7a, 0x68, 0x22, 0x3a, 0x22, 0xb8, 0xf6, 0x22, 0x7d]); // {"zh":"个"} in GBK
    expect(parsePolicyBytes(gbk, hint)).toMatchObject({
      issue: { code: 'policy.not-utf8', field: '$', value: null, message: '$: the file is not UTF-8 text (a GBK or UTF-16 file?); save it as UTF-8' },
    });
    expect(parsePolicyBytes(bytes(' \n'), hint)).toMatchObject({
      issue: { code: 'policy.not-json', field: '$', value: null, message: `$: the file is empty; ${hint}` },
    });
    const bad = parsePolicyBytes(bytes('{"a":1,}'), hint);
    expect('issue' in bad && bad.issue.message).toMatch(/^\$: not valid JSON: .*\(line 1 column 8\); fix the syntax, or start from/);
    expect(parsePolicyBytes(bytes('{"a":1,"a":2}'), hint)).toMatchObject({
      issue: {
        code: 'policy.duplicate-key',
        field: 'a',
        value: null,
        message: 'a: the key is given twice in the same object (1 and 2); only one can count: keep one',
      },
    });
  });
});
