/**
 * Keeping only the quotes a user trusts enough: `--min-confidence` of `citat extract` and
 * `citat batch`. Applied to the finished document, so ids stay what they were without the
 * filter (a quote is `q7` whether or not `q6` was dropped).
 * @module
 */
import type { CitatDocument } from '../schema/index.js';

/**
 * The document with only the quotes whose confidence is at least `min`, and only the speakers
 * some kept quote is attributed to (speakers are the sources of quotes).
 * @param doc a finished document
 * @param min the least confidence kept (0 keeps everything and returns the document itself)
 */
export function keepConfident(doc: CitatDocument, min: number): CitatDocument {
  if (min <= 0) return doc;
  const quotes = doc.quotes.filter((q) => q.confidence >= min);
  const quoted = new Set(quotes.flatMap((q) => (q.speaker ? [q.speaker.id] : [])));
  return { ...doc, quotes, speakers: doc.speakers.filter((s) => quoted.has(s.id)) };
}
