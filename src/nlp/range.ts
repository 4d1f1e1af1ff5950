/**
 * The one name for offsets without text, and the binary searches over sorted lists of ranges that
 * several stages use. A `Range` is a half-open stretch of the input, `[start, end)` in UTF-16 code
 * units; a `Span` (src/schema) is the output's range with its text.
 * @module
 */

/** A half-open range of the input, `[start, end)`. */
export interface Range {
  start: number;
  end: number;
}

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
 * A function giving the index of the range holding a position (the last range starting at or
 * before it; 0 before the first), for ranges in text order that do not overlap (sentences).
 * @param sentences the ranges, in text order
 */
export function rangeFinder(sentences: readonly { start: number }[]): (pos: number) => number {
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
