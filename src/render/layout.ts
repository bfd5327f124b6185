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
    line = cutWord(line, word, width, (full) => {
      line = full;
      push();
      return line;
    });
    lineWidth = displayWidth(line);
  }
  if (line.trim() !== '') lines.push(line);
  return lines.join('\n');
}

/**
 * A word too wide for the line, cut by characters: fills `line` and hands it to `push`, which
 * returns the next line's start, until the rest fits; returns the line with the rest.
 */
export function cutWord(line: string, word: string, width: number, push: (full: string) => string): string {
  let rest = word;
  while (displayWidth(line + rest) > width) {
    let cut = '';
    for (const ch of rest) {
      if (displayWidth(line + cut + ch) > width) break;
      cut += ch;
    }
    line = push(line + cut);
    rest = rest.slice(cut.length);
  }
  return line + rest;
}
