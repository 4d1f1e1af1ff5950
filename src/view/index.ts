/**
 * HTML view of a document's quotes and speakers: {@link renderPage} for one document,
 * {@link renderIndex} for the index page of a batch run. Every page is one self-contained file
 * (inline CSS and JS, nothing fetched) with all text escaped.
 * @module
 */
export { renderPage, renderParagraphs, blocksOf, speakerColours } from './page.js';
export { renderIndex, type IndexEntry } from './index-page.js';
export { escapeHtml } from './html.js';
export { nestMarks, segmentRange, type Mark, type Segment, type TreeNode, type MarkNode, type TextNode } from './segments.js';
export { parseViewInput, type ViewInput } from './input.js';
