/**
 * The progress bar of a long batch (cli-progress), on stderr only, only when stderr is a TTY
 * and not turned off with --no-progress. Progress is measured in bytes read when the input
 * size is known (a file), else only rows are counted.
 */
import cliProgress from 'cli-progress';
import type { Writable } from 'node:stream';

export interface Progress {
  /** Bytes read so far (from the reader). */
  addBytes(n: number): void;
  /** Rows finished (scored + rejected) so far. */
  setRows(rows: number): void;
  /** Clears the bar line so that another line can be written to the same stream. */
  clearLine(): void;
  stop(): void;
}

const NONE: Progress = { addBytes() {}, setRows() {}, clearLine() {}, stop() {} };

export function createProgress(enabled: boolean, stream: Writable, totalBytes: number | null): Progress {
  if (!enabled) return NONE;
  const started = Date.now();
  const known = totalBytes !== null && totalBytes > 0;
  const bar = new cliProgress.SingleBar({
    stream,
    format: known
      ? 'batch |{bar}| {percentage}% | {rows} rows | {rate} rows/s | ETA {eta_formatted}'
      : 'batch | {rows} rows | {rate} rows/s | {duration_formatted}',
    barCompleteChar: '\u2588',
    barIncompleteChar: '\u2591',
    hideCursor: true,
    clearOnComplete: true,
    fps: 5,
    etaBuffer: 50,
  });
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
    stop() {
      bar.stop();
    },
  };
}
