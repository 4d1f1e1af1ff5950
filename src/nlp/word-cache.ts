/**
 * A cache of per-word answers keyed by two 32-bit FNV-1a hashes of the word instead of the word
 * itself: the language model's per-word evidence, and the lexicon's memoised lookups
 * (./memo.ts). Why: the language stage reads every word of every paragraph, and a `Map`
 * keyed by strings needs a fresh string per word (a slice and a lower-casing) and its hash before
 * it can answer; here the hashes are computed straight from the text's char codes while scanning
 * it (see ScandinavianModel.scan), and a string is built only for a word not seen before. An entry
 * is found when both hashes match, so two different words share an entry only when they agree on
 * all 64 bits: about one chance in 10^19 a lookup.
 * @module
 */
import { FNV_BASIS, FNV_PRIME } from './fnv.js';

/** FNV-1a offset bases of the two hashes. */
export const SEED_A = FNV_BASIS;
export const SEED_B = 0x9e3779b9;
/** Multipliers of the two hashes: FNV-1a's prime, and an odd constant of its own for the second
 * (two seeds with one multiplier would collide together too often). */
export const PRIME_A = FNV_PRIME;
export const PRIME_B = 0x9e3779b1;
/** Mixed into both hashes of a word written as a name (its evidence is counted differently). */
export const NAME_SALT = 0x5bd1e995;

/** Most words kept; the cache is emptied when full, so memory stays bounded on long runs. */
export const WORD_CACHE_LIMIT = 100_000;

/** Slots a table starts with (a power of two); it doubles whenever it is half full. */
const FIRST_SLOTS = 4096;

/** Hash pair → entry number (0, 1, 2, … in insertion order). */
export class WordCache {
  /**
   * Slot s holds the first hash at 4s, the second at 4s + 1 and the entry + 1 at 4s + 2 (0: empty).
   *
   * Why this layout, and why the table grows with its entries instead of being made for the limit:
   * a lookup's cost is the memory it reads, not its arithmetic. Words are looked up in random
   * order, so each entry in use occupies a cache line of its own. In three separate arrays sized
   * for 100,000 words, the 20,000 words of a corpus spread over some 4 MB of lines, more than the
   * processor's cache; side by side in a table kept at most half full they take 1 MB (65,536
   * slots of 16 bytes; 4 MB at the limit of 100,000 words).
   * Measured: see the commit.
   */
  private slots = new Int32Array(4 * FIRST_SLOTS);
  /** Slots of the table less one. */
  private mask = FIRST_SLOTS - 1;
  /** Entries stored. */
  size = 0;
  /** The hashes of the word last given to {@link getWord} (a typed array: nothing allocated per lookup). */
  private readonly last = new Uint32Array(2);

  /**
   * @param limit most entries kept: the cache is emptied when full, so memory stays bounded
   */
  constructor(readonly limit = WORD_CACHE_LIMIT) {}

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
    const slots = this.slots;
    const mask = this.mask;
    for (let s = a & mask; ; s = (s + 1) & mask) {
      const e = slots[4 * s + 2]!;
      if (e === 0 || (slots[4 * s + 1] === (b | 0) && slots[4 * s] === (a | 0))) return e - 1;
    }
  }

  /**
   * Stores a hash pair that {@link get} did not find (emptying the cache first when full).
   * @returns its entry number
   */
  add(a: number, b: number): number {
    if (this.size >= this.limit) {
      this.slots = new Int32Array(4 * FIRST_SLOTS);
      this.mask = FIRST_SLOTS - 1;
      this.size = 0;
    } else if (2 * (this.size + 1) > this.mask + 1) this.grow();
    this.place(a, b, this.size + 1);
    return this.size++;
  }

  /** Puts an entry (stored + 1) in the first free slot of its probe sequence. */
  private place(a: number, b: number, stored: number): void {
    const slots = this.slots;
    const mask = this.mask;
    let s = a & mask;
    while (slots[4 * s + 2]! !== 0) s = (s + 1) & mask;
    slots[4 * s] = a;
    slots[4 * s + 1] = b;
    slots[4 * s + 2] = stored;
  }

  /** Doubles the table and puts every entry back. */
  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(2 * old.length);
    this.mask = 2 * (this.mask + 1) - 1;
    for (let s = 0; s < old.length; s += 4) if (old[s + 2]! !== 0) this.place(old[s]!, old[s + 1]!, old[s + 2]!);
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
