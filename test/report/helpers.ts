/** A generated portfolio with bad rows and a repeated id, for the summary and report tests. */
import { COLUMNS, csvLineOf, generateAccount, rng } from '../../bench/gen-accounts.mjs';

/** `count` accounts (seeded), every 97th with a bad principal, row 40 repeating row 3's id. */
export function portfolioCsv(count: number, seed = 12): string {
  const r = rng(seed);
  const lines = [`${COLUMNS.join(',')},branch`];
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const a = generateAccount(i, r);
    if (i % 97 === 5) a.principal = 'abc';
    if (i === 39 && ids[2]) a.id = ids[2];
    ids.push(a.id ?? '');
    lines.push(`${csvLineOf(a).replace(/\n$/, '')},B${i % 7}`);
  }
  return `${lines.join('\n')}\n`;
}
