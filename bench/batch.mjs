#!/usr/bin/env node
/**
 * Batch throughput benchmark (SPEC §8, issue #4): times `repayplan batch` over N generated
 * accounts with the full cn-standard catalogue, and a plain CSV parse-and-write of the same
 * file (csv-parse → csv-stringify, the floor no scorer can beat). Reports accounts/s, wall
 * time, peak RSS (the whole process, worker threads included) and the ratio of the two.
 *
 *   npm run build && node bench/batch.mjs [--count 1000000] [--jobs N] [--runs 1]
 *
 * The input is generated once by bench/gen-accounts.mjs under bench/out/ (gitignored).
 */
import { spawn, spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');

async function baseline(input, output) {
  const { parse } = await import('csv-parse');
  const { stringify } = await import('csv-stringify');
  await pipeline(
    createReadStream(input, { highWaterMark: 256 * 1024 }),
    parse({ bom: true, relax_column_count: true }),
    stringify(),
    createWriteStream(output),
  );
}

/**
 * The NDJSON counterpart of the passthrough: each line through JSON.parse and JSON.stringify
 * (blank lines skipped), the floor for a reader of NDJSON that builds an object per row.
 */
async function baselineNdjson(input, output) {
  const { Transform } = await import('node:stream');
  let rest = '';
  const lines = new Transform({
    transform(chunk, _encoding, done) {
      const text = rest + chunk.toString('utf8');
      const last = text.lastIndexOf('\n');
      rest = text.slice(last + 1);
      let out = '';
      for (const line of text.slice(0, last + 1).split('\n')) if (line.trim() !== '') out += `${JSON.stringify(JSON.parse(line))}\n`;
      done(null, out);
    },
    flush(done) {
      done(null, rest.trim() === '' ? '' : `${JSON.stringify(JSON.parse(rest))}\n`);
    },
  });
  await pipeline(createReadStream(input, { highWaterMark: 64 * 1024 }), lines, createWriteStream(output));
}

/** Runs a command, sampling the process's peak RSS (VmHWM) from /proc while it runs. */
function measure(cmd, args) {
  return new Promise((resolvePromise, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(cmd, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let peakKb = 0;
    const sample = () => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) peakKb = Math.max(peakKb, Number(m[1]));
      } catch {
        /* exited */
      }
    };
    const timer = setInterval(sample, 50);
    child.stderr.on('data', (b) => {
      stderr += b;
      sample();
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(timer);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      resolvePromise({ code, seconds, peakMb: peakKb / 1024, stderr });
    });
  });
}

async function main(argv) {
  const arg = (name, def) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : def;
  };
  if (argv[0] === '--baseline') return baseline(argv[1], argv[2]);
  if (argv[0] === '--baseline-ndjson') return baselineNdjson(argv[1], argv[2]);
  const count = Number.parseInt(arg('count', '1000000'), 10);
  const jobs = arg('jobs', String(availableParallelism()));
  const runs = Number.parseInt(arg('runs', '1'), 10);
  const label = count % 1e6 === 0 ? `${count / 1e6}m` : String(count);
  const input = join(here, 'out', `accounts-${label}.csv`);
  if (!existsSync(join(root, 'dist/cli/main.js'))) throw new Error('run `npm run build` first');
  if (!existsSync(input)) {
    const g = spawnSync(process.execPath, [join(here, 'gen-accounts.mjs'), '--count', String(count), '--out', input], { stdio: 'inherit' });
    if (g.status !== 0) throw new Error('generating the accounts failed');
  }
  const size = statSync(input).size;
  const rel = relative(root, input);
  const results = [];
  for (let r = 0; r < runs; r++) {
    const base = await measure(process.execPath, [join(here, 'batch.mjs'), '--baseline', input, join(here, 'out', 'baseline-out.csv')]);
    if (base.code !== 0) throw new Error(`baseline failed: ${base.stderr}`);
    const args = [
      join(root, 'bin/repayplan.js'),
      'batch',
      rel,
      '-o',
      join('bench', 'out', `scored-${label}.csv`),
      '--as-of',
      '2026-01-15',
      '--policy',
      'cn-standard',
      '--jobs',
      jobs,
      '--no-progress',
    ];
    const run = await measure(process.execPath, args);
    const summary = /read (\d+) = scored (\d+) \+ rejected (\d+) in ([\d.]+) s/.exec(run.stderr);
    if (!summary || Number(summary[1]) !== count) throw new Error(`batch failed (exit ${run.code}): ${run.stderr.slice(-500)}`);
    results.push({ base, run, summary });
    process.stderr.write(
      `run ${r + 1}: batch ${run.seconds.toFixed(2)} s (${Math.round(count / run.seconds)} accounts/s, peak ${run.peakMb.toFixed(0)} MB); baseline ${base.seconds.toFixed(2)} s (peak ${base.peakMb.toFixed(0)} MB)\n`,
    );
  }
  const best = results.reduce((a, b) => (b.run.seconds < a.run.seconds ? b : a));
  const baseBest = Math.min(...results.map((x) => x.base.seconds));
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const lines = [
    `- machine: ${availableParallelism()} cores (${cpu}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}`,
    `- input: ${count.toLocaleString('en-US')} generated accounts, ${(size / 2 ** 20).toFixed(1)} MiB CSV (\`node bench/gen-accounts.mjs --count ${count}\`)`,
    `- command: \`node bin/repayplan.js batch ${rel} -o bench/out/scored-${label}.csv --as-of 2026-01-15 --policy cn-standard --jobs ${jobs} --no-progress\``,
    `- batch (best of ${runs}): **${Math.round(count / best.run.seconds).toLocaleString('en-US')} accounts/s**, ${best.run.seconds.toFixed(2)} s wall, peak RSS **${best.run.peakMb.toFixed(0)} MB**; summary: \`${best.summary[0]}\``,
    `- plain CSV parse-and-write of the same file (csv-parse → csv-stringify, one thread): ${baseBest.toFixed(2)} s (${Math.round(count / baseBest).toLocaleString('en-US')} rows/s), peak RSS ${best.base.peakMb.toFixed(0)} MB`,
    `- ratio batch / plain parse-and-write: **${(best.run.seconds / baseBest).toFixed(2)}×**`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

await main(process.argv.slice(2));
