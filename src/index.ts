/**
 * citat: quotations in Danish news text and who said them.
 *
 * @example
 * import { extract } from 'citat';
 * const doc = extract('"Vi er klar," siger Mette Hansen.');
 * doc.quotes[0].text;          // 'Vi er klar,'
 * doc.quotes[0].speaker?.name; // 'Mette Hansen'
 * @module citat
 */
import type { CitatDocument } from './schema/index.js';
import { CitatError, ErrorCode } from './errors.js';
import { defaultStages, type StageName } from './pipeline/default.js';
import { Pipeline, type ExtractOptions } from './pipeline/run.js';
import type { AnyStage } from './pipeline/stage.js';

export { Pipeline, checkOrder, type ExtractOptions, type StageTimings } from './pipeline/run.js';
export { defineStage, type Stage, type AnyStage } from './pipeline/stage.js';
export type { WorkingDocument, Layer, Layers, StageInput, StageOutput, DocumentBase } from './pipeline/layers.js';
export { DEFAULT_STAGES, STAGES, defaultStages, type StageName } from './pipeline/default.js';
export { danishGate, danishOnly } from './pipeline/danish.js';
export { textStage } from './pipeline/text/index.js';
export { languageStage } from './pipeline/language/index.js';
export { sentencesStage } from './pipeline/sentences/index.js';
export { namesStage } from './pipeline/names/index.js';
export { findNames } from './api/names.js';
export { mentionsStage } from './pipeline/mentions/index.js';
export { quotesStage } from './pipeline/quotes/index.js';
export { speakersStage } from './pipeline/speakers/index.js';
export { confidenceStage } from './pipeline/confidence/index.js';
export { CitatError, ErrorCode, isCitatError } from './errors.js';
export { decodeUtf8, checkText, DEFAULT_MAX_BYTES } from './input.js';
export { detectLanguage } from './pipeline/language/index.js';
export { splitSentences } from './pipeline/sentences/index.js';
export { findQuotes } from './api/quotes.js';
export { CitatDocument, SCHEMA_VERSION, citatJsonSchema } from './schema/index.js';

/** Options of {@link createPipeline}. */
export interface PipelineOptions {
  /** Stages to run instead of the default ones (checked for order). */
  stages?: readonly AnyStage[];
  /**
   * Default stages to replace, by name (`{ quotes: myQuotes }`); the rest of the default pipeline
   * stays. A replaced `mentions`, `quotes` or `speakers` stage still runs only on Danish text.
   */
  replace?: Partial<Record<StageName, AnyStage>>;
  /** Accumulate time per stage in `pipeline.timings` (for benchmarks). */
  timings?: boolean;
}

/**
 * Builds a pipeline; the stage order is checked here, not when a document runs.
 * @param options stages (default: the full Danish pipeline), stages to replace by name, and timings
 * @returns a pipeline whose `run(text, { id, force })` returns a validated document
 * @throws {CitatError} PIPELINE_ORDER when a stage's requirements are not met by earlier stages
 * @example
 * const pipeline = createPipeline();
 * for (const { id, text } of articles) console.log(pipeline.run(text, { id }).quotes.length);
 */
export function createPipeline(options: PipelineOptions = {}): Pipeline {
  if (options.stages && options.replace) throw new CitatError(ErrorCode.BAD_OPTION, 'give either stages or replace, not both');
  return new Pipeline(options.stages ?? defaultStages(options.replace), options.timings === undefined ? {} : { timings: options.timings });
}

let shared: Pipeline | undefined;

/**
 * Finds every quotation in a text and who said it.
 * @param text the article, exactly as given (offsets in the result index it)
 * @param options `id` for the document, `force` to run the Danish rules on text that is not Danish, `maxBytes`
 * @returns the validated document
 * @throws {CitatError} for empty, binary (NUL) or oversize text, or a failing stage
 */
export function extract(text: string, options: ExtractOptions = {}): CitatDocument {
  shared ??= createPipeline();
  return shared.run(text, options);
}
