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

/**
 * The language most of a document's letters are written in, by paragraph; null when no paragraph
 * was determined. Why: a Danish article with long English quotes has many English function words,
 * and taken whole it can look English; counted by paragraph, its Danish majority shows.
 * @param parts each paragraph's code and letter count
 * @returns the majority code and its share of the determined letters
 */
export function majorityLanguage(parts: readonly { code: string; letters: number }[]): { code: string; share: number } | null {
  const letters = new Map<string, number>();
  let total = 0;
  for (const { code, letters: n } of parts) {
    if (code === 'und') continue;
    letters.set(code, (letters.get(code) ?? 0) + n);
    total += n;
  }
  let best: { code: string; share: number } | null = null;
  for (const [code, n] of letters) if (!best || n / total > best.share) best = { code, share: n / total };
  return best;
}

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
    if (parts.length > 1 && majority && majority.share > 0.5 && majority.code !== whole.code) {
      language.code = majority.code;
      language.confidence = Math.round(majority.share * 1000) / 1000;
    }
    doc.language = language;
  },
});

export default detectLanguage;
