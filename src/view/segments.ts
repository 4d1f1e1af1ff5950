/**
 * Turns overlapping spans (quotes, cues, speaker mentions) into a tree of nested pieces that HTML
 * can express. Quotes may nest (a mixed quote holding quote marks) or cross (a cue inside another
 * quote's span, two quotes sharing words), so the text is first cut at every span boundary into
 * segments, each knowing the set of spans covering it; consecutive segments then share the
 * elements of the spans they have in common. A span that properly nests becomes one element; a
 * span that crosses another is split into as few pieces as the nesting allows.
 * Nothing here looks at text content, only offsets, so no string replacement can go wrong.
 * @module
 */

/** A span to show, with whatever the renderer needs to draw it. */
export interface Mark {
  /** First UTF-16 offset covered. */
  start: number;
  /** Offset after the last one covered. */
  end: number;
  /**
   * Which of two spans with the same range goes outside: lower rank is outer
   * (quotes outside cues outside mentions).
   */
  rank: number;
}

/** A stretch of text with no span boundary inside it. */
export interface Segment<M extends Mark> {
  start: number;
  end: number;
  /** The spans covering the stretch, outermost first. */
  marks: M[];
}

/** Plain text in the tree. */
export interface TextNode {
  type: 'text';
  start: number;
  end: number;
}

/** One piece of a span: the whole span when it nests, or part of it when it crosses another. */
export interface MarkNode<M extends Mark> {
  type: 'mark';
  mark: M;
  /** Whether this is the first piece of its span (where focus and anchors go). */
  first: boolean;
  /** Whether this is the last piece of its span (where an end label goes). */
  last: boolean;
  children: TreeNode<M>[];
}

/** A node of the tree {@link nestMarks} builds. */
export type TreeNode<M extends Mark> = TextNode | MarkNode<M>;

/**
 * Cuts `[from, to)` at every boundary of the marks that overlap it. Marks are clipped to the
 * range; empty or out-of-range marks are ignored, so a document with odd offsets still renders.
 * @param from start of the range (e.g. a paragraph)
 * @param to end of the range
 * @param marks spans anywhere in the text
 * @returns the segments covering `[from, to)` in order, each with its marks outermost first
 */
export function segmentRange<M extends Mark>(from: number, to: number, marks: readonly M[]): Segment<M>[] {
  if (!(to > from)) return [];
  const inside = marks.filter((m) => Number.isFinite(m.start) && Number.isFinite(m.end) && m.end > m.start && m.end > from && m.start < to);
  const order = outerFirst(inside);
  const cuts = new Set<number>([from, to]);
  for (const m of inside) {
    cuts.add(Math.max(from, m.start));
    cuts.add(Math.min(to, m.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment<M>[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    segments.push({ start, end, marks: order.filter((m) => m.start <= start && m.end >= end) });
  }
  return segments;
}

/**
 * Builds the tree of nested pieces for `[from, to)`: marks that nest become one node each;
 * a mark crossing another is closed and reopened where it must be.
 * @param from start of the range
 * @param to end of the range
 * @param marks spans anywhere in the text
 */
export function nestMarks<M extends Mark>(from: number, to: number, marks: readonly M[]): TreeNode<M>[] {
  const root: TreeNode<M>[] = [];
  const open: MarkNode<M>[] = [];
  const seen = new Set<M>();
  const lastPiece = new Map<M, MarkNode<M>>();
  for (const seg of segmentRange(from, to, marks)) {
    let keep = 0;
    while (keep < open.length && keep < seg.marks.length && open[keep]!.mark === seg.marks[keep]) keep++;
    open.length = keep;
    for (const mark of seg.marks.slice(keep)) {
      const node: MarkNode<M> = { type: 'mark', mark, first: !seen.has(mark), last: false, children: [] };
      seen.add(mark);
      lastPiece.set(mark, node);
      (open.at(-1)?.children ?? root).push(node);
      open.push(node);
    }
    const parent = open.at(-1)?.children ?? root;
    const prev = parent.at(-1);
    // Adjacent text with the same covering set (can happen after clipping) is one node.
    if (prev?.type === 'text' && prev.end === seg.start) prev.end = seg.end;
    else parent.push({ type: 'text', start: seg.start, end: seg.end });
  }
  for (const node of lastPiece.values()) node.last = true;
  return root;
}

/** Sorts marks so that a containing span comes before the spans it contains. */
function outerFirst<M extends Mark>(marks: readonly M[]): M[] {
  return marks
    .map((m, i) => ({ m, i }))
    .sort((a, b) => a.m.start - b.m.start || b.m.end - a.m.end || a.m.rank - b.m.rank || a.i - b.i)
    .map(({ m }) => m);
}
