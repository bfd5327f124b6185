/**
 * The progress bar of a long batch (cli-progress), on stderr only, only when stderr is a TTY
 * and not turned off with --no-progress. Progress is measured in bytes read when the input
 * size is known (a file), else only rows are counted.
 */
import cliProgress from 'cli-progress';
import { msg, type Lang } from '../messages/index.js';
import type { Writable } from 'node:stream';

export interface Progress {
  /** Bytes read so far (from the reader). */
  addBytes(n: number): void;
  /** Rows finished (scored + rejected) so far. */
  setRows(rows: number): void;
  /** Clears the bar line so that another line can be written to the same stream. */
  clearLine(): void;
  /** Draws the bar again (after lines were written above it). */
  redraw(): void;
  stop(): void;
}

const NONE: Progress = { addBytes() {}, setRows() {}, clearLine() {}, redraw() {}, stop() {} };

export function createProgress(enabled: boolean, stream: Writable, totalBytes: number | null, lang: Lang = 'en'): Progress {
  if (!enabled) return NONE;
  const started = Date.now();
  const known = totalBytes !== null && totalBytes > 0;
  const bar = new cliProgress.SingleBar({
    stream,
    format: msg(lang, known ? 'batch.progress.sized' : 'batch.progress.unsized'),
    barCompleteChar: '\u2588',
    barIncompleteChar: '\u2591',
    hideCursor: true,
    clearOnComplete: true,
    // keep the terminal's line wrapping on (cli-progress turns it off by default, which cut
    // every error line printed while the bar ran at the terminal width); the bar itself is cut
    // to the width instead
    linewrap: true,
    barsize: 20,
    fps: 5,
    etaBuffer: 50,
  });
  // cli-progress saves the cursor at start and jumps back there on stop: with lines printed
  // above the bar meanwhile, that put the summary (and the shell prompt) over an old line.
  // The bar always sits on the last line, so stopping only has to clear that line.
  const terminal = (bar as unknown as { terminal?: { cursorSave(): void; cursorRestore(): void } }).terminal;
  if (terminal) {
    terminal.cursorSave = () => undefined;
    terminal.cursorRestore = () => undefined;
  }
  let bytes = 0;
  let rows = 0;
  bar.start(known ? totalBytes : 1, 0, { rows: '0', rate: '0' });
  const payload = () => {
    const seconds = (Date.now() - started) / 1000;
    return { rows: rows.toLocaleString('en-US'), rate: seconds > 0 ? Math.round(rows / seconds).toLocaleString('en-US') : '0' };
  };
  return {
    addBytes(n) {
      bytes += n;
      if (known) bar.update(Math.min(bytes, totalBytes), payload());
    },
    setRows(n) {
      rows = n;
      bar.update(known ? Math.min(bytes, totalBytes) : 0, payload());
    },
    clearLine() {
      stream.write('\r\x1b[2K');
    },
    redraw() {
      bar.render();
    },
    stop() {
      bar.stop();
    },
  };
}
