/**
 * The manual's JSON and errors sections (docs/json.md, docs/errors.md) say what the binary does: the example document and
 * error object are real output (trimmed, never edited), and the error-code list is generated
 * from fixtures/errors/. UPDATE_README=1 rewrites the generated list in docs/errors.md (only that block).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WORKED_FLAGS } from '../helpers/builders.js';
import { assertErrorObject, assertPlanDocument } from '../schema/helpers.js';
import { loadErrorCases, repayplan } from './helpers.js';
import { GENERATED_END, GENERATED_START, MANUAL, between, errorCodesMarkdown, rewriteGenerated } from './readme.js';

type Doc = Record<string, any>;

/** A marked section of the manual (README.md or a page of docs/). */
function section(name: string): string {
  for (const page of MANUAL) {
    const text = between(readFileSync(page, 'utf8'), `<!-- section:${name} -->`, `<!-- /section:${name} -->`);
    if (text !== null) return text;
  }
  throw new Error(`the manual has no section ${name}`);
}

function fenced(text: string, lang: string): string[] {
  return [...text.matchAll(new RegExp(`\`\`\`${lang}\\n([\\s\\S]*?)\`\`\``, 'g'))].map((m) => m[1] as string);
}

describe('README: JSON output', () => {
  const example = JSON.parse(fenced(section('json'), 'json')[0] ?? 'null') as Doc;
  const real = JSON.parse(repayplan(['plan', ...WORKED_FLAGS, '--as-of', '2026-11-22', '--format', 'json']).stdout) as Doc;

  it('the example is a valid document', () => {
    assertPlanDocument(example);
  });

  it('the example is the real output of the worked example, only trimmed', () => {
    const { plans, ...rest } = example;
    const { plans: realPlans, ...realRest } = real;
    expect(rest).toEqual(realRest);
    expect((plans as Doc[]).length).toBeGreaterThan(0);
    for (const p of plans as Doc[]) {
      const r = (realPlans as Doc[]).find((x) => x.id === p.id);
      expect(r, p.id).toBeDefined();
      const { schedule, ...fields } = p;
      const { schedule: realSchedule, ...realFields } = r as Doc;
      expect(fields).toEqual(realFields);
      for (const row of schedule as Doc[]) expect(row).toEqual((realSchedule as Doc[]).find((x) => x.k === row.k));
    }
  });

  it('every member of the document is documented (counter-offers are documented with the negotiate section)', () => {
    const text = section('json');
    const members = new Set<string>();
    const collect = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(collect);
      else if (v !== null && typeof v === 'object')
        for (const [k, x] of Object.entries(v)) {
          members.add(k);
          if (k !== 'counterOffers') collect(x);
        }
    };
    const extras = repayplan([
      'plan',
      '--principal',
      '20000',
      '--overdue-days',
      '95',
      '--as-of',
      '2026-11-22',
      '--offer-monthly',
      '900',
      '--script',
      '--format',
      'json',
    ]);
    expect(extras.status).toBe(0);
    collect(JSON.parse(extras.stdout));
    collect(real);
    expect([...members].filter((m) => !new RegExp(`[\`{ ,]${m}[\`}, [(]`).test(text))).toEqual([]);
  });
});

describe('README: errors', () => {
  it('the generated list of error codes is up to date', () => {
    const markdown = errorCodesMarkdown(loadErrorCases());
    if (process.env.UPDATE_README === '1') rewriteGenerated(markdown);
    expect(between(section('errors'), GENERATED_START, GENERATED_END)).toBe(`\n${markdown}\n`);
  });

  it('the example stderr and error object are what the binary prints', () => {
    const text = section('errors');
    const shell = fenced(text, 'text')[0] ?? '';
    const [command = '', ...expected] = shell.trimEnd().split('\n');
    expect(command.startsWith('$ repayplan ')).toBe(true);
    const args = command.slice('$ repayplan '.length).split(' ');
    const plain = repayplan(args);
    expect(plain.status).toBe(2);
    expect(plain.stderr.trimEnd().split('\n')).toEqual(expected);
    const json = repayplan([...args, '--format', 'json']);
    const example = JSON.parse(fenced(text, 'json')[0] ?? 'null') as Doc;
    assertErrorObject(example);
    expect(JSON.parse(json.stdout)).toEqual(example);
  });
});
