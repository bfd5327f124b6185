/**
 * Issue #15 (input that lies, runs that die) through the real binary: each item of the issue
 * has a test here that failed on the code before the fix. Needs `npm run build`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, linkSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, lines } from '../cli/helpers.js';
import { csvRecords, runBin, summaryOf } from '../batch/helpers.js';

const AS_OF = '2026-01-15';

/** The real binary, stdout piped, with a time limit so a hang fails the test instead of the run. */
function repayplan(args: readonly string[], opts: { cwd?: string; stdin?: string } = {}): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    encoding: 'utf8',
    input: opts.stdin ?? '',
    timeout: 20_000,
    killSignal: 'SIGKILL',
    env: { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
const tmp = () => mkdtempSync(join(tmpdir(), 'repayplan-harden-'));
const PLAN = ['plan', '--overdue-days', '95', '--as-of', AS_OF];

/** A 16-digit number that passes the Luhn check, starting 622202123456789. */
function luhnCard(stem = '622202123456789'): string {
  for (let d = 0; d <= 9; d++) {
    const s = `${stem}${d}`;
    let sum = 0;
    for (let i = 0; i < s.length; i++) {
      let x = Number(s[s.length - 1 - i]);
      if (i % 2 === 1) {
        x *= 2;
        if (x > 9) x -= 9;
      }
      sum += x;
    }
    if (sum % 10 === 0) return s;
  }
  throw new Error('unreachable');
}
const CARD = luhnCard();
const ID18 = '11010519491231002X';
const PHONE = '13812345678';

const GOOD_CSV = 'id,principal,overdue_days\nA1,20000.00,95\nA2,5000,30\nA3,1000,10\n';

/** Exit 2, exactly one line on stderr starting `repayplan`, no stack trace. */
function expectOneLineError(r: { status: number | null; stderr: string }): void {
  expect(r.stderr).not.toContain('    at ');
  expect(r.stderr).not.toMatch(/internal error/);
  expect(lines(r.stderr), r.stderr).toHaveLength(1);
  expect(r.stderr).toMatch(/^repayplan/);
  expect(r.status).toBe(2);
}

describe('1. batch never overwrites its input', () => {
  it('refuses -o that is a hard link to the input (device + inode), input untouched', async () => {
    const dir = tmp();
    const input = join(dir, 'in.csv');
    writeFileSync(input, GOOD_CSV);
    linkSync(input, join(dir, 'link.csv'));
    const r = await runBin(['batch', 'in.csv', '-o', 'link.csv', '--as-of', AS_OF], { cwd: dir });
    expectOneLineError({ status: r.code, stderr: r.stderr });
    expect(r.stderr).toContain('link.csv');
    expect(readFileSync(input, 'utf8')).toBe(GOOD_CSV);
  });

  it('refuses --errors that is a symlink to the input, input untouched', async () => {
    const dir = tmp();
    const input = join(dir, 'in.csv');
    writeFileSync(input, GOOD_CSV);
    symlinkSync(input, join(dir, 'sym.csv'));
    const r = await runBin(['batch', 'in.csv', '-o', 'out.csv', '--errors', 'sym.csv', '--as-of', AS_OF], { cwd: dir });
    expectOneLineError({ status: r.code, stderr: r.stderr });
    expect(readFileSync(input, 'utf8')).toBe(GOOD_CSV);
  });

  it('refuses -o that is the file fed on stdin', () => {
    const dir = tmp();
    const input = join(dir, 'in.csv');
    writeFileSync(input, GOOD_CSV);
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" batch - -o in.csv --as-of ${AS_OF} < in.csv`], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 20_000,
    });
    expectOneLineError(r);
    expect(readFileSync(input, 'utf8')).toBe(GOOD_CSV);
  });
});

describe('2. outputs are written atomically; an interrupt leaves no file that looks complete', () => {
  const dir = tmp();
  const big = join(dir, 'big.csv');
  spawnSync(process.execPath, [join(ROOT, 'bench/gen-accounts.mjs'), '--count', '150000', '--out', big]);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Starts a run, waits until it has written output, sends `signal`; resolves with the result. */
  function interrupted(signal: NodeJS.Signals, out: string): Promise<{ code: number | null; signal: string | null; stderr: string; files: string[] }> {
    const work = mkdtempSync(join(dir, 'run-'));
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [BIN, 'batch', big, '-o', out, '--errors', 'rejected.csv', '--jobs', '1', '--no-progress', '--as-of', AS_OF], {
        cwd: work,
      });
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (s: string) => {
        stderr += s;
      });
      child.on('error', reject);
      child.on('close', (code, sig) => resolve({ code, signal: sig, stderr, files: readdirSync(work) }));
      const poll = setInterval(() => {
        const written = readdirSync(work).some((f) => f !== 'rejected.csv' && statSync(join(work, f)).size > 4096);
        if (written) {
          clearInterval(poll);
          child.kill(signal);
        }
      }, 20);
      child.on('close', () => clearInterval(poll));
    });
  }

  it('SIGTERM mid-run: exit 143, one line saying the unfinished files were removed, no output left', async () => {
    const r = await interrupted('SIGTERM', 'scored.csv');
    expect(r.code).toBe(143);
    expect(lines(r.stderr).filter((l) => /interrupted/.test(l))).toHaveLength(1);
    expect(r.stderr).toMatch(/removed/);
    expect(r.files).toEqual([]);
  }, 60_000);

  it('SIGINT mid-run: exit 130, no output left', async () => {
    const r = await interrupted('SIGINT', 'scored.csv');
    expect(r.code).toBe(130);
    expect(r.files).toEqual([]);
  }, 60_000);

  it('kill -9 mid-run: the named output does not exist (only a temporary dot file may remain)', async () => {
    const r = await interrupted('SIGKILL', 'scored.csv');
    expect(r.signal).toBe('SIGKILL');
    expect(r.files).not.toContain('scored.csv');
    expect(r.files).not.toContain('rejected.csv');
    for (const f of r.files) expect(f).toMatch(/^\..*\.tmp$/);
  }, 60_000);

  it('a finished run renames its outputs into place and leaves no temporary file', async () => {
    const work = tmp();
    writeFileSync(join(work, 'in.csv'), `${GOOD_CSV}A4,abc,5\n`);
    const r = await runBin(['batch', 'in.csv', '-o', 'out.csv', '--errors', 'err.csv', '--as-of', AS_OF], { cwd: work });
    expect(r.code).toBe(3);
    expect(readdirSync(work).sort()).toEqual(['err.csv', 'in.csv', 'out.csv']);
    expect(csvRecords(readFileSync(join(work, 'out.csv'), 'utf8'))).toHaveLength(3);
  });
});

describe('3. duplicates are refused, naming the key and both values', () => {
  it('a repeated flag: --principal 1 --principal 2', () => {
    const r = repayplan([...PLAN, '--principal', '1', '--principal', '2']);
    expectOneLineError(r);
    expect(r.stderr).toContain('--principal');
    expect(r.stderr).toContain('"1"');
    expect(r.stderr).toContain('"2"');
  });

  it('a repeated --policy, and batch --as-of', async () => {
    expectOneLineError(repayplan([...PLAN, '--principal', '100', '--policy', 'cn-standard', '--policy', 'us-card-act']));
    const r = await runBin(['batch', '--as-of', '2026-01-01', '--as-of=2026-01-02'], { input: GOOD_CSV });
    expectOneLineError({ status: r.code, stderr: r.stderr });
    expect(r.stderr).toContain('"2026-01-02"');
  });

  it('a repeated key in --input JSON', () => {
    const r = repayplan(['plan', '--input', '-', '--as-of', AS_OF], { stdin: '{"principal": "1", "overdueDays": 95, "principal": "2"}' });
    expectOneLineError(r);
    expect(r.stderr).toContain('principal');
    expect(r.stderr).toContain('"1"');
    expect(r.stderr).toContain('"2"');
  });

  it('a repeated key in an NDJSON row rejects that row only', async () => {
    const input = '{"id":"A","principal":"100","overdueDays":5}\n{"id":"B","principal":"100","overdueDays":5,"principal":"900"}\n';
    const r = await runBin(['batch', '--input-format', 'ndjson', '--as-of', AS_OF], { input });
    expect(r.code).toBe(3);
    expect(summaryOf(r.stderr)).toEqual({ read: 2, scored: 1, rejected: 1 });
    expect(r.stderr).toMatch(/row 2 .*principal.*"100".*"900"/);
  });
});

describe('4. an explicitly empty flag is an error, not "not given"', () => {
  it('plan --as-of "" and --income " "', () => {
    const a = repayplan([...PLAN.slice(0, 3), '--principal', '100', '--as-of', '']);
    expectOneLineError(a);
    expect(a.stderr).toContain('--as-of');
    const b = repayplan([...PLAN, '--principal', '100', '--income', ' ']);
    expectOneLineError(b);
    expect(b.stderr).toContain('--income');
  });
});

describe('5. padding: CSV cells lose ASCII spaces, everything else is refused', () => {
  const bad = [' 5', '5 ', '\u00a05', '\u30005', '\t5', '5\n', '+5', '¥ 5', '5\u00a0'];
  for (const v of bad) {
    it(`--principal ${JSON.stringify(v)} is refused`, () => {
      const r = repayplan([...PLAN, '--principal', v]);
      expectOneLineError(r);
      expect(r.stderr).toContain('--principal');
    });
  }
  it('padded overdue days and dates are refused (flags and --input)', () => {
    expectOneLineError(repayplan(['plan', '--principal', '100', '--overdue-days', ' 95', '--as-of', AS_OF]));
    expectOneLineError(repayplan(['plan', '--principal', '100', '--overdue-days', '95', '--as-of', `${AS_OF}\n`]));
    expectOneLineError(repayplan(['plan', '--input', '-', '--as-of', AS_OF], { stdin: '{"principal": "100\\t", "overdueDays": "95"}' }));
    expectOneLineError(repayplan(['plan', '--input', '-', '--as-of', AS_OF], { stdin: '{"principal": "100", "overdueDays": "\u00a095"}' }));
  });
  it('CSV: ASCII spaces around a cell are trimmed, a tab or NBSP rejects the row', async () => {
    const input = 'id,principal,overdue_days,as_of\nA, 5000.00 , 95 , 2026-01-15 \nB,\t5000,95,\nC,5000\u00a0,95,\nD,5000,95,\u30002026-01-15\n';
    const r = await runBin(['batch', '--as-of', AS_OF], { input });
    expect(r.code).toBe(3);
    expect(summaryOf(r.stderr)).toEqual({ read: 4, scored: 1, rejected: 3 });
    expect(csvRecords(r.out)[0]?.principal).toBe('5000.00');
  });
});

describe('6. deep nesting is a user error', () => {
  const deep = (key: string) => `${`{"${key}":`.repeat(5000)}1${'}'.repeat(5000)}`;
  it('--input nested 5,000 levels: exit 2, one line', () => {
    const r = repayplan(['plan', '--input', '-', '--as-of', AS_OF], { stdin: deep('principal') });
    expectOneLineError(r);
  });
  it('a policy nested 5,000 levels: exit 2, one line (plan and policy validate)', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'p.json'), deep('interest'));
    expectOneLineError(repayplan([...PLAN, '--principal', '100', '--policy', 'p.json'], { cwd: dir }));
    const v = repayplan(['policy', 'validate', 'p.json'], { cwd: dir });
    expect(v.status).toBe(2);
    expect(v.stderr).not.toMatch(/internal error/);
  });
  it('an NDJSON row nested 5,000 levels is a rejected row', async () => {
    const r = await runBin(['batch', '--input-format', 'ndjson', '--as-of', AS_OF], { input: `{"principal":"1","overdueDays":1}\n${deep('principal')}\n` });
    expect(r.code).toBe(3);
    expect(summaryOf(r.stderr)).toEqual({ read: 2, scored: 1, rejected: 1 });
  });
});

describe('7. document reads have a size limit', () => {
  it('--policy /dev/zero and --input /dev/zero stop with exit 2', () => {
    const a = repayplan([...PLAN, '--principal', '100', '--policy', '/dev/zero']);
    expectOneLineError(a);
    expect(a.stderr).toContain('1 MiB');
    expectOneLineError(repayplan(['plan', '--input', '/dev/zero', '--as-of', AS_OF]));
  }, 30_000);
  it('stdin larger than 1 MiB for --input - stops with exit 2', () => {
    const r = repayplan(['plan', '--input', '-', '--as-of', AS_OF], { stdin: `${' '.repeat(1024 * 1024 + 10)}{}` });
    expectOneLineError(r);
    expect(r.stderr).toContain('1 MiB');
  });
  it('a FIFO with no writer: exit 2 with one line instead of hanging', () => {
    const dir = tmp();
    spawnSync('mkfifo', [join(dir, 'fifo')]);
    const r = repayplan([...PLAN, '--principal', '100', '--policy', './fifo'], { cwd: dir });
    expectOneLineError(r);
    expect(r.stderr).toMatch(/FIFO|pipe/);
  }, 30_000);
});

describe('8. card, ID and phone numbers inside values are masked everywhere', () => {
  const fullWidth = [...CARD].map((d) => String.fromCharCode(0xff10 + Number(d))).join('');
  const ids = [
    `card:${CARD}`,
    `${CARD}/A`,
    `${CARD.slice(0, 6)}_${CARD.slice(6)}`,
    fullWidth,
    `ID${ID18}`,
    `tel:${PHONE}`,
    `${CARD.slice(0, 4)} ${CARD.slice(4, 8)}.${CARD.slice(8, 12)}:${CARD.slice(12)}x`,
  ];
  const secrets = [CARD, CARD.slice(0, 12), ID18.slice(0, 14), PHONE.slice(0, 7), fullWidth.slice(0, 12)];
  const clean = (text: string) => {
    for (const s of secrets) expect(text).not.toContain(s);
  };
  for (const id of ids) {
    it(`plan --id ${JSON.stringify(id)}: masked in the JSON output and in an error`, () => {
      const ok = repayplan([...PLAN, '--principal', '100', '--id', id]);
      expect(ok.status).toBe(0);
      clean(ok.stdout);
      // the last four characters of the number stay, the rest of the value stays
      const shown = (JSON.parse(ok.stdout) as { input: { id: string } }).input.id;
      expect(shown).toMatch(/\*{4}/);
      expect(shown.length).toBe([...id].length);
      const bad = repayplan([...PLAN, '--principal', id]);
      expect(bad.status).toBe(2);
      clean(bad.stderr);
      clean(bad.stdout);
    });
  }
  it('batch: ids and bad values are masked in the output, stderr and the error file', async () => {
    const dir = tmp();
    const rows = ids.map((id, i) => `"${id}",${i % 2 ? 'x' : '100'}${id},5`).join('\n');
    writeFileSync(join(dir, 'in.csv'), `id,principal,overdue_days\n${ids.map((id) => `"${id}",100,5`).join('\n')}\n${rows}\n`);
    const r = await runBin(['batch', 'in.csv', '--as-of', AS_OF], { cwd: dir });
    expect(r.code).toBe(3);
    clean(r.out);
    clean(r.stderr);
    const e = await runBin(['batch', 'in.csv', '-o', 'out.ndjson', '--errors', 'err.csv', '--as-of', AS_OF], { cwd: dir });
    expect(e.code).toBe(3);
    clean(readFileSync(join(dir, 'out.ndjson'), 'utf8'));
    clean(readFileSync(join(dir, 'err.csv'), 'utf8'));
  });
  it('commander errors that echo a value are masked too', () => {
    const r = repayplan([...PLAN, '--principal', '100', '--format', `x${CARD}`]);
    expect(r.status).toBe(2);
    clean(r.stderr);
  });
});

describe('9. control characters are escaped in what reaches a terminal', () => {
  it('a rejected row whose id holds ESC[2J: stderr carries \\x1b, not ESC', async () => {
    const r = await runBin(['batch', '--as-of', AS_OF], { input: 'id,principal,overdue_days\n"\u001b[2Jboom",abc,5\n' });
    expect(r.code).toBe(3);
    expect(r.stderr).not.toContain('\u001b');
    expect(r.stderr).toContain('\\x1b[2J');
  });
  it('plan: an error echoing ESC, and the table showing the id', () => {
    const e = repayplan([...PLAN, '--principal', '\u001b[31m5']);
    expect(e.status).toBe(2);
    expect(e.stderr).not.toContain('\u001b');
    const t = repayplan([...PLAN, '--principal', '100', '--id', 'A\u001b[2J\u0007', '--format', 'table']);
    expect(t.status).toBe(0);
    expect(t.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
  });
});

describe('10. a NUL byte is a bad byte of its row', () => {
  it('NUL in the first row: that row is rejected, the others scored; nothing raw in the output', async () => {
    const r = await runBin(['batch', '--as-of', AS_OF], { input: 'id,principal,overdue_days\nA\u0000,100,5\nB,100,5\n' });
    expect(r.code).toBe(3);
    expect(summaryOf(r.stderr)).toEqual({ read: 2, scored: 1, rejected: 1 });
    expect(r.stderr).toContain('\\x00');
    expect(r.stdout.includes(0)).toBe(false);
  });
  it('NUL after 64 KiB: rejected row, never written raw (CSV and NDJSON)', async () => {
    const filler = Array.from({ length: 3000 }, (_, i) => `F${i},100,5`).join('\n');
    const r = await runBin(['batch', '--as-of', AS_OF, '--errors', 'inline'], { input: `id,principal,overdue_days\n${filler}\nZ\u0000Z,100,5\n` });
    expect(r.code).toBe(3);
    expect(summaryOf(r.stderr)).toEqual({ read: 3001, scored: 3000, rejected: 1 });
    expect(r.stdout.includes(0)).toBe(false);
    const n = await runBin(['batch', '--input-format', 'ndjson', '--format', 'ndjson', '--as-of', AS_OF], {
      input:
        '{"id":"A\\u0000","principal":"100","overdueDays":5}\n{"id":"B\u0000","principal":"100","overdueDays":5}\n{"id":"C","principal":"100","overdueDays":5}\n',
    });
    expect(n.code).toBe(3);
    expect(summaryOf(n.stderr)).toEqual({ read: 3, scored: 1, rejected: 2 });
  });
});

describe('11. plan and batch agree on an account the engine cannot value', () => {
  it('dailyRate 0.01 with no charges cap over 100 years: one clear error in plan, a rejected row in batch', async () => {
    const dir = tmp();
    const show = repayplan(['policy', 'show', 'cn-standard']);
    const doc = JSON.parse(show.stdout) as Record<string, unknown> & { interest: { dailyRate: string } };
    doc.interest.dailyRate = '0.01';
    doc.chargesCap = null;
    doc.name = 'hot';
    writeFileSync(join(dir, 'hot.json'), JSON.stringify(doc));
    const p = repayplan(['plan', '--policy', 'hot.json', '--principal', '20000', '--overdue-days', '36500', '--as-of', AS_OF, '--format', 'json'], {
      cwd: dir,
    });
    expectOneLineError(p);
    const code = (JSON.parse(p.stdout) as { error: { code: string } }).error.code;
    const b = await runBin(['batch', '--policy', 'hot.json', '--as-of', AS_OF, '--errors', '-', '-o', 'out.csv'], {
      cwd: dir,
      input: 'id,principal,overdue_days\nA,20000,36500\nB,20000,30\n',
    });
    expect(b.code).toBe(3);
    expect(csvRecords(b.out)[0]?.code).toBe(code);
  });
});

describe('12. plan piped: errors are JSON on stdout as well', () => {
  it('a bad value without --format, stdout piped: JSON error object, exit 2, one stderr line', () => {
    const r = repayplan([...PLAN, '--principal', 'abc']);
    expectOneLineError(r);
    const doc = JSON.parse(r.stdout) as { error: { code: string; exitCode: number } };
    expect(doc.error.code).toBe('amount.malformed');
    expect(doc.error.exitCode).toBe(2);
  });
  it('a usage error too; --format table keeps stdout empty', () => {
    const r = repayplan([...PLAN, '--principle', '100']);
    expectOneLineError(r);
    expect((JSON.parse(r.stdout) as { error: { code: string } }).error.code).toBe('usage.unknownOption');
    const t = repayplan([...PLAN, '--principal', 'abc', '--format', 'table']);
    expect(t.stdout).toBe('');
  });
});

it('the generated input exists (sanity)', () => {
  expect(existsSync(BIN)).toBe(true);
});
