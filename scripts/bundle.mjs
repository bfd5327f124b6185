#!/usr/bin/env node
// Build step (after tsc and gen-validator): bundles dist/ into dist/bundle/ with esbuild: the CLI
// as one file plus shared chunks for the lazily imported commands, so that starting `repayplan`
// reads a few files instead of ~100 modules (issue #16); `plan`, `batch` and the batch worker each
// as one CommonJS file, loaded with a V8 code cache (scripts/bundle-plan.mjs, scripts/code-cache.mjs).
// The sources stay ES modules (src/, and dist/ as tsc writes it, which the tests and a debugger
// use); bin/repayplan.js runs the bundle when it is there and dist/cli/main.js otherwise.
import { copyFileSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { buildBatchBundle, buildPlanBundle, buildWorkerBundle, lazyChildProcess, onlyChineseTables, workerEntry } from './bundle-plan.mjs';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const out = `${dist}bundle`;
rmSync(out, { recursive: true, force: true });
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
// dist/version.js reads ../package.json next to itself; inside dist/bundle/ that path would be
// wrong, so the bundle gets the version written in at build time
const fixedVersion = {
  name: 'fixed-version',
  setup(b) {
    b.onLoad({ filter: /[\\/]dist[\\/]version\.js$/ }, () => ({ contents: `export const VERSION = ${JSON.stringify(version)};\n`, loader: 'js' }));
  },
};
await build({
  plugins: [fixedVersion, lazyChildProcess, workerEntry, onlyChineseTables],
  entryPoints: { main: `${dist}cli/main.js` },
  outdir: out,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunk-[hash]',
  // ajv is loaded with require() only when a policy file is validated from the sources' fallback
  external: ['ajv'],
  // CommonJS dependencies (commander, cli-table3 …) call require() for Node's built-ins
  banner: { js: "import { createRequire as __repayplanRequire } from 'node:module'; const require = __repayplanRequire(import.meta.url);" },
  logLevel: 'warning',
  legalComments: 'none',
});
// loaded with require('./policy-validator.cjs') next to the code that validates policies
copyFileSync(`${dist}policy/policy-validator.cjs`, `${out}/policy-validator.cjs`);
// `repayplan plan` as one CommonJS file with a V8 code cache (scripts/bundle-plan.mjs)
await buildPlanBundle(dist, fixedVersion);
// `repayplan batch` (without --report) and its worker, the same way (bin/start-worker.js)
await buildBatchBundle(dist, fixedVersion);
await buildWorkerBundle(dist, fixedVersion);
