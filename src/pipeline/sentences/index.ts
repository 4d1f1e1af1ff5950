/**
 * Sentence stage: splits Danish text into sentences with exact offsets, paragraph by paragraph.
 * The rules (abbreviations, ordinals and dates, initials, quotation marks, headlines, speech
 * dashes) live in small modules beside this one; the word lists are data in `src/lexicon`.
 *
 * compromise is not used here: its English splitter ends sentences at `den 27. | november` and
 * after `kl.`, `ca.`, `pct.`, and it scores far below these rules on the dev set (see
 * `npm run eval:sentences`, which measures it in the same run).
 * @module citat/sentences
 */
import type { Sentence } from '../../schema/index.js';
import { defineStage } from '../stage.js';
import { eachSentence, splitSentences } from './split.js';

export { splitSentences } from './split.js';
export type { SentenceSpan } from './split.js';

/**
 * The pipeline stage: sentences within paragraphs, so that no sentence crosses a paragraph
 * boundary, each carrying the index of its paragraph.
 */
export const sentencesStage = defineStage({
  name: 'sentences',
  requires: ['paragraphs'],
  provides: ['sentences'],
  run(doc) {
    const out: Sentence[] = [];
    doc.paragraphs.forEach((p, pi) => {
      eachSentence(doc.text.slice(p.start, p.end), (start, end) => out.push({ start: p.start + start, end: p.start + end, paragraph: pi }));
    });
    return { sentences: out };
  },
});

export default splitSentences;
