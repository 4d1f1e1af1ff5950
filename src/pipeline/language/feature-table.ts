/**
 * A compact set of feature names, each with a dense index: an open-addressing hash table that
 * keeps two 32-bit hashes of a name instead of the name. The Scandinavian model has about 150,000
 * features; as a `Map` of strings they took about 15 MB in every worker thread, here 6 MB.
 * A name is found when both hashes match, so two names share an index only when they agree on
 * all 64 bits: for a lookup of a name not in the table, a chance of about one in 10^19.
 * @module
 */
import { FNV_BASIS, FNV_PRIME, fnv1a } from '../../nlp/fnv.js';

/** Two different starting values give two hashes (FNV-1a is not linear, so they differ). */
const SEED_SLOT = FNV_BASIS;
const SEED_CHECK = 0x9e3779b9;

/** Feature names → dense indices 0…size-1, in insertion order. */
export class FeatureTable {
  /**
   * Per slot three numbers side by side: the name's slot hash, its check hash and its index plus
   * one (0 for an empty slot, so that a new table needs no filling). Side by side, a lookup reads
   * one cache line where three arrays cost three; the model's loader does about 700,000.
   */
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** How many names were added. */
  size = 0;

  /**
   * @param capacity the most names that will be added (the table is sized at least twice that)
   */
  constructor(capacity: number) {
    let slots = 1024;
    while (slots < 2 * capacity) slots *= 2;
    this.mask = slots - 1;
    this.slots = new Int32Array(3 * slots);
  }

  /**
   * Adds a name, or finds it if it is there.
   * @param name feature name
   * @returns its index
   */
  add(name: string): number {
    return this.addRange(name, 0, name.length);
  }

  /**
   * {@link add} for the name text[from, to), without making a string of it.
   * @returns its index
   */
  addRange(text: string, from: number, to: number): number {
    const c = fnv1a(text, from, to, SEED_CHECK) | 0;
    const h = fnv1a(text, from, to, SEED_SLOT) | 0;
    return this.insert(h, c);
  }

  /** The index of the name with these hashes, which is added when it is not there. */
  private insert(h: number, c: number): number {
    const slots = this.slots;
    const s = this.slot(h, c);
    if (slots[s + 2] === 0) {
      slots[s] = h;
      slots[s + 1] = c;
      slots[s + 2] = ++this.size;
    }
    return slots[s + 2]! - 1;
  }

  /**
   * {@link addRange} for every prefix of text[from, to) at once: text[from, from+1),
   * text[from, from+2), …, text[from, to). One pass over the chars gives all their hashes (FNV-1a
   * is computed char by char), where a call per prefix would hash the shared chars again; the
   * model's loader adds about a million n-grams this way.
   * @param out receives at `out[at + k]` the index of the prefix of length k+1, for k ≥ `skip`
   * @param at where in `out` the prefixes' indices go
   * @param skip how many of the shortest prefixes to leave alone (the caller knows their indices)
   */
  addPrefixes(text: string, from: number, to: number, out: Int32Array, at: number, skip: number): void {
    let c = SEED_CHECK;
    let h = SEED_SLOT;
    for (let i = from; i < to; i++) {
      const code = text.charCodeAt(i);
      c = Math.imul(c ^ code, FNV_PRIME);
      h = Math.imul(h ^ code, FNV_PRIME);
      const k = i - from;
      if (k < skip) continue;
      out[at + k] = this.insert(h, c);
    }
  }

  /**
   * The index of a name.
   * @param name feature name
   * @returns its index, or -1 when it was never added
   */
  get(name: string): number {
    return this.getRange(name, 0, name.length);
  }

  /**
   * {@link get} for the name text[from, to), without making a string of it.
   * @returns its index, or -1 when it was never added
   */
  getRange(text: string, from: number, to: number): number {
    return this.slots[this.slot(fnv1a(text, from, to, SEED_SLOT) | 0, fnv1a(text, from, to, SEED_CHECK) | 0) + 2]! - 1;
  }

  /** Where in {@link slots} the name with these hashes is, or the empty slot where it would go. */
  private slot(h: number, c: number): number {
    const slots = this.slots;
    for (let s = h & this.mask; ; s = (s + 1) & this.mask) {
      const at = 3 * s;
      if (slots[at + 2] === 0 || (slots[at + 1] === c && slots[at] === h)) return at;
    }
  }
}
