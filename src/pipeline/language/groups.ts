/**
 * Function-word groups of the language stage's gate: whether a word shows that a text is
 * Scandinavian at all, is shared with other languages, or is foreign (lists and their source in
 * src/lexicon/language/scandinavian-words.ts).
 * @module
 */
import { GROUP_WORDS } from '../../lexicon/language/scandinavian-words.js';

function set(list: string): Set<string> {
  return new Set(list.split(/\s+/).filter(Boolean));
}
/** Function-word group of a word: 1 Scandinavian, 2 shared, 3 foreign. */
const GROUP = new Map<string, 1 | 2 | 3>();
for (const w of set(GROUP_WORDS.foreign)) GROUP.set(w, 3);
for (const w of set(GROUP_WORDS.shared)) GROUP.set(w, 2);
for (const w of set(GROUP_WORDS.scandinavian)) GROUP.set(w, 1);

/**
 * The function-word group of a lower-cased word.
 * @param word a lower-cased word
 * @returns 1 Scandinavian, 2 shared, 3 foreign, 0 none
 */
export function groupOf(word: string): 0 | 1 | 2 | 3 {
  return GROUP.get(word) ?? 0;
}
