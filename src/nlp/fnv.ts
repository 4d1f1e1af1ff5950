/**
 * FNV-1a, the string hash of the project's hashed tables (the language model's features, the names
 * stage's word table and feature weights, the word caches): its constants and the hash of a slice
 * of a string, over UTF-16 code units, without making the slice.
 * @module
 */

/** FNV-1a's 32-bit offset basis. */
export const FNV_BASIS = 0x811c9dc5;
/** FNV-1a's 32-bit prime. */
export const FNV_PRIME = 0x01000193;

/**
 * FNV-1a of text[from, to), as an unsigned 32-bit integer.
 * @param text the text
 * @param from first code unit (default 0)
 * @param to code unit after the last (default the text's length)
 * @param seed the start value (default the offset basis; another seed gives another hash)
 */
export function fnv1a(text: string, from = 0, to = text.length, seed = FNV_BASIS): number {
  let h = seed;
  for (let i = from; i < to; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}
