/**
 * What the side-by-side benchmarks share (bench/side-by-side.mjs, jobs-default.mjs,
 * machine-scaling.mjs): their `--name value` flags, the generated inputs, and the line that says
 * on which machine and under which load they ran.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const here = dirname(fileURLToPath(import.meta.url));
export const root = join(here, '..');

/** The value after `--name` on the command line, or `def`. */
export function arg(name, def) {
  const argv = process.argv.slice(2);
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : def;
}

/** Generates `count` accounts (bench/gen-accounts.mjs) into `path` unless it is there already. */
export function ensureAccounts(path, count, format) {
  if (existsSync(path)) return;
  const g = spawnSync(process.execPath, [join(here, 'gen-accounts.mjs'), '--count', String(count), '--format', format, '--out', path], { stdio: 'inherit' });
  if (g.status !== 0) throw new Error('generating the accounts failed');
}

/** "machine: 2 cores (…), 24 GiB, Node v20…; load average … before, … after", from the load average taken at the start. */
export function machineLine(load0) {
  const avg = (l) => l.map((x) => x.toFixed(1)).join(' ');
  return `machine: ${cpus().length} cores (${cpus()[0]?.model}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; load average ${avg(load0)} before, ${avg(loadavg())} after`;
}
