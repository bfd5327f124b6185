/**
 * Issue #16: the one-pass reading of a flat NDJSON row (flatJsonObject) gives exactly what the
 * four passes of the strict reader give — the same object, keys in the same order, numbers as
 * their text — and leaves every other text (nesting, escapes, repeated keys, syntax errors) to
 * those passes, so the errors stay the same.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flatJsonObject, parseJsonPasses, parseJsonStrict } from '../../src/text/json.js';

const token = fc.constantFrom(
  '{',
  '}',
  '"id"',
  '"principal"',
  '"a"',
  '"__proto__"',
  '"1"',
  '"中文"',
  '"x\\"y"',
  '"\u0001"',
  ':',
  ',',
  ' ',
  '\t',
  '\u00a0',
  '12.50',
  '-3',
  '01',
  '1e5',
  '1.',
  '-',
  '+1',
  'true',
  'false',
  'null',
  'nul',
  '[1]',
  '{"b":1}',
);

/** A flat object most of the time, with random damage now and then. */
const text = fc.oneof(
  fc.array(token, { maxLength: 30 }).map((t) => t.join('')),
  fc
    .array(
      fc.tuple(
        fc.constantFrom('"id"', '"principal"', '"overdueDays"', '"7"', '"中"'),
        fc.constantFrom('"a"', '12', '-0.5e-3', 'true', 'null', '""', '"1,234.00"'),
      ),
      {
        maxLength: 6,
      },
    )
    .chain((pairs) => fc.constantFrom(' ', '', '\r').map((sp) => `{${pairs.map(([k, v]) => `${k}${sp}:${v}`).join(`,${sp}`)}}${sp}`)),
);

describe('flat NDJSON rows in one pass (issue #16)', () => {
  it('gives what the strict passes give, or leaves the text to them', () => {
    fc.assert(
      fc.property(text, (t) => {
        const general = parseJsonPasses(t, { exactNumbers: true });
        expect(parseJsonStrict(t, { exactNumbers: true })).toEqual(general);
        const flat = flatJsonObject(t);
        if (flat !== undefined) {
          expect('json' in general).toBe(true);
          if ('json' in general) expect(Object.entries(flat)).toEqual(Object.entries(general.json as object));
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('takes the common row, and not what it must leave', () => {
    expect(flatJsonObject('{"id":"a","principal":"1.00","overdueDays":6,"x":null}')).toEqual({ id: 'a', principal: '1.00', overdueDays: '6', x: null });
    for (const t of ['{"a":1,"a":2}', '{"a":{"b":1}}', '{"a":"\\n"}', '{"__proto__":1}', '{"a":01}', '{"a":1}x', '[1]', '\uFEFF{}'])
      expect(flatJsonObject(t)).toBeUndefined();
  });
});
