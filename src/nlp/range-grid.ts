/**
 * Ranges of a document filed under the cells of 4,096 positions they cover, so that the ranges
 * near a stretch are found without a pass over all of them. Why: the quote and speaker stages ask
 * of every quote or mention whether some other range overlaps it, and a pass over all ranges for
 * each made their time grow with the square of a long document's length. Any range that shares a
 * position with a stretch shares a cell with it; the caller's test decides the rest.
 * @module
 */

import type { Range } from './range.js';

/** Positions per cell (a power of two). */
const CELL_BITS = 12;

/** Ranges filed by the cells they cover. */
export class RangeGrid<T extends Range> {
  private readonly cells = new Map<number, T[]>();

  /**
   * @param ranges ranges to file at once
   */
  constructor(ranges: Iterable<T> = []) {
    for (const r of ranges) this.add(r);
  }

  /**
   * Files a range under every cell it covers (an empty range under the cell of its start).
   * @param r the range (positions at least 0)
   */
  add(r: T): void {
    for (let c = r.start >> CELL_BITS; c <= Math.max(r.start, r.end - 1) >> CELL_BITS; c++) {
      const list = this.cells.get(c);
      if (list) list.push(r);
      else this.cells.set(c, [r]);
    }
  }

  /**
   * Whether some range filed in a cell from `start` to `end` passes the test (every range that
   * overlaps [start, end) is among those tried; others may be too).
   */
  some(start: number, end: number, test: (r: T) => boolean): boolean {
    for (let c = Math.max(0, start) >> CELL_BITS; c <= Math.max(start, end) >> CELL_BITS; c++) {
      for (const r of this.cells.get(c) ?? []) if (test(r)) return true;
    }
    return false;
  }

  /** Whether some range starts before `end` and ends after `start` (shares a position with [start, end), or is empty inside it). */
  overlaps(start: number, end: number): boolean {
    return this.some(start, end, (r) => r.start < end && r.end > start);
  }
}
