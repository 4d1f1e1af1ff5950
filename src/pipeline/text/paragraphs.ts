/**
 * Paragraph detection.
 * @module
 */
import type { Paragraph } from '../../schema/index.js';
import { isSpace } from '../../nlp/chars.js';

// A line ends with `\n`, `\r\n`, or a `\r` alone (old Mac files and some exports): a lone `\r` is a
// line break like `\n`, so that such a text gives the paragraphs the same text with `\n` gives.
const BLANK_LINE = /(?:\n|\r(?!\n))[ \t\f\v\r\u00a0]*(?:\n|\r(?!\n))/;
const BLANK_LINES = /(?:\n|\r(?!\n))(?:[ \t\f\v\r\u00a0]*(?:\n|\r(?!\n)))+/g;
const LINE_BREAKS = /(?:\n|\r(?!\n))+/g;

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
