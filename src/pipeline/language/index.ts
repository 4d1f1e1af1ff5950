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
import { MAJORITY, majorityLanguage } from './majority.js';

export { detectLanguage, MIN_LETTERS, SCORED, type LanguageResult } from './detect.js';

/** The pipeline stage: the document's language and each paragraph's. */
export const languageStage = defineStage({
  name: 'language',
  requires: ['paragraphs'],
  provides: ['language'],
  danishOnly: false,
  run(doc) {
    const whole = detectLanguage(doc.text);
    const parts = (doc.paragraphs ?? []).map((p) => {
      const text = doc.text.slice(p.start, p.end);
      return { ...detectLanguage(text), letters: text.match(/\p{L}/gu)?.length ?? 0 };
    });
    const paragraphs = parts.map((r, i) => ({ paragraph: i, code: r.code, confidence: r.confidence }));
    const language: Language = { ...whole, paragraphs };
    const majority = majorityLanguage(parts);
    if (parts.length > 1 && majority && majority.share >= MAJORITY && majority.code !== whole.code) {
      language.code = majority.code;
      language.confidence = Math.round(majority.share * 1000) / 1000;
    }
    doc.language = language;
  },
});

export default detectLanguage;
