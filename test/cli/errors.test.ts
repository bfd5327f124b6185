/**
 * Every reproducer under fixtures/errors/ (STYLE 14), run in-process through the CLI's main()
 * (test/helpers/inproc.ts; errors.e2e.test.ts runs one case per command through the real binary
 * and checks it prints exactly the same): the exit code,
 * stderr as exactly one line per issue with no stack trace and the exact text, nothing on
 * stdout (plan, whose output is JSON when piped, prints the JSON error object there); then the same case with --format json: the same stderr, and on stdout one JSON
 * error object valid against schema/error.schema.json that carries the same code and message.
 */
import { describe, expect, it } from 'vitest';
import { assertErrorObject } from '../schema/helpers.js';
import { inproc } from '../helpers/inproc.js';
import { errorCaseRun, lines, loadErrorCases, scrubEngine, type Run } from './helpers.js';

const CASES = loadErrorCases();

interface ErrorJson {
  schemaVersion: string;
  error: {
    code: string;
    message: string;
    field: string | null;
    value: string | null;
    exitCode: number;
    issues: { code: string; field: string; value: string | null; message: string }[];
  };
}

describe('fixtures/errors', () => {
  it('has the reproducers the issue asks for, each well formed', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(26);
    for (const c of CASES) {
      expect(c.description, c.name).toMatch(/\S/);
      expect(Array.isArray(c.command) && Array.isArray(c.args), c.name).toBe(true);
      expect(c.exit, c.name).toBe(2);
      expect(c.code, c.name).toMatch(/^[a-z][a-zA-Z-]*\.[a-zA-Z-]+$/);
      // exact text, or (policy validation, being rewritten) the JSON paths it must name
      expect(c.stderr !== undefined || (c.paths?.length ?? 0) > 0, c.name).toBe(true);
      // every case pins its valuation date, so it never depends on today
      if (c.command[0] === 'plan' || c.args.includes('plan') || c.args.includes('plans')) expect(c.args, c.name).toContain('--as-of');
    }
  });

  for (const c of CASES) {
    // each run once, in-process; each test awaits what it needs
    const run = (json: boolean): Promise<Run> => {
      const { args, ...opts } = errorCaseRun(c, json);
      return inproc(args, opts);
    };
    let runs: { plain: Promise<Run>; json: Promise<Run> } | undefined;
    const get = () => (runs ??= { plain: run(false), json: run(true) });

    const plainIt = c.knownBug?.stderr ? it.fails : it;
    const jsonIt = c.knownBug?.json ? it.fails : it;

    plainIt.concurrent(
      `${c.name}: ${c.description}: exit ${c.exit}, ${c.lines ?? 1} line(s) on stderr, nothing on stdout${c.knownBug?.stderr ? ` (known bug: ${c.knownBug.stderr})` : ''}`,
      async () => {
        const r = await get().plain;
        expect(r.stderr).not.toContain('    at ');
        expect(r.stderr.endsWith('\n')).toBe(true);
        const got = lines(scrubEngine(r.stderr));
        expect(got).toHaveLength(c.lines ?? 1);
        for (const line of got) expect(line).toMatch(/^repayplan: \S/);
        if (c.stderr !== undefined) expect(got[0]).toBe(c.stderr);
        for (const [i, path] of (c.paths ?? []).entries()) expect(got[i], `line ${i + 1} names ${path}`).toContain(`${path}`);
        // plan writes JSON when stdout is piped, and so its errors (issue #15); the rest print nothing
        if (c.command[0] === 'plan' && !c.args.includes('--format')) expect((JSON.parse(r.stdout) as ErrorJson).error.code).toBe(c.code);
        else expect(r.stdout).toBe('');
        expect(r.status).toBe(c.exit);
      },
    );

    jsonIt.concurrent(
      `${c.name} with --format json: the same stderr, and a valid JSON error object on stdout${c.knownBug?.json ? ` (known bug: ${c.knownBug.json})` : ''}`,
      async () => {
        const plain = await get().plain;
        const r = await get().json;
        expect(r.status).toBe(c.exit);
        expect(r.stderr).toBe(plain.stderr);
        const doc = JSON.parse(r.stdout) as ErrorJson;
        assertErrorObject(doc);
        expect(doc.error.code).toBe(c.code);
        expect(doc.error.exitCode).toBe(c.exit);
        // the object's message is the stderr line (commander's own errors add a help hint there)
        const first = lines(r.stderr)[0] ?? '';
        expect(first === `repayplan: ${doc.error.message}` || first.startsWith(`repayplan: ${doc.error.message} (see `)).toBe(true);
        if (c.lines !== undefined && c.lines > 1) {
          expect(doc.error.issues.map((i) => `repayplan: ${i.message}`)).toEqual(lines(r.stderr));
        }
        if (c.paths) {
          expect(doc.error.issues.map((i) => i.field)).toEqual(c.paths);
          expect(doc.error.field).toBe(c.paths[0]);
        }
        // one JSON document and nothing else
        expect(r.stdout.trim().startsWith('{') && r.stdout.trim().endsWith('}')).toBe(true);
      },
    );
  }
});
