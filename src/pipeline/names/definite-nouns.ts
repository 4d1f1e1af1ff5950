/**
 * A capitalised ordinary noun in the definite form (`Parken`, `Bundesligaen`, `Korstogene`) is no
 * name of its own: the capital marks a well-known thing, but CoNLL's Danish gold, like the
 * training sentences (16 such words untagged against 2 seas), leaves it out. Kept: places (the
 * dictionary's, or a compound on a place noun, `Kvægtorvet`, `Østersøen`), bodies (an
 * organisation noun, `Sundhedsstyrelsen`: the speakers stage needs them), countries and first
 * names.
 * @module
 */
import { PLACE_HEADS } from '../../lexicon/place-heads.js';
import type { Token } from '../../nlp/tokens.js';
import type { NameTokens } from './index.js';
import { isCountryWord, isFirstName, isOrdinary, isOrganisationNoun, isPlaceName } from './lexicon.js';

/** Definite endings of Danish nouns, longest first: `-erne`, `-ene`, `-en`, `-et`. */
const DEFINITE = /(?:erne|ene|en|et)$/u;

/** Whether a compound ends in a place noun with a definite ending (`Kvægtorvet`, `Østersøen`). */
function placeCompound(lower: string): boolean {
  const stem = lower.replace(DEFINITE, '');
  for (let k = 1; k < stem.length - 1; k++) if (PLACE_HEADS.has(stem.slice(k))) return true;
  return false;
}

/** Whether a one-word name is an ordinary noun in the definite form and no place, body or country. */
function definiteNoun(t: Token): boolean {
  if (t.type !== 'word' || !DEFINITE.test(t.lower) || !isOrdinary(t.lower)) return false;
  return !isPlaceName(t.text) && !isCountryWord(t.text) && !isFirstName(t.text) && !isOrganisationNoun(t.lower) && !placeCompound(t.lower);
}

/**
 * The names less the one-word ones that are ordinary nouns in the definite form.
 * @param tokens all tokens
 * @param names the names found, in order
 */
export function dropDefiniteNouns(tokens: readonly Token[], names: readonly NameTokens[]): NameTokens[] {
  return names.filter((n) => n.first !== n.last || !definiteNoun(tokens[n.first]!));
}
