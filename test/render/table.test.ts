/** The table renderer: golden text, widths for both languages, no ANSI without colour, folding, totals. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/render/layout.js';
import { rateText as percent } from '../../src/money/display.js';
import { renderSchedule } from '../../src/render/schedule-table.js';
import { renderPlanTable } from '../../src/render/table.js';
import { evaluateCase, loadCase } from '../helpers/cases.js';

const GOLDEN = join(import.meta.dirname, '../../fixtures/golden');

function golden(name: string, text: string): void {
  const file = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) writeFileSync(file, text);
  expect(text).toBe(readFileSync(file, 'utf8'));
}

const worked = evaluateCase(loadCase('worked-example'));

describe('renderPlanTable', () => {
  it.each([
    ['en', 120],
    ['zh', 120],
    ['en', 80],
    ['zh', 80],
  ] as const)('worked example, %s, %i columns: golden text, every line fits', (lang, width) => {
    const text = renderPlanTable(worked, { lang, colour: false, width });
    golden(`plan-worked-example.${lang}.${width}.txt`, text);
    for (const line of text.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(width);
  });

  it('shows the figures of the worked example and marks the recommendation', () => {
    const text = renderPlanTable(worked, { lang: 'en', colour: false, width: 120 });
    // plans named by label and terms, the id small below; the run stated exactly, never "× 24"
    // the label wraps inside its column ("Hardship" / "installment")
    expect(text).toMatch(/│ Plan\s+│ +Hardship │ +★ Hardship │/);
    expect(text).toMatch(/│ +│ +installment │ +installment │/);
    expect(text).toMatch(/│ +│ +12 months │ +24 months │/);
    expect(text).toMatch(/│ +│ +installment-12 │ +installment-24 │/);
    expect(text).toContain('★ Recommended: Hardship installment, 24 months [installment-24] — 24 monthly payments of ¥1,003.33, the last ¥1,003.41;');
    expect(text).not.toContain('× 24');
    const zh = renderPlanTable(worked, { lang: 'zh', colour: false, width: 120 });
    expect(zh).toMatch(/│ 方案\s+│ +个性化分期 │ +★ 个性化分期 │/);
    expect(zh).toContain('★ 推荐：个性化分期 24 期 [installment-24] — 分 24 期，每月 ¥1,003.33，最后一期 ¥1,003.41');
    expect(text).toContain('¥22,300.00');
    expect(text).toContain('owed in 12 months ¥27,100.00 (+¥4,800.00)');
    expect(text).toContain('affordable cap ¥1,250.00');
    // equal months folded: installment-12 pays 1,899.17 for months 1–11 then 1,899.13
    expect(text).toMatch(/│\s+1–11 │ 2026-12…2027-10\s+│\s+¥1,899\.17 │/);
  });

  it('writes no ANSI escape without colour, and colours with it', () => {
    expect(renderPlanTable(worked, { lang: 'en', colour: false, width: 120 })).not.toMatch(/\u001b\[/);
    expect(renderPlanTable(worked, { lang: 'en', colour: true, width: 120 })).toMatch(/\u001b\[/);
  });

  it('says why nothing is recommended and lists unavailable variants', () => {
    const none = renderPlanTable(evaluateCase(loadCase('none-affordable')), { lang: 'en', colour: false, width: 120 }).replace(/\n\s+/g, ' ');
    expect(none).toContain(
      'No plan recommended: no plan is affordable; the lowest monthly payment on offer is ¥1,636.30 (deferral-6+54) against an affordable cap of ¥400.00',
    );
    const tiny = renderPlanTable(evaluateCase(loadCase('tiny-balance')), { lang: 'zh', colour: false, width: 120 });
    expect(tiny).toContain('不提供的方案');
    expect(tiny).toContain('installment-12: 月供低于最低分期金额');
    const c = renderPlanTable(evaluateCase(loadCase('bucket-c')), { lang: 'en', colour: false, width: 120 });
    expect(c).toContain('No plan recommended: no plan is available');
  });

  it('names the APR the way the policy asks (effective for JPY fixture policy)', () => {
    const jpy = renderPlanTable(evaluateCase(loadCase('equal-principal-jpy')), { lang: 'en', colour: false, width: 120 });
    expect(jpy).toContain('APR (effective)');
    expect(jpy).toContain('¥1,275,832');
  });
});

describe('renderSchedule', () => {
  it('prints every row with totals equal to the plan figures', () => {
    const text = renderSchedule(worked, 'deferral-3+36', { lang: 'en', colour: false, width: 120 });
    golden('schedule-worked-example-deferral-3+36.en.txt', text);
    const rows = text.split('\n').filter((l) => /^│\s+\d+ │/.test(l));
    expect(rows).toHaveLength(39);
    expect(text).toMatch(/│ Total │\s+│\s+¥21,500\.00 │\s+¥21,500\.00 │\s+¥0\.00 │\s+¥0\.00 │/);
  });
});

describe('percent', () => {
  it('moves the decimal point exactly', () => {
    expect(percent('0.108964')).toBe('10.90%');
    expect(percent('0.000000')).toBe('0.00%');
    expect(percent('0.8620')).toBe('86.20%');
  });
});
