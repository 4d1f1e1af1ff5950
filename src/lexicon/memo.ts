/**
 * A bounded cache for word-level lookups. Word frequencies follow Zipf's law, so a few thousand
 * entries answer almost every call in news text; the rule-based lemmatisers behind them cost
 * microseconds a word, which the pipeline cannot pay for every token. When the cache is full it
 * is emptied (simple, and keeps memory flat over archives of any size).
 * @module
 */

/**
 * Wraps a function of one string in a bounded cache.
 * @param fn the lookup
 * @param max largest number of entries kept (default 50,000)
 * @returns the same function, cached
 */
export function memoizeWord<T>(fn: (word: string) => T, max = 50_000): (word: string) => T {
  // `undefined` (most words are no role, no body) is stored as a sentinel, so a hit costs one lookup
  const NONE = Symbol('none');
  const cache = new Map<string, T | typeof NONE>();
  return (word: string): T => {
    const hit = cache.get(word);
    if (hit !== undefined) return (hit === NONE ? undefined : hit) as T;
    const value = fn(word);
    if (cache.size >= max) cache.clear();
    cache.set(word, value === undefined ? NONE : value);
    return value;
  };
}
