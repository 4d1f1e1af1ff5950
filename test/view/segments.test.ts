import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nestMarks, segmentRange, type Mark, type TreeNode } from '../../src/view/index.js';

interface M extends Mark {
  name: string;
}
const mark = (name: string, start: number, end: number, rank = 0): M => ({ name, start, end, rank });

/** The tree written as brackets: `[a text [b text] ]`, which shows nesting and splitting. */
function show(nodes: readonly TreeNode<M>[], text: string): string {
  return nodes.map((n) => (n.type === 'text' ? text.slice(n.start, n.end) : `[${n.mark.name}${n.first ? '' : '…'}:${show(n.children, text)}]`)).join('');
}

describe('nesting quote, cue and mention spans into elements', () => {
  const text = 'Hun sagde "vi går nu" og gik.';
  const rows: { name: string; marks: M[]; expected: string }[] = [
    { name: 'no spans: plain text', marks: [], expected: text },
    { name: 'one quote', marks: [mark('q', 11, 20)], expected: 'Hun sagde "[q:vi går nu]" og gik.' },
    {
      name: 'a mixed quote holding a direct one becomes two nested elements',
      marks: [mark('mixed', 4, 21), mark('direct', 11, 20)],
      expected: 'Hun [mixed:sagde "[direct:vi går nu]"] og gik.',
    },
    {
      name: 'a cue inside another quote is nested in it',
      marks: [mark('q', 0, 21), mark('cue', 4, 9, 1)],
      expected: '[q:Hun [cue:sagde] "vi går nu"] og gik.',
    },
    {
      name: 'crossing quotes: the later one is split where the earlier ends',
      marks: [mark('a', 0, 15), mark('b', 10, 25)],
      expected: '[a:Hun sagde [b:"vi g]][b…:år nu" og ]gik.',
    },
    {
      name: 'same range: the quote goes outside the cue (lower rank is outer)',
      marks: [mark('cue', 4, 9, 1), mark('q', 4, 9, 0)],
      expected: 'Hun [q:[cue:sagde]] "vi går nu" og gik.',
    },
    {
      name: 'empty, reversed and out-of-range spans are ignored',
      marks: [mark('empty', 5, 5), mark('reversed', 9, 4), mark('outside', 200, 300), mark('q', 11, 20)],
      expected: 'Hun sagde "[q:vi går nu]" og gik.',
    },
    {
      name: 'a span running past the range is clipped to it',
      marks: [mark('q', 25, 400)],
      expected: 'Hun sagde "vi går nu" og [q:gik.]',
    },
  ];
  for (const row of rows) {
    it(row.name, () => {
      expect(show(nestMarks(0, text.length, row.marks), text)).toBe(row.expected);
    });
  }

  it('marks the last piece of a split span (where its speaker label goes)', () => {
    const tree = nestMarks(0, text.length, [mark('a', 0, 15), mark('b', 10, 25)]);
    const pieces: { name: string; first: boolean; last: boolean }[] = [];
    const walk = (nodes: readonly TreeNode<M>[]): void => {
      for (const n of nodes) if (n.type === 'mark') pieces.push({ name: n.mark.name, first: n.first, last: n.last }), walk(n.children);
    };
    walk(tree);
    expect(pieces).toEqual([
      { name: 'a', first: true, last: true },
      { name: 'b', first: true, last: false },
      { name: 'b', first: false, last: true },
    ]);
  });

  it('cuts segments at every boundary, each listing its spans outermost first', () => {
    const segs = segmentRange(0, 10, [mark('inner', 3, 5), mark('outer', 2, 8)]);
    expect(segs.map((s) => [s.start, s.end, s.marks.map((m) => m.name).join('>')])).toEqual([
      [0, 2, ''],
      [2, 3, 'outer'],
      [3, 5, 'outer>inner'],
      [5, 8, 'outer'],
      [8, 10, ''],
    ]);
  });

  it('for any spans, the text comes out whole and in order, and each span covers exactly its characters', () => {
    const spans = fc.array(fc.tuple(fc.integer({ min: -5, max: 45 }), fc.integer({ min: -5, max: 45 }), fc.integer({ min: 0, max: 2 })), { maxLength: 12 });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 15 }), fc.integer({ min: 15, max: 40 }), spans, (from, to, raw) => {
        const marks = raw.map(([s, e, r], i) => mark(`m${i}`, s, e, r));
        const covered = new Map<M, number[]>();
        const texts: number[] = [];
        const walk = (nodes: readonly TreeNode<M>[], open: M[]): void => {
          for (const n of nodes) {
            if (n.type === 'mark') {
              expect(open).not.toContain(n.mark); // a span never nests in itself
              walk(n.children, [...open, n.mark]);
            } else {
              for (let i = n.start; i < n.end; i++) {
                texts.push(i);
                for (const m of open) covered.set(m, [...(covered.get(m) ?? []), i]);
              }
            }
          }
        };
        walk(nestMarks(from, to, marks), []);
        expect(texts).toEqual(Array.from({ length: to - from }, (_, i) => from + i));
        for (const m of marks) {
          const want = texts.filter((i) => i >= m.start && i < m.end);
          expect(covered.get(m) ?? []).toEqual(want);
        }
      }),
      { numRuns: 300 },
    );
  });
});
