#!/usr/bin/env node
// Thin shim: everything lives in dist/ (built by `npm install`). It is CommonJS (bin/package.json):
// an ES module entry point would start Node's ES module loader, which `plan` does without (#16).
'use strict';
const nodeModule = require('node:module');

nodeModule.enableCompileCache?.();
// `repayplan … | head` closes the pipe early: that is not an error.
// Any other failed write (a full disk) is one line and exit 2, unless the command watches the
// stream itself (batch names the output and stops cleanly).
function onWriteError(stream, name) {
  stream.on('error', (error) => {
    if (error && error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    if (stream.listenerCount('error') > 1) return;
    if (stream !== process.stderr) {
      try {
        process.stderr.write(`repayplan: writing to ${name} failed: ${error?.code ?? error}: free space or write elsewhere\n`);
      } catch {
        /* nothing more to say */
      }
    }
    process.exit(2);
  });
}
// process.stdout and process.stderr are made when first used (a pipe's socket loads Node's net
// module, a file's stream Node's stream modules, ~2 ms that a `plan` spends for nothing when it
// writes its text straight to fd 1 and has nothing to say on stderr, issue #16): the handler
// goes on each then, before anyone can write to it.
function onceMade(name) {
  const made = Object.getOwnPropertyDescriptor(process, name);
  if (!made?.get || !made.configurable) return onWriteError(process[name], name);
  Object.defineProperty(process, name, {
    configurable: true,
    enumerable: made.enumerable,
    get() {
      Object.defineProperty(process, name, made);
      const stream = process[name];
      onWriteError(stream, name);
      return stream;
    },
  });
}
onceMade('stdout');
onceMade('stderr');
async function start() {
  let main;
  try {
    // `repayplan plan …` (not HTML) and `repayplan batch …` (not --report), which need no
    // echarts: one file each with a V8 code cache (bin/start-plan.js); the same program as the
    // others, built from the same code
    const argv = process.argv.slice(2);
    const fast =
      argv[0] === 'plan' && !argv.some((a) => a.includes('html'))
        ? 'plan'
        : argv[0] === 'batch' && !argv.some((a) => a.startsWith('--report'))
          ? 'batch'
          : null;
    if (fast) {
      const { loadBundle, bundleFile } = require('./start-plan.js');
      try {
        ({ main } = loadBundle(fast).exports);
      } catch (error) {
        if (!(error && error.code === 'ENOENT' && error.path === bundleFile(fast))) throw error;
      }
    }
    // dist/bundle/ (esbuild, scripts/bundle.mjs) starts faster; dist/cli/ is the same code as tsc wrote it
    if (!main) {
      try {
        ({ main } = await import('../dist/bundle/main.js'));
      } catch (error) {
        if (!(error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('bundle'))) throw error;
        ({ main } = await import('../dist/cli/main.js'));
      }
    }
  } catch (error) {
    if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist')) {
      process.stderr.write('repayplan: not built yet: run `npm install` (it builds dist/) in the repayplan folder\n');
      process.exit(1);
    }
    throw error;
  }
  process.exitCode = await main(process.argv);
}
// As with the top-level await this shim had as an ES module: a main() that never settles (the
// event loop ran dry) exits 13, and an error before main() is an uncaught exception (exit 1).
let settled = false;
process.on('exit', () => {
  if (!settled && process.exitCode === undefined) process.exitCode = 13;
});
start().then(
  () => {
    settled = true;
  },
  (error) => {
    settled = true;
    process.nextTick(() => {
      throw error;
    });
  },
);
