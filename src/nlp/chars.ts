/**
 * Character classes shared by every stage, as char-code tests (the scanners look at one character
 * at a time and must not allocate strings or run regular expressions per character). One class
 * per idea, so that paragraphs, tokens and sentences are trimmed and split alike.
 * @module
 */

/**
 * Whether a UTF-16 code unit is white space: exactly the set of the regex `\s` (ASCII space, tab
 * and line breaks, no-break space, the Unicode spaces news text carries, line and paragraph
 * separators, and the byte-order mark).
 * @param c a char code
 */
export function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
