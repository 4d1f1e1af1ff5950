import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig, type ViteUserConfig } from 'vitest/config';

// Tests import citat by its package name, as users do; the aliases point those names at the
// TypeScript sources (test/api/exports.test.ts checks the built package's real export map).
const src = (p: string) => fileURLToPath(new URL(`./src/${p}`, import.meta.url));

/**
 * Test files that need not run on every change: `npm run test:slow` runs them, `.ci/run` runs
 * both suites. Each drives a part of the program that only its own code can break, at a cost the
 * rest of the suite does not have:
 * - test/batch/batch.test.ts: the worker pool, signals, crashes, a 1 MB document, --html and
 *   --resume, some 28 runs of `citat batch` with two worker threads each (about 55 s of CPU time).
 *   Only src/batch can break them; on every change the default suite still runs `citat batch`
 *   through test/cli/table.test.ts and the README's examples (input order, error lines, resume,
 *   Ctrl-C), and the pipeline's output through the golden files.
 * - test/view/browser.test.ts: the HTML view in Debian's chromium. Only src/view can break it;
 *   test/view/render.test.ts and segments.test.ts check the page's markup on every change.
 * - test/queue/queue.test.ts: `citat batch --queue` and `citat worker` against a real redis-server,
 *   killing workers, the coordinator and Redis on purpose (one to two minutes on a busy machine).
 *   Only src/queue (and the batch modules it reuses, which test/batch covers) can break them.
 * - test/install/tarball.test.ts: packs the package and installs it into a temporary project
 *   (20-60 s). Only package.json, the export map and the files shipped can break it;
 *   test/api/exports.test.ts checks the built export map on every change.
 */
export const SLOW_TESTS = ['test/batch/batch.test.ts', 'test/queue/queue.test.ts', 'test/view/browser.test.ts', 'test/install/tarball.test.ts'];

/**
 * The configuration of a suite.
 * @param include the test files
 * @param exclude files left out of them
 */
export function suite(include: string[], exclude: string[]): ViteUserConfig {
  return defineConfig({
    resolve: {
      alias: [
        { find: /^citat$/, replacement: src('index.ts') },
        { find: /^citat\/language$/, replacement: src('pipeline/language/index.ts') },
        { find: /^citat\/sentences$/, replacement: src('pipeline/sentences/index.ts') },
        { find: /^citat\/names$/, replacement: src('api/names.ts') },
        { find: /^citat\/quotes$/, replacement: src('api/quotes.ts') },
        { find: /^citat\/schema$/, replacement: src('schema/index.ts') },
      ],
    },
    test: {
      include,
      exclude,
      testTimeout: 30_000,
      // beforeAll hooks that import the built package took over vitest's 10 s on a loaded machine
      hookTimeout: 30_000,
      pool: 'forks',
      // A test file on every core: vitest's default leaves one core to its main process (one
      // file at a time on two cores), which here only waits; many files wait on child processes.
      maxWorkers: availableParallelism(),
    },
  });
}

export default suite(['test/**/*.test.ts'], SLOW_TESTS);
