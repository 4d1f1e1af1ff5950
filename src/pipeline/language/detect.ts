/**
 * How the stage decides.
 *
 * 1. Fewer than {@link MIN_LETTERS} letters: `und` with confidence 0, rather than a guess.
 * 2. If the text is clearly Scandinavian (at least two Scandinavian function words, one of them
 *    not also a word elsewhere, and three times as many as foreign ones; or, with no foreign function word,
 *    one Scandinavian function word, the letters æ ø å, or three in four words known to the model), franc's pass over the world's languages would only confirm it (and on
 *    a short line it often guesses a far-off language), so it is skipped: the Scandinavian model
 *    decides.
 * 3. Otherwise franc (all languages) gives the first pass. If it names Danish, Bokmål, Nynorsk or
 *    Swedish, the Scandinavian model decides between those four (franc's trigram profiles blur
 *    Danish and Bokmål, which is why this stage exists); any other answer stands.
 * @module
 */
import { francAll } from 'franc';
import { FRANC_IGNORE, ISO3_TO_1 } from '../../lexicon/language/iso639.js';
import { countLetters } from '../../nlp/letters.js';
import { GROUP_WORDS } from '../../lexicon/language/scandinavian-words.js';
import { WEIGHTS } from '../../lexicon/language/weights.js';
import { SCANDINAVIAN, words } from './features.js';
import { parseModel, type ScandinavianModel } from './model.js';

/** What {@link detectLanguage} returns. */
export interface LanguageResult {
  /** ISO 639-1 code, or `und` (too short, no evidence, or a language without a two-letter code). */
  code: string;
  /** 0–1: the probability of the chosen language (0 for `und`). */
  confidence: number;
  /** Score per code, 0–1, higher is more likely; covers at least da, nb, nn, sv, en, de. */
  scores: Record<string, number>;
}

/** Below this many letters there is too little evidence to decide. */
export const MIN_LETTERS = 10;

/** Codes every result scores. */
export const SCORED = ['da', 'nb', 'nn', 'sv', 'en', 'de'] as const;

const SCANDINAVIAN_FRANC = new Set(['dan', 'nob', 'nno', 'swe']);

function set(list: string): Set<string> {
  return new Set(list.split(/\s+/).filter(Boolean));
}
/** Function-word group of a word: 1 Scandinavian, 2 shared, 3 foreign (one lookup a word, not three). */
const GROUP = new Map<string, 1 | 2 | 3>();
for (const w of set(GROUP_WORDS.foreign)) GROUP.set(w, 3);
for (const w of set(GROUP_WORDS.shared)) GROUP.set(w, 2);
for (const w of set(GROUP_WORDS.scandinavian)) GROUP.set(w, 1);
/** Letters of Danish and Norwegian: with no foreign function word beside them, enough to skip franc. */
const DANO_NORWEGIAN_LETTER = /[æøå]/i;

let defaultModel: ScandinavianModel | undefined;
/** The shipped model, parsed on first use. */
function shippedModel(): ScandinavianModel {
  return (defaultModel ??= parseModel(WEIGHTS));
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function emptyScores(): Record<string, number> {
  // a literal, not Object.fromEntries: this runs once per paragraph
  return { da: 0, nb: 0, nn: 0, sv: 0, en: 0, de: 0 };
}

/** Softmax of the model's logits, scaled to `mass`, written into `scores`; returns the top code. */
function decideScandinavian(text: string, model: ScandinavianModel, scores: Record<string, number>, mass: number, ws?: readonly string[]): { code: string; confidence: number } {
  const { logits } = model.score(text, ws);
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
  const scores = emptyScores();
  if (countLetters(text, MIN_LETTERS) < MIN_LETTERS) return { code: 'und', confidence: 0, scores };
  let scandinavian = 0;
  let shared = 0;
  let foreign = 0;
  const ws = words(text);
  for (let i = 0; i < ws.length; i++) {
    const g = GROUP.get(ws[i]!);
    if (g === 1) scandinavian++;
    else if (g === 2) shared++;
    else if (g === 3) foreign++;
  }
  const knownShare = (): number => ws.filter((w) => model.knows(w)).length / ws.length;
  const clearly =
    (scandinavian >= 1 && scandinavian + shared >= 2 && scandinavian + shared >= 3 * foreign) ||
    (foreign === 0 && (scandinavian >= 1 || DANO_NORWEGIAN_LETTER.test(text) || (ws.length >= 2 && knownShare() >= 0.75)));
  if (clearly) {
    const { code, confidence } = decideScandinavian(text, model, scores, 1, ws);
    return { code, confidence, scores };
  }
  const ranked = francAll(text, { minLength: 1, ignore: [...FRANC_IGNORE] });
  const [top, topScore = 0] = ranked[0] ?? ['und', 0];
  const total = ranked.slice(0, 5).reduce((a, [, s]) => a + s, 0) || 1;
  for (const [code3, s] of ranked) {
    const code = ISO3_TO_1[code3];
    if (code && code in scores) scores[code] = round(s / total);
  }
  if (top === 'und') return { code: 'und', confidence: 0, scores };
  if (SCANDINAVIAN_FRANC.has(top)) {
    const mass = SCANDINAVIAN.reduce((a, c) => a + (scores[c] ?? 0), 0);
    const { code, confidence } = decideScandinavian(text, model, scores, mass, ws);
    return { code, confidence, scores };
  }
  const second = ranked[1]?.[1] ?? 0;
  // The contract is ISO 639-1 or `und`: a language without a two-letter code (mostly franc's guess
  // on short or noisy text) is reported as undetermined.
  return { code: ISO3_TO_1[top] ?? 'und', confidence: round(Math.min(1, topScore / total + (topScore - second))), scores };
}

