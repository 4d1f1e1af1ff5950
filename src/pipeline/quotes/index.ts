/**
 * Quotes stage: direct, indirect and mixed quotations with their cues.
 * (First version: quoted stretches followed by `, siger X`.)
 * @module
 */
import type { FoundQuote } from '../layers.js';
import { defineStage } from '../stage.js';

const CUE_AFTER = /^\s*,?\s*(siger|sagde|fortæller|oplyser|tilføjer|forklarer|mener|skriver)\s+/u;

/** The pipeline stage. */
export const quotesStage = defineStage({
  name: 'quotes',
  requires: ['quoteMarks', 'sentences', 'mentions'],
  provides: ['quotes'],
  danishOnly: true,
  run(doc) {
    const quotes: FoundQuote[] = [];
    const mentions = doc.mentions ?? [];
    for (const span of doc.quotedSpans ?? []) {
      const content = doc.text.slice(span.start, span.end);
      if (content.trim().split(/\s+/).length < 3) continue;
      const after = doc.text.slice(span.close === null ? span.end : span.close + 1);
      const m = CUE_AFTER.exec(after);
      let cue = null;
      let source = null;
      if (m) {
        const base = (span.close === null ? span.end : span.close + 1) + m.index;
        const cueStart = base + m[0].indexOf(m[1]!);
        cue = { start: cueStart, end: cueStart + m[1]!.length };
        const subject = mentions.find((x) => x.start >= cue!.end && x.start <= cue!.end + 2);
        if (subject) source = { start: subject.start, end: subject.end };
      }
      quotes.push({ kind: 'direct', start: span.start, end: span.end, cue, source, continuation: cue === null, confidence: cue ? 0.9 : 0.5 });
    }
    doc.quotes = quotes;
  },
});
