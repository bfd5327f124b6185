// (CommonJS, like the bin: bin/package.json.) Loads dist/bundle/plan.cjs (`repayplan plan` as one CommonJS file, scripts/bundle-plan.mjs)
// the way Node loads a CommonJS module, but compiled with the V8 code cache that the build wrote
// to dist/bundle/plan.cache (scripts/code-cache.mjs): starting `plan` then costs no parsing and
// no compiling of the functions the build saw run (issue #16). Node 20 has no
// module.enableCompileCache (Node 22.1) and no code cache for ES modules. `batch` (batch.cjs)
// and its worker threads (worker.cjs, bin/start-worker.js) are loaded the same way.
//
// A cache of another program is never used: it is used only when it was made from byte for
// byte this source (the cache file holds the source it was made from, compared in full before
// use), and V8 itself rejects a cache from another V8 version or other flags
// (`cachedDataRejected`), in which case the source is compiled as usual. Like the source file,
// the cache is trusted not to be damaged after the build: V8 keeps no checksum of it
// (docs/performance.md, "`plan` start-up").
'use strict';
const { isAscii } = require('node:buffer');
const { readFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname, join } = require('node:path');
const vm = require('node:vm');

/** dist/bundle/NAME.cjs, a one-file bundle (scripts/bundle-plan.mjs). */
const bundleFile = (name) => join(__dirname, '..', 'dist', 'bundle', `${name}.cjs`);
/** dist/bundle/NAME.cache, its code cache (scripts/code-cache.mjs). */
const cacheFile = (name) => join(__dirname, '..', 'dist', 'bundle', `${name}.cache`);
const PLAN_FILE = bundleFile('plan');
// the cache file: MAGIC, the source's byte length (u32 LE), the source, V8's cached data
const MAGIC = Buffer.from('repayplan-code-cache-1\n');

/** The cached data in `cache` when it was made from exactly `source`, else undefined. */
function cachedDataFor(source, cache) {
  const at = MAGIC.length + 4;
  if (cache.length < at || !cache.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
  const length = cache.readUInt32LE(MAGIC.length);
  if (length !== source.length || cache.length <= at + length) return undefined;
  if (!cache.subarray(at, at + length).equals(source)) return undefined;
  return cache.subarray(at + length);
}

/** The cache file's bytes for `source` and V8's `data` (scripts/code-cache.mjs writes them). */
function cacheFileBytes(source, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32LE(source.length);
  return Buffer.concat([MAGIC, length, source, data]);
}

/**
 * The source's text: a function of CommonJS's five arguments, which the build writes around the
 * module (scripts/bundle-plan.mjs ONE_FILE, on its first line: stack lines stay right). The
 * bundles are plain ASCII (esbuild's charset), so they are decoded as Latin-1, a plain copy into a
 * one-byte string, instead of through the UTF-8 decoder (~1 ms on 0.5 MB); both give the same
 * string for ASCII, and anything else is decoded as UTF-8.
 */
function sourceText(source) {
  return source.toString(isAscii(source) ? 'latin1' : 'utf8');
}

/**
 * Compiles `file` (a one-file CommonJS bundle, wrapped as Node wraps a module) with the V8 code
 * cache in `cacheFile` when that was made from exactly this source; returns the vm.Script (whose
 * createCachedData() the build uses), the source, and whether a cache was given and whether V8
 * rejected it. Throws ENOENT when `file` is not built. `useCache: false` compiles from the
 * source alone.
 */
function compileCached(file, cacheFile, { useCache = true } = {}) {
  const source = readFileSync(file);
  let cachedData;
  if (useCache) {
    try {
      cachedData = cachedDataFor(source, readFileSync(cacheFile));
    } catch {
      cachedData = undefined; // no cache (or unreadable): compile from the source
    }
  }
  const script = new vm.Script(sourceText(source), {
    filename: file,
    cachedData,
    // the bundles have no import() (esbuild turns the lazy imports into functions); should one
    // appear, it resolves as in any module rather than failing
    importModuleDynamically: vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  return { script, source, cached: cachedData !== undefined, cacheRejected: cachedData !== undefined && script.cachedDataRejected === true };
}

/** Runs a script compileCached made as Node runs a CommonJS module `file`; returns its exports. */
function runModule(script, file) {
  const module = { exports: {}, filename: file, id: file, loaded: false };
  script.runInThisContext().call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  module.loaded = true;
  return module.exports;
}

/**
 * Compiles and runs dist/bundle/NAME.cjs (`plan`, `batch`) as Node would a CommonJS module;
 * returns its exports, the vm.Script (whose createCachedData() the build uses) and the source
 * bytes it was compiled from. Throws ENOENT when it is not built. `useCache: false` compiles from
 * the source alone.
 */
function loadBundle(name, { useCache = true } = {}) {
  const file = bundleFile(name);
  const { script, source, cached, cacheRejected } = compileCached(file, cacheFile(name), { useCache });
  return { exports: runModule(script, file), script, source, cacheRejected, cached, file, cacheFile: cacheFile(name) };
}

module.exports = { loadBundle, bundleFile, cacheFile, compileCached, runModule, cacheFileBytes, cachedDataFor, sourceText, PLAN_FILE };
