/**
 * A cache of per-word answers keyed by two 32-bit FNV-1a hashes of the word instead of the word
 * itself: the language model's per-word evidence, and the lexicon's memoised lookups
 * (../lexicon/memo.ts). Why: the language stage reads every word of every paragraph, and a `Map` keyed by strings needs a fresh string per word (a slice and a
 * lower-casing) and its hash before it can answer; here the hashes are computed straight from the
 * text's char codes while scanning it (see ScandinavianModel.scan), and a string is built only for
 * a word not seen before. An entry is found when both hashes match, so two different words share
 * an entry only when they agree on all 64 bits: about one chance in 10^19 a lookup.
 * @module
 */

/** FNV-1a offset bases of the two hashes. */
export const SEED_A = 0x811c9dc5;
export const SEED_B = 0x9e3779b9;
/** Multipliers of the two hashes: FNV-1a's prime, and an odd constant of its own for the second
 * (two seeds with one multiplier would collide together too often). */
export const PRIME_A = 0x01000193;
export const PRIME_B = 0x9e3779b1;
/** Mixed into both hashes of a word written as a name (its evidence is counted differently). */
export const NAME_SALT = 0x5bd1e995;

/** Most words kept; the cache is emptied when full, so memory stays bounded on long runs. */
export const WORD_CACHE_LIMIT = 100_000;

/** Hash pair → entry number (0, 1, 2, … in insertion order). */
export class WordCache {
  private readonly places: Uint32Array;
  private readonly checks: Uint32Array;
  private readonly entries: Int32Array;
  /** Slots of the table less one: a power of two, at least twice the limit so probes stay short. */
  private readonly mask: number;
  /** Entries stored. */
  size = 0;
  /** The hashes of the word last given to {@link getWord} (a typed array: nothing allocated per lookup). */
  private readonly last = new Uint32Array(2);

  /**
   * @param limit most entries kept: the cache is emptied when full, so memory stays bounded
   */
  constructor(readonly limit = WORD_CACHE_LIMIT) {
    let slots = 1024;
    while (slots < 2 * limit) slots *= 2;
    this.mask = slots - 1;
    this.places = new Uint32Array(slots);
    this.checks = new Uint32Array(slots);
    this.entries = new Int32Array(slots).fill(-1);
  }

  /**
   * The entry of a word, keyed by its char codes as they are (lower-case it first when case should
   * not matter). Its hashes are kept for {@link addWord}.
   * @param word any string
   * @returns the entry number, or -1
   */
  getWord(word: string): number {
    hashInto(word, false, this.last);
    return this.get(this.last[0]!, this.last[1]!);
  }

  /**
   * Stores the word last given to {@link getWord}, which it did not find.
   * @returns its entry number
   */
  addWord(): number {
    return this.add(this.last[0]!, this.last[1]!);
  }

  /**
   * The entry of a hash pair.
   * @param a the first hash (places the entry)
   * @param b the second hash (checks it)
   * @returns the entry number, or -1
   */
  get(a: number, b: number): number {
    const mask = this.mask;
    for (let s = a & mask; ; s = (s + 1) & mask) {
      const e = this.entries[s]!;
      if (e < 0 || (this.checks[s] === b && this.places[s] === a)) return e;
    }
  }

  /**
   * Stores a hash pair that {@link get} did not find (emptying the cache first when full).
   * @returns its entry number
   */
  add(a: number, b: number): number {
    if (this.size >= this.limit) {
      this.entries.fill(-1);
      this.size = 0;
    }
    const mask = this.mask;
    let s = a & mask;
    while (this.entries[s]! >= 0) s = (s + 1) & mask;
    this.places[s] = a;
    this.checks[s] = b;
    this.entries[s] = this.size;
    return this.size++;
  }
}

/**
 * The hash pair of a lower-cased word, as {@link WordCache} keys it.
 * @param word a lower-cased word
 * @param name whether it is written as a name
 * @returns the two hashes
 */
export function hashWord(word: string, name: boolean): [number, number] {
  const out = new Uint32Array(2);
  hashInto(word, name, out);
  return [out[0]!, out[1]!];
}

/** {@link hashWord}, written into `out` (no array made per call: the lexicon's memo calls it per token). */
function hashInto(word: string, name: boolean, out: Uint32Array): void {
  let a = SEED_A;
  let b = SEED_B;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    a = Math.imul(a ^ c, PRIME_A);
    b = Math.imul(b ^ c, PRIME_B);
  }
  if (name) {
    a = Math.imul(a ^ NAME_SALT, PRIME_A);
    b = Math.imul(b ^ NAME_SALT, PRIME_B);
  }
  out[0] = a;
  out[1] = b;
}
