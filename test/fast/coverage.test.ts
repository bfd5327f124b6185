/**
 * A policy field the fast engine has not been taught is never ignored by `batch` (issue #9, #16):
 * `compileFast` declines a policy that sets one, and the scorer falls back to the exact path.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createScorer } from '../../src/batch/score.js';
import { FAST_FIELDS, fieldPaths, untaughtField } from '../../src/fast/coverage.js';
import { compileFast } from '../../src/fast/engine.js';
import { compilePolicy } from '../../src/policy/compile.js';
import { presetDoc, presetNames } from '../../src/policy/presets.js';
import { policySchema } from '../../src/policy/schema.js';
import type { PolicyDoc } from '../../src/policy/types.js';
import { scoreConfig } from '../helpers/score-config.js';

const VALID = join(import.meta.dirname, '../../fixtures/policies/valid');
type Node = Record<string, unknown>;

/** The leaf paths of the published schema, in coverage.ts's notation. */
function schemaPaths(node: Node, path: string, out: Set<string>): Set<string> {
  const defs = policySchema().$defs as Record<string, Node>;
  let n: Node | undefined = node;
  while (n && typeof n.$ref === 'string') n = defs[n.$ref.replace('#/$defs/', '')];
  if (!n) return out;
  // an object or array that may be null: null is a value set at the path itself
  if (Array.isArray(n.type) && n.type.includes('null') && (n.properties || n.items)) out.add(path);
  if (n.properties) for (const [k, v] of Object.entries(n.properties as Record<string, Node>)) schemaPaths(v, path ? `${path}.${k}` : k, out);
  else if (n.items) schemaPaths(n.items as Node, `${path}[]`, out);
  else if (n.additionalProperties && typeof n.additionalProperties === 'object') schemaPaths(n.additionalProperties as Node, `${path}.*`, out);
  else out.add(path);
  for (const alt of [...((n.oneOf as Node[]) ?? []), ...((n.anyOf as Node[]) ?? [])]) schemaPaths(alt, path, out);
  return out;
}

describe('fields the fast engine has been taught', () => {
  const schema = schemaPaths(policySchema(), '', new Set());

  it('names only fields of the policy schema (no stale entry)', () => {
    expect([...FAST_FIELDS].filter((p) => !schema.has(p))).toEqual([]);
  });

  it('reads the paths a written policy sets, waivers by bucket as *', () => {
    const doc = presetDoc('cn-standard') as PolicyDoc;
    const paths = fieldPaths(doc);
    expect(paths.has('offers[].terms[]')).toBe(true);
    expect(paths.has('offers[].waivers.*.fees')).toBe(true);
    expect([...paths].every((p) => schema.has(p))).toBe(true);
  });

  it('covers every preset and every valid fixture policy, so they keep the fast path', () => {
    for (const name of presetNames()) expect(untaughtField(presetDoc(name)), name).toBeNull();
    for (const f of readdirSync(VALID)) expect(untaughtField(JSON.parse(readFileSync(join(VALID, f), 'utf8'))), f).toBeNull();
  });

  it('declines a policy that sets a field it was not taught, and batch scores it by the exact path', () => {
    const doc = structuredClone(presetDoc('cn-standard')) as PolicyDoc;
    const policy = compilePolicy(doc);
    expect(compileFast(policy)).not.toBeNull();
    // a field added to the schema and used by the exact path, not yet taught to the fast engine
    const extended = { ...policy, doc: { ...doc, affordability: { ...doc.affordability, maxShareOfCash: '0.5' } } as PolicyDoc };
    expect(untaughtField(extended.doc)).toBe('affordability.maxShareOfCash');
    expect(compileFast(extended)).toBeNull();
    const config = scoreConfig(extended.doc, ['id', 'principal', 'overdue_days'], { defaultAsOf: '2026-11-22', inlineErrors: false });
    const rows = [
      ['a1', '20000', '95'],
      ['a2', '500', '40'],
      ['a3', '123456.78', '400'],
    ].map((fields, i) => ({ fields, json: null, fail: null, row: i + 1, line: i + 2 }));
    const fallback = createScorer(config)(rows);
    const exact = createScorer({ ...config, engine: 'exact' })(rows);
    expect(fallback.scored).toBe(3);
    expect(fallback.out).toBe(exact.out);
    expect(fallback.out.split('\n')[0]).toMatch(/^1,a1,/);
  });
});
