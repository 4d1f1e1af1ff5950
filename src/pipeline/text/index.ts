/**
 * Paragraphs and quotation marks: where the paragraphs are, and which quotation marks pair up.
 * Offsets are into the input as given; nothing is normalised in place.
 * @module
 */
import type { Paragraph } from '../../schema/index.js';
import type { QuotedSpan } from '../layers.js';
import { defineStage } from '../stage.js';

/**
 * Finds paragraphs: blocks separated by blank lines; in a text with no blank line at all, each
 * line is a paragraph (one-paragraph-per-line exports are common in news archives).
 * Paragraph spans exclude surrounding white space.
 * @param text input
 */
export function findParagraphs(text: string): Paragraph[] {
  const separator = /\n[ \t\f\v\r\u00a0]*\n/.test(text) ? /\n(?:[ \t\f\v\r\u00a0]*\n)+/g : /\n+/g;
  const out: Paragraph[] = [];
  let from = 0;
  const push = (a: number, b: number) => {
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    if (b > a) out.push({ start: a, end: b });
  };
  for (const m of text.matchAll(separator)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return out;
}

/** Opening marks and the closing marks they take. `"` and `”` close themselves. */
const PAIRS: Record<string, string> = { '"': '"', '»': '«', '„': '“', '“': '”', '”': '”', '«': '»' };

/**
 * Finds quoted stretches paragraph by paragraph (first version: straight pairing).
 * @param text input
 * @param paragraphs the paragraphs of the text
 */
export function findQuotedSpans(text: string, paragraphs: readonly Paragraph[]): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  paragraphs.forEach((p, pi) => {
    let i = p.start;
    while (i < p.end) {
      const ch = text[i]!;
      const close = PAIRS[ch];
      if (close === undefined) {
        i++;
        continue;
      }
      const j = text.indexOf(close, i + 1);
      if (j === -1 || j >= p.end) {
        out.push({ open: i, close: null, start: i + 1, end: p.end, paragraph: pi, style: 'marks' });
        break;
      }
      out.push({ open: i, close: j, start: i + 1, end: j, paragraph: pi, style: 'marks' });
      i = j + 1;
    }
  });
  return out;
}

/** The pipeline stage. */
export const textStage = defineStage({
  name: 'text',
  requires: ['text'],
  provides: ['paragraphs', 'quoteMarks'],
  danishOnly: false,
  run(doc) {
    doc.paragraphs = findParagraphs(doc.text);
    doc.quotedSpans = findQuotedSpans(doc.text, doc.paragraphs);
  },
});
