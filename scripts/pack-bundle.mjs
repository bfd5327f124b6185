#!/usr/bin/env node
/**
 * Packs repayplan into one self-contained tarball for machines that have neither the repository
 * nor npm: Spark executors (`spark-submit --archives`), Dask workers, containers.
 *
 *   npm run pack-bundle                      # build/repayplan-bundle-<version>-<platform>-<arch>.tar.gz
 *   npm run pack-bundle -- --no-node --out x.tar.gz   # without the Node binary (workers have Node 20+)
 *
 * The archive holds one folder `repayplan/`: bin/, dist/, schema/, package.json, the production
 * dependencies only (`npm ls --omit=dev`, copied from node_modules: no network, no dev tools),
 * by default this machine's Node binary as node/bin/node, and a launcher `repayplan/repayplan`
 * that runs the bundled Node (or, without one, `node` from PATH) on bin/repayplan.js. The
 * bundled Node is built for this platform (printed below): pack on the platform of the workers.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const withNode = !argv.includes('--no-node');
const outArg = argv.includes('--out') ? argv[argv.indexOf('--out') + 1] : undefined;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const out = resolve(outArg ?? join(root, 'build', `repayplan-bundle-${pkg.version}${withNode ? `-${process.platform}-${process.arch}` : ''}.tar.gz`));

if (!existsSync(join(root, 'dist/cli/main.js'))) {
  console.error('pack-bundle: dist/ is missing: run `npm run build` first (npm run pack-bundle does)');
  process.exit(2);
}

// Shell builtins only (no dirname): it runs even with the empty environment of Spark's pipe().
const LAUNCHER = `#!/bin/sh
# repayplan launcher of the packed bundle: the bundled Node when there is one, else node on PATH.
case "$0" in */*) here=\${0%/*} ;; *) here=$(command -v -- "$0") && here=\${here%/*} ;; esac
here=$(CDPATH= cd -- "$here" && pwd) || exit 127
if [ -x "$here/node/bin/node" ]; then exec "$here/node/bin/node" "$here/bin/repayplan.js" "$@"; fi
exec node "$here/bin/repayplan.js" "$@"
`;

const stage = mkdtempSync(join(tmpdir(), 'repayplan-bundle-'));
try {
  const top = join(stage, 'repayplan');
  mkdirSync(top);
  for (const item of ['bin', 'dist', 'schema', 'package.json', 'package-lock.json', 'README.md']) {
    if (existsSync(join(root, item))) cpSync(join(root, item), join(top, item), { recursive: true });
  }
  // production dependencies only, as installed (the lock file pinned them)
  const listed = execFileSync('npm', ['ls', '--omit=dev', '--all', '--parseable'], { cwd: root, encoding: 'utf8' })
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && l !== root);
  for (const dir of listed) {
    const rel = relative(root, dir);
    if (!rel.startsWith('node_modules')) continue;
    cpSync(dir, join(top, rel), { recursive: true, dereference: true });
  }
  if (withNode) {
    mkdirSync(join(top, 'node/bin'), { recursive: true });
    cpSync(process.execPath, join(top, 'node/bin/node'), { dereference: true });
    chmodSync(join(top, 'node/bin/node'), 0o755);
  }
  writeFileSync(join(top, 'repayplan'), LAUNCHER);
  chmodSync(join(top, 'repayplan'), 0o755);
  mkdirSync(dirname(out), { recursive: true });
  execFileSync('tar', ['-czf', out, '-C', stage, 'repayplan']);
  const mb = (statSync(out).size / 1024 / 1024).toFixed(1);
  console.error(
    `pack-bundle: wrote ${out} (${mb} MiB; ${listed.length} production packages${withNode ? `; Node ${process.version} for ${process.platform}-${process.arch}` : '; no Node: workers need node 20+ on PATH'})`,
  );
  console.error('pack-bundle: run it as repayplan/repayplan batch … after unpacking (Spark: --archives FILE#rp → ./rp/repayplan/repayplan)');
} finally {
  rmSync(stage, { recursive: true, force: true });
}
