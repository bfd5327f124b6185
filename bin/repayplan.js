#!/usr/bin/env node
// Thin shim: everything lives in dist/ (built by `npm install`).
import module from 'node:module';

module.enableCompileCache?.();
// `repayplan … | head` closes the pipe early: that is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error && error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}
let main;
try {
  ({ main } = await import('../dist/cli/main.js'));
} catch (error) {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist')) {
    process.stderr.write('repayplan: not built yet: run `npm install` (it builds dist/) in the repayplan folder\n');
    process.exit(1);
  }
  throw error;
}
process.exitCode = await main(process.argv);
