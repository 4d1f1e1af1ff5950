/**
 * The most recent name mention whose entity holds a role, found without a pass back over every
 * name mention: in a document whose role nouns have no named holder (an article in capitals, a
 * long list of unnamed officials), that pass ran from each role noun to the document's start,
 * and the stage's time grew with the square of the document's length.
 * @module
 */
import type { Placed } from './entities.js';

/**
 * The name mentions of a document by the role lemmas their entities hold, answering what a pass
 * back over them with `roleMatches` answered: a held lemma matches a wanted one when either ends
 * with the other (`afdelingschef` holds `chef`). The entities' role lemmas must be complete when
 * this is built (they are gathered from the mentions by `buildEntities` and not changed after).
 */
export class RoleHolders {
  /** Held lemma → indices of the name mentions whose entity holds it, ascending. */
  private readonly byLemma = new Map<string, number[]>();
  /** Every ending of a held lemma (the lemma itself included) → indices as above, ascending. */
  private readonly byEnding = new Map<string, number[]>();

  /** @param placed the document's name mentions in text order, with their entities */
  constructor(placed: readonly Placed[]) {
    placed.forEach((p, i) => {
      for (const h of p.entity.roleLemmas) {
        note(this.byLemma, h, i);
        for (let k = 0; k < h.length; k++) note(this.byEnding, h.slice(k), i);
      }
    });
  }

  /**
   * Index of the last name mention before `before` whose entity holds a role matching `lemma`, or -1.
   * @param lemma the wanted role lemma (not empty)
   * @param before an index into the name mentions (exclusive)
   */
  lastBefore(lemma: string, before: number): number {
    let best = lastBelow(this.byEnding.get(lemma), before);
    // a held lemma that is an ending of the wanted one
    for (let k = 0; k < lemma.length; k++) best = Math.max(best, lastBelow(this.byLemma.get(lemma.slice(k)), before));
    return best;
  }
}

/** Appends index i to the list under key, once. */
function note(map: Map<string, number[]>, key: string, i: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [i]);
  else if (list[list.length - 1] !== i) list.push(i);
}

/** The largest item of an ascending list below `bound`, or -1. */
function lastBelow(list: readonly number[] | undefined, bound: number): number {
  if (!list) return -1;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < bound) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? list[lo - 1]! : -1;
}
