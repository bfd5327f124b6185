/**
 * Layering (CONTRIBUTING.md, "The layers"; issue #9 step 3): the pure core — errors, schema, messages, money, dates,
 * policy, core, plans, analysis, report, render and the new pure folders (apr, followup) —
 * imports no file system, process, terminal, prompt or clock, and no binary-float arithmetic
 * touches money there. Imports only point down the layer order below, and no import circle
 * exists between files (static, dynamic and type-only imports all count).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../src');

/**
 * The layer of each top-level folder (or root file) of src/: a module may import its own layer
 * or a lower one, never a higher one. A new folder must be added here (the test says so).
 */
export const LAYERS: Record<string, number> = {
  // 0: the base every layer may use (schema: the JSON documents' schemas and their derived types)
  'errors.ts': 0,
  text: 0,
  messages: 0,
  money: 0,
  dates: 0,
  schema: 0,
  policy: 1,
  core: 2,
  plans: 3,
  analysis: 4,
  apr: 4,
  // fast: the batch scoring engine (issue #16) builds an Evaluation like report/evaluate and falls back to it
  report: 5,
  followup: 5,
  fast: 5,
  render: 6,
  // the edges: I/O shared by the commands (context, policy files, fs errors, version)
  io: 7,
  'version.ts': 7,
  agreement: 8,
  batch: 8,
  cli: 9,
};
const PURE = [
  'errors.ts',
  'text',
  'messages',
  'schema',
  'money',
  'dates',
  'policy',
  'core',
  'plans',
  'analysis',
  'apr',
  'report',
  'followup',
  'fast',
  'render',
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const all = files(SRC);
const pure = all.filter((f) => PURE.includes(relative(SRC, f).split('/')[0] ?? ''));

/** The top-level folder (or root file name) of a file under src/. */
function top(file: string): string {
  return relative(SRC, file).split('/')[0] ?? '';
}

/** Every relative import of a file (static, `export … from`, dynamic, type-only), resolved to a .ts path. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|^\s*import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm)].map((m) => m[1] as string);
  return specs.map((s) => resolve(dirname(file), s.replace(/\.js$/, '.ts')));
}

const graph = new Map(all.map((f) => [f, importsOf(f).filter((t) => t.startsWith(SRC))]));

/** Every import that points up the layer order, as "from → to". */
function upwardImports(g: Map<string, string[]>): string[] {
  const offenders: string[] = [];
  for (const [file, targets] of g) {
    for (const target of targets) {
      const from = LAYERS[top(file)] ?? -1;
      const to = LAYERS[top(target)] ?? Number.POSITIVE_INFINITY;
      if (to > from) offenders.push(`${relative(SRC, file)} → ${relative(SRC, target)}`);
    }
  }
  return offenders;
}

/** Every import circle found by a depth-first walk, as "a → b → a". */
function cyclesIn(g: Map<string, string[]>): string[] {
  const cycles: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (f: string) => {
    state.set(f, 'open');
    stack.push(f);
    for (const t of g.get(f) ?? []) {
      if (state.get(t) === 'open') cycles.push([...stack.slice(stack.indexOf(t)), t].map((x) => relative(SRC, x)).join(' → '));
      else if (!state.has(t)) visit(t);
    }
    stack.pop();
    state.set(f, 'done');
  };
  for (const f of g.keys()) if (!state.has(f)) visit(f);
  return cycles;
}

describe('architecture', () => {
  it('every folder of src/ has a layer', () => {
    const unknown = [...new Set(all.map(top))].filter((t) => !(t in LAYERS));
    expect(unknown, 'add the new folder to LAYERS in test/architecture.test.ts').toEqual([]);
  });

  it('imports only point down the layers', () => {
    expect(upwardImports(graph)).toEqual([]);
  });

  it('no import circle between files', () => {
    expect(cyclesIn(graph)).toEqual([]);
  });

  it('the checks find an upward import and a circle in a made-up graph', () => {
    const f = (p: string) => join(SRC, p);
    const made = new Map([
      [f('money/a.ts'), [f('cli/main.ts')]],
      [f('core/b.ts'), [f('core/c.ts')]],
      [f('core/c.ts'), [f('core/b.ts')]],
    ]);
    expect(upwardImports(made)).toEqual(['money/a.ts → cli/main.ts']);
    expect(cyclesIn(made)).toEqual(['core/b.ts → core/c.ts → core/b.ts']);
  });

  it('every relative import names an existing file', () => {
    const missing = [...graph].flatMap(([f, ts]) => ts.filter((t) => !all.includes(t)).map((t) => `${relative(SRC, f)} → ${relative(SRC, t)}`));
    expect(missing).toEqual([]);
  });

  it('the pure layers import no I/O, terminal, prompt or CLI module', () => {
    const banned =
      /from ['"](node:fs|node:fs\/promises|fs|node:child_process|node:readline|node:worker_threads|commander|inquirer|@inquirer\/[^'"]+|cli-progress)['"]/;
    const offenders = pure.filter((f) => banned.test(readFileSync(f, 'utf8'))).map((f) => relative(SRC, f));
    expect(offenders).toEqual([]);
  });

  it('the pure layers never read the clock, the environment or the process', () => {
    const banned = /\bDate\.now\(|new Date\(\)|\bprocess\.(env|argv|stdout|stderr|stdin|exit|cwd)\b/;
    const offenders = pure.filter((f) => banned.test(readFileSync(f, 'utf8'))).map((f) => relative(SRC, f));
    expect(offenders).toEqual([]);
  });

  it('no binary-float arithmetic in the money path', () => {
    const banned = /parseFloat\(|toFixed\(|Math\.round\(|\bNumber\((?!\.)/;
    const moneyPath = ['money', 'core', 'plans', 'analysis', 'report'].flatMap((d) => files(join(SRC, d)));
    const offenders = moneyPath.filter((f) => banned.test(readFileSync(f, 'utf8'))).map((f) => relative(SRC, f));
    expect(offenders).toEqual([]);
  });

  it('the fast engine rounds only through its checked integer division, never a float rounding helper', () => {
    const banned = /parseFloat\(|toFixed\(|Math\.round\(|Math\.trunc\(|toPrecision\(/;
    const offenders = files(join(SRC, 'fast'))
      .filter((f) => banned.test(readFileSync(f, 'utf8')))
      .map((f) => relative(SRC, f));
    expect(offenders).toEqual([]);
  });
});

describe('one source for each fact, each thing in its layer', () => {
  const read = (f: string) => readFileSync(f, 'utf8');
  const under = (dir: string) => all.filter((f) => relative(SRC, f).startsWith(`${dir}/`));

  it('the version is written once, in package.json: src/version.ts reads it and nothing else spells it', () => {
    const pkg = JSON.parse(readFileSync(join(SRC, '../package.json'), 'utf8')) as { version: string };
    expect(read(join(SRC, 'version.ts'))).toMatch(/package\.json/);
    const spelt = all.filter((f) => read(f).includes(`'${pkg.version}'`) || read(f).includes(`"${pkg.version}"`)).map((f) => relative(SRC, f));
    expect(spelt).toEqual([]);
    const defines = all.filter((f) => /\b(?:const|let|var)\s+VERSION\b/.test(read(f))).map((f) => relative(SRC, f));
    expect(defines).toEqual(['version.ts']);
  });

  it('decimal.js is imported only in src/apr/ (fractional powers); money is exact bigint ratios (docs/dependencies.md)', () => {
    const offenders = all.filter((f) => /from ['"]decimal\.js['"]/.test(read(f)) && top(f) !== 'apr').map((f) => relative(SRC, f));
    expect(offenders).toEqual([]);
    expect(all.some((f) => top(f) === 'apr' && /from ['"]decimal\.js['"]/.test(read(f)))).toBe(true);
  });

  it('batch/ imports nothing of cli/', () => {
    const offenders = under('batch').flatMap((f) =>
      (graph.get(f) ?? []).filter((t) => top(t) === 'cli').map((t) => `${relative(SRC, f)} → ${relative(SRC, t)}`),
    );
    expect(offenders).toEqual([]);
  });

  it('the engine (plans, analysis, apr, report, fast) returns values and writes no JSON: documents are made in render/', () => {
    const engine = ['plans', 'analysis', 'apr', 'report', 'fast'].flatMap(under);
    const offenders = engine.filter((f) => /JSON\.stringify\(/.test(read(f))).map((f) => relative(SRC, f));
    expect(offenders).toEqual([]);
  });

  it('domain types live beside the functions that make them: report/types.ts imports its parts, nothing below report imports it', () => {
    for (const file of ['plans/types.ts', 'analysis/types.ts', 'report/types.ts']) expect(all).toContain(join(SRC, file));
    const below = all.filter((f) => (LAYERS[top(f)] ?? 0) < (LAYERS.report ?? 0));
    const offenders = below.filter((f) => (graph.get(f) ?? []).includes(join(SRC, 'report/types.ts'))).map((f) => relative(SRC, f));
    expect(offenders).toEqual([]);
  });
});

/** The rule of CONTRIBUTING.md "File size": no file of src/ over this many lines without a reason. */
const MAX_LINES = 300;

/**
 * Files of src/ allowed over MAX_LINES, each with its reason. A path ending in `/` covers the
 * folder. An entry whose files are all back under the limit fails the test: remove it.
 */
const LONG_FILES: Record<string, string> = {
  'src/policy/schema.ts':
    "the policy's one JSON Schema document (POLICY_SOURCE), the single place its shape is written; the types, the published schema and the messages derive from it",
};

/** The number of lines of a text file as `wc -l` counts them (a last line without a newline counts too). */
export function lineCount(text: string): number {
  if (text === '') return 0;
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

function allowedLong(path: string, list: Record<string, string>): string | undefined {
  return Object.keys(list).find((key) => (key.endsWith('/') ? path.startsWith(key) : path === key));
}

describe('file size', () => {
  const sizes = all.map((f) => ({ path: `src/${relative(SRC, f)}`, lines: lineCount(readFileSync(f, 'utf8')) }));
  const long = sizes.filter((s) => s.lines > MAX_LINES);

  it(`no file of src/ over ${MAX_LINES} lines without a reason`, () => {
    const offenders = long.filter((s) => !allowedLong(s.path, LONG_FILES)).map((s) => `${s.path} (${s.lines} lines)`);
    expect(offenders, 'split the file along its seams, or add it to LONG_FILES in test/architecture.test.ts with the reason').toEqual([]);
  });

  it('every entry of the long-file allow-list still names a long file', () => {
    const stale = Object.keys(LONG_FILES).filter((key) => !long.some((s) => allowedLong(s.path, { [key]: '' })));
    expect(stale, 'remove these entries from LONG_FILES: nothing they cover is over the limit any more').toEqual([]);
  });

  it('lineCount counts like wc -l', () => {
    expect([lineCount(''), lineCount('a'), lineCount('a\n'), lineCount('a\nb'), lineCount('a\nb\n')]).toEqual([0, 1, 1, 2, 2]);
  });
});
