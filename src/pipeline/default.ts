/**
 * The default stage order, in one array. Paragraphs come before language so that each paragraph's
 * language can be reported; the runner checks that every stage's requirements are met.
 * @module
 */
import { languageStage } from './language/index.js';
import { mentionsStage } from './mentions/index.js';
import { quotesStage } from './quotes/index.js';
import { sentencesStage } from './sentences/index.js';
import { speakersStage } from './speakers/index.js';
import type { Stage } from './stage.js';
import { textStage } from './text/index.js';

/** The stages of the default pipeline, in order. */
export const DEFAULT_STAGES: readonly Stage[] = [textStage, languageStage, sentencesStage, mentionsStage, quotesStage, speakersStage];
