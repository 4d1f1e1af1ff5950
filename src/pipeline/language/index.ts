/**
 * Language stage: is the text Danish (and not Norwegian or Swedish)?
 *
 * franc gives the first pass over the world's languages; a Scandinavian model (naive Bayes over
 * words, character n-grams, hand-made word lists and spelling classes, see ./features.ts and
 * ./model.ts) decides between Danish, Bokmål, Nynorsk and Swedish. The stage reports the document's language and each
 * paragraph's, so that an English quote in a Danish article shows.
 * @module citat/language
 */
import type { Language } from '../../schema/index.js';
import { defineStage } from '../stage.js';
import { detectLanguage, detectParagraph, SCORED } from './detect.js';
import { countLetters } from '../../nlp/letters.js';
import { majorityLanguage } from './majority.js';
import { paragraphNature } from './prose.js';

export { detectLanguage, MIN_LETTERS, SCORED, type LanguageResult } from './detect.js';

/** The pipeline stage: the document's language and each paragraph's. */
export const languageStage = defineStage({
  name: 'language',
  requires: ['paragraphs'],
  provides: ['language'],
  run(doc) {
    const paragraphs = doc.paragraphs;
    // Each paragraph is detected once; with several paragraphs the document's answer is built
    // from theirs (weighted by letters) instead of a second pass over the whole text, which
    // halves the stage's cost. Why the paragraphs decide: a Danish article with long English
    // quotes has many English function words and, taken whole, can look English.
    // Paragraphs that are not language (base64, one giant token, no vowels) are `und`, and those
    // in another script keep their language but carry no vote: the document's language follows
    // its prose (see ./prose.ts).
    let noise = false;
    const parts = paragraphs.map((p) => {
      // too few characters to hold the letters a vote needs: `und` without reading it (a document
      // of a million one-word lines spent most of this stage reading them)
      if (p.end - p.start < PARAGRAPH_MIN_LETTERS) return SHORT_PART;
      const text = doc.text.slice(p.start, p.end);
      let part: Part;
      // A headline or byline is too short to tell Danish from Norwegian by itself: say so, and let
      // the article's longer paragraphs decide (this also spares franc's world pass on every one).
      if (text.length <= SAMPLE_CHARS) {
        // the usual paragraph: the pass that reads its words also counts its letters
        const { result: r, letters } = detectParagraph(text, PARAGRAPH_MIN_LETTERS);
        part = { code: r.code, confidence: r.confidence, scores: r.scores, letters, votes: true };
      } else {
        const letters = countLetters(text);
        if (letters < PARAGRAPH_MIN_LETTERS) return { code: 'und', confidence: 0, scores: zeroScores(), letters, votes: true };
        const r = detectLanguage(sample(text));
        part = { code: r.code, confidence: r.confidence, scores: r.scores, letters, votes: true };
      }
      if (part.code === 'und') return part;
      const nature = paragraphNature(text);
      if (nature === 'noise') {
        noise = true;
        return { code: 'und', confidence: 0, scores: zeroScores(), letters: part.letters, votes: false };
      }
      if (nature === 'other-script') part.votes = false;
      return part;
    });
    const voting = parts.filter((r) => r.votes);
    const determined = voting.filter((r) => r.code !== 'und');
    let whole: { code: string; confidence: number; scores: Record<string, number> };
    if (parts.length === 1) whole = { ...parts[0]!, scores: { ...parts[0]!.scores } };
    // no paragraph of prose long enough to decide: the whole text decides, less its noise
    else if (determined.length === 0) whole = detectLanguage(noise ? withoutNoise(doc.text, paragraphs, parts) : doc.text);
    else {
      const total = determined.reduce((a, r) => a + r.letters, 0);
      const scores: Record<string, number> = {};
      // for…in, not Object.entries: no pair array per paragraph (same keys, same order)
      // (an undetermined paragraph adds nothing, and every paragraph's scores open with the same
      // keys in the same order, so leaving it out keeps the keys' order)
      for (const r of determined) for (const code in r.scores) scores[code] = (scores[code] ?? 0) + (r.scores[code]! * r.letters) / total;
      for (const code of Object.keys(scores)) scores[code] = Math.round(scores[code]! * 1000) / 1000;
      const majority = majorityLanguage(voting)!;
      const confidence = determined.reduce((a, r) => a + (r.code === majority.code ? r.confidence * r.letters : 0), 0) / total;
      whole = { code: majority.code, confidence: Math.round(confidence * 1000) / 1000, scores };
    }
    const language: Language = {
      code: whole.code,
      confidence: whole.confidence,
      scores: whole.scores,
      paragraphs: parts.map((r, i) => ({ paragraph: i, code: r.code, confidence: r.confidence })),
    };
    return { language };
  },
});

export default detectLanguage;

/** A paragraph's language, its letters, and whether it votes on the document's language. */
interface Part {
  code: string;
  confidence: number;
  scores: Record<string, number>;
  letters: number;
  votes: boolean;
}

/** The text of the paragraphs that are not noise, a blank line between. */
function withoutNoise(text: string, paragraphs: readonly { start: number; end: number }[], parts: readonly Part[]): string {
  return paragraphs
    .filter((_, i) => parts[i]!.votes || parts[i]!.code !== 'und')
    .map((p) => text.slice(p.start, p.end))
    .join('\n\n');
}

/** Paragraphs with fewer letters than this get `und` in the pipeline (headlines, bylines). */
const PARAGRAPH_MIN_LETTERS = 30;

/**
 * The answer for every paragraph too short to read, shared (only read, never handed out): one
 * object per line of a document of a million one-word lines was most of what the stage allocated.
 */
const SHORT_PART: Readonly<Part> = Object.freeze({ code: 'und', confidence: 0, scores: Object.freeze(zeroScores()), letters: 0, votes: true });

function zeroScores(): Record<string, number> {
  return Object.fromEntries(SCORED.map((c) => [c, 0]));
}

/** Longest stretch of a paragraph read for its language: the evidence has long settled by then
 * (sentences of 60+ characters are already told apart 99–100% of the time, held out), and the stage was the
 * pipeline's largest cost. */
const SAMPLE_CHARS = 500;

/** The paragraph, or its first {@link SAMPLE_CHARS} characters cut at a space. */
function sample(text: string): string {
  if (text.length <= SAMPLE_CHARS) return text;
  const cut = text.lastIndexOf(' ', SAMPLE_CHARS);
  return text.slice(0, cut > SAMPLE_CHARS / 2 ? cut : SAMPLE_CHARS);
}
