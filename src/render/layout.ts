/** Laying text out in a terminal: display width (wide CJK characters count 2) and wrapping. */
/** Text whose every UTF-16 unit is below U+1100 and not ESC. */
const NARROW = /^[^\u001b\u1100-\uffff]*$/;

/** Display width in terminal columns: East Asian wide characters count 2; ANSI escapes 0. */
export function displayWidth(text: string): number {
  // below U+1100 (ASCII, ¥ £ €, accents: most cells) every character is one column, unless an
  // ANSI escape starts (ESC): then, and for wider scripts, the per-character rule below
  // (a regular expression, not a loop over the characters: at every table that loop was hot
  // enough for V8 to compile it optimized, ~2 ms of CPU on a short run, #16)
  if (NARROW.test(text)) return text.length;
  return perCharacterWidth(text);
}

/** The per-character rule alone (what displayWidth's shortcut for narrow text must agree with). */
export function perCharacterWidth(text: string): number {
  let width = 0;
  for (const ch of text.replace(/\u001b\[[0-9;]*m/g, '')) {
    const c = ch.codePointAt(0) ?? 0;
    const wide =
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      (c >= 0x20000 && c <= 0x3fffd);
    width += wide ? 2 : 1;
  }
  return width;
}

/**
 * Wraps prose to `width` display columns at spaces (continuation lines indented by two); a word
 * wider than the line is cut by characters. ANSI-free text only.
 *
 * Each word is measured once and the line's width kept as a sum: a space never falls inside a
 * character or an escape, so the width of `line + ' ' + word` is the sum of theirs. (Measuring
 * every candidate line from its start made displayWidth hot enough, at every `plan`, for V8 to
 * compile it optimized: ~2 ms of CPU on a short run, #16.)
 */
export function wrap(text: string, width: number, indent = '  '): string {
  const lines: string[] = [];
  const indentWidth = displayWidth(indent);
  let line = '';
  let lineWidth = 0;
  const push = () => {
    lines.push(line);
    line = indent;
    lineWidth = indentWidth;
  };
  for (const word of text.split(' ')) {
    const fresh = line === '' || line === indent;
    const candidateWidth = lineWidth + (fresh ? 0 : 1) + displayWidth(word);
    if (candidateWidth <= width) {
      line = fresh ? line + word : `${line} ${word}`;
      lineWidth = candidateWidth;
      continue;
    }
    if (!fresh) push();
    const cut = cutWord(line, word, width, indent);
    lines.push(...cut.full);
    line = cut.last;
    lineWidth = displayWidth(line);
  }
  if (line.trim() !== '') lines.push(line);
  return lines.join('\n');
}

/**
 * A word too wide for the line, cut by characters: the lines it fills, the first from `line`,
 * the next from `indent`, and the last line, where the rest of it fits. A line takes at least
 * one character, so that a width below the indent plus one character still ends (with lines
 * that are too wide: callers use 12 columns and more, where every character fits).
 */
export function cutWord(line: string, word: string, width: number, indent: string): { full: string[]; last: string } {
  const full: string[] = [];
  let rest = word;
  while (rest !== '' && displayWidth(line + rest) > width) {
    let cut = '';
    for (const ch of rest) {
      if (displayWidth(line + cut + ch) > width) {
        if (cut === '') cut = ch; // not even one fits: the line takes it, too wide, and ends
        break;
      }
      cut += ch;
    }
    full.push(line + cut);
    line = indent;
    rest = rest.slice(cut.length);
  }
  return { full, last: line + rest };
}
