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
