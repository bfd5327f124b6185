/** Laying text out in a terminal: display width (wide CJK characters count 2) and wrapping. */
/** Display width in terminal columns: East Asian wide characters count 2; ANSI escapes 0. */
export function displayWidth(text: string): number {
  // below U+1100 (ASCII, ¥ £ €, accents: most cells) every character is one column, unless an
  // ANSI escape starts (ESC): then, and for wider scripts, the per-character rule below
  let narrow = 0;
  while (narrow < text.length) {
    const c = text.charCodeAt(narrow);
    if (c >= 0x1100 || c === 0x1b) break;
    narrow++;
  }
  if (narrow === text.length) return narrow;
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
 */
export function wrap(text: string, width: number, indent = '  '): string {
  const lines: string[] = [];
  let line = '';
  const push = () => {
    lines.push(line);
    line = indent;
  };
  for (const word of text.split(' ')) {
    const candidate = line === '' || line === indent ? line + word : `${line} ${word}`;
    if (displayWidth(candidate) <= width) {
      line = candidate;
      continue;
    }
    if (line !== '' && line !== indent) push();
    let rest = word;
    while (displayWidth(line + rest) > width) {
      let cut = '';
      for (const ch of rest) {
        if (displayWidth(line + cut + ch) > width) break;
        cut += ch;
      }
      line += cut;
      rest = rest.slice(cut.length);
      push();
    }
    line += rest;
  }
  if (line.trim() !== '') lines.push(line);
  return lines.join('\n');
}
