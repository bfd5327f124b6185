/** Runs `repayplan` in this process with a fixed today and a temporary working folder. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020Module from 'ajv/dist/2020.js';
import { ROOT } from '../cli/helpers.js';
import { inproc } from '../helpers/inproc.js';
import { APR_SCHEMA } from '../../src/schema/apr.js';

export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

export async function run(args: string[], cwd = ROOT, lang = 'en_US.UTF-8'): Promise<Ran> {
  const r = await inproc(args, { cwd, env: { LANG: lang }, today: { year: 2026, month: 1, day: 10 }, columns: 120 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh folder under the system temp dir holding `files`. */
export function folderWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'repayplan-apr-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const Ajv2020 = Ajv2020Module.default;
export const validateApr = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true }).compile(APR_SCHEMA);
