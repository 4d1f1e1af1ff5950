/**
 * A small tokenizer for Danish news text: words (with inner hyphens and apostrophes), numbers,
 * and single punctuation characters, each with its offsets into the input. The quote and speaker
 * stages reason over these tokens; they never rewrite the text.
 * @module
 */

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
const TOKEN = /\p{L}[\p{L}\p{M}\p{N}]*(?:['’\-][\p{L}\p{N}]+)*|\p{N}+(?:[.,:]\p{N}+)*|\S/gu;
const UPPER = /^\p{Lu}/u;

/**
 * Splits text into tokens with exact offsets.
 * @param text input
 * @param offset added to every offset (for tokenising a slice)
 */
export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const t = m[0];
    const c = t.charCodeAt(0);
    const type: Token['type'] = c >= 48 && c <= 57 ? 'num' : /^\p{L}/u.test(t) ? 'word' : /^\p{N}/u.test(t) ? 'num' : 'punct';
    out.push({ start: m.index + offset, end: m.index + offset + t.length, text: t, lower: t.toLowerCase(), type, cap: type === 'word' && UPPER.test(t) });
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
