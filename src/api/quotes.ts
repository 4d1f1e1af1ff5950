/**
 * `citat/quotes`: the quotes and speakers of a text, without language detection (the caller says
 * the text is Danish by calling this).
 * @module citat/quotes
 */
import type { Quote, Speaker } from '../schema/index.js';
import { confidenceStage } from '../pipeline/confidence/index.js';
import { mentionsStage } from '../pipeline/mentions/index.js';
import { namesStage } from '../pipeline/names/index.js';
import { quotesStage } from '../pipeline/quotes/index.js';
import { Pipeline } from '../pipeline/run.js';
import { sentencesStage } from '../pipeline/sentences/index.js';
import { speakersStage } from '../pipeline/speakers/index.js';
import { textStage } from '../pipeline/text/index.js';

export type { Quote, Speaker } from '../schema/index.js';

let pipeline: Pipeline | undefined;

/**
 * Finds the quotations of a Danish text and their speakers.
 * @param text the text, exactly as given
 * @returns `{ quotes, speakers }` as in the full document
 * @example
 * findQuotes('Ifølge politiet er tre personer anholdt.').quotes[0].kind // 'indirect'
 */
export function findQuotes(text: string): { quotes: Quote[]; speakers: Speaker[] } {
  pipeline ??= new Pipeline([textStage, sentencesStage, namesStage, mentionsStage, quotesStage, speakersStage, confidenceStage]);
  const doc = pipeline.run(text, { force: true });
  return { quotes: doc.quotes, speakers: doc.speakers };
}

export default findQuotes;
