/** Runs `repayplan` in this process with a fixed today and a temporary working folder. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import Ajv2020Module from 'ajv/dist/2020.js';
import { main } from '../../src/cli/main.js';
import type { Context } from '../../src/io/context.js';
import { ROOT } from '../cli/helpers.js';
import { APR_SCHEMA } from '../../src/schema/apr.js';

export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

export async function run(args: string[], cwd = ROOT, lang = 'en_US.UTF-8'): Promise<Ran> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (b: Buffer) => {
    out += b.toString('utf8');
  });
  stderr.on('data', (b: Buffer) => {
    err += b.toString('utf8');
  });
  const ctx: Context = {
    stdin: Readable.from([]),
    stdout,
    stderr,
    stdoutIsTTY: false,
    stderrIsTTY: false,
    stdinIsTTY: false,
    env: { NO_COLOR: '1', LANG: lang },
    cwd,
    today: () => ({ year: 2026, month: 1, day: 10 }),
    columns: 120,
  };
  const code = await main(['node', 'repayplan', ...args], ctx);
  return { code, stdout: out, stderr: err };
}

/** A fresh folder under the system temp dir holding `files`. */
export function folderWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'repayplan-apr-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const Ajv2020 = Ajv2020Module.default;
export const validateApr = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true }).compile(APR_SCHEMA);
