/**
 * Proper-name runs: sequences of capitalised words and initials (`Poul Nyrup Rasmussen`,
 * `H.C. Andersen`, `N. O. Bjerregaard`, `Anne-Sophie Mutter`, `Ursula von der Leyen`), with
 * the lower-case title before them (`den amerikanske general John Nicholson`).
 * @module
 */
import type { Token } from '../../nlp/tokens.js';

/** Lower-case particles that can stand inside a personal name. */
const NAME_PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'la', 'le', 'du', 'di', 'da', 'af', 'bin', 'ibn', 'al', 'el', 'ter', 'ten', 'zu']);

/** A run of name tokens: [first, last] token indices, inclusive. */
export interface NameRun {
  first: number;
  last: number;
}

/**
 * Whether token i is an initial: one capital letter followed by a full stop (`H.` in `H.C.`, `N.`).
 * @param tokens all tokens
 * @param i index
 */
export function isInitial(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const dot = tokens[i + 1];
  return t !== undefined && dot !== undefined && t.type === 'word' && t.cap && t.text.length === 1 && dot.text === '.' && dot.start === t.end;
}

/**
 * Finds maximal name runs starting at or after `from` in the token range.
 * @param tokens all tokens
 * @param from first index to look at
 * @param to index after the last to look at
 * @param isNameWord whether a capitalised word may be part of a name (lets callers exclude
 *   capitalised function words at sentence starts)
 */
export function findNameRuns(tokens: readonly Token[], from: number, to: number, isNameWord: (i: number) => boolean): NameRun[] {
  const runs: NameRun[] = [];
  let i = from;
  while (i < to) {
    if (!startsName(tokens, i, isNameWord)) {
      i++;
      continue;
    }
    const first = i;
    let last = i;
    let j = i;
    for (;;) {
      if (isInitial(tokens, j)) {
        last = j + 1;
        j += 2;
      } else if (tokens[j]?.type === 'word' && tokens[j]!.cap && isNameWord(j)) {
        last = j;
        j += 1;
      } else break;
      if (j >= to) break;
      // particles inside a name: `Ursula von der Leyen` (only when a capitalised word follows)
      let k = j;
      while (k < to && NAME_PARTICLES.has(tokens[k]!.text) && tokens[k]!.type === 'word') k++;
      if (k > j && k < to && tokens[k]!.cap && tokens[k]!.type === 'word') j = k;
    }
    runs.push({ first, last });
    i = last + 1;
  }
  return runs;
}

function startsName(tokens: readonly Token[], i: number, isNameWord: (i: number) => boolean): boolean {
  const t = tokens[i]!;
  if (t.type !== 'word' || !t.cap) return false;
  if (isInitial(tokens, i)) return true;
  return isNameWord(i);
}
