/**
 * Name shapes the tagger's small training set cannot teach, put right by the structure of names:
 * particles inside a person's name (`Ursula von der Leyen`, `Ole de Vries`, `Johan af Rosenborg`),
 * an abbreviated first name before a surname (`Chr. Lindberg`, `Wm. Carter`), a genitive body
 * fused before a person (`<Body>s Anne Lund` → the body and the person apart), a body's name cut
 * by coordination (`Syd- og Sønderjyllands Politi`) or ending in a number (`Kanal 4`), and a name
 * ending in an organisation noun (`… Politi`, `… Universitet`) typed as a body.
 * Each rule looks at a name and the few tokens beside it, so the pass is linear in the text.
 * @module
 */
import { NAME_PARTICLES } from '../../lexicon/name-particles.js';
import { PLACE_HEADS } from '../../lexicon/place-heads.js';
import type { Token } from '../../nlp/tokens.js';
import type { NameTokens } from './index.js';
import { genitiveEnding, isFirstName, isOrdinary, isProperName, isRoleWord, isOrganisationNoun, isPlaceName, isCountryWord } from './lexicon.js';

/** Whether token i is a capitalised word. */
export function capWord(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return t !== undefined && t.type === 'word' && t.cap;
}

/** Whether tokens i, i+1 are an abbreviated first name with its stop (`H.`, `Chr.`, `Wm.`). */
export function abbreviatedFirstName(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const dot = tokens[i + 1];
  if (!t || !dot || t.type !== 'word' || !t.cap || dot.text !== '.' || dot.start !== t.end) return false;
  return t.text.length === 1 || (t.text.length <= 4 && /^\p{Lu}\p{Ll}+$/u.test(t.text) && !isOrdinary(t.lower));
}

/**
 * The last token (a full stop) of the initials written together from i (`X.Y.`: each letter right
 * after the stop before it), within [i, end); i - 1 when there are none.
 */
function joinedInitials(tokens: readonly Token[], i: number, end: number): number {
  let k = i;
  while (k + 1 < end && tokens[k]!.text.length === 1 && abbreviatedFirstName(tokens, k) && (k === i || tokens[k]!.start === tokens[k - 1]!.end)) k += 2;
  return k - 1;
}

/** The last token of a run of capitalised words starting at i (i - 1 if none). */
function capRunEnd(tokens: readonly Token[], i: number, end: number): number {
  let k = i;
  while (k < end && capWord(tokens, k)) k++;
  return k - 1;
}

/** Whether a name is a place named after someone: a genitive and a place noun (`H.C. Andersens Boulevard`). */
function namedAfter(tokens: readonly Token[], name: NameTokens): boolean {
  return name.last > name.first && PLACE_HEADS.has(tokens[name.last]!.lower) && genitiveEnding(tokens[name.last - 1]!.text) > 0;
}

/**
 * Whether a token is a capitalised compound with a lower-case noun after its hyphen (`Beatles-pladen`),
 * a thing named after a name. Not when that noun is a role (`Deutsche Bank-analytikeren`): that is
 * a person described by the body they work for, one mention for the speakers stage.
 */
function commonCompound(t: Token): boolean {
  if (t.type !== 'word' || !t.cap) return false;
  const head = /-(\p{Ll}+)$/u.exec(t.text)?.[1];
  return head !== undefined && !isRoleWord(head);
}

/** Whether a word is a hyphenated first name: its first part a first name (`Jean-Luc`, `Anne-Mette`). */
function hyphenatedFirstName(word: string): boolean {
  const dash = word.indexOf('-');
  return dash > 1 && dash < word.length - 2 && isFirstName(word.slice(0, dash));
}

/** Whether token i can stand in a name the tagger missed: capitalised, not an ordinary word. */
function unknownCap(tokens: readonly Token[], i: number): boolean {
  return capWord(tokens, i) && !isOrdinary(tokens[i]!.lower) && !/^\p{Lu}+$/u.test(tokens[i]!.text);
}

/**
 * Names the tagger's few training sentences leave it unsure of: a run of two or more capitalised
 * words inside a sentence that the dictionary does not know as ordinary words (`Niamh O'Connell`,
 * `Ayşe Çakır`) is a person, or a place when a word of it is a place; a run ending in an
 * organisation noun (`Østjyllands Politi`) is a body.
 */
function missedRuns(tokens: readonly Token[], tagged: readonly NameTokens[], sentenceEnd: (i: number) => number): NameTokens[] {
  const out: NameTokens[] = [];
  let m = 0;
  for (let i = 1; i < tokens.length; i++) {
    while (m < tagged.length && tagged[m]!.first <= i) out.push(tagged[m++]!);
    const prev = out[out.length - 1];
    if ((prev && prev.last >= i) || !capWord(tokens, i) || sentenceEnd(i - 1) === i || !/\p{L}/u.test(tokens[i - 1]!.text)) continue;
    const end = sentenceEnd(i);
    let last = capRunEnd(tokens, i, end);
    // a particle joins a name (`Pieter de Boer`)
    let k = last + 1;
    while (k < end && k - last <= 3 && tokens[k]!.type === 'word' && NAME_PARTICLES.has(tokens[k]!.text)) k++;
    if (k > last + 1 && capWord(tokens, k)) last = capRunEnd(tokens, k, end);
    let unknown = true;
    for (let k = i; k <= last; k++)
      unknown &&=
        unknownCap(tokens, k) || (tokens[k]!.type === 'word' && NAME_PARTICLES.has(tokens[k]!.text)) || (k > i && NAME_PARTICLES.has(tokens[k - 1]!.text));
    // a single-word name the tagger found inside a longer run of unknown words is part of it
    if (
      unknown &&
      last > i &&
      m < tagged.length &&
      tagged[m]!.first <= last &&
      tagged[m]!.first === tagged[m]!.last &&
      tagged[m]!.last <= last &&
      (m + 1 >= tagged.length || tagged[m + 1]!.first > last)
    ) {
      m++;
    } else if (last === i || (m < tagged.length && tagged[m]!.first <= last)) continue;
    const body = isOrganisationNoun(tokens[last]!.lower);
    // a place named after someone or something, of ordinary words (`Kongens Have`)
    const named = namedAfter(tokens, { first: i, last, type: 'place' });
    if (!unknown && !body && !named) continue;
    let place = named;
    for (let k = i; k <= last; k++) place ||= isPlaceName(tokens[k]!.text) && !isFirstName(tokens[k]!.text);
    out.push({ first: i, last, type: body ? 'organization' : place ? 'place' : 'person' });
    i = last;
  }
  while (m < tagged.length) out.push(tagged[m++]!);
  return out;
}

/**
 * Applies the shape rules to the names of one text.
 * @param tokens all tokens
 * @param names the tagger's names, in order
 * @param sentenceEnd the token index after the sentence of token i
 */
export function fixShapes(tokens: readonly Token[], tagged: NameTokens[], sentenceEnd: (i: number) => number): NameTokens[] {
  const names = missedRuns(tokens, tagged, sentenceEnd);
  const out: NameTokens[] = [];
  for (let n = 0; n < names.length; n++) {
    const name = { ...names[n]! };
    const end = sentenceEnd(name.first);
    // a compound with a common noun after the hyphen (`Norrmalm-kvarteret`, `Ellington-pladen`)
    // is a thing named after a name, not part of one: a longer name ends before it
    while (name.last > name.first && commonCompound(tokens[name.last]!)) name.last--;
    // a person's name ends at a word in the genitive, here and in the run rule below: what
    // follows is theirs (`Eva Dahls Store Kogebog`), unless it is a street's or a park's name
    // (`Niels Juels Gade`: the genitive is the person the place is named after)
    // (a genitive of a name the dictionary knows: `Learns` in a band's name is no genitive)
    if (name.type === 'person')
      for (let k = name.first + 1; k < name.last; k++)
        if (genitiveEnding(tokens[k]!.text) > 0 && isProperName(tokens[k]!.text)) {
          if (PLACE_HEADS.has(tokens[k + 1]!.lower)) name.type = 'place';
          else name.last = k;
          break;
        }
    // a name does not stop inside a run of capitalised words within a sentence (`Vestegnens
    // Brandvæsen`, `Kolding Havn`): it takes the capitalised words after it, and a body's or
    // place's name the tagger found right after it, but not a person's (`Dansk Træunion` | `Eva Dahl`)
    for (;;) {
      const k = name.last + 1;
      if (k >= end || !capWord(tokens, k) || commonCompound(tokens[k]!) || tokens[k]!.start !== tokens[name.last]!.end + 1) break;
      if (name.type === 'person' && genitiveEnding(tokens[name.last]!.text) > 0 && isProperName(tokens[name.last]!.text)) {
        if (!PLACE_HEADS.has(tokens[k]!.lower)) break;
        name.type = 'place';
      }
      const next = names[n + 1];
      if (next && next.first === k) {
        if (next.type === 'person' || name.type === 'person') break;
        name.last = next.last;
        name.type = next.type;
        n++;
      } else if (next && next.first <= k) break;
      else name.last = k;
    }
    // the abbreviated first names and initials before a surname (`Chr. Lindberg`, `H. C. Mortensen`)
    // (the tagger may have taken the abbreviation for a name of its own where a sentence
    // boundary was drawn after its stop: it joins this one)
    while (name.first >= 2 && abbreviatedFirstName(tokens, name.first - 2)) {
      const before = out[out.length - 1];
      if (before && before.last >= name.first - 2) {
        if (before.first !== name.first - 2) break;
        out.pop();
      }
      name.first -= 2;
      name.type = 'person';
    }
    // initials or an abbreviated first name before a capitalised word make a person's name
    // whatever type the tagger gave it (`K. Holm`, `Chr. Lindberg`; not `B.T.`, initials alone)
    // (two initials or more before a first name and a surname abbreviate a body, which stands
    // apart: `X.Y. Anne Lund` is Anne Lund of X.Y.)
    {
      let k = name.first;
      while (k < name.last && abbreviatedFirstName(tokens, k)) k += 2;
      if (
        k > name.first &&
        k <= name.last &&
        capWord(tokens, k) &&
        tokens[k]!.text.length > 1 &&
        !isOrganisationNoun(tokens[name.last]!.lower) &&
        !namedAfter(tokens, name)
      ) {
        // (one name writes its initials one way: joined `H.C.` or spaced `N. O.`; joined
        // initials followed by a spaced one, `X.Y. K. Lund`, are a body's and then a person's)
        const joined = joinedInitials(tokens, name.first, k);
        if (k - name.first >= 4 && k < name.last && isFirstName(tokens[k]!.text)) {
          out.push({ first: name.first, last: k - 1, type: 'organization' });
          name.first = k;
        } else if (joined >= name.first + 3 && joined + 1 < k) {
          out.push({ first: name.first, last: joined, type: 'organization' });
          name.first = joined + 1;
        }
        name.type = 'person';
      }
    }
    // a hyphenated first name before words the dictionary does not know makes a person's name
    // whatever type the tagger gave it (`Jean-Luc Fossard`, `Anne-Mette Kjærgaard`)
    if (name.type !== 'person' && name.last > name.first && hyphenatedFirstName(tokens[name.first]!.text)) {
      let unknown = true;
      for (let k = name.first + 1; k <= name.last; k++) unknown &&= unknownCap(tokens, k);
      if (unknown) name.type = 'person';
    }
    // particles and the capitalised words after them (`Ursula von der Leyen`, `Samir al-Hakim`)
    if (name.type === 'person' || (name.first === name.last && !isOrdinary(tokens[name.first]!.lower))) {
      const arabic = tokens[name.last + 1];
      if (arabic && arabic.type === 'word' && /^(?:al|el|ad|as|ash|at|bin|ibn|abu)-\p{Lu}/u.test(arabic.text)) {
        name.last++;
        name.type = 'person';
      }
      for (;;) {
        let k = name.last + 1;
        while (k < end && k - name.last <= 3 && tokens[k]!.type === 'word' && NAME_PARTICLES.has(tokens[k]!.text)) k++;
        if (k === name.last + 1 || !capWord(tokens, k)) break;
        name.last = capRunEnd(tokens, k, end);
        name.type = 'person';
        // a name the tagger found there is part of this one
        while (n + 1 < names.length && names[n + 1]!.first <= name.last) n++;
      }
    }
    // a genitive word fused before a person (`<Body>s Anne Lund`): the body is a name of its own
    const f = tokens[name.first]!;
    // (and a place before a person, `… for 3F Vejle Henning Bak`)
    if (
      name.type === 'person' &&
      name.last > name.first &&
      (/[^s]s$|['’]s$/.test(f.text) || isPlaceName(f.text)) &&
      !isFirstName(f.text) &&
      isFirstName(tokens[name.first + 1]!.text)
    ) {
      out.push({ first: name.first, last: name.first, type: isPlaceName(f.text) || isCountryWord(f.text) ? 'place' : 'organization' });
      name.first++;
    }
    // a body's name cut by coordination: `Syd- og Sønderjyllands Politi`
    const c = name.first;
    if (
      c >= 3 &&
      ['og', 'eller', '&'].includes(tokens[c - 1]!.lower) &&
      tokens[c - 2]!.text === '-' &&
      capWord(tokens, c - 3) &&
      tokens[c - 2]!.start === tokens[c - 3]!.end &&
      (out.length === 0 || out[out.length - 1]!.last < c - 3)
    )
      name.first = c - 3;
    // a body's name ending in a number: `Kanal 4`, `P 3`
    const last = tokens[name.last]!;
    const num = tokens[name.last + 1];
    if (name.type !== 'person' && num?.type === 'num' && num.text.length <= 2 && /^\p{Lu}+$/u.test(last.text) && num.start === last.end + 1) name.last++;
    // a name whose last word is an organisation noun is a body (`… Politi`, `… Universitet`)
    if (tokens[name.last]!.cap && isOrganisationNoun(tokens[name.last]!.lower)) name.type = 'organization';
    out.push(name);
  }
  // names the tagger missed after an abbreviated first name (`Wm. Carter`): a person
  const merged: NameTokens[] = [];
  let m = 0;
  for (let i = 0; i < tokens.length; i++) {
    while (m < out.length && out[m]!.first <= i) merged.push(out[m++]!);
    const prev = merged[merged.length - 1];
    if (prev && prev.last >= i) continue;
    if (!abbreviatedFirstName(tokens, i) || !(capWord(tokens, i + 2) || abbreviatedFirstName(tokens, i + 2))) continue;
    const end = sentenceEnd(i);
    let k = i;
    while (abbreviatedFirstName(tokens, k)) k += 2;
    if (!capWord(tokens, k) || k >= end) continue;
    const last = capRunEnd(tokens, k, end);
    merged.push({ first: i, last, type: 'person' });
    while (m < out.length && out[m]!.first <= last) m++;
    i = last;
  }
  while (m < out.length) merged.push(out[m++]!);
  // names never overlap: a rule that reached into the next name leaves that name out
  const clean: NameTokens[] = [];
  for (const x of merged) if (clean.length === 0 || x.first > clean[clean.length - 1]!.last) clean.push(x);
  return clean;
}
