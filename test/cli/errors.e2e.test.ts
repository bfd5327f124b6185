/**
 * The error reproducers through the real binary (bin/repayplan.js → dist/): errors.test.ts checks
 * every case in-process; here the first case of each command, plain and with --format json,
 * runs as a user runs it, and must print exactly what the in-process run prints (stdout, stderr,
 * exit code), so the in-process checks speak for the binary.
 */
import { describe, expect, it } from 'vitest';
import { inproc } from '../helpers/inproc.js';
import { errorCaseRun, loadErrorCases, runErrorCase } from './helpers.js';

const seen = new Set<string>();
const REPRESENTATIVE = loadErrorCases().filter((c) => {
  const key = c.command.join(' ') || c.args[0] || '';
  if (seen.has(key)) return false;
  seen.add(key);
  return true;
});

describe('fixtures/errors through the real binary', () => {
  it('covers several commands', () => {
    expect(REPRESENTATIVE.length).toBeGreaterThanOrEqual(4);
  });

  for (const c of REPRESENTATIVE) {
    for (const json of [false, true]) {
      if (json ? c.knownBug?.json : c.knownBug?.stderr) continue;
      it.concurrent(`${c.name}${json ? ' --format json' : ''}: the binary prints what main() prints, exit ${c.exit}`, async () => {
        const { args, ...opts } = errorCaseRun(c, json);
        const [bin, mine] = await Promise.all([runErrorCase(c, json), inproc(args, opts)]);
        expect(bin.status).toBe(c.exit);
        expect(bin).toEqual(mine);
      });
    }
  }
});
