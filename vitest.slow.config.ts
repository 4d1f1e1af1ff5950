import { SLOW_TESTS, suite } from './vitest.config.js';

/** `npm run test:slow`: the test files that need not run on every change (see vitest.config.ts). */
export default suite(SLOW_TESTS, []);
