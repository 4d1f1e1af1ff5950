/**
 * Letters by char code, for the hot paths that used `\p{L}` regexes per character or `match`
 * (which allocates): ASCII, Latin-1 and Latin Extended are decided by range, anything else asks
 * `\p{L}` for its code point (a surrogate pair is one code point).
 * @module
 */

const LETTER = /^\p{L}$/u;

/**
 * The width in UTF-16 units of the letter at `i` (1, or 2 for a letter outside the BMP), or 0
 * when the code point there is no letter.
 * @param text any text
 * @param i an index into it
 */
export function letterWidthAt(text: string, i: number): 0 | 1 | 2 {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : 0;
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7 ? 1 : 0;
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
    return LETTER.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  return LETTER.test(text[i]!) ? 1 : 0;
}

/**
 * Number of letters (code points) in a text, counting no further than `limit`.
 * @param text any text
 * @param limit stop counting here (default: count them all)
 */
export function countLetters(text: string, limit = Infinity): number {
  let n = 0;
  for (let i = 0; i < text.length && n < limit; ) {
    const w = letterWidthAt(text, i);
    if (w > 0) {
      n++;
      i += w;
    } else i++;
  }
  return n;
}

/**
 * A regex that finds any of the words as a whole word (not inside a longer word), in any case.
 * @param words lower-case words
 */
export function wordPattern(words: readonly string[]): RegExp {
  return new RegExp(`(?:^|[^\\p{L}])(?:${words.join('|')})(?![\\p{L}])`, 'iu');
}
