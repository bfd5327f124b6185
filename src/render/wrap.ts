/**
 * Wrapping for the terminal (issue #10 item 1): long lines break at the terminal width at word
 * boundaries — for Chinese, between characters — and a wrapped line's continuation keeps the
 * line's indent. string-width measures (a CJK character is two columns wide, an ANSI colour
 * code none).
 *
 * Written here rather than with wrap-ansi, which breaks only at spaces: a Chinese sentence has
 * none, so "除上面所列的手续费（共 ¥1,980.00）外，不收取年费或其他费用。" was carried whole to the next
 * line. The rules are the usual ones for mixed Chinese and Latin text (a small part of Unicode
 * UAX #14): a break is allowed at a space and on either side of a wide (CJK) character, but
 * never before closing punctuation（，。）」… nor after opening punctuation（（「“…), so a line
 * never starts with "，" or ends with "（", nor between a figure and the bracket after it; a run of Latin letters, digits and signs
 * ("¥1,980.00", "installment-24") is never split unless it is longer than the line.
 */
import stringWidth from 'string-width';

/**
 * Text whose width string-width gives as one column a character, two for the wide ones, whatever
 * their neighbours (no character here joins another into one grapheme): printable ASCII and
 * Latin-1 but the soft hyphen (0) and © ® (emoji, 2); dashes, quotes and … ; box drawing; ★;
 * and, two columns wide (WIDE), CJK punctuation, ideographs and full-width forms.
 * test/render/wrap.test.ts checks every one of these characters against string-width.
 */
const SIMPLE =
  /^[\u0020-\u007e\u00a0-\u00a8\u00aa-\u00ac\u00af-\u00ff\u2010-\u2027\u2500-\u257f\u2605\u3000-\u3029\u3030-\u303e\u4e00-\u9fff\uff01-\uff60\uffe0-\uffe6]*$/;
const WIDE = /[\u3000-\u3029\u3030-\u303e\u4e00-\u9fff\uff01-\uff60\uffe0-\uffe6]/g;

/** A colour code as chalk writes it; any other escape is left to string-width. */
const SGR = /\u001b\[\d{1,3}m/g;

/** The characters of SIMPLE, for the test. */
export const SIMPLE_WIDTH_CHARACTERS = SIMPLE.source.slice(2, -3);

/**
 * Display width in terminal columns (CJK = 2, ANSI codes = 0): string-width's, counted directly
 * for SIMPLE text (colour codes aside). string-width segments the text into graphemes and tries its emoji and width
 * tables on each: on a terminal's `plan`, measuring line after line and character after
 * character, V8 compiled it optimized (~2 ms of CPU; ~20 ms for `--full --lang zh`, #16).
 */
export function displayWidth(text: string): number {
  // chalk's colour codes (ESC [ n m) take no width: string-width's strip-ansi removes exactly them
  const plain = text.includes('\u001b') ? text.replace(SGR, '') : text;
  if (!SIMPLE.test(plain)) return stringWidth(text);
  return plain.length + (plain.match(WIDE)?.length ?? 0);
}

/** Widths of single characters (and colour codes) met so far: string-width is a pure function. */
const charWidths = new Map<string, number>();

/** The display width of one character or colour code. */
function charWidth(ch: string): number {
  let width = charWidths.get(ch);
  if (width === undefined) {
    width = displayWidth(ch);
    charWidths.set(ch, width);
  }
  return width;
}

/** No break before these (closing and trailing punctuation, Chinese and Latin). */
const CLOSE = new Set([...'，。、；：？！）」』》〉】〕’”…—～%,.;:!?)]}·']);
/** No break after these (opening punctuation). */
const OPEN = new Set([...'（「『《〈【〔‘“([{']);

/** An unbreakable piece of a line, or a run of spaces (a break opportunity, dropped at a break). */
interface Unit {
  text: string;
  width: number;
  space: boolean;
}

const TOKEN = /\u001b\[[0-9;]*m|[\s\S]/gu;

function isWide(ch: string): boolean {
  return charWidth(ch) >= 2;
}

/**
 * May a line break between two adjacent visible characters (no space between them)? Only next
 * to a wide character, never before closing nor after opening punctuation, and not between a
 * figure and its bracket ("¥1,249.32（估算）" stays whole).
 */
function breakBetween(prev: string, next: string): boolean {
  if (!isWide(prev) && !isWide(next)) return false;
  if (CLOSE.has(next) || OPEN.has(prev)) return false;
  return !(OPEN.has(next) && !isWide(prev));
}

/** Splits a line into units between which a break is allowed. ANSI codes stay with the next character. */
function units(body: string): Unit[] {
  const out: Unit[] = [];
  let text = '';
  let width = 0;
  let ansi = '';
  let prev = '';
  const flush = () => {
    if (text !== '') out.push({ text, width, space: false });
    text = '';
    width = 0;
  };
  for (const [tok] of body.matchAll(TOKEN)) {
    if (tok.startsWith('\u001b')) {
      ansi += tok;
      continue;
    }
    if (tok === ' ') {
      flush();
      const last = out[out.length - 1];
      if (last?.space) {
        last.text += ansi + tok;
        last.width += 1;
      } else out.push({ text: ansi + tok, width: 1, space: true });
      ansi = '';
      prev = tok;
      continue;
    }
    if (text !== '' && breakBetween(prev, tok)) flush();
    text += ansi + tok;
    ansi = '';
    width += charWidth(tok);
    prev = tok;
  }
  text += ansi;
  flush();
  return out;
}

/** A unit wider than the line, cut at the width (a long id or URL). */
function hardSplit(u: Unit, max: number): Unit[] {
  const out: Unit[] = [];
  let text = '';
  let width = 0;
  for (const [tok] of u.text.matchAll(TOKEN)) {
    const w = charWidth(tok);
    if (width + w > max && width > 0) {
      out.push({ text, width, space: false });
      text = '';
      width = 0;
    }
    text += tok;
    width += w;
  }
  if (text !== '') out.push({ text, width, space: false });
  return out;
}

/** Greedy fill: as many units on a line as fit; spaces at a break are dropped. */
function fill(body: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  let width = 0;
  let gap: Unit | null = null;
  for (const unit of units(body)) {
    if (unit.space) {
      gap = unit;
      continue;
    }
    const gw = line === '' || gap === null ? 0 : gap.width;
    if (width + gw + unit.width <= max) {
      line += (line === '' || gap === null ? '' : gap.text) + unit.text;
      width += gw + unit.width;
      gap = null;
      continue;
    }
    if (line !== '') lines.push(line);
    // the spaces at the break are dropped, a colour code among them is kept
    const codes = gap === null ? '' : gap.text.replace(/ /g, '');
    gap = null;
    const pieces = unit.width > max ? hardSplit(unit, max) : [unit];
    const last = pieces.pop() as Unit;
    for (const [i, p] of pieces.entries()) lines.push(i === 0 ? codes + p.text : p.text);
    line = pieces.length === 0 ? codes + last.text : last.text;
    width = last.width;
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}

/** Wraps every line of `text` to `width` columns; a wrapped line's continuation keeps its indent. */
export function wrapText(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      if (displayWidth(line) <= width) return line;
      const indent = /^ */.exec(line)?.[0] ?? '';
      const hang = indent.length < width / 2 ? indent : '';
      return fill(line.slice(indent.length), Math.max(10, width - hang.length))
        .map((l) => `${hang}${l}`)
        .join('\n');
    })
    .join('\n');
}
