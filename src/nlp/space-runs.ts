/**
 * Counting the parts of a text between runs of white space, as `text.split(/\s+/)` would give
 * them, without building the parts: the quote and speaker rules count words of spans and names
 * many times per document, and each split allocated an array of strings only to read its length.
 * @module
 */
import { isSpace } from './chars.js';
import { letterWidthAt } from './letters.js';

/**
 * `text.split(/\s+/).length`: one more than the number of white-space runs.
 * @param text any text
 */
export function countSplitParts(text: string): number {
  let parts = 1;
  for (let i = 0; i < text.length; i++) if (isSpace(text.charCodeAt(i)) && (i === 0 || !isSpace(text.charCodeAt(i - 1)))) parts++;
  return parts;
}

/**
 * `text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length`: the parts that hold a letter.
 * @param text any text
 */
export function countPartsWithLetter(text: string): number {
  let count = 0;
  let letter = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      if (letter) count++;
      letter = false;
    } else if (!letter) {
      letter = letterWidthAt(text, i) > 0;
    }
  }
  return letter ? count + 1 : count;
}

/**
 * Index of the last `\s` character, or -1: the last part of `text.split(/\s+/)` starts after it.
 * @param text any text
 */
export function lastSpaceIndex(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) if (isSpace(text.charCodeAt(i))) return i;
  return -1;
}
