/**
 * One name, one reading across a text: a word found as part of a name somewhere in the text
 * (`Anne Kjærgaard` … `Kjærgaard`) is a name wherever it stands capitalised on its own, also
 * where the tagger, with only its sentence to go on, left it out (at a sentence start, before an
 * unusual verb). The surname alone is the usual second mention of a person in news.
 * @module
 */
import type { Token } from '../../nlp/tokens.js';
import type { NameTokens, NameType } from './index.js';
import { isOrdinary } from './lexicon.js';
import { NAME_PARTICLES } from '../../lexicon/name-particles.js';

/** The word less a genitive ending (`Kjærgaards` → `Kjærgaard`). */
function base(word: string): string {
  return word.replace(/(?:['’]s|['’]|(?<=[^s])s)$/u, '');
}

/**
 * Adds the lone capitalised words that repeat a word of a found name.
 * @param tokens all tokens
 * @param names the names found, in order
 */
export function repeatNames(tokens: readonly Token[], names: readonly NameTokens[]): NameTokens[] {
  // the last word of a person's name (the surname), and the words of bodies' and places' one-word names
  const known = new Map<string, NameType>();
  // surnames that take particles (`van der Berg`): the number of particle words before them
  const particles = new Map<string, number>();
  for (const n of names) {
    const last = tokens[n.last]!;
    if (last.type !== 'word' || last.text.length < 3) continue;
    if (n.type === 'person' && n.last > n.first) {
      known.set(base(last.text), 'person');
      let k = n.last - 1;
      while (k > n.first && NAME_PARTICLES.has(tokens[k]!.text)) k--;
      if (k < n.last - 1) particles.set(base(last.text), n.last - 1 - k);
    } else if (n.first === n.last && !known.has(base(last.text))) known.set(base(last.text), n.type);
  }
  if (known.size === 0) return names.slice();
  // the name at token i, with the particles the full name gave it where they stand before it
  // (`… siger van der Berg`, `Van der Berg mener`)
  const withParticles = (i: number, type: NameType, p: number, prev: NameTokens | undefined): NameTokens => {
    let first = i;
    while (first > i - p && first > 0 && NAME_PARTICLES.has(tokens[first - 1]!.lower) && !(prev && prev.last >= first - 1)) first--;
    return { first: first === i - p ? first : i, last: i, type };
  };
  const out: NameTokens[] = [];
  let m = 0;
  for (let i = 0; i < tokens.length; i++) {
    while (m < names.length && names[m]!.first <= i) {
      const n = names[m++]!;
      // a one-word name that is a person's surname elsewhere is that person (`Holm` after `Ida Holm`)
      const t = tokens[n.first]!;
      if (n.first === n.last && known.get(base(t.text)) === 'person')
        out.push(withParticles(n.first, 'person', particles.get(base(t.text)) ?? 0, out[out.length - 1]));
      else out.push(n);
    }
    const prev = out[out.length - 1];
    if (prev && prev.last >= i) continue;
    const t = tokens[i]!;
    if (t.type !== 'word' || !t.cap) continue;
    const type = known.get(base(t.text));
    // alone: not the start of a longer capitalised run; a surname may be an ordinary word too
    // (`Holm`, `Skov`), a one-word body or place not
    if (type === undefined || (tokens[i + 1]?.cap && tokens[i + 1]!.type === 'word') || (type !== 'person' && isOrdinary(t.lower))) continue;
    out.push(withParticles(i, type, particles.get(base(t.text)) ?? 0, prev));
  }
  while (m < names.length) out.push(names[m++]!);
  return out;
}
