/**
 * Layering (STYLE 4, 6): the pure core — money, dates, policy, core, plans, analysis, report,
 * render — imports no file system, process, terminal, prompt or clock, and no binary-float
 * arithmetic touches money there.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../src');
const PURE = ['money', 'dates', 'policy', 'core', 'plans', 'analysis', 'report', 'render', 'apr'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const pure = PURE.flatMap((d) => files(join(SRC, d)));

describe('architecture', () => {
  it('the pure layers import no I/O, terminal, prompt or CLI module', () => {
    const banned = /from ['"](node:fs|node:fs\/promises|fs|node:child_process|node:readline|node:worker_threads|commander|inquirer|@inquirer\/[^'"]+|cli-progress|(\.\.\/)+cli\/[^'"]+|(\.\.\/)+batch\/[^'"]+)['"]/;
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
});
