/**
 * The default stage order, in one array. Paragraphs come before language so that each paragraph's
 * language can be reported; the Danish gate comes right after language, and the stages that apply
 * Danish rules run behind it. The runner checks that every stage's requirements are met.
 * @module
 */
import { CitatError, ErrorCode } from '../errors.js';
import { confidenceStage } from './confidence/index.js';
import { danishGate, danishOnly } from './danish.js';
import { languageStage } from './language/index.js';
import { mentionsStage } from './mentions/index.js';
import { namesStage } from './names/index.js';
import { quotesStage } from './quotes/index.js';
import { sentencesStage } from './sentences/index.js';
import { speakersStage } from './speakers/index.js';
import type { AnyStage } from './stage.js';
import { textStage } from './text/index.js';

/** The stages of the default pipeline, by name (each also exported by name from `citat`). */
export const STAGES = {
  text: textStage,
  language: languageStage,
  danish: danishGate,
  sentences: sentencesStage,
  names: namesStage,
  mentions: mentionsStage,
  quotes: quotesStage,
  speakers: speakersStage,
  confidence: confidenceStage,
} as const;

/** The name of a stage of the default pipeline. */
export type StageName = keyof typeof STAGES;

/** The stages that apply Danish rules: skipped (their layers empty) when the gate says the text is not Danish. */
const DANISH: ReadonlySet<StageName> = new Set(['names', 'mentions', 'quotes', 'speakers', 'confidence']);

/** The default order. */
const ORDER: readonly StageName[] = ['text', 'language', 'danish', 'sentences', 'names', 'mentions', 'quotes', 'speakers', 'confidence'];

/**
 * The default pipeline's stages, in order, with some replaced.
 * @param replace stages to use instead of the default ones of the same name; a replaced Danish
 *   stage (`mentions`, `quotes`, `speakers`, `confidence`) still runs only on Danish text
 * @throws {CitatError} BAD_OPTION for a name that is not a default stage
 */
export function defaultStages(replace: Partial<Record<StageName, AnyStage>> = {}): AnyStage[] {
  for (const name of Object.keys(replace)) {
    if (!(name in STAGES)) throw new CitatError(ErrorCode.BAD_OPTION, `cannot replace stage "${name}": the default stages are ${ORDER.join(', ')}`);
  }
  return ORDER.map((name) => {
    const stage: AnyStage = replace[name] ?? STAGES[name];
    return DANISH.has(name) ? danishOnly(stage) : stage;
  });
}

/** The stages of the default pipeline, in order. */
export const DEFAULT_STAGES: readonly AnyStage[] = defaultStages();
