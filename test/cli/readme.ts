/**
 * The manual's error-code list (docs/errors.md), generated from fixtures/errors/ (STYLE 14: the reproducers are
 * the documentation), and the blocks of the README this test suite owns.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, type ErrorCase } from './helpers.js';

/** The manual page that holds the generated error list (docs/, linked from the README). */
export const ERRORS_PAGE = join(ROOT, 'docs', 'errors.md');
/** The manual: the README and the pages of docs/. */
export const MANUAL = [
  join(ROOT, 'README.md'),
  ...readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => join(ROOT, 'docs', f)),
];
export const GENERATED_START = '<!-- errors:generated from fixtures/errors by test/cli/readme.test.ts; UPDATE_README=1 rewrites it -->';
export const GENERATED_END = '<!-- /errors:generated -->';

/** A markdown code span that survives any backticks and a table's pipes. */
function code(text: string): string {
  const ticks = text.includes('`') ? '``' : '`';
  const pad = text.includes('`') ? ' ' : '';
  return `${ticks}${pad}${text.replaceAll('|', '\\|')}${pad}${ticks}`;
}

/** Plain flag cases first (no files, no stdin), then the shortest command line, then by name. */
function exampleOrder(a: ErrorCase, b: ErrorCase): number {
  const setup = (c: ErrorCase) => (c.files || c.stdin !== undefined ? 1 : 0);
  return setup(a) - setup(b) || a.args.length - b.args.length || a.name.localeCompare(b.name);
}

/** One row per error code, in code order, with the simplest reproducer as the example. */
export function errorCodesMarkdown(cases: readonly ErrorCase[]): string {
  const byCode = new Map<string, ErrorCase[]>();
  for (const c of [...cases].sort(exampleOrder)) byCode.set(c.code, [...(byCode.get(c.code) ?? []), c]);
  const rows = [...byCode.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([errorCode, list]) => {
      const first = list[0] as ErrorCase;
      const example =
        first.stderr !== undefined ? code(first.stderr) : `names the JSON path ${(first.paths ?? []).map(code).join(', ')} (the wording is being revised)`;
      const files = [...list]
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((c) => `[${c.name}](../fixtures/errors/${c.name}.json)`)
        .join(', ');
      return `| ${code(errorCode)} | ${first.description.replaceAll('|', '\\|')} | ${example} | ${files} |`;
    });
  return ['| code | for example | stderr | reproducers |', '|---|---|---|---|', ...rows].join('\n');
}

/** The text between two marker lines of the README (markers excluded), or null when absent. */
export function between(text: string, start: string, end: string): string | null {
  const i = text.indexOf(start);
  const j = text.indexOf(end, i + start.length);
  if (i < 0 || j < 0) return null;
  return text.slice(i + start.length, j);
}

/** Rewrites the generated block in place, touching nothing else of the page. */
export function rewriteGenerated(markdown: string): void {
  const text = readFileSync(ERRORS_PAGE, 'utf8');
  const i = text.indexOf(GENERATED_START);
  const j = text.indexOf(GENERATED_END, i);
  if (i < 0 || j < 0) throw new Error('docs/errors.md has no errors:generated block');
  writeFileSync(ERRORS_PAGE, `${text.slice(0, i + GENERATED_START.length)}\n${markdown}\n${text.slice(j)}`);
}
