// Compiled by test/pipeline/contract.test.ts, never run: a stage that reads a layer it does not
// require must not compile, nor one that returns a layer it does not provide or leaves one out.
// tsc must report an error on each line marked `error:` (where it reports a bad return: the
// line of `run`), and on no other line. (Kept out of the formatter, which would move the marks.)
import { defineStage } from '../../../src/pipeline/stage.js';

export const readsUndeclared = defineStage({
  name: 'reads-undeclared',
  requires: ['tokens'],
  provides: ['mentions'],
  run(doc) {
    const n = doc.tokens.length + doc.quotes.length; // error: quotes is not required
    return { mentions: n > 0 ? [] : [] };
  },
});

export const setsUndeclared = defineStage({
  name: 'sets-undeclared',
  requires: ['tokens'],
  provides: ['mentions'],
  run() { // error: returns quotes, which it does not provide
    return { mentions: [], quotes: [] };
  },
});

export const forgetsProvided = defineStage({
  name: 'forgets-provided',
  requires: ['tokens'],
  provides: ['mentions', 'quotes'],
  run() { // error: provides quotes but does not return it
    return { mentions: [] };
  },
});
