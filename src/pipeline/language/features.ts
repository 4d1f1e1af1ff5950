/**
 * The evidence the Scandinavian decision weighs, one word at a time.
 *
 * Every feature belongs to one word, so a text's evidence is the sum over its words, and the sum
 * for a word can be cached (news text repeats its words; this is what makes the stage faster than
 * franc). The classes, and why each is there:
 * - `w:<word>`: the word itself, for words whose spelling differs (af/av, blev/ble);
 * - character 1–5-grams inside the word with its boundaries (` bo`, `ok `, `anse `): letters
 *   (ä ö æ ø), spellings (ej/ei, kj, ck, -ance/-anse) and endings generalise to words never seen
 *   in fitting; five letters reach whole endings and prefixes (`-erne `, ` ind`/` inn`);
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
export const MAX_NGRAM = 5;

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
 * Visits the features of one lower-cased word, each as a range of a string, without making a
 * string of each n-gram: the language model looks new words up this way (a word's 1–5-grams are
 * some thirty strings, and building them was most of the stage's cost on words it had not seen).
 * @param word a run of lower-case letters
 * @param visit called once per feature (with repeats, as counts), in the order of
 *   {@link wordFeatures}: the feature is `text.slice(from, to)`
 */
export function visitWordFeatures(word: string, visit: (text: string, from: number, to: number) => void): void {
  const whole = `w:${word}`;
  visit(whole, 0, whole.length);
  const padded = ` ${word} `;
  for (let n = 1; n <= MAX_NGRAM; n++) {
    for (let i = 0; i + n <= padded.length; i++) {
      // the boundary alone is not a feature
      if (n === 1 && padded.charCodeAt(i) === 32) continue;
      visit(padded, i, i + n);
    }
  }
  const lists = listed.get(word);
  if (lists) for (const l of lists) visit(l, 0, l.length);
  for (const { feature, pattern } of PATTERN_FEATURES) if (pattern.test(word)) visit(feature, 0, feature.length);
}

/** The spelling classes with their feature names made once. */
const PATTERN_FEATURES = PATTERNS.map(({ name, pattern }) => ({ feature: `p:${name}`, pattern }));

/**
 * The features of one lower-cased word.
 * @param word a run of lower-case letters
 * @returns feature names (with repeats, as counts)
 */
export function wordFeatures(word: string): string[] {
  const out: string[] = [];
  visitWordFeatures(word, (text, from, to) => out.push(text.slice(from, to)));
  return out;
}

/**
 * Whether the word at `at` opens a sentence (or the text): only white space, quote marks and
 * dashes since the last `.`, `!`, `?` or `:`. Such a word is capitalised as a word, not as a name.
 */
export function opensSentence(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    // space, tab, newline, " ' « » „ “ ” ‘ ’ - – — (
    if (
      c === 32 ||
      c === 9 ||
      c === 10 ||
      c === 13 ||
      c === 34 ||
      c === 39 ||
      c === 0xab ||
      c === 0xbb ||
      c === 0x201e ||
      c === 0x201c ||
      c === 0x201d ||
      c === 0x2018 ||
      c === 0x2019 ||
      c === 45 ||
      c === 0x2013 ||
      c === 0x2014 ||
      c === 40
    )
      continue;
    return c === 46 || c === 33 || c === 63 || c === 58;
  }
  return true;
}

/**
 * The words of a text, lower-cased.
 * @param text any text
 * @param names when given, receives one flag a word: whether it is written as a name (a capital
 *   letter, then a small one), so that the model can treat names apart
 * @returns its words in order
 */
export function words(text: string, names?: boolean[]): string[] {
  // A scanner over char codes with the same result as `match(WORD)`: the regex was a visible
  // share of the language stage (see nlp/letters.ts).
  const lower = text.toLowerCase();
  // Lower-casing keeps the length of everything but a few rare letters (İ); only then can the
  // original's case be read at the same offsets.
  const sameLength = lower.length === text.length;
  const out: string[] = [];
  const n = lower.length;
  let start = -1;
  let i = 0;
  const push = (end: number): void => {
    out.push(lower.slice(start, end));
    if (names)
      names.push(sameLength && end - start >= 2 && lower[start] !== text[start] && lower[start + 1] === text[start + 1] && !opensSentence(text, start));
  };
  while (i < n) {
    const width = letterWidthAt(lower, i);
    if (width > 0) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      push(i);
      start = -1;
    }
    i += width || 1;
  }
  if (start >= 0) push(n);
  return out;
}
