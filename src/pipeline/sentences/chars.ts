/**
 * Character classes for the sentence splitter, as char-code tests: the splitter looks at one
 * character at a time and must not allocate strings or run regular expressions per character.
 * @module
 */

/** White space: the one class every stage uses (see src/nlp/chars.ts). */
export { isSpace } from '../../nlp/chars.js';

/** True for an ASCII digit. */
export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * True for an upper-case letter. ASCII and Latin-1 (Æ, Ø, Å, É, Ü …) by range; other scripts
 * through the string case mapping, which is rare enough not to matter for speed.
 */
export function isUpper(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  if (c <= 0xff) return c >= 0xc0 && c <= 0xde && c !== 0xd7;
  const s = String.fromCharCode(c);
  return s !== s.toLowerCase() && s === s.toUpperCase();
}

/** True for a lower-case letter (see {@link isUpper}). */
export function isLower(c: number): boolean {
  if (c < 128) return c >= 97 && c <= 122;
  if (c <= 0xff) return c >= 0xdf && c !== 0xf7;
  const s = String.fromCharCode(c);
  return s !== s.toUpperCase() && s === s.toLowerCase();
}

/** True for a letter of either case. */
export function isLetter(c: number): boolean {
  return isUpper(c) || isLower(c);
}

/** Sentence-final punctuation: `.`, `!`, `?` and the ellipsis character. */
export function isTerminal(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

/**
 * Marks that may follow final punctuation and still belong to the sentence: closing quotation
 * marks of every Danish style (`"`, `”`, `«`, `»`, `“`, `'`, `’`) and closing brackets.
 */
export function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 41 || c === 93 || c === 0xbb || c === 0xab || c === 0x201d || c === 0x201c || c === 0x2019;
}

/** Marks that may open a sentence before its first word: quotation marks and brackets. */
export function isOpener(c: number): boolean {
  return (
    c === 34 ||
    c === 39 ||
    c === 40 ||
    c === 91 ||
    c === 0xbb ||
    c === 0xab ||
    c === 0x201e ||
    c === 0x201c ||
    c === 0x201d ||
    c === 0x2018 ||
    c === 0x2019 ||
    c === 0x201a
  );
}

/** A dash that can introduce speech or a list item: hyphen-minus, en dash, em dash, bullet. */
export function isDash(c: number): boolean {
  return c === 45 || c === 0x2013 || c === 0x2014 || c === 0x2022 || c === 0x2212;
}
