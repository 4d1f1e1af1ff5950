/**
 * What a stage is: a named transform that reads the layers it requires and returns the layers it
 * provides (after spaCy's `requires`/`assigns`, checked when the pipeline is built). The contract
 * is kept by types and by the runner: a stage's `run` is typed to see only the layers it requires
 * and to return exactly the layers it provides, and at run time the runner hands it only those
 * layers (reading another one throws) and checks what it returns.
 * @module
 */
import type { Layer, StageInput, StageOutput } from './layers.js';

/**
 * One step of the pipeline.
 * @typeParam R the layers it reads
 * @typeParam P the layers it sets
 */
export interface Stage<R extends Layer = Layer, P extends Layer = Layer> {
  /** Short name used in errors and timings, and the key under which `createPipeline({ replace })` finds it. */
  readonly name: string;
  /** Layers that must exist before the stage runs: the only ones it is handed. */
  readonly requires: readonly R[];
  /** Layers the stage sets: exactly the keys of what `run` returns. */
  readonly provides: readonly P[];
  /** Runs the stage on one document. */
  run(doc: StageInput<R>): StageOutput<P>;
}

/**
 * A stage of any layers, as pipelines hold them (each stage's own types are checked where it is
 * defined, with {@link defineStage}).
 */
// biome-ignore lint/suspicious/noExplicitAny: a list of stages holds stages of different layer types
export type AnyStage = Stage<any, any>;

/**
 * Declares a stage: infers its layer types from `requires` and `provides`, so that `run` sees
 * only the required layers and must return exactly the provided ones.
 * @param stage the stage
 * @returns the same stage
 * @example
 * const wordCount = defineStage({
 *   name: 'word-count', requires: ['tokens'], provides: [],
 *   run(doc) { doc.warnings.push(`${doc.tokens.length} tokens`); return {}; },
 * });
 */
export function defineStage<const R extends Layer = never, const P extends Layer = never>(stage: Stage<R, P>): Stage<R, P> {
  return stage;
}
