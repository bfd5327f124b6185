/**
 * schema/error.schema.json: the error object of every kind the code can build (toErrorObject),
 * and real ones from the binary. Every fixture under fixtures/errors/ is also validated through
 * the binary in test/cli/errors.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { InternalError, UserError, toErrorObject } from '../../src/errors.js';
import { repayplan } from '../cli/helpers.js';
import { assertErrorObject, validateError } from './helpers.js';

type Doc = Record<string, any>;

describe('the error object', () => {
  it('a user error about one field', () => {
    const e = UserError.fromIssue({
      code: 'amount.exponent',
      field: '--principal',
      value: '1e5',
      message: '--principal: "1e5" uses an exponent: write the amount out in full, e.g. 1234.50',
    });
    const o = toErrorObject(e);
    assertErrorObject(o);
    expect(o).toMatchObject({ schemaVersion: '1', error: { code: 'amount.exponent', field: '--principal', value: '1e5', exitCode: 2 } });
  });

  it('a user error with several issues and one with none', () => {
    assertErrorObject(
      toErrorObject(
        UserError.fromIssues([
          { code: 'policy.out-of-range', field: 'interest.dailyRate', value: '2', message: 'policy p.json: interest.dailyRate: "2" is out of range' },
          { code: 'policy.unknown-key', field: 'offers[0].foo', value: null, message: 'policy p.json: offers[0].foo: unknown key "foo"' },
        ]),
      ),
    );
    assertErrorObject(toErrorObject(new UserError('usage.not-implemented', 'batch --foo is not implemented yet')));
  });

  it('an internal error: code "internal", exit code 1', () => {
    const o = toErrorObject(new InternalError('schedule does not sum to its total')) as Doc;
    assertErrorObject(o);
    expect(o.error).toEqual({ code: 'internal', message: 'schedule does not sum to its total', field: null, value: null, issues: [], exitCode: 1 });
  });

  it('real: several account issues at once, one per field', () => {
    const r = repayplan(['plan', '--principal', '1e5', '--interest', '-1', '--overdue-days', 'x', '--as-of', '2026-11-22', '--format', 'json']);
    expect(r.status).toBe(2);
    const o = JSON.parse(r.stdout) as Doc;
    assertErrorObject(o);
    expect(o.error.issues.map((i: Doc) => [i.field, i.code])).toEqual([
      ['--principal', 'amount.exponent'],
      ['--overdue-days', 'account.overdue-days'],
      ['--interest', 'amount.negative'],
    ]);
    expect(r.stderr.trimEnd().split('\n')).toEqual(o.error.issues.map((i: Doc) => `repayplan: ${i.message}`));
  });

  it.each<[string, (d: Doc) => void]>([
    [
      'an unknown member',
      (d) => {
        d.error.stack = 'Error: …';
      },
    ],
    [
      'a message on two lines',
      (d) => {
        d.error.message = 'unknown option\n(Did you mean?)';
      },
    ],
    [
      'exit code 3',
      (d) => {
        d.error.exitCode = 3;
      },
    ],
    [
      'an issue without a field',
      (d) => {
        d.error.issues = [{ code: 'a.b', field: null, value: null, message: 'x' }];
      },
    ],
    [
      'a code with spaces',
      (d) => {
        d.error.code = 'bad input';
      },
    ],
    [
      'another schemaVersion',
      (d) => {
        d.schemaVersion = '2';
      },
    ],
    [
      'no error',
      (d) => {
        delete d.error;
      },
    ],
  ])('refuses %s', (_what, change) => {
    const d = structuredClone(toErrorObject(new UserError('amount.zero', '--principal: "0" is zero', { field: '--principal', value: '0' }))) as Doc;
    expect(validateError(d)).toBe(true);
    change(d);
    expect(validateError(d)).toBe(false);
  });
});
