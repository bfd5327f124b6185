/**
 * The progress bar on a terminal (issue #12): lines printed while it runs stay in full above it
 * (line wrapping is never turned off), the bar is removed at the end without jumping the cursor
 * back over those lines (no save/restore of the cursor position), so what follows starts on a
 * fresh line.
 */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/batch/progress.js';

function fakeTty(): PassThrough & { isTTY: boolean; columns: number; rows: number; text(): string } {
  const s = new PassThrough() as PassThrough & {
    isTTY: boolean;
    columns: number;
    rows: number;
    text(): string;
    cursorTo: unknown;
    clearLine: unknown;
    moveCursor: unknown;
    clearScreenDown: unknown;
  };
  const chunks: string[] = [];
  s.on('data', (b: Buffer) => chunks.push(b.toString('utf8')));
  s.isTTY = true;
  s.columns = 80;
  s.rows = 24;
  s.text = () => chunks.join('');
  return s;
}

describe('progress bar', () => {
  it('keeps wrapping on, never restores an old cursor position, clears its own line at the end', async () => {
    const tty = fakeTty();
    const p = createProgress(true, tty, 1000);
    p.addBytes(500);
    p.setRows(10);
    p.clearLine();
    tty.write(`repayplan batch: ${'a long error line '.repeat(10)}\n`);
    p.redraw();
    p.addBytes(500);
    p.setRows(20);
    p.stop();
    await new Promise((r) => setImmediate(r));
    const out = tty.text();
    expect(out).toContain('batch |');
    expect(out).not.toContain('\x1b[?7l'); // wrapping never turned off: long lines are not cut
    expect(out).not.toContain('\x1b7'); // no cursor save …
    expect(out).not.toContain('\x1b8'); // … nor a jump back over the lines printed since
    // the last thing written clears the bar's line and leaves the cursor at its start
    expect(out.endsWith('\x1b[2K') || /\x1b\[2K(\x1b\[\?25h)?$/.test(out)).toBe(true);
    expect(out.indexOf('a long error line')).toBeLessThan(out.lastIndexOf('batch |'));
  });

  it('speaks the language of --lang (issue #10 item 5)', async () => {
    for (const [lang, words] of [
      ['zh', '行/秒'],
      ['en', 'rows/s'],
    ] as const) {
      const tty = fakeTty();
      const p = createProgress(true, tty, 1000, lang);
      p.addBytes(500);
      p.setRows(10);
      p.redraw();
      p.stop();
      await new Promise((r) => setImmediate(r));
      expect(tty.text()).toContain(words);
    }
  });
});
