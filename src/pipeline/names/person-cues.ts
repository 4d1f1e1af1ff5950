/**
 * A person's name told by the words beside it, where the tagger's few training sentences leave
 * it typed as a place or a body, or not found at all: a capitalised word that the dictionary does
 * not know (not an ordinary word, a role, a place or a country) is a person's name
 * - right after a title or role written in lower case (`politimester Krag`, `bassisten Morell`),
 * - right after an age (`den 31-årige Okoye`, `en 8-årig Malthe`),
 * - coordinated with a person's name (`Bente Holm og Ravnsbæk`, `Ravnsbæk eller Ida`),
 * - first in its sentence and the subject of a verb of saying (`Okoye mener, at …`): the tagger
 *   passes over a sentence's first word, whose capital proves nothing, but a word no list knows
 *   that says or thinks something is a person's name.
 *
 * Why not leave it to the tagger: a title or an age before a word is as sure a sign of a person
 * as Danish has, but each title is rare in 604 training sentences, so the tagger weighs the
 * unknown word's ending and the comma after it (`… Dahl, der`, like `… Odense, hvor`) more.
 * Each rule looks at one name and the token before or after it, so the pass is linear.
 * @module
 */
import { ROLE_VERB_HOMOGRAPHS } from '../../lexicon/roles.js';
import type { Token } from '../../nlp/tokens.js';
import type { NameTokens } from './index.js';
import { isCountryWord, isOrdinary, isOrganisationNoun, isPlaceName, isReportingVerb, isRoleWord } from './lexicon.js';

/** An age written as one word: `31-årige`, `8-årig`. */
const AGE = /^\d{1,3}-årige?$/u;

/**
 * Whether token i is a capitalised word no list knows as anything but a name. After a title or an
 * age (`cued`), a capital inside a sentence is evidence enough: the word may also be an ordinary
 * word (`den 23-årige Kirk`, `direktør Holm`), but not a place, a country, a body or a role.
 */
function unknownName(tokens: readonly Token[], i: number, cued = false): boolean {
  const t = tokens[i];
  if (t?.type !== 'word' || !t.cap || t.text.length < 2 || t.text === t.text.toUpperCase()) return false;
  // (a role the dictionary lacks, `Trafikchefen`, is a role and not a name)
  return (cued || !isOrdinary(t.lower)) && !isPlaceName(t.text) && !isCountryWord(t.text) && !isOrganisationNoun(t.lower) && !isRoleWord(t.lower);
}

/** Whether token i is a lower-case title or role, or an age: a word that announces a person after it. */
function personCue(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t?.type !== 'word' || t.cap) return false;
  // (a role that is also a verb, `ejer`, `træner`, may be the verb: `ejer Kragh Invest ApS`)
  return AGE.test(t.text) || (isRoleWord(t.lower) && !ROLE_VERB_HOMOGRAPHS.has(t.lower));
}

/** Whether every word of the name is one the lists do not know (see {@link unknownName}). */
function allUnknown(tokens: readonly Token[], n: NameTokens, cued = false): boolean {
  for (let k = n.first; k <= n.last; k++) if (tokens[k]!.type === 'word' && !unknownName(tokens, k, cued)) return false;
  return true;
}

const AND = new Set(['og', 'eller']);

/**
 * Applies the cues to the names of one text.
 * @param tokens all tokens
 * @param names the names found so far, in order
 * @param sentenceEnd the token index after the sentence of token i
 */
export function personCues(tokens: readonly Token[], names: readonly NameTokens[], sentenceEnd: (i: number) => number): NameTokens[] {
  const out: NameTokens[] = [];
  let m = 0;
  for (let i = 0; i < tokens.length; i++) {
    while (m < names.length && names[m]!.first <= i) {
      const n = { ...names[m++]! };
      const cued = personCue(tokens, n.first - 1);
      if (n.type !== 'person' && n.type !== 'other' && allUnknown(tokens, n, cued)) {
        const before = out[out.length - 1];
        const after = names[m];
        if (cued) n.type = 'person';
        // coordinated with a person's name just before it or just after it
        else if (n.first === n.last && before?.type === 'person' && before.last === n.first - 2 && AND.has(tokens[n.first - 1]!.lower)) n.type = 'person';
        else if (n.first === n.last && after?.type === 'person' && after.first === n.last + 2 && AND.has(tokens[n.last + 1]!.lower)) n.type = 'person';
      }
      out.push(n);
    }
    const prev = out[out.length - 1];
    if (prev && prev.last >= i) continue;
    // a name the tagger did not find: the unknown words after a cue, within the sentence, or a
    // sentence's first word as the subject of a verb of saying (only a capitalised word may be
    // one: the test first, as this runs for every token)
    if (!tokens[i]!.cap || tokens[i]!.type !== 'word') continue;
    const cued = personCue(tokens, i - 1);
    if (!unknownName(tokens, i, cued)) continue;
    if (!cued) {
      const first = i === 0 || sentenceEnd(i - 1) === i;
      const verb = tokens[i + 1];
      const after = names[m];
      if (
        (first && verb && verb.type === 'word' && !verb.cap && isReportingVerb(verb.lower)) ||
        (prev?.type === 'person' && prev.last === i - 2 && AND.has(tokens[i - 1]!.lower)) ||
        (after?.type === 'person' && after.first === i + 2 && AND.has(tokens[i + 1]!.lower))
      )
        out.push({ first: i, last: i, type: 'person' });
      continue;
    }
    const end = sentenceEnd(i);
    let last = i;
    while (last + 1 < end && unknownName(tokens, last + 1, true) && (m >= names.length || names[m]!.first > last + 1)) last++;
    out.push({ first: i, last, type: 'person' });
    i = last;
  }
  while (m < names.length) out.push(names[m++]!);
  return out;
}
