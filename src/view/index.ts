/**
 * HTML view of a document's quotes and speakers (placeholder until issue 7 lands; signatures fixed).
 * @module
 */
import type { CitatDocument } from '../schema/index.js';

/** One row of the index page of a batch run. */
export interface IndexEntry {
  id: string;
  /** Page file name relative to the index page, or null for documents that failed. */
  href: string | null;
  quotes: number;
  speakers: number;
  language: string;
  error?: { code: string; message: string };
}

/**
 * Renders one self-contained HTML page for a document.
 * @param doc the document
 * @param text the input text the document's offsets point into
 */
export function renderPage(doc: CitatDocument, text: string): string {
  return `<!doctype html><html lang="da"><meta charset="utf-8"><title>${doc.id}</title><pre>${text.replace(/[&<>]/g, '')}</pre></html>`;
}

/**
 * Renders the index page of a batch run.
 * @param entries one per document
 */
export function renderIndex(entries: readonly IndexEntry[]): string {
  return `<!doctype html><html lang="da"><meta charset="utf-8"><title>citat</title><ul>${entries.map((e) => `<li>${e.id}</li>`).join('')}</ul></html>`;
}
