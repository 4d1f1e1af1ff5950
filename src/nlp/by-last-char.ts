/**
 * Strings grouped by their last character, so that `endsWith` is tried only against those that
 * can match. The role and organisation lexicons test each new word against a few hundred head
 * nouns and endings; tried one by one, that was the largest part of their first pass over a text.
 * @module
 */

/**
 * Groups strings by their last character (empty strings are left out).
 * @param strings the heads or endings
 * @returns last character → the strings ending in it, in their given order
 */
export function byLastChar(strings: readonly string[]): ReadonlyMap<string, readonly string[]> {
  const map = new Map<string, string[]>();
  for (const s of strings) {
    const last = s[s.length - 1];
    if (last === undefined) continue;
    const group = map.get(last);
    if (group) group.push(s);
    else map.set(last, [s]);
  }
  return map;
}
