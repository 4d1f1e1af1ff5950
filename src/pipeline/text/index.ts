/**
 * Text stage: paragraphs, paired quotation marks, and tokens, with offsets into the input.
 * @module
 */
import { tokenize } from '../../nlp/tokens.js';
import { defineStage } from '../stage.js';
import { findParagraphs } from './paragraphs.js';
import { findQuotedSpans } from './quote-marks.js';

export { findParagraphs, isSpace } from './paragraphs.js';
export { findQuotedSpans } from './quote-marks.js';

/** The pipeline stage. */
export const textStage = defineStage({
  name: 'text',
  requires: ['text'],
  provides: ['paragraphs', 'quoteMarks', 'tokens'],
  danishOnly: false,
  run(doc) {
    doc.paragraphs = findParagraphs(doc.text);
    doc.quotedSpans = findQuotedSpans(doc.text, doc.paragraphs);
    doc.tokens = tokenize(doc.text);
  },
});
