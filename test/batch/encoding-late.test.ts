/**
 * Late encoding evidence and failed writes (issue #4, found by an outside check): a GBK file
 * whose first Chinese byte ends a 64 KiB chunk reads the same from a path and from stdin; one
 * bad byte after good GBK rows rejects only its own row; a full disk is one line and exit 2.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../cli/helpers.js';
import { tempDir } from '../negotiate/helpers.js';

function run(args: string[], input?: Buffer) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, input, env: { ...process.env, NO_COLOR: '1' } });
  return { status: r.status, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8') };
}

/** ASCII rows until the first Chinese byte falls at `at`, then one GBK row and `tail`. */
function lateGbk(at: number, tail: Buffer): Buffer {
  const rows: string[] = ['id,principal,overdue_days\n'];
  let size = rows[0]!.length;
  for (let i = 0; size + 18 + 40 < at; i++) {
    const r = `A${String(i).padStart(6, '0')},100.00,40\n`;
    rows.push(r);
    size += r.length;
  }
  const pad = 'P'.padEnd(at - size, 'x');
  return Buffer.concat([Buffer.from(rows.join('') + pad), iconv.encode('张三李四王五,100.00,40\n', 'gbk'), tail]);
}

/** The count line of the closing summary (the portfolio lines follow it). */
const summary = (stderr: string) =>
  stderr
    .split('\n')
    .find((l) => / read \d+ = scored /.test(l))
    ?.replace(/ in [\d.]+ s.*$/, '');

describe('batch: encoding decided on enough evidence', () => {
  it('the first Chinese byte at the end of a 64 KiB chunk: same result from a file and from stdin', () => {
    const bytes = lateGbk(131071, Buffer.from('Z000000,100.00,40\n'));
    expect(bytes[131071]).toBe(0xd5);
    const dir = tempDir();
    const file = join(dir, 'late.csv');
    writeFileSync(file, bytes);
    const a = run(['batch', file, '--as-of', '2026-11-22', '-o', '-', '--no-progress']);
    const b = run(['batch', '-', '--input-format', 'csv', '--as-of', '2026-11-22', '-o', '-', '--no-progress'], bytes);
    const rows = bytes.toString('latin1').split('\n').length - 2;
    expect(summary(a.stderr)).toBe(`repayplan batch: read ${rows} = scored ${rows} + rejected 0`);
    expect(summary(b.stderr)).toBe(summary(a.stderr));
    // the default byte-order mark follows the encoding known when the output starts (a file's
    // first read is larger than a pipe's): the rows themselves are the same
    expect(b.stdout.replace(/^\uFEFF/, '')).toBe(a.stdout.replace(/^\uFEFF/, ''));
    expect(a.stdout).toMatch(/\n\d+,Pxxx/);
    expect(a.stdout).toContain('张三李四王五');
  });

  it('a bad byte after a good GBK row rejects only its own row', () => {
    const bytes = lateGbk(70000, Buffer.from([0x42, 0x32, 0xff, ...Buffer.from(',100.00,40\n')]));
    const r = run(['batch', '-', '--input-format', 'csv', '--as-of', '2026-11-22', '-o', '/dev/null', '--no-progress'], bytes);
    expect(r.status).toBe(3);
    const lines = r.stderr.trim().split('\n');
    expect(lines.filter((l) => l.startsWith('repayplan batch: row') && (l.includes('row.encoding') || l.includes('not valid in the file')))).toHaveLength(1);
    const rows = bytes.toString('latin1').split('\n').length - 2;
    expect(r.stderr).toContain(`repayplan batch: row ${rows} (line ${rows + 1}): id: the value has bytes that are not valid`);
    expect(r.stderr).toMatch(/rejected 1 in/);
  });

  it('a GBK file with one damaged byte among its first rows is still read (only that row rejected)', () => {
    const good = iconv.encode('账户编号,本金,逾期天数\n' + Array.from({ length: 300 }, (_, i) => `张${i},100.00,40\n`).join(''), 'gbk');
    const bytes = Buffer.concat([good, Buffer.from([0xff]), iconv.encode('坏,100.00,40\n', 'gbk')]);
    const r = run(['batch', '-', '--input-format', 'csv', '--as-of', '2026-11-22', '-o', '/dev/null', '--no-progress'], bytes);
    expect(r.status).toBe(3);
    expect(summary(r.stderr)).toBe('repayplan batch: read 301 = scored 300 + rejected 1');
  });
});

describe.runIf(existsSync('/dev/full'))('batch: a write that fails', () => {
  const input = Buffer.from('id,principal,overdue_days\nA,100.00,40\nB,x,40\n');
  it.each([
    [['-o', '/dev/full'], '-o: writing "/dev/full" failed: the disk is full'],
    [['-o', '/dev/null', '--errors', '/dev/full'], '--errors: writing "/dev/full" failed: the disk is full'],
  ])('%j: one line naming the file, exit 2, no stack trace', (extra, message) => {
    const r = run(['batch', '-', '--input-format', 'csv', '--as-of', '2026-11-22', '--no-progress', ...extra], input);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`repayplan: ${message}: free space or choose another file, then run again (the output is incomplete)\n`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
