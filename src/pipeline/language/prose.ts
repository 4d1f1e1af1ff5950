/**
 * Whether a paragraph is written language at all, and in which script: a paragraph that is not
 * language carries no vote on the document's language.
 *
 * Why: the document's language is the letter-weighted majority of its paragraphs' languages, so
 * one paragraph of noise with many letters outvoted the article around it — a 2.7 kB base64 blob
 * was read as Swedish or Somali, one token of 100,000 letters as Nynorsk or Albanian, and the
 * Danish rules were then skipped for the whole article. What is measured here is what written
 * language has whatever the language: words of ordinary length separated by spaces, and vowels.
 * @module
 */
import { letterWidthAt } from '../../nlp/letters.js';
import { isSpace } from '../../nlp/chars.js';

/** What a paragraph is, for the document's vote. */
export type ParagraphNature = 'language' | 'other-script' | 'noise';

/**
 * A run of characters without white space longer than this is not a word of prose (Danish
 * compounds and hyphenated names stay well under it; base64 lines are 64 or 76 characters).
 */
export const LONG_PART = 45;

/**
 * Least share of vowels among a paragraph's Latin letters: about 0.38 in Danish prose (and over 0.3
 * in every European language written in Latin letters), so a paragraph under a tenth is a code, a
 * list of abbreviations or keyboard noise.
 */
export const MIN_VOWEL_SHARE = 0.1;

/** Vowels of the Latin alphabet with the accented forms of Latin-1, by char code. */
const VOWEL = new Uint8Array(0x100);
for (const ch of 'aeiouyæøåàáâãäèéêëìíîïòóôõöùúûüýÿAEIOUYÆØÅÀÁÂÃÄÈÉÊËÌÍÎÏÒÓÔÕÖÙÚÛÜÝ') VOWEL[ch.charCodeAt(0)] = 1;

/**
 * Whether a code point is a letter of the Latin script (Basic Latin, Latin-1, Latin Extended-A/B,
 * IPA, Latin Extended Additional, -C, -D, -E and the full-width forms), given that it is a letter.
 * @param cp a code point
 */
export function isLatinCodePoint(cp: number): boolean {
  return (
    cp < 0x2b0 ||
    (cp >= 0x1e00 && cp <= 0x1eff) ||
    (cp >= 0x2c60 && cp <= 0x2c7f) ||
    (cp >= 0xa720 && cp <= 0xa7ff) ||
    (cp >= 0xab30 && cp <= 0xab6f) ||
    (cp >= 0xff21 && cp <= 0xff5a)
  );
}

/**
 * What a paragraph is: `noise` when most of its letters stand in runs too long to be words
 * (base64, one giant token) or its Latin letters have almost no vowels; `other-script` when most
 * of its letters are not Latin (its language is reported, but a Danish article's vote is the
 * Latin paragraphs'); else `language`.
 * @param text a paragraph
 * @returns its nature
 */
export function paragraphNature(text: string): ParagraphNature {
  let latin = 0;
  let other = 0;
  let vowels = 0;
  let inLong = 0;
  let partStart = 0;
  let partLetters = 0;
  const n = text.length;
  for (let i = 0; i <= n; ) {
    if (i === n || isSpace(text.charCodeAt(i))) {
      if (i - partStart > LONG_PART) inLong += partLetters;
      partLetters = 0;
      partStart = ++i;
      continue;
    }
    const w = letterWidthAt(text, i);
    if (w === 0) {
      i++;
      continue;
    }
    partLetters++;
    const cp = text.codePointAt(i)!;
    if (isLatinCodePoint(cp)) {
      latin++;
      if (cp < 0x100 && VOWEL[cp] === 1) vowels++;
    } else other++;
    i += w;
  }
  const letters = latin + other;
  if (letters === 0) return 'noise';
  if (2 * inLong > letters) return 'noise';
  if (other > latin) return 'other-script';
  if (vowels < MIN_VOWEL_SHARE * latin) return 'noise';
  return 'language';
}
