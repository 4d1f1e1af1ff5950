/**
 * Sentence stage: splits Danish text into sentences with exact offsets.
 * (First version: punctuation followed by white space and a capital. Issue 4 replaces it.)
 * @module citat/sentences
 */
import type { Sentence } from '../../schema/index.js';
import { defineStage } from '../stage.js';

/** A sentence of the input: `input.slice(start, end) === text`. */
export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
}

/**
 * Splits text into sentences.
 * @param text any text
 * @returns sentences in order, trimmed of surrounding white space
 * @example
 * splitSentences('Det regner. Vi bliver hjemme.').map((s) => s.text) // ['Det regner.', 'Vi bliver hjemme.']
 */
export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  const push = (a: number, b: number) => {
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    if (b > a) out.push({ start: a, end: b, text: text.slice(a, b) });
  };
  let from = 0;
  for (const m of text.matchAll(/[.!?]+["»«”]?(?=\s+["»„”-]?\p{Lu})|\n\s*\n/gu)) {
    const end = m.index + m[0].length;
    push(from, end);
    from = end;
  }
  push(from, text.length);
  return out;
}

/** The pipeline stage: sentences within paragraphs. */
export const sentencesStage = defineStage({
  name: 'sentences',
  requires: ['paragraphs'],
  provides: ['sentences'],
  danishOnly: false,
  run(doc) {
    const out: Sentence[] = [];
    (doc.paragraphs ?? []).forEach((p, pi) => {
      for (const s of splitSentences(doc.text.slice(p.start, p.end))) out.push({ start: p.start + s.start, end: p.start + s.end, paragraph: pi });
    });
    doc.sentences = out;
  },
});

export default splitSentences;
