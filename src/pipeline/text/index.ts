/**
 * Text stage: paragraphs, paired quotation marks, and tokens, with offsets into the input.
 * @module
 */
import { tokenize } from '../../nlp/tokens.js';
import { defineStage } from '../stage.js';
import { findParagraphs } from './paragraphs.js';
import { findQuotedSpans } from './quote-marks.js';

export { findParagraphs } from './paragraphs.js';
export { isSpace } from '../../nlp/chars.js';
export { findQuotedSpans } from './quote-marks.js';

/** The pipeline stage. */
export const textStage = defineStage({
  name: 'text',
  requires: [],
  provides: ['paragraphs', 'quotedSpans', 'tokens'],
  run(doc) {
    const paragraphs = findParagraphs(doc.text);
    return { paragraphs, quotedSpans: findQuotedSpans(doc.text, paragraphs), tokens: tokenize(doc.text) };
  },
});
