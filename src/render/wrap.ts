/**
 * Wrapping for the terminal: long lines break at word boundaries (for Chinese, between
 * characters) at the terminal width, continuation lines keep the line's indent. wrap-ansi
 * does the breaking and string-width the measuring (a CJK character is two columns wide), so
 * colours and double-width text wrap correctly.
 */
import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';

/** Display width in terminal columns (CJK = 2, ANSI codes = 0). */
export function displayWidth(text: string): number {
  return stringWidth(text);
}

/** Wraps every line of `text` to `width` columns; a wrapped line's continuation keeps its indent. */
export function wrapText(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      if (displayWidth(line) <= width) return line;
      const indent = /^ */.exec(line)?.[0] ?? '';
      const hang = indent.length < width / 2 ? indent : '';
      const body = wrapAnsi(line.slice(indent.length), Math.max(10, width - hang.length), { hard: true, trim: true });
      return body
        .split('\n')
        .map((l) => `${hang}${l}`)
        .join('\n');
    })
    .join('\n');
}
