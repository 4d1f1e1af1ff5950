/**
 * Paragraph detection.
 * @module
 */
import type { Paragraph } from '../../schema/index.js';

const BLANK_LINE = /\n[ \t\f\v\r\u00a0]*\n/;
const BLANK_LINES = /\n(?:[ \t\f\v\r\u00a0]*\n)+/g;
const LINE_BREAKS = /\n+/g;

/**
 * Finds paragraphs: blocks separated by blank lines. In a text with no blank line at all, each
 * line is a paragraph, since one-paragraph-per-line is how many news archives export articles.
 * Spans exclude surrounding white space.
 * @param text input
 * @returns paragraphs in order, none empty
 */
export function findParagraphs(text: string): Paragraph[] {
  const separator = BLANK_LINE.test(text) ? BLANK_LINES : LINE_BREAKS;
  separator.lastIndex = 0;
  const out: Paragraph[] = [];
  let from = 0;
  const push = (a: number, b: number) => {
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    if (b > a) out.push({ start: a, end: b });
  };
  for (const m of text.matchAll(separator)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return out;
}

/**
 * Whether a UTF-16 code unit is white space (ASCII space and controls, no-break space, and the
 * Unicode spaces news text uses).
 * @param c a char code
 */
export function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2028 || c === 0x2029 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x3000 || c === 0xfeff;
}
