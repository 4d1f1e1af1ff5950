/**
 * How the stage decides.
 *
 * 1. Fewer than {@link MIN_LETTERS} letters, or Icelandic or Faroese: `und` with confidence 0,
 *    rather than a guess.
 * 2. If the text is clearly Scandinavian (at least two Scandinavian function words, one of them
 *    not also a word elsewhere, and three times as many as foreign ones; or, with no foreign
 *    function word, one Scandinavian function word, the letters æ ø å, or three in four words known
 *    to the model; or three in five words known and few foreign function words), franc's pass over
 *    the world's languages would only confirm it (and on a short line it often guesses a far-off
 *    language), so it is skipped: the Scandinavian model decides.
 * 3. Otherwise franc ranks the languages with a two-letter code. If it names Danish, Bokmål,
 *    Nynorsk or Swedish, the Scandinavian model decides between those four (franc's trigram
 *    profiles blur Danish and Bokmål, which is why this stage exists); any other answer stands,
 *    unless the text has fewer than {@link SHORT_LETTERS} letters: then `und`.
 * @module
 */
import { francAll } from 'franc';
import { FRANC_IGNORE, ISO3_TO_1 } from '../../lexicon/language/iso639.js';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CitatError, ErrorCode } from '../../errors.js';
import { SCANDINAVIAN } from './features.js';
import { ACCUMULATED, ETH_THORN, LETTERS, NORTH_ATLANTIC_MARKS, parseModel, type ScandinavianModel } from './model.js';

/** What {@link detectLanguage} returns. */
export interface LanguageResult {
  /** ISO 639-1 code, or `und` (too short, no evidence, or a language without a two-letter code). */
  code: string;
  /** 0–1: the probability of the chosen language, `scores[code]` (0 for `und`). */
  confidence: number;
  /**
   * A probability per language code: they sum to 1 (each is rounded to 3 decimals, so the sum
   * may be off by a thousandth or two), or are all 0 when the text was too short or Icelandic or
   * Faroese to measure. Always has da, nb, nn, sv, en, de; other languages franc ranked among its
   * five best get a key of their own.
   */
  scores: Record<string, number>;
}

/** Below this many letters there is too little evidence to decide. */
export const MIN_LETTERS = 5;

/**
 * Below this many letters only Scandinavian evidence (function words, æ ø å, known words) decides;
 * franc's world pass is not asked, because its trigram profiles guess wildly on a word or two.
 */
export const SHORT_LETTERS = 20;

/** Codes every result scores. */
export const SCORED = ['da', 'nb', 'nn', 'sv', 'en', 'de'] as const;

const SCANDINAVIAN_FRANC = new Set(['dan', 'nob', 'nno', 'swe']);

/** The languages of franc's world pass: those with a two-letter code, less the confusable varieties. */
const FRANC_ONLY = Object.keys(ISO3_TO_1).filter((c) => !FRANC_IGNORE.includes(c));

/** Letters of Danish and Norwegian: with no foreign function word beside them, enough to skip franc. */
const DANO_NORWEGIAN_LETTER = /[æøå]/i;

/**
 * Icelandic or Faroese: an ð or þ, and at least three such marks (ð, þ and the acute vowels, not
 * é, which Danish uses), one letter in 20 or more. Spanish has the acute vowels but no ð; a Danish
 * sentence with an Icelandic name (Guðmundsson) has too few. The counts come from the model's scan.
 */
function northAtlantic(acc: Float64Array): boolean {
  if (acc[ETH_THORN]! === 0) return false;
  const marks = acc[NORTH_ATLANTIC_MARKS]!;
  return marks >= 3 && marks * 20 >= acc[LETTERS]!;
}

/**
 * The shipped model's file, written by scripts/fit-language.ts. It lies outside `src/` and `dist/`
 * at the same depth from both, so one copy serves the sources (tsx, vitest), the build and the
 * installed package (package.json's `files` lists `data`).
 */
export const MODEL_FILE = new URL('../../../data/scandinavian-model.tsv', import.meta.url);

let defaultModel: ScandinavianModel | undefined;
/** The shipped model, read on first use. */
function shippedModel(): ScandinavianModel {
  return (defaultModel ??= parseModel(readModelFile()));
}

function readModelFile(): string {
  try {
    return readFileSync(MODEL_FILE, 'utf8');
  } catch (cause) {
    // a broken install or a bundler that left the file behind, not the user's input
    throw new CitatError(ErrorCode.FILE_NOT_FOUND, `cannot read the language model ${fileURLToPath(MODEL_FILE)}`, { cause });
  }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function emptyScores(): Record<string, number> {
  // a literal, not Object.fromEntries: this runs once per paragraph
  return { da: 0, nb: 0, nn: 0, sv: 0, en: 0, de: 0 };
}

/** Softmax of the model's logits, scaled to `mass`, written into `scores`; returns the top code. */
function decideScandinavian(model: ScandinavianModel, acc: Float64Array, scores: Record<string, number>, mass: number): { code: string; confidence: number } {
  const logits = model.logits(acc);
  const max = Math.max(...logits);
  const exp = logits.map((l) => Math.exp(l - max));
  const z = exp.reduce((a, b) => a + b, 0);
  let best = 0;
  exp.forEach((e, k) => {
    scores[SCANDINAVIAN[k]!] = round((mass * e) / z);
    if (e > exp[best]!) best = k;
  });
  return { code: SCANDINAVIAN[best]!, confidence: round((mass * exp[best]!) / z) };
}

/**
 * Detects the language of a text, telling Danish from Norwegian (Bokmål, Nynorsk) and Swedish.
 * @param text any text
 * @returns code (`und` when too short), confidence and scores
 * @example
 * detectLanguage('Regeringen vil ikke sige noget om sagen, siger hun.').code // 'da'
 */
export function detectLanguage(text: string): LanguageResult {
  return detectWith(text, shippedModel());
}

/**
 * {@link detectLanguage} with a given Scandinavian model (for cross-validation in the eval script).
 * @param text any text
 * @param model the Scandinavian model
 * @returns code, confidence and scores
 */
export function detectWith(text: string, model: ScandinavianModel): LanguageResult {
  return decide(text, model, MIN_LETTERS).result;
}

/**
 * {@link detectLanguage} for the pipeline's stage, which also needs the text's letters and has a
 * minimum of its own: the letters come from the same pass that reads the words.
 * @param text a paragraph
 * @param minLetters below this many letters the answer is `und` (franc is not asked)
 * @returns the result, and the text's letters (code points)
 */
export function detectParagraph(text: string, minLetters: number): { result: LanguageResult; letters: number } {
  return decide(text, shippedModel(), Math.max(minLetters, MIN_LETTERS));
}

/**
 * The sums of the text being decided. One array for all calls, which read it before they return:
 * allocating a typed array per paragraph was a fifth of the stage's time.
 */
const scratch = new Float64Array(ACCUMULATED);

/** The decision described at the top of this module. */
function decide(text: string, model: ScandinavianModel, minLetters: number): { result: LanguageResult; letters: number } {
  const scores = emptyScores();
  // One pass over the text gives the model's evidence and the counts the gate needs: the letters,
  // the words the model knows, and the function words of each group (see ./groups.ts).
  const acc = scratch;
  model.scan(text, acc);
  const letters = acc[LETTERS]!;
  if (letters < minLetters) return { result: { code: 'und', confidence: 0, scores }, letters };
  return { result: decideScanned(text, model, acc, scores), letters };
}

/** {@link decide} once the text is scanned and has enough letters. */
function decideScanned(text: string, model: ScandinavianModel, acc: Float64Array, scores: Record<string, number>): LanguageResult {
  const letters = acc[LETTERS]!;
  const scandinavian = acc[6]!;
  const shared = acc[7]!;
  const foreign = acc[8]!;
  const known = acc[5]! - acc[9]!;
  const wordCount = acc[10]!;
  // ð and þ are letters of Icelandic and Faroese, never of Danish, Norwegian or Swedish, and
  // franc has no profile for either language (it answers Malay or Swedish): a text full of them
  // is undetermined. One name with ð in a Danish sentence (Guðmundsson) is not enough.
  if (northAtlantic(acc)) return { code: 'und', confidence: 0, scores };
  const clearly =
    (scandinavian >= 1 && scandinavian + shared >= 2 && scandinavian + shared >= 3 * foreign) ||
    (foreign === 0 && (scandinavian >= 1 || DANO_NORWEGIAN_LETTER.test(text) || (wordCount >= 2 && known >= 0.75 * wordCount))) ||
    // Most words are words of Danish news (or of the model's Scandinavian vocabulary) and few
    // are foreign function words: a headline, a caption, a sentence with a foreign title in it.
    (wordCount >= 2 && known >= 0.6 * wordCount && 3 * foreign <= known);
  if (clearly) {
    const { code, confidence } = decideScandinavian(model, acc, scores, 1);
    return { code, confidence, scores };
  }
  // franc's world pass, over the languages the contract can name (ISO 639-1): a language without
  // a two-letter code would be reported as `und` anyway, and on a short Danish line franc's
  // nearest profile is often one of them (Quechua, Balinese), where the nearest nameable one is a
  // Scandinavian language or another major one.
  const ranked = francAll(text, { minLength: 1, only: FRANC_ONLY });
  const [top, topScore = 0] = ranked[0] ?? ['und', 0];
  if (top === 'und') return { code: 'und', confidence: 0, scores };
  // franc's scores are similarities (the top one is 1); its five best, each over their sum, are
  // the shares the decision below starts from.
  const head = ranked.slice(0, 5);
  const total = head.reduce((a, [, s]) => a + s, 0) || 1;
  if (SCANDINAVIAN_FRANC.has(top)) {
    // The four Scandinavian languages together keep the share franc gives them (a language ranked
    // below the five best counts with its own similarity over the same sum, so the share is at
    // most 1); the model splits it between them, and the other languages of the five share the rest.
    let mass = 0;
    for (const [code3, s] of ranked) if (SCANDINAVIAN_FRANC.has(code3)) mass += s / total;
    const { code, confidence } = decideScandinavian(model, acc, scores, mass);
    shareRest(
      head.filter(([code3]) => !SCANDINAVIAN_FRANC.has(code3)),
      1 - mass,
      scores,
    );
    return { code, confidence, scores };
  }
  // Under SHORT_LETTERS letters franc's trigrams are too few to name another language: say so
  // (the scores still show what franc measured).
  if (letters < SHORT_LETTERS) {
    shareRest(head, 1, scores);
    return { code: 'und', confidence: 0, scores };
  }
  const second = ranked[1]?.[1] ?? 0;
  // The chosen language's probability is its share plus its lead over the runner-up (franc's
  // similarities crowd together, so the share alone understates a clear lead); the other
  // languages of the five share the rest. The contract is ISO 639-1 or `und`, and FRANC_ONLY
  // holds only languages with a two-letter code.
  const confidence = Math.min(1, topScore / total + (topScore - second));
  const code = ISO3_TO_1[top] ?? 'und';
  if (code === 'und') return { code, confidence: 0, scores };
  scores[code] = round(confidence);
  shareRest(head.slice(1), 1 - confidence, scores);
  return { code, confidence: round(confidence), scores };
}

/**
 * Shares `mass` between franc's languages in proportion to their similarities, writing each
 * language's part into `scores` (languages beyond {@link SCORED} get a key of their own), so that
 * the scores form one distribution summing to 1.
 */
function shareRest(ranked: readonly (readonly [string, number])[], mass: number, scores: Record<string, number>): void {
  const sum = ranked.reduce((a, [, s]) => a + s, 0);
  if (sum <= 0 || mass <= 0) return;
  for (const [code3, s] of ranked) {
    const code = ISO3_TO_1[code3];
    if (code) scores[code] = round((mass * s) / sum);
  }
}
