// Build step (called by scripts/bundle.mjs): `repayplan plan` and `repayplan batch` as ONE
// CommonJS file each, dist/bundle/plan.cjs and batch.cjs, and the batch worker as worker.cjs,
// so that starting one costs one compile (served from a V8 code cache, see
// scripts/code-cache.mjs and bin/start-plan.js) instead of Node's ES module loader resolving,
// reading and linking ~25 chunks (issue #16). plan.cjs and batch.cjs are the same program as
// dist/bundle/main.js — every command's flags, help and errors come from the same
// buildProgram() — but only their command's action is in each: the modules of the other
// commands, and the HTML renderers (echarts, 3 MB), are replaced by a module that fails loudly.
// bin/repayplan.js sends a call to plan.cjs only when it is `repayplan plan …` without `html` in
// its arguments, and to batch.cjs only when it is `repayplan batch …` without `--report`, so
// those modules are never reached.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);

/** The modules a one-command bundle leaves out (relative to dist/), and why. */
function leftOut(command) {
  return [
    // the other commands: bin/repayplan.js routes only `COMMAND …` here
    new RegExp(`[\\\\/]cli[\\\\/]commands[\\\\/](?!${command}\\.js$)[^\\\\/]+\\.js$`),
    // plan --format html and batch --report (echarts): routed to dist/bundle/main.js by the bin
    /[\\/]render[\\/]plan-html\.js$/,
    /[\\/]render[\\/]report-html\.js$/,
  ];
}

/** Replaces the modules `leftOut(command)` names with one that throws. */
function leaveOut(command) {
  const out = leftOut(command);
  return {
    name: 'leave-out',
    setup(b) {
      b.onLoad({ filter: /[\\/]dist[\\/].*\.js$/ }, (args) => {
        if (!out.some((re) => re.test(args.path))) return undefined;
        const name = JSON.stringify(args.path.replace(/.*[\\/]dist[\\/]/, ''));
        return {
          contents: `throw new Error('dist/bundle/${command}.cjs does not contain ' + ${name} + ': bin/repayplan.js runs dist/bundle/main.js for it');\n`,
          loader: 'js',
        };
      });
    },
  };
}

/**
 * The bundle's batch worker threads start from bin/start-worker.js (dist/bundle/worker.cjs with
 * its code cache), not from an ES module next to the bundle: src/batch/pool.ts names
 * ./worker.js, which is right for dist/batch/ as tsc writes it.
 */
export const workerEntry = {
  name: 'worker-entry',
  setup(b) {
    b.onLoad({ filter: /[\\/]dist[\\/]batch[\\/]pool\.js$/ }, (args) => {
      const url = "new URL('./worker.js', import.meta.url)";
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes(url)) throw new Error(`${args.path} no longer has ${url} (scripts/bundle-plan.mjs workerEntry)`);
      return { contents: source.replace(url, "new URL('../../bin/start-worker.js', import.meta.url)"), loader: 'js' };
    });
  },
};

/**
 * commander requires node:child_process when it is loaded, for the executable subcommands that
 * repayplan does not have; loading it costs ~4 ms of CPU at every start (it pulls in net, dgram
 * …). The bundle requires it when commander spawns, the only use, so nothing else changes.
 */
export const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onLoad({ filter: /[\\/]node_modules[\\/]commander[\\/]lib[\\/]command\.js$/ }, (args) => {
      const line = "const childProcess = require('node:child_process');";
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes(line)) throw new Error(`${args.path} no longer has the line ${line} (scripts/bundle-plan.mjs lazyChildProcess)`);
      const lazy = "const childProcess = { spawn: (...args) => require('node:child_process').spawn(...args) };";
      return { contents: source.replace(line, lazy), loader: 'js' };
    });
  },
};

/**
 * The generated policy validator (dist/policy/policy-validator.cjs, 150 KB) inside plan.cjs, so
 * that `--policy FILE` finds it compiled in the code cache instead of compiling it on every call
 * (issue #16: a policy file ≤ 10 % over a preset). schema-check.js loads it with
 * `createRequire(import.meta.url)(…)`, which esbuild leaves alone; a module-level require() in its
 * place is bundled (and no require is made, ~0.5 ms), and run
 * only when a policy file is validated, as before.
 */
const bundledValidator = {
  name: 'bundled-validator',
  setup(b) {
    b.onLoad({ filter: /[\\/]dist[\\/]policy[\\/]schema-check\.js$/ }, (args) => {
      const call = "createRequire(import.meta.url)('./policy-validator.cjs')";
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes(call)) throw new Error(`${args.path} no longer has ${call} (scripts/bundle-plan.mjs bundledValidator)`);
      const bundled = `${source.replace(call, 'requirePolicyValidator()')}
function requirePolicyValidator() {
  return require('./policy-validator.cjs');
}
`;
      return { contents: bundled, loader: 'js' };
    });
    // the validator's one run-time helper (ajv/dist/runtime/ucs2length, for minLength) bundled
    // too: required from node_modules it cost ~2 ms of resolving and compiling per policy file
    b.onResolve({ filter: /^ajv\/dist\/runtime\/[a-z0-9]+$/ }, (args) => ({ path: require.resolve(`${args.path}.js`, { paths: [args.resolveDir] }) }));
  },
};

/**
 * chalk loads its terminal detection (supports-color) when it is loaded, which requires
 * node:tty (and with it node:net, diagnostics_channel, perf_hooks) and node:os: ~2–3 ms of a
 * table run to a pipe (issue #16). repayplan only makes `new Chalk({ level })` with an explicit
 * level (src/render/table.ts, counter-offer-text.ts), which never reads the detection, so plan.cjs
 * gets a detection that finds no colour; chalk's default instance, unused, would be uncoloured.
 */
const noColourDetection = {
  name: 'no-colour-detection',
  setup(b) {
    b.onLoad({ filter: /[\\/]node_modules[\\/]chalk[\\/]source[\\/]vendor[\\/]supports-color[\\/]index\.js$/ }, () => ({
      contents: 'export function createSupportsColor() { return false; }\nexport default { stdout: false, stderr: false };\n',
      loader: 'js',
    }));
  },
};

/**
 * esbuild's options for a one-file CommonJS bundle loaded with a code cache (bin/start-plan.js).
 * `import.meta.url` (createRequire for ajv, should the schema be compiled at run time) becomes the
 * file's own URL, from the `__filename` that the loader passes in.
 */
const ONE_FILE = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: ['ajv'],
  // made when first read (a policy validated from the sources' fallback), not at every start
  define: { 'import.meta.url': '__repayplanMeta.url' },
  // the file is a function of CommonJS's five arguments, as Node's loader wraps a module, written
  // in here so that bin/start-plan.js compiles the file's text as it is: wrapping it at each start
  // made a second 0.6–0.8 MB string to copy and to collect (~3–5 ms of a `plan`, #16)
  // "use strict" first: esbuild's own directive comes after the banner, where it is a plain
  // string, and the sources are ES modules (strict), as dist/bundle/main.js runs them
  banner: {
    js: "(function (exports, require, module, __filename, __dirname) { 'use strict'; const __repayplanMeta = { get url() { return require('node:url').pathToFileURL(__filename).href; } };",
  },
  footer: { js: '})' },
  logLevel: 'warning',
  legalComments: 'none',
  // the file is read, decoded and handed to V8 with its code cache at every start: without
  // white space and comments, and with esbuild's syntax shortening (names are kept), plan.cjs is
  // 0.8 → 0.56 MB and its cache 0.73 → 0.48 MB of V8 data, ~2–3 ms of CPU at each start (#16)
  minifyWhitespace: true,
  minifySyntax: true,
  // every character outside ASCII escaped, so that bin/start-plan.js can decode it as a plain
  // copy (a regular expression literal is not escaped by esbuild: the sources write those with
  // \u escapes; test/cli/start-plan.test.ts checks that the bundles are ASCII)
  charset: 'ascii',
  metafile: true,
};

/**
 * iconv-lite's tables for the encodings repayplan never decodes. `--encoding` and the sniffing
 * give only UTF-8 (Node's own decoder) or GBK / GB18030 (src/batch/encoding.ts `Encoding`; tables
 * cp936, gbk-added, gb18030-ranges, kept); the Japanese, Korean and Big5 tables and the generated
 * single-byte code pages were ~0.37 MB of every bundle that reads a batch, compiled at each start
 * (issue #16). A table is required only when its encoding is first used, and a stub says so
 * should that ever happen; the single-byte list, read when iconv-lite loads, is empty.
 */
export const onlyChineseTables = {
  name: 'only-chinese-tables',
  setup(b) {
    b.onLoad({ filter: /[\\/]node_modules[\\/]iconv-lite[\\/]encodings[\\/]tables[\\/](cp949|cp950|big5-added|eucjp|shiftjis)\.json$/ }, (args) => ({
      contents: `throw new Error(${JSON.stringify(`iconv-lite table ${args.path.replace(/.*[\\/]/, '')} is not in the repayplan bundle (scripts/bundle-plan.mjs onlyChineseTables)`)});\n`,
      loader: 'js',
    }));
    b.onLoad({ filter: /[\\/]node_modules[\\/]iconv-lite[\\/]encodings[\\/]sbcs-data-generated\.js$/ }, () => ({
      contents: 'module.exports = {};\n',
      loader: 'js',
    }));
  },
};

/** Writes one bundle of `entry` to `outfile` with ONE_FILE's options; returns esbuild's metafile. */
async function oneFile(entry, outfile, plugins) {
  const result = await build({ ...ONE_FILE, plugins, entryPoints: [entry], outfile });
  return result.metafile;
}

/** Writes dist/bundle/plan.cjs. `fixedVersion` is scripts/bundle.mjs's plugin that writes the version in. */
export function buildPlanBundle(dist, fixedVersion) {
  return oneFile(`${dist}cli/main.js`, `${dist}bundle/plan.cjs`, [fixedVersion, leaveOut('plan'), lazyChildProcess, bundledValidator, noColourDetection]);
}

/** Writes dist/bundle/batch.cjs, `repayplan batch` without `--report` (bin/start-plan.js loadBundle). */
export function buildBatchBundle(dist, fixedVersion) {
  const plugins = [fixedVersion, leaveOut('batch'), lazyChildProcess, bundledValidator, noColourDetection, workerEntry, onlyChineseTables];
  return oneFile(`${dist}cli/main.js`, `${dist}bundle/batch.cjs`, plugins);
}

/**
 * Writes dist/bundle/worker.cjs, a `batch` worker thread (dist/batch/worker.js) as one CommonJS
 * file, which bin/start-worker.js loads with its code cache (issue #16: each worker loaded ~25
 * ES module chunks and compiled every function it ran from scratch).
 */
export function buildWorkerBundle(dist, fixedVersion) {
  return oneFile(`${dist}batch/worker.js`, `${dist}bundle/worker.cjs`, [fixedVersion, lazyChildProcess]);
}
