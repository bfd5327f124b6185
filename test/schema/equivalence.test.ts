/**
 * The schemas of src/schema, now built from the shared blocks of src/schema/defs.ts (issue #9
 * step 1), mean what the published schemas meant before (test/schema/fixtures/
 * published-before-defs, taken from main): (1) fully dereferenced (every `$ref` replaced by what
 * it points to, `$defs` dropped) each equals the old one, whatever the layout; (2) real documents
 * (the golden files, and documents the CLI prints in-process) and thousands of broken copies of
 * them get the same verdict from both under ajv strict mode.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020Module from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { AGREEMENT_SCHEMA } from '../../src/schema/agreement.js';
import { APR_SCHEMA } from '../../src/schema/apr.js';
import { ERROR_SCHEMA } from '../../src/schema/error.js';
import { LEDGER_SCHEMA } from '../../src/schema/ledger.js';
import { OUTPUT_SCHEMA } from '../../src/schema/output.js';
import { SUMMARY_SCHEMA } from '../../src/schema/summary.js';
import { TRACKING_SCHEMA } from '../../src/schema/tracking.js';
import { ROOT } from '../cli/helpers.js';
import { inproc } from '../helpers/inproc.js';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Obj = { [k: string]: Json };

const NOW: Record<string, Obj> = {
  output: OUTPUT_SCHEMA as unknown as Obj,
  tracking: TRACKING_SCHEMA as unknown as Obj,
  summary: SUMMARY_SCHEMA as unknown as Obj,
  agreement: AGREEMENT_SCHEMA as unknown as Obj,
  apr: APR_SCHEMA as unknown as Obj,
  error: ERROR_SCHEMA as unknown as Obj,
  ledger: LEDGER_SCHEMA as unknown as Obj,
};
const NAMES = Object.keys(NOW);
const BEFORE_DIR = join(import.meta.dirname, 'fixtures/published-before-defs');
const BEFORE: Record<string, Obj> = Object.fromEntries(NAMES.map((n) => [n, JSON.parse(readFileSync(join(BEFORE_DIR, `${n}.schema.json`), 'utf8')) as Obj]));

/** Follows a JSON pointer ("/$defs/money") in a document. */
function pointer(doc: Json, ptr: string): Json {
  let at: Json = doc;
  for (const raw of ptr.split('/').slice(1)) {
    const part = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (at === null || typeof at !== 'object' || !(part in at)) throw new Error(`no ${ptr}`);
    at = (at as Obj)[part] as Json;
  }
  return at;
}

/**
 * The schema `name` of `set` with every `$ref` (local "#/…", or "other.schema.json#/…" to
 * another schema of the set) replaced by its target, dereferenced in turn; `$defs`, `$id` and
 * `$schema` dropped, since they are layout. Throws on a cycle (none of these schemas recurses).
 */
function dereference(set: Record<string, Obj>, name: string): Json {
  const walk = (node: Json, doc: string, depth: number): Json => {
    if (depth > 60) throw new Error(`${name}: $ref cycle`);
    if (Array.isArray(node)) return node.map((x) => walk(x, doc, depth));
    if (node === null || typeof node !== 'object') return node;
    const out: Obj = {};
    for (const [k, v] of Object.entries(node)) {
      if (k === '$defs' || k === '$id' || k === '$schema') continue;
      if (k === '$ref' && typeof v === 'string') {
        const [file, ptr = ''] = v.split('#');
        const target = file ? file.replace(/\.schema\.json$/, '').replace(/^.*\//, '') : doc;
        const root = set[target];
        if (!root) throw new Error(`${name}: unknown $ref ${v}`);
        out.$ref = walk(ptr ? pointer(root, ptr) : root, target, depth + 1);
      } else out[k] = walk(v, doc, depth);
    }
    return out;
  };
  return walk(set[name] as Obj, name, 0);
}

const Ajv2020 = Ajv2020Module.default;
/** Validators for every schema of a set, cross-document references resolved within the set. */
function validators(set: Record<string, Obj>) {
  const ajv = new Ajv2020({ allErrors: false, strict: true, allowUnionTypes: true });
  for (const s of Object.values(set)) ajv.addSchema(s);
  return Object.fromEntries(NAMES.map((n) => [n, ajv.getSchema(set[n]?.$id as string)!]));
}

describe('the schemas built from src/schema/defs.ts mean what they meant', () => {
  it.each(NAMES)('%s: fully dereferenced, equal to the published schema before the split', (name) => {
    expect(dereference(NOW, name)).toEqual(dereference(BEFORE, name));
  });

  it('the dereferencing sees a difference (a pattern changed in a shared block)', () => {
    const changed = structuredClone(NOW);
    (((changed.tracking as Obj).$defs as Obj).money as Obj).pattern = '^-?\\d+(\\.\\d+)?$';
    expect(dereference(changed, 'tracking')).not.toEqual(dereference(BEFORE, 'tracking'));
  });
});

/**
 * Broken copies of a document, made in place and undone after `check` saw each: at every node
 * (up to `max` of them, spread over the document) a value of another type, the member removed,
 * a member added.
 */
function forEachMutant(doc: Json, check: (m: Json) => void, max = 25): void {
  const slots: [Obj | Json[], string | number][] = [];
  const collect = (node: Json): void => {
    if (Array.isArray(node))
      node.forEach((x, i) => {
        slots.push([node, i]);
        collect(x);
      });
    else if (node !== null && typeof node === 'object')
      for (const [k, v] of Object.entries(node)) {
        slots.push([node, k]);
        collect(v);
      }
  };
  collect(doc);
  const step = Math.max(1, Math.floor(slots.length / max));
  for (let i = 0; i < slots.length; i += step) {
    const [parent, key] = slots[i] as [Obj | Json[], string | number];
    const p = parent as Obj;
    const k = key as string;
    const original = p[k] as Json;
    for (const value of [1.5, '1.5', '', 'x', -1, null, true, [], {}] as Json[]) {
      p[k] = value;
      check(doc);
    }
    if (Array.isArray(parent)) {
      parent.splice(key as number, 1);
      check(doc);
      parent.splice(key as number, 0, original);
    } else {
      delete p[k];
      check(doc);
    }
    p[k] = original;
    if (original !== null && typeof original === 'object' && !Array.isArray(original)) {
      original.unexpected = 1;
      check(doc);
      delete original.unexpected;
    }
  }
}

const VALIDATE_BEFORE = validators(BEFORE);
const VALIDATE_NOW = validators(NOW);

describe('the same verdict on real documents and on broken copies', () => {
  const samples: Record<string, Json[]> = Object.fromEntries(NAMES.map((n) => [n, []]));
  /** One JSON document, or NDJSON (one per line). */
  const add = (name: string, text: string) => {
    try {
      samples[name]?.push(JSON.parse(text) as Json);
    } catch {
      for (const line of text.trim().split('\n')) if (line.trim() !== '') samples[name]?.push(JSON.parse(line) as Json);
    }
  };

  beforeAll(async () => {
    const golden = join(ROOT, 'fixtures/golden');
    // (the golden files carry a placeholder tool version, which the plan document's pattern refuses)
    const text = (f: string) => readFileSync(join(golden, f), 'utf8').replace('"version": "<version>"', '"version": "0.1.0"');
    for (const f of readdirSync(golden).filter((f) => f.endsWith('.json'))) add(f.endsWith('.summary.json') ? 'summary' : 'output', text(f));
    const worked = ['--principal', '20000', '--interest', '1500', '--fees', '800', '--overdue-days', '95', '--income', '6000', '--expenses', '3500'];
    const plan = await inproc(['plan', ...worked, '--as-of', '2026-11-22', '--offer-monthly', '800', '--offer-lump', '15000', '--script', '--format', 'json']);
    add('output', plan.stdout);
    for (const args of [
      ['--advance', '12000', '--on', '2026-01-10', '--payment', '1072x12'],
      ['--advance', '5000', '--on', '2026-01-31', '--payment', '450x12', '--policy', 'uk-fca'],
    ])
      add('apr', (await inproc(['apr', ...args, '--format', 'json'])).stdout);
    for (const args of [
      ['plan', '--principal', 'abc', '--overdue-days', '3'],
      ['apr', '--cap', '36%'],
      ['track', 'nope.json'],
    ])
      add('error', (await inproc([...args, '--format', 'json'])).stdout);
    const dir = mkdtempSync(join(tmpdir(), 'repayplan-equivalence-'));
    writeFileSync(
      join(dir, 'ledger.csv'),
      'id,date,amount\nACC-1,2026-02-27,1851.98\nACC-1,2026-04-05,1851.98\nACC-9,2026-03-01,5.00\nACC-1,2026-13-01,5.00\n',
    );
    const account = ['--principal', '20000', '--overdue-days', '95', '--income', '9000', '--expenses', '4000', '--as-of', '2026-01-31'];
    for (const [id, planId] of [
      ['ACC-1', 'installment-12'],
      ['ACC-2', 'deferral-3+36'],
    ]) {
      const r = await inproc(['agree', ...account, '--id', id as string, '--plan', planId as string, '--lang', 'en', '-o', `${id}.json`], { cwd: dir });
      expect(r.status, r.stderr).toBe(0);
      add('agreement', readFileSync(join(dir, `${id}.json`), 'utf8'));
    }
    add('tracking', (await inproc(['track', 'ACC-1.json', '--payments', 'ledger.csv', '--as-of', '2026-04-10', '--format', 'json'], { cwd: dir })).stdout);
    add(
      'tracking',
      (await inproc(['track', 'ACC-1.json', 'ACC-2.json', '--payments', 'ledger.csv', '--as-of', '2026-05-15', '--format', 'json'], { cwd: dir })).stdout,
    );
    add('tracking', (await inproc(['track', 'ACC-1.json', '--as-of', '2026-06-15', '--format', 'json', '--replan'], { cwd: dir })).stdout);
    samples.ledger?.push({ id: 'ACC-1', date: '2026-02-27', amount: '1851.98' }, { 账户: 'ACC-1', 还款日期: '2026-02-27', 还款金额: 12.5 });
  }, 120_000);

  it.each(NAMES)('%s', (name) => {
    const old = VALIDATE_BEFORE[name]!;
    const fresh = VALIDATE_NOW[name]!;
    const docs = samples[name] ?? [];
    expect(docs.length, 'samples').toBeGreaterThan(0);
    let valid = 0;
    let checked = 0;
    for (const doc of docs) {
      expect(old(doc), `${name} sample is valid: ${JSON.stringify(old.errors)}`).toBe(true);
      const same = (m: Json) => {
        const verdict = old(m);
        if (fresh(m) !== verdict) expect.fail(`${name}: the schemas disagree (before: ${verdict}) on ${JSON.stringify(m).slice(0, 400)}`);
        checked++;
        if (verdict) valid++;
      };
      same(doc);
      forEachMutant(doc, same);
      expect(doc, 'every mutation undone').toEqual(JSON.parse(JSON.stringify(doc)));
    }
    // both verdicts occur: the broken copies are not all trivially refused
    expect(valid).toBeGreaterThan(docs.length);
    expect(checked - valid).toBeGreaterThan(docs.length);
  });
});
