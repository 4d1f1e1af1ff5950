/**
 * Language stage: is the text Danish (and not Norwegian or Swedish)?
 *
 * franc gives the first pass over the world's languages; a Scandinavian model (hand-made word
 * lists and spelling classes with fitted weights, see ./features.ts and ./model.ts) decides between
 * Danish, Bokmål, Nynorsk and Swedish. The stage reports the document's language and each
 * paragraph's, so that an English quote in a Danish article shows.
 * @module citat/language
 */
import type { Language } from '../../schema/index.js';
import { defineStage } from '../stage.js';
import { detectLanguage } from './detect.js';

export { detectLanguage, MIN_LETTERS, SCORED, type LanguageResult } from './detect.js';

/** The pipeline stage: the document's language and each paragraph's. */
export const languageStage = defineStage({
  name: 'language',
  requires: ['paragraphs'],
  provides: ['language'],
  danishOnly: false,
  run(doc) {
    const whole = detectLanguage(doc.text);
    const paragraphs = (doc.paragraphs ?? []).map((p, i) => {
      const r = detectLanguage(doc.text.slice(p.start, p.end));
      return { paragraph: i, code: r.code, confidence: r.confidence };
    });
    const language: Language = { ...whole, paragraphs };
    doc.language = language;
  },
});

export default detectLanguage;
