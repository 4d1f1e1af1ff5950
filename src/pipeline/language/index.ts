/**
 * Language stage: is the text Danish (and not Norwegian or Swedish)?
 *
 * franc gives the first pass over the world's languages. (First version: franc restricted to the
 * Scandinavian and neighbouring languages; see issue 3 for the Scandinavian decision on top.)
 * @module citat/language
 */
import { franc, francAll } from 'franc';
import type { Language } from '../../schema/index.js';
import { defineStage } from '../stage.js';

/** What {@link detectLanguage} returns. */
export interface LanguageResult {
  /** ISO 639-1 code, or `und`. */
  code: string;
  /** 0–1. */
  confidence: number;
  /** Score per ISO 639-1 code, higher is more likely; covers da, nb, nn, sv, en, de. */
  scores: Record<string, number>;
}

/** franc's ISO 639-3 codes mapped to ISO 639-1. */
const ISO3_TO_1: Record<string, string> = { dan: 'da', nob: 'nb', nno: 'nn', swe: 'sv', eng: 'en', deu: 'de' };
const ONLY = Object.keys(ISO3_TO_1);

/** Below this many letters there is too little evidence to decide. */
export const MIN_LETTERS = 10;

/**
 * Detects the language of a text.
 * @param text any text
 * @returns code (`und` when too short), confidence and scores
 * @example
 * detectLanguage('Regeringen vil ikke sige noget om sagen, siger hun.').code // 'da'
 */
export function detectLanguage(text: string): LanguageResult {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const scores: Record<string, number> = Object.fromEntries(Object.values(ISO3_TO_1).map((c) => [c, 0]));
  if (letters < MIN_LETTERS) return { code: 'und', confidence: 0, scores };
  for (const [code3, score] of francAll(text, { only: ONLY, minLength: 1 })) {
    const code = ISO3_TO_1[code3];
    if (code) scores[code] = round(score);
  }
  const top = franc(text, { only: ONLY, minLength: 1 });
  const code = ISO3_TO_1[top] ?? 'und';
  const sorted = Object.values(scores).sort((a, b) => b - a);
  const margin = (sorted[0] ?? 0) - (sorted[1] ?? 0);
  return { code, confidence: round(Math.min(1, 0.5 + margin * 5)), scores };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

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
