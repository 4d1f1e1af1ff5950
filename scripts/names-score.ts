/** Scoring helpers shared by fit-names.ts (cross-validation) and eval-names.ts. */

/** Entity spans of a BIO tag sequence, as `first:last:TYPE` keys. */
export function spansOf(tags: readonly string[]): string[] {
  const out: string[] = [];
  let start = -1;
  let type = '';
  const close = (end: number): void => {
    if (start >= 0) out.push(`${start}:${end}:${type}`);
    start = -1;
  };
  tags.forEach((t, i) => {
    if (t.startsWith('I-') && start >= 0 && t.slice(2) === type) return;
    close(i - 1);
    if (t !== 'O') (start = i), (type = t.slice(2));
  });
  close(tags.length - 1);
  return out;
}

/** Precision, recall and F1 from counts. */
export function prf(tp: number, fp: number, fn: number): { p: number; r: number; f: number } {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** A name span with its type (`PER`, `LOC`, `ORG`, `MISC`). */
export interface TypedSpan {
  start: number;
  end: number;
  type: string;
}

/** What went wrong with the names of one text, by class: each count keyed by a type. */
export interface ErrorClasses {
  /** gold names found exactly, by type */
  right: Record<string, number>;
  /** gold names found with the exact span but another type, by `gold>found` (`ORG>LOC`) */
  wrongType: Record<string, number>;
  /** gold names overlapped by a found name of the same type with other bounds, by type */
  wrongSpan: Record<string, number>;
  /** gold names overlapped by a found name of another type and other bounds, by gold type */
  wrongSpanAndType: Record<string, number>;
  /** gold names no found name overlaps, by type */
  missed: Record<string, number>;
  /** found names that overlap no gold name, by type */
  spurious: Record<string, number>;
}

/** Empty {@link ErrorClasses}, to add texts into. */
export function noErrors(): ErrorClasses {
  return { right: {}, wrongType: {}, wrongSpan: {}, wrongSpanAndType: {}, missed: {}, spurious: {} };
}

const bump = (r: Record<string, number>, k: string): void => {
  r[k] = (r[k] ?? 0) + 1;
};

/**
 * Sorts the gold and found names of one text into classes of error (added into `into`): each gold
 * name is right, of the wrong type, of the wrong span, of both, or missed (the found name it is
 * matched with: the exact span first, else the first overlapping one); found names overlapping
 * no gold name are spurious. What a change to the tagger fixes or breaks shows by class.
 */
export function classifyErrors(gold: readonly TypedSpan[], found: readonly TypedSpan[], into: ErrorClasses = noErrors()): ErrorClasses {
  const used = new Set<number>();
  for (const g of gold) {
    let at = found.findIndex((p) => p.start === g.start && p.end === g.end);
    if (at >= 0) {
      used.add(at);
      if (found[at]!.type === g.type) bump(into.right, g.type);
      else bump(into.wrongType, `${g.type}>${found[at]!.type}`);
      continue;
    }
    at = found.findIndex((p) => p.start < g.end && g.start < p.end);
    if (at < 0) {
      bump(into.missed, g.type);
      continue;
    }
    used.add(at);
    bump(found[at]!.type === g.type ? into.wrongSpan : into.wrongSpanAndType, g.type);
  }
  found.forEach((p, i) => {
    if (!used.has(i) && !gold.some((g) => p.start < g.end && g.start < p.end)) bump(into.spurious, p.type);
  });
  return into;
}
