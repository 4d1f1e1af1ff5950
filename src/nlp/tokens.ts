/**
 * A small tokenizer for Danish news text: words (with inner hyphens and apostrophes), numbers,
 * and single punctuation characters, each with its offsets into the input. The quote and speaker
 * stages reason over these tokens; they never rewrite the text.
 * @module
 */
import { isSpace } from './chars.js';

/**
 * Ranges of tokens, each [first token, end token), held flat in one typed array. Not a pair per
 * range: a document of a million one-line paragraphs made a million pairs, each alive until its
 * stage ended and so copied by every young-generation collection before it died in the old one.
 */
export class TokenRanges {
  /** Range k is [bounds[2k], bounds[2k + 1]). */
  readonly bounds: Int32Array;
  /** How many ranges. */
  readonly length: number;

  /** @param bounds two entries per range, first token then end token */
  constructor(bounds: Int32Array) {
    this.bounds = bounds;
    this.length = bounds.length >> 1;
  }

  /** The first token of range k. */
  first(k: number): number {
    return this.bounds[2 * k]!;
  }

  /** The token after the last of range k (its first, when the range holds none). */
  end(k: number): number {
    return this.bounds[2 * k + 1]!;
  }

  /**
   * Ranges given as pairs.
   * @param pairs [first token, end token) each
   */
  static of(pairs: readonly (readonly [number, number])[]): TokenRanges {
    const bounds = new Int32Array(pairs.length * 2);
    pairs.forEach(([a, b], k) => {
      bounds[2 * k] = a;
      bounds[2 * k + 1] = b;
    });
    return new TokenRanges(bounds);
  }
}

/**
 * Each range's tokens, as [first token, end token): the tokens that lie inside it. Ranges and
 * tokens are in text order; one pass over both.
 * @param tokens a text's tokens
 * @param ranges stretches of the same text (sentences), in order and not overlapping
 */
export function tokenRanges(tokens: readonly Token[], ranges: readonly { start: number; end: number }[]): TokenRanges {
  const bounds = new Int32Array(ranges.length * 2);
  let i = 0;
  for (let k = 0; k < ranges.length; k++) {
    const r = ranges[k]!;
    while (i < tokens.length && tokens[i]!.start < r.start) i++;
    bounds[2 * k] = i;
    while (i < tokens.length && tokens[i]!.end <= r.end) i++;
    bounds[2 * k + 1] = i;
  }
  return new TokenRanges(bounds);
}

/** A token of the input. */
export interface Token {
  start: number;
  end: number;
  /** The token's text as in the input. */
  text: string;
  /** Lower-cased text. */
  lower: string;
  /** word: letters (possibly with digits, hyphens, apostrophes); num: digits; punct: anything else. */
  type: 'word' | 'num' | 'punct';
  /** Whether a word starts with an upper-case letter. */
  cap: boolean;
}

// Words: letters then letters/digits, joined by hyphens or apostrophes (`Hagedorn-Olsen`, `USA's`,
// `nej'et`); numbers with inner separators (`2.300`, `3,5`, `14.30`); any other non-space char.
// A hand-written scanner over char codes: the equivalent Unicode regex cost a fifth of the
// pipeline's time. Letters outside Latin-1 and Latin Extended fall back to `\p{L}`.
const LETTER = /[\p{L}\p{M}]/u;
const UPPER_LETTER = /\p{Lu}/u;

function isLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba;
  if (c >= 0xd800 && c <= 0xdbff) return LETTER.test(text.slice(i, i + 2));
  return LETTER.test(text[i]!);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isUpper(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  if (c >= 0xc0 && c <= 0xde) return c !== 0xd7;
  if (c < 0xc0) return false;
  return UPPER_LETTER.test(text[i]!);
}

/** Length of a letter/digit/mark run starting at i (a word's body). */
function wordBody(text: string, i: number): number {
  let j = i;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (isDigit(c) || isLetter(text, j)) j += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    else break;
  }
  return j;
}

/**
 * Splits text into tokens with exact offsets.
 * @param text input
 * @param offset added to every offset (for tokenising a slice)
 */
export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    let j: number;
    let type: Token['type'];
    if (isLetter(text, i)) {
      type = 'word';
      j = wordBody(text, i + (c >= 0xd800 && c <= 0xdbff ? 2 : 1));
      // inner hyphens and apostrophes join parts that start with a letter or digit
      while (j + 1 < n) {
        const d = text.charCodeAt(j);
        if ((d === 45 || d === 39 || d === 0x2019) && (isLetter(text, j + 1) || isDigit(text.charCodeAt(j + 1)))) j = wordBody(text, j + 1);
        else break;
      }
    } else if (isDigit(c)) {
      type = 'num';
      j = i + 1;
      while (j < n && isDigit(text.charCodeAt(j))) j++;
      // `45-årige`, `80-kubik`: a number joined to a word is a word
      if (j + 1 < n && text.charCodeAt(j) === 45 && isLetter(text, j + 1)) {
        type = 'word';
        j = wordBody(text, j + 1);
      }
      while (j + 1 < n) {
        const d = text.charCodeAt(j);
        if ((d === 46 || d === 44 || d === 58) && isDigit(text.charCodeAt(j + 1))) {
          j += 2;
          while (j < n && isDigit(text.charCodeAt(j))) j++;
        } else break;
      }
    } else {
      type = 'punct';
      j = i + (c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1);
    }
    const t = text.slice(i, j);
    out.push({ start: i + offset, end: j + offset, text: t, lower: type === 'word' ? t.toLowerCase() : t, type, cap: type === 'word' && isUpper(text, i) });
    i = j;
  }
  return out;
}

/**
 * Index of the first token whose start is at or after `offset` (tokens sorted), or tokens.length.
 * @param tokens sorted tokens
 * @param offset a character offset
 */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Quotation mark characters of every style citat reads. */
export const QUOTE_CHARS = new Set(['"', '»', '«', '„', '“', '”', '‟']);

/** Dashes that open a paragraph of direct speech. */
export const SPEECH_DASHES = new Set(['-', '–', '—']);
