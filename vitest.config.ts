/**
 * Two projects (issue #9 step 5):
 * - `unit`: tests that run in-process (`npm run test:unit`, seconds);
 * - `e2e`: tests that run the built binary `bin/repayplan.js` or a pty (`npm run test:e2e`,
 *   after `npm run build`).
 * A test file is e2e when it calls one of the helpers that spawn the binary (or spawns itself);
 * a new test file is sorted by what it does, no list to keep. `npm test` runs both.
 * The unit files share one module graph per worker (`isolate: false`: each file no longer
 * re-imports the engine; the in-process tests hold no module state), except a file that mocks
 * a module or stubs a global, which needs a fresh graph: those run in `unit-isolated`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

const SPAWNS = /\b(repayplan|repayplanAsync|runAll|runBin|runErrorCase|spawnSync|spawn|execFile|execFileSync)\(|pty-driver/;

const files = readdirSync('test', { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.test.ts'))
  .map((f) => `test/${f.replaceAll('\\', '/')}`)
  .sort();
const e2e = files.filter((f) => SPAWNS.test(readFileSync(f, 'utf8')));
const MOCKS = /\bvi\.(mock|doMock|stubGlobal|stubEnv)\(/;
const inProcess = files.filter((f) => !e2e.includes(f));
const isolated = inProcess.filter((f) => MOCKS.test(readFileSync(f, 'utf8')));
const unit = inProcess.filter((f) => !isolated.includes(f));

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // vitest's default is one worker fewer than the cores: a single worker on the 2-core machine
    maxWorkers: availableParallelism(),
    projects: [
      { extends: true, test: { name: 'unit', include: unit, isolate: false } },
      { extends: true, test: { name: 'unit-isolated', include: isolated } },
      { extends: true, test: { name: 'e2e', include: e2e } },
    ],
  },
});
