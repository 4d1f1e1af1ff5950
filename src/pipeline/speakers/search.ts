/**
 * Binary searches over the stage's sorted lists (name mentions, candidates, sentences).
 * @module
 */
import type { Placed } from './entities.js';

/**
 * Index of the first item whose key is at least `pos`, in items sorted by that key (a binary
 * search: the loops over a document's mentions start there instead of at either end, which made
 * the stage's time grow with the square of a long document's length).
 * @param items items sorted by key
 * @param pos the position sought
 * @param key an item's position
 */
export function firstFrom<T>(items: readonly T[], pos: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]!) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * {@link firstFrom} over name mentions, which are in text order.
 * @param placed the document's name mentions with their entities
 * @param pos the position sought
 */
export function firstPlacedFrom(placed: readonly Placed[], pos: number): number {
  return firstFrom(placed, pos, (p) => p.mention.start);
}

/**
 * A function giving the index of the sentence holding a position (the last sentence starting at
 * or before it; 0 before the first).
 * @param sentences the document's sentences, in text order
 */
export function sentenceFinder(sentences: readonly { start: number }[]): (pos: number) => number {
  return (pos: number): number => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sentences[mid]!.start <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
}
