/**
 * The evidence the Scandinavian decision weighs, one word at a time.
 *
 * Every feature belongs to one word, so a text's evidence is the sum over its words, and the sum
 * for a word can be cached (news text repeats its words; this is what makes the stage faster than
 * franc). The classes, and why each is there:
 * - `w:<word>`: the word itself, for frequent words whose spelling differs (af/av, blev/ble);
 * - character 1–3-grams inside the word with its boundaries (` bo`, `ok `): letters (ä ö æ ø) and
 *   spellings (ej/ei, kj, ck) generalise to words never seen in fitting;
 * - `h:<code>`: the word is in the hand-made list of characteristic forms of a language
 *   (src/lexicon/language/scandinavian-words.ts), so rare listed words count as much as frequent ones;
 * - `p:<name>`: the word matches a hand-made spelling or morphology class
 *   (src/lexicon/language/scandinavian-patterns.ts): -hed/-het, -skab/-skap, -sjon, -leg, soft b d g.
 * @module
 */
import { PATTERNS } from '../../lexicon/language/scandinavian-patterns.js';
import { WORDS, type ScandinavianCode } from '../../lexicon/language/scandinavian-words.js';
import { letterWidthAt } from '../../nlp/letters.js';

/** The languages of the Scandinavian decision, in the order of every weight vector. */
export const SCANDINAVIAN: readonly ScandinavianCode[] = ['da', 'nb', 'nn', 'sv'];

/** Longest character n-gram used. */
export const MAX_NGRAM = 4;

/** Matches the words of a text (after lower-casing): runs of letters. */
export const WORD = /\p{L}+/gu;

const listed = new Map<string, string[]>();
for (const code of SCANDINAVIAN) {
  for (const word of WORDS[code].split(/\s+/)) {
    if (!word) continue;
    const codes = listed.get(word) ?? [];
    if (!codes.includes(`h:${code}`)) codes.push(`h:${code}`);
    listed.set(word, codes);
  }
}

/**
 * The features of one lower-cased word.
 * @param word a run of lower-case letters
 * @returns feature names (with repeats, as counts)
 */
export function wordFeatures(word: string): string[] {
  const out: string[] = [`w:${word}`];
  const padded = ` ${word} `;
  for (let n = 1; n <= MAX_NGRAM; n++) {
    for (let i = 0; i + n <= padded.length; i++) {
      const gram = padded.slice(i, i + n);
      if (gram !== ' ') out.push(gram);
    }
  }
  const lists = listed.get(word);
  if (lists) out.push(...lists);
  for (const { name, pattern } of PATTERNS) if (pattern.test(word)) out.push(`p:${name}`);
  return out;
}

/**
 * The words of a text, lower-cased.
 * @param text any text
 * @returns its words in order
 */
export function words(text: string): string[] {
  // A scanner over char codes with the same result as `match(WORD)`: the regex was a visible
  // share of the language stage (see nlp/letters.ts).
  const lower = text.toLowerCase();
  const out: string[] = [];
  const n = lower.length;
  let start = -1;
  let i = 0;
  while (i < n) {
    const width = letterWidthAt(lower, i);
    if (width > 0) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push(lower.slice(start, i));
      start = -1;
    }
    i += width || 1;
  }
  if (start >= 0) out.push(lower.slice(start));
  return out;
}

