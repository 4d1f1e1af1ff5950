/**
 * Organisation nouns (interim list until the full lexicon lands; same API).
 * Source: the compiler's own knowledge of Danish news language.
 * @module
 */

/** Heads of organisation nouns. */
export const ORGANISATION_HEADS: readonly string[] = ['ministeriet', 'styrelsen', 'rådet', 'udvalget', 'forbundet', 'foreningen', 'partiet', 'banken', 'selskabet', 'politiet', 'regeringen', 'kommunen', 'tilsynet', 'direktoratet', 'instituttet', 'firmaet', 'koncernen'];

/** Widely known bodies written as acronyms. */
export const WELL_KNOWN_ACRONYM_BODIES: ReadonlySet<string> = new Set(['FN', 'EU', 'NATO', 'WHO', 'IMF', 'OECD', 'DSB', 'DR']);

/**
 * Whether a word names or heads an organisation.
 * @param word a word
 */
export function isOrganisationWord(word: string): boolean {
  const w = word.toLowerCase();
  return ORGANISATION_HEADS.some((h) => w.endsWith(h));
}
