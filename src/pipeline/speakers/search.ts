/**
 * Binary searches over the stage's sorted lists (name mentions, candidates, sentences); the
 * generic ones live in src/nlp/range.ts.
 * @module
 */
import { firstFrom } from '../../nlp/range.js';
import type { Placed } from './entities.js';

export { firstFrom, rangeFinder as sentenceFinder } from '../../nlp/range.js';

/**
 * {@link firstFrom} over name mentions, which are in text order.
 * @param placed the document's name mentions with their entities
 * @param pos the position sought
 */
export function firstPlacedFrom(placed: readonly Placed[], pos: number): number {
  return firstFrom(placed, pos, (p) => p.mention.start);
}
