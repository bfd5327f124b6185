// (CommonJS, like the bin: bin/package.json.) The entry of a `repayplan batch` worker thread when
// the program runs from dist/bundle/ (src/batch/pool.ts; scripts/bundle-plan.mjs workerEntry
// points the bundle's worker here). It loads dist/bundle/worker.cjs — the worker (src/batch/worker.ts) as one CommonJS
// file, scripts/bundle-plan.mjs — with the V8 code cache the build wrote to
// dist/bundle/worker.cache, as bin/start-plan.js does for `plan`: each worker then starts
// without Node's ES module loader and without parsing or compiling the functions the build saw
// score rows (issue #16: every worker paid ~0.3 s of CPU for that, which a 1 M-row run with
// `--jobs 2` spends twice). The cache is used only when it was made from byte for byte this
// worker.cjs (bin/start-plan.js compileCached).
'use strict';
const { renameSync, rmSync, writeFileSync } = require('node:fs');
const { bundleFile, cacheFile, compileCached, runModule, cacheFileBytes } = require('./start-plan.js');

const WORKER_FILE = bundleFile('worker');
// the build only (scripts/code-cache.mjs): compile from the source and write the cache file
// here after every job, so that it holds the functions that scoring compiled
const making = process.env.REPAYPLAN_WORKER_CACHE_OUT;

/** Compiles and runs the worker; while the build makes the cache, writes it after every job. */
function start() {
  const { script, source } = compileCached(WORKER_FILE, cacheFile('worker'), { useCache: !making });
  runModule(script, WORKER_FILE);
  if (!making) return; // the source and cache bytes read are garbage from here on
  const { parentPort, threadId } = require('node:worker_threads');
  // after the worker's own listener (registered first) has scored the job
  // (a failed write only leaves the cache unwritten: the build then says so; the run goes on)
  parentPort?.on('message', () =>
    setImmediate(() => {
      const partial = `${making}.${threadId}.tmp`;
      try {
        writeFileSync(partial, cacheFileBytes(source, script.createCachedData()));
        renameSync(partial, making);
      } catch {
        rmSync(partial, { force: true });
      }
    }),
  );
}
start();
