/**
 * The Scandinavian decision: naive Bayes over the word features of {@link visitWordFeatures}, with
 * counts gathered by scripts/fit-language.ts from material in ../shared.
 *
 * Why naive Bayes and not a discriminative model: the Norwegian and Swedish material is small
 * (a few thousand sentences), and most of what tells Bokmål from Danish in a new sentence is a
 * rare n-gram (`-anse`, `sj`, ` inn`) seen a handful of times in one language and never in the
 * other. Naive Bayes keeps every such count. A logistic model fitted on the same features was
 * measured first: held out, within the same ceilings on Norwegian and Swedish taken for Danish, it
 * reached 98.0–98.6% Danish recall on sentences of 60+ characters and 92–94% on all sentences,
 * against 100.0% and 97.1% for this model (scripts/eval-language.ts, 5-fold).
 * @module
 */
import { MAX_NGRAM, opensSentence, SCANDINAVIAN, visitWordFeatures, words } from './features.js';
import { countLetters, letterWidthAt } from '../../nlp/letters.js';
import { groupOf } from './groups.js';
import { hashWord, NAME_SALT, PRIME_A, PRIME_B, SEED_A, SEED_B, WordCache } from '../../nlp/word-cache.js';
import { FeatureTable } from './feature-table.js';
import { isLatinCodePoint } from './prose.js';

/** Per-language scores (da, nb, nn, sv), plus how many words were seen. */
export interface ScandinavianScore {
  /** Length-scaled log-likelihoods plus the language's offset, in the order of {@link SCANDINAVIAN}. */
  logits: [number, number, number, number];
  /** Number of words scored. */
  words: number;
}

/** Additive smoothing of the counts: an unseen feature gets this many pseudo-counts. */
export const SMOOTHING = 0.1;

/**
 * Numbers kept per cached word: four summed log-probabilities, the feature count, 1 when the model
 * knows the word, and the word's function-word group (see ./groups.ts).
 */
const SLOT = 7;

/** Feature counts per language, as fitted: what {@link ScandinavianModel} is built from. */
export interface FeatureCounts {
  /** Feature → its count in da, nb, nn, sv. */
  counts: ReadonlyMap<string, ArrayLike<number>>;
  /** All feature occurrences per language. */
  totals: readonly number[];
}

/** A fitted model: log-probabilities per feature and language, and an offset per language. */
export class ScandinavianModel {
  /** Feature → index of its four log-probabilities in {@link logp}. */
  private readonly table: FeatureTable;
  private readonly logp: Float64Array;
  /**
   * Log-probability of a feature never seen in fitting, per language. It is lowest for Danish,
   * whose material is largest: a feature that much Danish text never showed is evidence against
   * Danish. Measured (before names were treated apart, below): leaving unseen features out
   * instead lowered held-out Danish recall on all sentences from 97.1% to 95.6%.
   */
  private readonly unseen: Float64Array;
  /** Word (and whether written as a name) → entry of its evidence in {@link sums}. */
  private readonly cache = new WordCache();
  private sums = new Float64Array(SLOT * 1024);

  /**
   * @param table the feature names, each with a dense index
   * @param counts four counts per feature index (da, nb, nn, sv); turned into log-probabilities in place
   * @param totals all feature occurrences per language
   * @param offsets added to each language's score (the Danish decision offset is in the first)
   */
  constructor(
    table: FeatureTable,
    counts: Float64Array,
    totals: readonly number[],
    readonly offsets: readonly number[],
  ) {
    const denominators = totals.map((t) => Math.log(t + SMOOTHING * table.size));
    this.unseen = Float64Array.from(denominators, (d) => Math.log(SMOOTHING) - d);
    this.table = table;
    for (let i = 0; i < table.size; i++) {
      for (let k = 0; k < 4; k++) counts[4 * i + k] = Math.log(counts[4 * i + k]! + SMOOTHING) - denominators[k]!;
    }
    this.logp = counts;
  }

  /**
   * A model from counts held in a map (as scripts/fit-language.ts gathers them).
   * @param fitted feature counts per language
   * @param offsets added to each language's score
   * @returns the model
   */
  static fromCounts(fitted: FeatureCounts, offsets: readonly number[]): ScandinavianModel {
    const table = new FeatureTable(fitted.counts.size);
    const counts = new Float64Array(4 * fitted.counts.size);
    for (const [name, c] of fitted.counts) {
      const i = table.add(name);
      for (let k = 0; k < 4; k++) counts[4 * i + k] = c[k] ?? 0;
    }
    return new ScandinavianModel(table, counts, fitted.totals, offsets);
  }

  /**
   * Whether the word itself was seen in the Scandinavian fitting material.
   * @param word a lower-cased word
   * @returns true when the model knows the word
   */
  knows(word: string): boolean {
    return this.table.get(`w:${word}`) >= 0;
  }

  /**
   * Offset in {@link sums} of one word's summed log-probabilities and feature count.
   * @param word the lower-cased word
   * @param name whether it is written as a name: then features never seen in fitting are left
   *   out instead of counting against the language with the most material. A name's spelling is
   *   its own (Kirgistan, Jakobsdóttir), so its unseen n-grams say nothing about the sentence's
   *   language, and a Danish sentence full of names was taken for Norwegian.
   */
  private slot(word: string, name: boolean): number {
    const [a, b] = hashWord(word, name);
    const hit = this.cache.get(a, b);
    return hit >= 0 ? SLOT * hit : this.fill(word, name, a, b);
  }

  /** Computes and stores the evidence of a word not in the cache; returns its offset in {@link sums}. */
  private fill(word: string, name: boolean, a: number, b: number): number {
    const add = new Float64Array(SLOT);
    const { logp, unseen, table } = this;
    let first = true;
    visitWordFeatures(word, (text, from, to) => {
      const i = table.getRange(text, from, to);
      // the first feature is the word itself (`w:…`): whether the model knows the word
      if (first) {
        add[5] = i >= 0 ? 1 : 0;
        first = false;
      }
      if (i >= 0) for (let k = 0; k < 4; k++) add[k]! += logp[4 * i + k]!;
      else if (!name) for (let k = 0; k < 4; k++) add[k]! += unseen[k]!;
      else return;
      add[4]!++;
    });
    add[6] = groupOf(word);
    const at = SLOT * this.cache.add(a, b);
    if (at + SLOT > this.sums.length) {
      const grown = new Float64Array(this.sums.length * 2);
      grown.set(this.sums);
      this.sums = grown;
    }
    this.sums.set(add, at);
    return at;
  }

  /**
   * Reads a text's words and adds up their evidence in one pass over its char codes, without
   * building a string for a word already in the cache (the hashes are computed while scanning,
   * lower-cased as words() lower-cases). The result equals {@link accumulate} over
   * `words(text, names)`; a text with a letter beyond Latin-1 (whose lower-casing words() leaves
   * to `toLowerCase` on the whole text) is handed to that slower path. The same pass counts what
   * the stage's gate needs of the text itself (its letters, and the marks of Icelandic and
   * Faroese), which were two more passes over it.
   * @param text any text
   * @param acc receives, zeroed first: four summed log-probabilities, the feature count, the known
   *   words, the words of function-word groups 1, 2 and 3, the known words of group 3, the words,
   *   and at {@link LETTERS}, {@link ETH_THORN} and {@link NORTH_ATLANTIC_MARKS} those counts
   */
  scan(text: string, acc: Float64Array): void {
    acc.fill(0);
    const n = text.length;
    let letters = 0;
    let ethThorn = 0;
    let marks = 0;
    let i = 0;
    while (i < n) {
      let c = text.charCodeAt(i);
      let k = c < 256 ? LATIN1[c]! : 0;
      if ((k & LETTER) === 0) {
        if (c > 0xff && letterWidthAt(text, i) > 0) {
          this.scanSlowly(text, acc);
          return;
        }
        i++;
        continue;
      }
      const start = i;
      let a = SEED_A;
      let b = SEED_B;
      let upperFirst = false;
      let upperSecond = false;
      for (; i < n; i++) {
        c = text.charCodeAt(i);
        k = c < 256 ? LATIN1[c]! : 0;
        if ((k & LETTER) === 0) {
          if (c > 0xff && letterWidthAt(text, i) > 0) {
            this.scanSlowly(text, acc);
            return;
          }
          break;
        }
        const upper = (k & UPPER) !== 0;
        const lower = upper ? c + 32 : c;
        if (i === start) upperFirst = upper;
        else if (i === start + 1) upperSecond = upper;
        if (k >= NORTH_ATLANTIC) {
          marks++;
          if ((k & ETH_OR_THORN) !== 0) ethThorn++;
        }
        a = Math.imul(a ^ lower, PRIME_A);
        b = Math.imul(b ^ lower, PRIME_B);
      }
      letters += i - start;
      const name = i - start >= 2 && upperFirst && !upperSecond && !opensSentence(text, start);
      if (name) {
        a = Math.imul(a ^ NAME_SALT, PRIME_A);
        b = Math.imul(b ^ NAME_SALT, PRIME_B);
      }
      a >>>= 0;
      b >>>= 0;
      const hit = this.cache.get(a, b);
      const at = hit >= 0 ? SLOT * hit : this.fill(text.slice(start, i).toLowerCase(), name, a, b);
      this.add(at, acc);
    }
    acc[LETTERS] = letters;
    acc[ETH_THORN] = ethThorn;
    acc[NORTH_ATLANTIC_MARKS] = marks;
  }

  /**
   * {@link scan} by way of words(), for text with letters beyond Latin-1. Words in another script
   * than Latin are left out: they say nothing about which Scandinavian language a text is in, and
   * their n-grams, never seen in fitting, counted against Danish (a Danish paragraph with a few
   * Arabic words in it was taken for Norwegian).
   */
  private scanSlowly(text: string, acc: Float64Array): void {
    const names: boolean[] = [];
    const all = words(text, names);
    const ws: string[] = [];
    const wsNames: boolean[] = [];
    for (let i = 0; i < all.length; i++) {
      if (!isLatinWord(all[i]!)) continue;
      ws.push(all[i]!);
      wsNames.push(names[i]!);
    }
    this.accumulate(ws, wsNames, acc);
    acc[LETTERS] = countLetters(text);
    acc[ETH_THORN] = text.match(ETH_THORN_CHARS)?.length ?? 0;
    acc[NORTH_ATLANTIC_MARKS] = text.match(NORTH_ATLANTIC_CHARS)?.length ?? 0;
  }

  /** Adds one word's evidence (at `at` in {@link sums}) to a scan's sums. */
  private add(at: number, acc: Float64Array): void {
    const sums = this.sums;
    acc[0]! += sums[at]!;
    acc[1]! += sums[at + 1]!;
    acc[2]! += sums[at + 2]!;
    acc[3]! += sums[at + 3]!;
    acc[4]! += sums[at + 4]!;
    const known = sums[at + 5]!;
    acc[5]! += known;
    const group = sums[at + 6]!;
    if (group > 0) {
      acc[5 + group]!++;
      if (group === 3) acc[9]! += known;
    }
    acc[10]!++;
  }

  /**
   * Scores a text (see {@link logits}).
   * @param text any text
   * @param ws its lower-cased words, when the caller has them already
   * @param names for each word, whether it is written as a name (see {@link words})
   * @returns scores and word count
   */
  score(text: string, ws?: readonly string[], names?: readonly boolean[]): ScandinavianScore {
    if (!ws) {
      const flags: boolean[] = [];
      ws = words(text, flags);
      names = flags;
    }
    const acc = new Float64Array(ACCUMULATED);
    this.accumulate(ws, names, acc);
    return { logits: this.logits(acc), words: ws.length };
  }

  /**
   * Adds up the evidence of words in one pass: one cache lookup a word gives its summed
   * log-probabilities and whether the model knows it (the stage's gate needs both).
   * @param ws lower-cased words
   * @param names for each word, whether it is written as a name
   * @param acc receives what {@link scan} writes (zeroed first)
   */
  accumulate(ws: readonly string[], names: readonly boolean[] | undefined, acc: Float64Array): void {
    acc.fill(0);
    for (let i = 0; i < ws.length; i++) this.add(this.slot(ws[i]!, names?.[i] ?? false), acc);
  }

  /**
   * The scores of accumulated evidence. The summed log-probabilities are divided by the square
   * root of the feature count: evidence grows with length, but slower than linearly (naive Bayes
   * counts the overlapping n-grams of one word as independent, which overstates long texts), and
   * one offset then serves short and long texts alike.
   * @param acc what {@link accumulate} wrote
   * @returns the four scores, in the order of {@link SCANDINAVIAN}
   */
  logits(acc: Float64Array): [number, number, number, number] {
    const n = acc[4]!;
    const scale = n > 0 ? 1 / Math.sqrt(n) : 0;
    const o = this.offsets;
    return [o[0]! + acc[0]! * scale, o[1]! + acc[1]! * scale, o[2]! + acc[2]! * scale, o[3]! + acc[3]! * scale];
  }
}

/** Whether every letter of a word is a letter of the Latin script. */
function isLatinWord(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 0x2b0) continue;
    if (!isLatinCodePoint(word.codePointAt(i)!)) return false;
    if (c >= 0xd800 && c <= 0xdbff) i++;
  }
  return true;
}

/** Whether a char code up to U+00FF is a letter (as letterWidthAt decides for that range). */
function isLatinLetter(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba;
  return c <= 0xff && c !== 0xd7 && c !== 0xf7;
}

/** ð and þ (either case): letters of Icelandic and Faroese that the four Scandinavian standards never use. */
const ETH_THORN_CHARS = /[ðþ]/gi;
/** Marks of Icelandic and Faroese spelling: ð, þ and the acute vowels (not é, which Danish uses). */
const NORTH_ATLANTIC_CHARS = /[ðþáíóúý]/gi;

/** Bits of {@link LATIN1}: a letter, an upper-case one (lower-cased by adding 32), … */
const LETTER = 1;
const UPPER = 2;
/** … one of {@link ETH_OR_THORN}'s, and (the highest bit, so `k >= NORTH_ATLANTIC` tests it) a mark of {@link NORTH_ATLANTIC_CHARS}. */
const ETH_OR_THORN = 4;
const NORTH_ATLANTIC = 8;

/**
 * What the scan needs to know of each Latin-1 char, one table lookup instead of a chain of
 * comparisons per character; the classes are those of {@link isLatinLetter} and of the two
 * patterns above.
 */
const LATIN1 = new Uint8Array(256);
for (let c = 0; c < 256; c++) {
  if (isLatinLetter(c)) LATIN1[c] = LETTER;
  if ((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7)) LATIN1[c]! |= UPPER;
  const ch = String.fromCharCode(c);
  if (NORTH_ATLANTIC_CHARS.test(ch)) LATIN1[c]! |= NORTH_ATLANTIC;
  if (ETH_THORN_CHARS.test(ch)) LATIN1[c]! |= ETH_OR_THORN;
  // global regexes keep their lastIndex between calls
  NORTH_ATLANTIC_CHARS.lastIndex = ETH_THORN_CHARS.lastIndex = 0;
}

/** Where {@link ScandinavianModel.scan} puts the text's letters (code points) … */
export const LETTERS = 11;
/** … its ð and þ … */
export const ETH_THORN = 12;
/** … and its ð, þ and acute vowels (see {@link NORTH_ATLANTIC_CHARS}); accumulate() leaves these three at 0. */
export const NORTH_ATLANTIC_MARKS = 13;

/** Length of the array {@link ScandinavianModel.accumulate} and {@link ScandinavianModel.scan} fill. */
export const ACCUMULATED = 14;

/**
 * Reads the model file written by scripts/fit-language.ts (data/scandinavian-model.tsv): a line
 * `#offsets a b c d`, a line `#features n` (how many features the model will have, to size its
 * table), then one line per feature, `name<TAB>a b c d` (counts in the order da nb nn sv; an empty
 * field is 0). Other lines starting with `#` are comments.
 *
 * The character n-grams are not in the file: every feature belongs to one word and is counted
 * once per occurrence of the word (see {@link visitWordFeatures}), so an n-gram's counts are the
 * sums over the words (`w:` lines) that hold it, and they are added up here. The file holds the
 * words, the word lists (`h:`) and the spelling classes (`p:`), which cost a pattern test per word
 * to derive: about 33,000 lines where the counts of every feature were 147,000 (1.9 MB of source).
 * The totals per language are the sums of all counts.
 *
 * Read by char code, without a string per number. The words are sorted, so a word shares its
 * first letters with the one before it, and the n-grams that lie inside that shared start are the
 * ones the word before had: their indices are kept, and only the n-grams after it are hashed
 * and looked up (about half of them).
 * @param text the serialised counts
 * @returns a model
 */
export function parseModel(text: string): ScandinavianModel {
  const declared = /^#features\t(\d+)$/m.exec(text);
  // a margin for the last words (see buildModel); without the line, a bound that fits a small file
  let capacity = declared ? Number(declared[1]) + 1024 : 5 * text.length + 64;
  for (;;) {
    const model = buildModel(text, capacity);
    if (model) return model;
    capacity *= 2;
  }
}

/**
 * {@link parseModel} with a table for `capacity` features.
 * @returns the model, or undefined when the features do not fit in `capacity`
 */
function buildModel(text: string, capacity: number): ScandinavianModel | undefined {
  const table = new FeatureTable(capacity);
  const counts = new Float64Array(4 * capacity);
  let offsets = [0, 0, 0, 0];
  const values = [0, 0, 0, 0];
  const add = (i: number): void => {
    counts[4 * i]! += values[0]!;
    counts[4 * i + 1]! += values[1]!;
    counts[4 * i + 2]! += values[2]!;
    counts[4 * i + 3]! += values[3]!;
  };
  // The indices of the word's n-grams: at 5·start + length−1; those of the word before while they
  // are the same n-grams.
  let grams = new Int32Array(MAX_NGRAM * 64);
  let previous = '';
  // the last word line's word, which the next one's shared prefix refers to
  let lastWord = '';
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const tab = text.lastIndexOf('\t', end);
    if (tab > start && readFour(text, tab + 1, end, values)) {
      if (text.charCodeAt(start) === 35 /* # */) {
        if (text.slice(start, tab) === '#offsets') offsets = [...values];
      } else {
        // Every line adds at most this many features; the table keeps twice `capacity` slots.
        if (table.size + MAX_NGRAM * (tab - start + 2) + 1 > capacity) return undefined;
        const word = wordOfLine(text, start, tab, lastWord);
        if (word === undefined) add(table.addRange(text, start, tab));
        else {
          lastWord = word;
          const name = `w:${word}`;
          add(table.addRange(name, 0, name.length));
          const padded = ` ${word} `;
          if (grams.length < MAX_NGRAM * padded.length) {
            grams = new Int32Array(MAX_NGRAM * 2 * padded.length);
            previous = ''; // its indices are gone
          }
          let shared = 0;
          while (shared < word.length && shared < previous.length && word.charCodeAt(shared) === previous.charCodeAt(shared)) shared++;
          // the last position is the closing space alone, which is not a feature
          for (let i = 0; i + 1 < padded.length; i++) {
            const n = Math.min(MAX_NGRAM, padded.length - i);
            // n-grams within the first shared+1 chars (the space and the shared letters) are the
            // previous word's; the opening space alone is not a feature
            const skip = Math.max(i === 0 ? 1 : 0, shared + 1 - i);
            if (skip < n) table.addPrefixes(padded, i, i + n, grams, MAX_NGRAM * i, skip);
            for (let k = i === 0 ? 1 : 0; k < n; k++) add(grams[MAX_NGRAM * i + k]!);
          }
          previous = word;
        }
      }
    }
    start = end + 1;
  }
  const size = table.size;
  const totals = [0, 0, 0, 0];
  for (let i = 0; i < size; i++) for (let k = 0; k < 4; k++) totals[k]! += counts[4 * i + k]!;
  return new ScandinavianModel(table, counts.subarray(0, 4 * size), totals, offsets);
}

/**
 * The word of a word line (text[start, tab) before the counts), or undefined for another line.
 * Word lines are sorted and front-coded: `w<k>:<rest>` is the previous word's first k characters
 * and then `rest` (`w5:ningen` after `w:uddanne`); `w:<word>` is a word whole (k = 0). The file is
 * a fifth smaller packed than with every word whole.
 * @param text the model file
 * @param start the line's start
 * @param tab the tab before its counts
 * @param previous the previous word line's word
 */
export function wordOfLine(text: string, start: number, tab: number, previous: string): string | undefined {
  if (text.charCodeAt(start) !== 119 /* w */) return undefined;
  let i = start + 1;
  let shared = 0;
  for (let c = text.charCodeAt(i); c >= 48 && c <= 57; c = text.charCodeAt(++i)) shared = shared * 10 + (c - 48);
  if (text.charCodeAt(i) !== 58 /* : */ || i >= tab) return undefined;
  return previous.slice(0, shared) + text.slice(i + 1, tab);
}

/**
 * Reads four space-separated numbers (an empty field is 0) from text[from, to) into `out`.
 * @returns false when there are not exactly four fields
 */
function readFour(text: string, from: number, to: number, out: number[]): boolean {
  let k = 0;
  let fieldStart = from;
  for (let i = from; i <= to; i++) {
    if (i < to && text.charCodeAt(i) !== 32) continue;
    if (k === 4) return false;
    out[k++] = readNumber(text, fieldStart, i);
    fieldStart = i + 1;
  }
  return k === 4;
}

/** A decimal number in text[from, to): digits, with a sign and a fraction (empty = 0). */
function readNumber(text: string, from: number, to: number): number {
  let value = 0;
  let i = from;
  const negative = text.charCodeAt(i) === 45; /* - */
  if (negative) i++;
  for (; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) break;
    value = value * 10 + (c - 48);
  }
  // a fraction or anything else unusual: let Number read the field (same value as before)
  if (i < to) value = Math.abs(Number(text.slice(from, to)));
  return negative ? -value : value;
}
