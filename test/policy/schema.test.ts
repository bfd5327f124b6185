/**
 * The published schema (schema/policy.schema.json) is exactly the one the code uses
 * (src/policy/schema.ts), is a valid draft 2020-12 schema under ajv's strict mode, and agrees
 * with validatePolicy on what is structurally valid. UPDATE_SCHEMA=1 rewrites the file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020Module from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { presetDoc, presetNames } from '../../src/policy/presets.js';
import { policySchema } from '../../src/policy/schema.js';
import { AJV_OPTIONS } from '../../src/policy/validate.js';
import { POLICIES, ROOT } from './helpers.js';

const FILE = join(ROOT, 'schema/policy.schema.json');
const Ajv2020 = Ajv2020Module.default;

describe('policy JSON Schema', () => {
  it('schema/policy.schema.json is the schema the code uses (no drift)', () => {
    const text = `${JSON.stringify(policySchema(), null, 2)}\n`;
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(FILE, text);
    expect(readFileSync(FILE, 'utf8')).toBe(text);
  });

  it('is a valid draft 2020-12 schema and compiles in strict mode', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
    expect(ajv.validateSchema(policySchema())).toBe(true);
    expect(() => ajv.compile(policySchema())).not.toThrow();
  });

  it('the runtime options only drop checks the test above makes', () => {
    expect(AJV_OPTIONS).toMatchObject({ allErrors: true, validateSchema: false, strict: false });
  });

  it('accepts the presets and the valid fixtures as published (a third-party validator sees the same)', () => {
    const validate = new Ajv2020({ allErrors: true, allowUnionTypes: true, strictRequired: false }).compile(policySchema());
    for (const name of presetNames()) expect(validate(presetDoc(name)), name).toBe(true);
    for (const f of ['usd-hardship-annuity', 'minimal-jpy', 'boundaries', 'late-fee-unbounded', 'tolerated-zero-rates']) {
      expect(validate(JSON.parse(readFileSync(join(POLICIES, 'valid', `${f}.json`), 'utf8'))), f).toBe(true);
    }
  });
});

describe('the policy schema as the one source', () => {
  it('every example in the schema is valid for its own field (labelled examples stand for themselves)', async () => {
    const { POLICY_SOURCE } = await import('../../src/policy/schema.js');
    const ajv = new Ajv2020({ allowUnionTypes: true, strict: false });
    ajv.addKeyword('decimalRange');
    ajv.addKeyword('exampleLabels');
    ajv.addSchema({ ...POLICY_SOURCE, $id: 'urn:test:policy' });
    const bad: string[] = [];
    const walk = (node: unknown, pointer: string): void => {
      if (node === null || typeof node !== 'object') return;
      if (Array.isArray(node)) {
        node.forEach((n, i) => {
          walk(n, `${pointer}/${i}`);
        });
        return;
      }
      const s = node as Record<string, unknown>;
      if (Array.isArray(s.examples) && !pointer.includes('/if/')) {
        const validate = ajv.getSchema(`urn:test:policy#${pointer}`);
        for (const e of s.examples) if (validate && !validate(e)) bad.push(`${pointer}: ${JSON.stringify(e)}`);
      }
      for (const [k, v] of Object.entries(s))
        if (k !== 'examples' && k !== 'const' && k !== 'enum') walk(v, `${pointer}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`);
    };
    walk(POLICY_SOURCE, '');
    expect(bad).toEqual([]);
  });
});
