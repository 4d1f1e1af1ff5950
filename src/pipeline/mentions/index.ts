/**
 * Mentions stage: names of people and bodies as the names stage finds them (src/pipeline/names/),
 * with the titles and roles the text gives them,
 * role nouns that can stand for a person (`præsidenten`, `afdelingschefen`), and personal pronouns.
 * The speakers stage resolves quote sources against these.
 * @module
 */
import { CLAUSE_CONJUNCTIONS, COMMON_FINITE_VERBS, DETERMINERS, PREPOSITIONS, SENTENCE_ADVERBS, SUBJECT_PRONOUNS } from '../../lexicon/clause-words.js';
import { genderOfFirstName } from '../../lexicon/first-names.js';
import { isOrganisationWord, WELL_KNOWN_ACRONYM_BODIES } from '../../lexicon/organisations.js';
import { lookupVerbForm } from '../../lexicon/reporting-verbs.js';
import { AGED_PERSON_NOUNS, ROLE_VERB_HOMOGRAPHS, roleLemma } from '../../lexicon/roles.js';
import { isSpace } from '../../nlp/chars.js';
import { tokenRanges, type Token, type TokenRanges } from '../../nlp/tokens.js';
import type { Mention } from '../layers.js';
import { defineStage } from '../stage.js';
import type { FoundName } from '../layers.js';

/**
 * Finds the mentions of a document.
 * @param text input
 * @param tokens its tokens
 * @param sentenceRanges per sentence, [first token, end token)
 * @param names the names stage's names over the same tokens (one mechanism for names)
 */
export function findMentions(text: string, tokens: readonly Token[], sentenceRanges: TokenRanges, names: readonly FoundName[]): Mention[] {
  const out: Mention[] = [];
  // Capitalised words seen inside a sentence are names; at a sentence start a capital proves nothing.
  // (flags in a byte array, not a Set of a million sentence starts: this runs over every token)
  const sentenceFirst = new Uint8Array(tokens.length + 1);
  for (let k = 0; k < sentenceRanges.length; k++) sentenceFirst[sentenceRanges.first(k)] = 1;
  const midCaps = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.cap && sentenceFirst[i] === 0 && !(i > 0 && /["»«„“”:(\-–]/.test(tokens[i - 1]!.text))) midCaps.add(t.text);
  }
  // the names come from the names stage (one mechanism for names)
  const inName = new Uint8Array(tokens.length);
  for (const nm of names) inName.fill(1, nm.first, nm.last + 1);
  let n = 0;
  for (let k = 0; k < sentenceRanges.length; k++) {
    const a = sentenceRanges.first(k);
    const b = sentenceRanges.end(k);
    while (n < names.length && names[n]!.first < b) {
      const name = names[n++]!;
      if (name.first >= a) out.push(nameMention(text, tokens, name, a));
    }
    for (let i = a; i < b; i++) {
      const t = tokens[i]!;
      if (t.type !== 'word') continue;
      // (the three words first: the pronoun table is then looked up for them only, not every word)
      const pron = t.lower === 'han' || t.lower === 'hun' || t.lower === 'de' ? SUBJECT_PRONOUNS.get(t.lower) : undefined;
      if (pron) {
        out.push({ start: t.start, end: t.end, text: t.text, kind: 'pronoun', ...(pron.gender ? { gender: pron.gender } : {}), plural: pron.plural });
        continue;
      }
      // `den 45-årige`: an age stands for a person in Danish news
      // (the char-code test spares the regex on every other word)
      const c0 = t.lower.charCodeAt(0);
      if (c0 >= 48 && c0 <= 57 && /^\d+-årige?$/.test(t.lower) && i > a && ['den', 'en', 'denne'].includes(tokens[i - 1]!.lower)) {
        // with the noun it describes (`denne 43-årige kvinde`, `en 30-årig mand`)
        const n = tokens[i + 1];
        const end = n?.type === 'word' && !n.cap && AGED_PERSON_NOUNS.has(n.lower) ? n.end : t.end;
        out.push({ start: tokens[i - 1]!.start, end, text: text.slice(tokens[i - 1]!.start, end), kind: 'role', roleLemma: 'årig' });
        continue;
      }
      const lemma = t.cap && midCaps.has(t.text) && !commonCompound(t.text) ? undefined : roleLemma(t.lower);
      // a singular definite role noun (`præsidenten`, `direktøren`); plurals (`kunderne`) are groups
      if (lemma && /(?:en|et|n)$/.test(t.lower) && !/(?:erne|ene|rne)$/.test(t.lower)) {
        // with the body the role belongs to (`Chefen for det lokale beredskab`)
        let e = i;
        const p = tokens[i + 1];
        if (p && ['for', 'i', 'ved', 'hos'].includes(p.lower)) {
          // (up to a punctuation mark, the sentence's end, or the clause's verb: `Direktøren for
          // havnen siger, at …` is the director of the harbour)
          const verb = (k: number) => COMMON_FINITE_VERBS.has(tokens[k]!.lower) || lookupVerbForm(tokens[k]!.lower) !== undefined;
          let k = i + 2;
          while (k < b && k - i <= 5 && tokens[k]!.type === 'word' && !verb(k) && !CLAUSE_CONJUNCTIONS.has(tokens[k]!.lower)) k++;
          if (k > i + 2 && (tokens[k]?.type === 'punct' || k === b || (tokens[k]!.type === 'word' && verb(k)))) e = k - 1;
        }
        const end = tokens[e]!.end;
        out.push({ start: t.start, end, text: text.slice(t.start, end), kind: 'role', roleLemma: lemma });
      } else if (lemma && !(tokens[i + 1]?.cap && tokens[i + 1]!.type === 'word')) {
        // `den russiske FN-ambassadør`, `en højtstående diplomat`: a described source (no name follows)
        let d = i - 1;
        // back over the adjectives (`en erfaren fransk diplomat`) to the article
        while (
          d >= a &&
          i - d <= 4 &&
          tokens[d]!.type === 'word' &&
          !DETERMINERS.has(tokens[d]!.lower) &&
          !PREPOSITIONS.has(tokens[d]!.lower) &&
          !CLAUSE_CONJUNCTIONS.has(tokens[d]!.lower) &&
          !COMMON_FINITE_VERBS.has(tokens[d]!.lower)
        )
          d--;
        if (d >= a && DETERMINERS.has(tokens[d]!.lower) && ['den', 'det', 'en', 'et'].includes(tokens[d]!.lower)) {
          out.push({ start: tokens[d]!.start, end: t.end, text: text.slice(tokens[d]!.start, t.end), kind: 'role', roleLemma: lemma });
        }
      } else if ((!t.cap || (inName[i] === 0 && t.text.length > 8 && !tokens[i + 1]?.cap)) && endsInEtEn(t.lower) && isOrganisationWord(t.lower)) {
        // (the ending is tested first: a character test, where the lexicon costs a cache lookup)
        // a capitalised compound on an organisation noun that no name covers is a body too
        // (`Trafikstyrelsen`, `Havnekommissionen`; CoNLL gold leaves them out of names)
        out.push({ start: t.start, end: t.end, text: t.text, kind: 'organization', name: t.text });
      }
    }
  }
  out.sort((x, y) => x.start - y.start || y.end - x.end);
  return out;
}

/** A name run as a mention: kind, gender, and the roles given around it. */
function nameMention(text: string, tokens: readonly Token[], found: FoundName, sentenceStart: number): Mention {
  const { first, last } = found;
  let f = first;
  const roles: string[] = [];
  // a capitalised title just before the name is a role (`Overlæge K. B. Nielsen`)
  // (not a title with a body before it, `LA-formand`: whose title it is, is the body's business)
  if (first > sentenceStart && tokens[first - 1]!.cap && !commonCompound(tokens[first - 1]!.text) && roleLemma(tokens[first - 1]!.lower) !== undefined)
    roles.push(tokens[first - 1]!.lower);
  // a capitalised title at the run's start is a role, not part of the name
  while (f < last && roleLemma(tokens[f]!.lower) !== undefined) {
    roles.push(tokens[f]!.lower);
    f++;
  }
  // one array, not a slice and then a filter of it
  const words: Token[] = [];
  for (let k = f; k <= last; k++) if (tokens[k]!.type === 'word') words.push(tokens[k]!);
  const name = text.slice(tokens[f]!.start, tokens[last]!.end);
  const acronym = words.some((t) => t.text.length >= 2 && isUpperCased(t.text) && /\p{Lu}{2}/u.test(t.text));
  const gender = isInitial(tokens, f) ? undefined : genderOfFirstName(tokens[f]!.text);
  const lexicalOrg = acronym || words.some((t) => isOrganisationWord(t.lower)) || WELL_KNOWN_ACRONYM_BODIES.has(name);
  // lower-case titles just before the name (`den svenske general Erik Lund`)
  for (let k = first - 1; k >= sentenceStart && first - k <= 3; k--) {
    const t = tokens[k]!;
    // (`formanden for X`: the role is held by someone in the body, not the body)
    if (t.type !== 'word' || (t.cap && k !== sentenceStart) || PREPOSITIONS.has(t.lower)) break;
    const lemma = roleLemma(t.lower);
    if (lemma) roles.unshift(t.lower);
  }
  // `landets præsident, Vladimir Putin` / `formanden for rådet, Jens Hansen`: a role before the comma
  // (past the body's abbreviation in brackets, `formanden for X (XY), Jens Hansen`, and with the
  // role opening the sentence, `Formanden for rådet, Jens Hansen`)
  if (tokens[first - 1]?.text === ',') {
    let k = first - 2;
    if (tokens[k]?.text === ')') {
      let o = k - 1;
      while (o > sentenceStart && k - o <= 4 && tokens[o]!.text !== '(') o--;
      if (tokens[o]?.text === '(') k = o - 1;
    }
    for (const from = k; k >= sentenceStart && from - k <= 5; k--) {
      const t = tokens[k]!;
      if (t.type === 'punct') break;
      if ((!t.cap || (k === sentenceStart && PREPOSITIONS.has(tokens[k + 1]?.lower ?? ''))) && roleLemma(t.lower)) {
        roles.unshift(t.lower);
        break;
      }
    }
  }
  // `Ole Krag, der er afdelingschef i …` / `Jens Hansen, direktør i …`: a role after the name
  let k = last + 1;
  if (tokens[k]?.text === ',') {
    k++;
    let relative = false;
    if (tokens[k]?.lower === 'der' || tokens[k]?.lower === 'som') {
      k++;
      relative = true;
    }
    if (tokens[k]?.lower === 'er' || tokens[k]?.lower === 'var') {
      k++;
      relative = false;
    }
    if (tokens[k] && ['en', 'et', 'ny', 'nye'].includes(tokens[k]!.lower)) k++;
    const t = tokens[k];
    // right after `der`, `leder`, `ejer`, `spiller` are verbs (`…, der leder styrkerne`), not roles
    if (t && !t.cap && roleLemma(t.lower) && !(relative && ROLE_VERB_HOMOGRAPHS.has(t.lower))) {
      let e = k;
      while (e + 1 < tokens.length && tokens[e + 1]!.type === 'word' && e - k < 5 && tokens[e + 1]!.lower !== 'og' && tokens[e + 1]!.lower !== 'der') e++;
      roles.push(text.slice(t.start, tokens[e]!.end));
    }
  }
  // A person needs evidence: a known first name or initials, a title or role, or a full name of
  // two or more words; a single word (`Rusland`, `Danmarks`) may be a place or a body.
  const genitive = /(?:s|'s|’s)$/.test(tokens[last]!.text) && words.length === 1;
  // initials alone (`B.T.`) abbreviate a body, not a person
  const onlyInitials = words.every((t) => t.text.length === 1);
  const org = lexicalOrg || (found.type === 'organization' && gender === undefined);
  const person =
    !org &&
    !genitive &&
    !onlyInitials &&
    (found.type === 'person' ||
      gender !== undefined ||
      isInitial(tokens, f) ||
      roles.length > 0 ||
      (found.type !== 'place' && words.length >= 2 && words.length <= 4 && !/(?:s|'s)$/.test(tokens[last]!.text)));
  // a person's name in the genitive before what is theirs (`E. Lunde Larsens udtalelse`) is named
  // without its ending: the mention keeps the text as written, the name is the person's
  const base = person && found.genitive ? genitiveBase(text, tokens, last, name, found.genitive) : undefined;
  const m: Mention = {
    start: tokens[f]!.start,
    end: tokens[last]!.end,
    text: name,
    kind: org ? 'organization' : person ? 'person' : 'name',
    name: base ?? name,
    roles,
  };
  if (gender && !org) m.gender = gender;
  return m;
}

/**
 * The name without its genitive ending, for a name whose last word the names stage found in the
 * genitive, when a lower-case word follows that is neither a verb nor a function word (`Larsens
 * udtalelse`, `Larsens nye bog`; not `… Larsens, der`).
 * @param text the document's text
 * @param tokens all tokens
 * @param last the name's last token
 * @param name the name as written
 * @param ending the length of the genitive ending, as the names stage found it
 */
function genitiveBase(text: string, tokens: readonly Token[], last: number, name: string, ending: number): string | undefined {
  let after = last + 1;
  // past a party or an age in brackets (`Larsens (V) udtalelse`)
  if (tokens[after]?.text === '(') {
    let close = after + 1;
    while (close < tokens.length && close - after <= 4 && tokens[close]!.text !== ')') close++;
    if (tokens[close]?.text === ')') after = close + 1;
  }
  const next = tokens[after];
  if (!next || next.type !== 'word' || next.cap || !isSpace(text.charCodeAt(next.start - 1))) return undefined;
  const w = next.lower;
  if (
    COMMON_FINITE_VERBS.has(w) ||
    lookupVerbForm(w) !== undefined ||
    PREPOSITIONS.has(w) ||
    CLAUSE_CONJUNCTIONS.has(w) ||
    SENTENCE_ADVERBS.has(w) ||
    SUBJECT_PRONOUNS.has(w) ||
    DETERMINERS.has(w)
  )
    return undefined;
  return name.slice(0, name.length - ending);
}

/**
 * Whether token i is an initial: one capital letter followed by a full stop (`H.` in `H.C.`, `N.`).
 * @param tokens all tokens
 * @param i index
 */
export function isInitial(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const dot = tokens[i + 1];
  return t !== undefined && dot !== undefined && t.type === 'word' && t.cap && t.text.length === 1 && dot.text === '.' && dot.start === t.end;
}

/** The pipeline stage. */
export const mentionsStage = defineStage({
  name: 'mentions',
  requires: ['tokens', 'sentences', 'names'],
  provides: ['mentions'],
  run: (doc) => ({ mentions: findMentions(doc.text, doc.tokens, tokenRanges(doc.tokens, doc.sentences), doc.names) }),
});

/**
 * A hyphenated compound whose last part is lower-case is a common noun with a name or an acronym
 * in front (`FN-ambassadør`, `SF-formanden`), not a name (`Anne-Sophie`, `Hagedorn-Olsen`).
 * @param word a token's text
 */
export function commonCompound(word: string): boolean {
  const dash = word.lastIndexOf('-');
  return dash > 0 && /^\p{Ll}/u.test(word.slice(dash + 1));
}

/** Whether a lower-cased word ends in `et` or `en` (as `/(?:et|en)$/`, without a regex). */
function endsInEtEn(w: string): boolean {
  const n = w.length;
  return n >= 2 && w.charCodeAt(n - 2) === 101 && (w.charCodeAt(n - 1) === 116 || w.charCodeAt(n - 1) === 110);
}

/**
 * `word === word.toUpperCase()`, without building the upper-cased copy for the usual word with a
 * lower-case ASCII letter (the copy is made only for words with letters beyond ASCII).
 */
function isUpperCased(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 128) return word === word.toUpperCase();
  }
  return true;
}
