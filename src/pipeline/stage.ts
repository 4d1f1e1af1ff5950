/**
 * What a stage is: a named transform that reads some layers of the working document and provides
 * others (after spaCy's `requires`/`assigns`, checked when the pipeline is built).
 * @module
 */
import type { Layer, WorkingDocument } from './layers.js';

/** One step of the pipeline. */
export interface Stage {
  /** Short name used in errors and timings. */
  readonly name: string;
  /** Layers that must exist before the stage runs. */
  readonly requires: readonly Layer[];
  /** Layers the stage sets. */
  readonly provides: readonly Layer[];
  /** Whether the stage applies Danish rules, and so is skipped for text that is not Danish. */
  readonly danishOnly: boolean;
  /** Runs the stage, setting its layers on the document. */
  run(doc: WorkingDocument): void;
}

/**
 * Declares a stage (an identity function that gives the object its type).
 * @param stage the stage
 * @returns the same stage
 */
export function defineStage(stage: Stage): Stage {
  return stage;
}
