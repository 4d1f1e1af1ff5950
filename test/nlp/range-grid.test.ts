import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RangeGrid } from '../../src/nlp/range-grid.js';
import type { Range } from '../../src/nlp/range.js';

const overlapsByPass = (ranges: readonly Range[], start: number, end: number) => ranges.some((r) => r.start < end && r.end > start);

describe('RangeGrid: the ranges near a stretch, without a pass over all of them', () => {
  it.each([
    ['inside one cell', [{ start: 10, end: 20 }], 15, 16, true],
    ['touching is not overlapping', [{ start: 10, end: 20 }], 20, 30, false],
    ['a long range across many cells', [{ start: 100, end: 50_000 }], 30_000, 30_001, true],
    ['a stretch across cells, the range in the last', [{ start: 9_000, end: 9_010 }], 4_000, 9_001, true],
    ["an empty range at the stretch's start", [{ start: 5, end: 5 }], 5, 10, false],
    ['an empty range inside the stretch (starts before its end, ends after its start)', [{ start: 5, end: 5 }], 0, 10, true],
  ])('%s', (_name, ranges, start, end, expected) => {
    expect(new RangeGrid(ranges).overlaps(start, end)).toBe(expected);
  });

  it('answers as a pass over every range, and tries every range that overlaps (fast-check)', () => {
    const span = fc.tuple(fc.nat(30_000), fc.nat(9_000)).map(([s, len]) => ({ start: s, end: s + len }));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 40 }), fc.array(span, { minLength: 1, maxLength: 20 }), (ranges, queries) => {
        const grid = new RangeGrid<Range>();
        for (const r of ranges) grid.add(r);
        for (const q of queries) {
          expect(grid.overlaps(q.start, q.end)).toBe(overlapsByPass(ranges, q.start, q.end));
          const tried = new Set<Range>();
          grid.some(q.start, q.end, (r) => (tried.add(r), false));
          for (const r of ranges) if (r.start < q.end && r.end > q.start) expect(tried.has(r)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
