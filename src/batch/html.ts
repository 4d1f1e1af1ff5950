/**
 * Pages of `citat batch --html DIR`: one page per document (rendered in the worker by
 * src/view) and an index page written at the end ({@link PageIndex}). A page's file name depends
 * on its id alone, so a resumed run links the pages of the first run too.
 * @module
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { IndexEntry } from '../view/index.js';
import type { TaskResult } from './protocol.js';
import { fnv1a } from '../nlp/fnv.js';

/**
 * The file name of a document's page: the id with characters unsafe in file names replaced, and a
 * short hash of the id added whenever that changed it (so `a/b` and `a_b` get different pages).
 * @param id document id (unique in the run)
 */
export function pageName(id: string): string {
  let safe = id
    .replace(/[^\p{L}\p{N}._-]/gu, '_')
    .replace(/^\./, '_')
    .slice(0, 100);
  if (safe !== id || safe.toLowerCase() === 'index' || safe === '') safe += `-${fnv1a(id).toString(36)}`;
  return `${safe}.html`;
}

/**
 * The index entry of a document from its output line (also used to rebuild the index on resume).
 * @param record a parsed output line: a document or an error record
 */
export function indexEntry(record: Record<string, unknown>): IndexEntry {
  const id = String(record.id);
  const error = record.error as { code: string; message: string } | undefined;
  if (error) return { id, href: null, quotes: 0, speakers: 0, language: '', error: { code: String(error.code), message: String(error.message) } };
  const language = (record.language as { code?: unknown } | undefined)?.code;
  return {
    id,
    href: pageName(id),
    quotes: Array.isArray(record.quotes) ? record.quotes.length : 0,
    speakers: Array.isArray(record.speakers) ? record.speakers.length : 0,
    language: typeof language === 'string' ? language : '',
  };
}

/**
 * Writes index.html into the folder.
 * @param dir the --html folder
 * @param entries one per document, in output order
 */
export async function writeIndex(dir: string, entries: readonly IndexEntry[]): Promise<void> {
  // Loaded here, not at the top: runs without --html should not carry the view in memory.
  const { renderIndex } = await import('../view/index.js');
  await writeFile(join(dir, 'index.html'), renderIndex(entries));
}

/**
 * The index page's entries, kept as documents are written (after those of an earlier run, when
 * resuming), and written at the end.
 */
export class PageIndex {
  private htmlWarned = false;

  /**
   * @param dir the --html folder
   * @param entries entries of the documents an earlier run wrote
   * @param warn says a problem once on standard error (a page that could not be written)
   */
  constructor(
    private readonly dir: string,
    private readonly entries: IndexEntry[],
    private readonly warn: (line: string) => void,
  ) {}

  /**
   * Adds a written document.
   * @param r its result (the page itself was written by the worker)
   */
  add(r: TaskResult): void {
    this.entries.push({
      id: r.id,
      href: r.outcome === 'failed' ? null : pageName(r.id),
      quotes: r.quotes,
      speakers: r.speakers,
      language: r.language,
      ...(r.error ? { error: r.error } : {}),
    });
    if (r.htmlError && !this.htmlWarned) {
      this.htmlWarned = true;
      this.warn(`citat batch: could not write a page: ${r.htmlError}\n`);
    }
  }

  /** Writes index.html. */
  write(): Promise<void> {
    return writeIndex(this.dir, this.entries);
  }
}
