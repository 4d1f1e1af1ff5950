/**
 * A bounded cache for word-level lookups. Word frequencies follow Zipf's law, so a few thousand
 * entries answer almost every call in news text; the rule-based lemmatisers behind them cost
 * microseconds a word, which the pipeline cannot pay for every token. When the cache is full it
 * is emptied (simple, and keeps memory flat over archives of any size).
 * @module
 */
import { WordCache } from './word-cache.js';

/**
 * Wraps a function of one string in a bounded cache.
 *
 * The cache is keyed by two 32-bit hashes of the word's char codes (../nlp/word-cache.ts), not by
 * the string in a `Map`. Why: the words come from the tokenizer as fresh strings, and a `Map`
 * lookup hashed each one and then compared it with the stored key in memory that the other stages
 * had long since pushed out of the processor's caches: the memo was an eighth of the pipeline's
 * time (see the commit for the measurement).
 * @param fn the lookup
 * @param max largest number of entries kept (default 50,000)
 * @returns the same function, cached
 */
export function memoizeWord<T>(fn: (word: string) => T, max = 50_000): (word: string) => T {
  const keys = new WordCache(max);
  const values: T[] = [];
  return (word: string): T => {
    const hit = keys.getWord(word);
    if (hit >= 0) return values[hit]!;
    const value = fn(word);
    // looked up again before it is stored: `fn` may have used this memo itself, and addWord()
    // stores the word of the last lookup (a miss costs the lookup once more; misses are rare)
    if (keys.getWord(word) < 0) values[keys.addWord()] = value;
    return value;
  };
}
