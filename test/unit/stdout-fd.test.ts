import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeDirect } from '../../src/io/stdout-fd.js';

describe('writeDirect (stdout straight to its file descriptor, #16)', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it('writes the whole text as UTF-8 to the descriptor and never calls the fallback', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'repayplan-fd-'));
    dirs.push(dir);
    const file = join(dir, 'out.txt');
    const fd = openSync(file, 'w');
    const text = `方案 ¥1,234.56\n${'x'.repeat(200_000)}\n`;
    let fellBack = false;
    await writeDirect(fd, text, async () => {
      fellBack = true;
    });
    closeSync(fd);
    expect(fellBack).toBe(false);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('hands every byte it could not write to the fallback (the stream reports the error as before)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'repayplan-fd-'));
    dirs.push(dir);
    const fd = openSync(join(dir, 'ro.txt'), 'w');
    closeSync(fd); // writing to a closed descriptor fails (EBADF)
    const rest: Uint8Array[] = [];
    await writeDirect(fd, 'plan ¥\n', async (bytes) => {
      rest.push(bytes);
    });
    expect(Buffer.concat(rest).toString('utf8')).toBe('plan ¥\n');
  });
});
