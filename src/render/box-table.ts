/** The boxed tables of the table renderers (plan comparison, schedules). Pure. */
import { displayWidth } from './layout.js';

/**
 * A boxed table with no rule between rows, one space of padding, each column as wide as its
 * widest cell (display width: Chinese counts 2, ANSI colour 0) and aligned left or right.
 * It draws exactly what cli-table3 drew with `chars` COMPACT and no style (the golden tables are
 * unchanged); written out because cli-table3 and string-width cost ~30 ms to import and ~45 ms
 * to render cold, most of `plan --format table`'s time beyond starting Node (issue #16).
 */
export class BoxTable {
  readonly #rows: string[][];
  readonly #align: readonly ('left' | 'right')[];

  constructor(head: string[], align: readonly ('left' | 'right')[]) {
    this.#rows = [head];
    this.#align = align;
  }

  push(row: string[]): void {
    this.#rows.push(row);
  }

  toString(): string {
    const widths: number[] = [];
    for (const row of this.#rows)
      row.forEach((cell, i) => {
        widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell));
      });
    const rule = (left: string, mid: string, right: string) => `${left}${widths.map((w) => '─'.repeat(w + 2)).join(mid)}${right}`;
    const lines = [rule('┌', '┬', '┐')];
    for (const row of this.#rows) {
      const cells = widths.map((w, i) => {
        const text = row[i] ?? '';
        const pad = ' '.repeat(w - displayWidth(text));
        return this.#align[i] === 'right' ? ` ${pad}${text} ` : ` ${text}${pad} `;
      });
      lines.push(`│${cells.join('│')}│`);
    }
    lines.push(rule('└', '┴', '┘'));
    return lines.join('\n');
  }
}

export function table(head: string[], align: ('left' | 'right')[]): BoxTable {
  return new BoxTable(head, align);
}
