import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Tests import citat by its package name, as users do; the aliases point those names at the
// TypeScript sources (test/api/exports.test.ts checks the built package's real export map).
const src = (p: string) => fileURLToPath(new URL(`./src/${p}`, import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^citat$/, replacement: src('index.ts') },
      { find: /^citat\/language$/, replacement: src('pipeline/language/index.ts') },
      { find: /^citat\/sentences$/, replacement: src('pipeline/sentences/index.ts') },
      { find: /^citat\/quotes$/, replacement: src('api/quotes.ts') },
      { find: /^citat\/schema$/, replacement: src('schema/index.ts') },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    pool: 'forks',
  },
});
