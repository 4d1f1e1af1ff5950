/**
 * Bodies' names by their shape, where the tagger's 604 training sentences have too few of them:
 * - an acronym (`IFPI`, `FISA`, `EU`): a word of two to six capitals that the dictionary does not
 *   know as an ordinary word (`DNA`, `TV`) unless it lists it as a name (`EU`), and the lists do
 *   not know as a country (`USA`), standing among words
 *   that are not capitals (a headline set in capitals is not a row of acronyms) and not as a
 *   section label (`SPORT:`), is a body, also as a sentence's first word (where the tagger,
 *   rightly for other words, weighs the capital as nothing);
 * - a name of the English `X of Y` shape (`Bank of America`, `University of Aarhus`): the two
 *   capitalised runs and the `of` between are one name, a body's unless the tagger found its
 *   first part as a place (`Gulf of Mexico`).
 * Each rule looks at one word or name and its neighbours, so the pass is linear.
 * @module
 */
import type { Token } from '../../nlp/tokens.js';
import type { NameTokens } from './index.js';
import { isCountryWord, isListedProperName, isOrdinary } from './lexicon.js';

/** Whether token i is a word set in capitals (two letters or more). */
function capitals(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return t?.type === 'word' && t.text.length >= 2 && /^\p{Lu}+$/u.test(t.text);
}

/** Whether token i is an acronym of a body (see the module's comment). */
function acronym(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!capitals(tokens, i) || t.text.length > 6 || isCountryWord(t.text)) return false;
  // (an acronym the dictionary lists as a name, `EU`, is one though its letters spell a word)
  if (isOrdinary(t.lower) && !isListedProperName(t.text)) return false;
  if (capitals(tokens, i - 1) || capitals(tokens, i + 1)) return false;
  return tokens[i + 1]?.text !== ':';
}

/** Whether token i is a capitalised word. */
function capWord(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return t?.type === 'word' && t.cap;
}

/**
 * Applies the rules to the names of one text.
 * @param tokens all tokens
 * @param names the names found so far, in order
 * @param sentenceEnd the token index after the sentence of token i
 */
export function bodyShapes(tokens: readonly Token[], names: readonly NameTokens[], sentenceEnd: (i: number) => number): NameTokens[] {
  const out: NameTokens[] = [];
  let m = 0;
  /** The last token of the name after an `of` at token `of`, or -1 when none follows there. */
  const ofName = (of: number, end: number): number => {
    if (tokens[of]?.text !== 'of') return -1;
    let k = of + 1;
    if (tokens[k]?.text === 'the') k++;
    if (k >= end || !capWord(tokens, k)) return -1;
    let last = k;
    while (last + 1 < end && capWord(tokens, last + 1)) last++;
    // a name the tagger found there is part of this one
    while (m < names.length && names[m]!.first <= last) last = Math.max(last, names[m++]!.last);
    return last;
  };
  for (let i = 0; i < tokens.length; i++) {
    while (m < names.length && names[m]!.first <= i) {
      const n = { ...names[m++]! };
      const last = ofName(n.last + 1, sentenceEnd(n.first));
      if (last >= 0) {
        n.last = last;
        if (n.type !== 'place') n.type = 'organization';
      }
      out.push(n);
    }
    const prev = out[out.length - 1];
    if (prev && prev.last >= i) continue;
    if (acronym(tokens, i)) {
      out.push({ first: i, last: i, type: 'organization' });
      continue;
    }
    // a capitalised run the tagger left out before `of` and a name (`Bank of America`)
    if (!capWord(tokens, i)) continue;
    const end = sentenceEnd(i);
    let run = i;
    while (run + 1 < end && capWord(tokens, run + 1) && (m >= names.length || names[m]!.first > run + 1)) run++;
    const last = ofName(run + 1, end);
    if (last >= 0) {
      out.push({ first: i, last, type: 'organization' });
      i = last;
    }
  }
  while (m < names.length) out.push(names[m++]!);
  return out;
}
