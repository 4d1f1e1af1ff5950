/**
 * The source of a cue: the subject noun phrase read forwards from a position (`siger
 * administrerende direktør Bent Falk, der …`) or backwards from a verb (`En højtstående
 * britisk diplomat mener`). Danish has no parser in the npm registry good enough for this, so
 * these are shallow rules over tokens, tuned on the shape of news attributions.
 * @module
 */
import {
  CLAUSE_CONJUNCTIONS,
  COMMON_FINITE_VERBS,
  DETERMINERS,
  FRONTING_ADVERBS,
  OBJECT_PRONOUNS,
  PREPOSITIONS,
  SENTENCE_ADVERBS,
  SUBJECT_PRONOUNS,
} from '../../lexicon/clause-words.js';
import { NAME_PARTICLES } from '../../lexicon/name-particles.js';
import { AMBIGUOUS_VERB_FORMS, lookupVerbForm } from '../../lexicon/reporting-verbs.js';
import { roleLemma } from '../../lexicon/roles.js';
import { TIME_WORDS } from '../../lexicon/time-words.js';
import type { Token } from '../../nlp/tokens.js';
import type { CueMatch } from './cues.js';
import { isQuoteMark, type QuoteContext } from './context.js';

/** A noun phrase: token indices, inclusive. */
export interface Phrase {
  first: number;
  last: number;
}

const MAX_PHRASE = 10;

/** Words that head a partitive (`en af`, `flere af`): a number or a quantifier. */
const PARTITIVE_HEADS: ReadonlySet<string> = new Set(['en', 'et', 'to', 'tre', 'fire', 'fem', 'flere', 'nogle', 'mange', 'ingen', 'hver', 'begge', 'alle']);

/** Prepositions that may continue a role or group phrase (`formand for X`, `chef i X`, `medlemmer af X`). */
const ROLE_PREPOSITIONS = new Set(['for', 'i', 'af', 'hos', 'ved', 'på']);

/**
 * Whether a token is a verb form that ends a noun phrase.
 * @param t token
 */
export function isVerbLike(t: Token): boolean {
  return !t.cap && (COMMON_FINITE_VERBS.has(t.lower) || lookupVerbForm(t.lower) !== undefined);
}

/**
 * Whether a lower-case token is a verb form that is nothing else: {@link isVerbLike} without the
 * reporting-verb forms that are also common adjectives, nouns or adverbs (`stille`, `vist`).
 * @param t token
 */
export function isClearVerb(t: Token): boolean {
  return !t.cap && (COMMON_FINITE_VERBS.has(t.lower) || (lookupVerbForm(t.lower) !== undefined && !AMBIGUOUS_VERB_FORMS.has(t.lower)));
}

/**
 * Whether token i is an initial or a short abbreviation with its full stop (`H.`, `cand.`), so
 * that the stop does not end the phrase.
 */
function isAbbrevWithDot(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const dot = tokens[i + 1];
  const next = tokens[i + 2];
  if (!t || !dot || dot.text !== '.' || dot.start !== t.end || t.type !== 'word') return false;
  if (t.cap && t.text.length === 1) return true;
  return !t.cap && t.text.length <= 5 && next !== undefined && next.type === 'word';
}

/**
 * Reads the subject noun phrase that starts at token i (after an inverted verb, after `ifølge`):
 * a pronoun, else a run of names and nouns ({@link readPhrase}), with the place or body a
 * described source is from, or an apposition or coordinated names after it.
 * @param ctx context
 * @param i first token
 * @param end index after the last token that may belong to it
 * @returns the phrase, or null where none starts there
 */
export function phraseAfter(ctx: QuoteContext, i: number, end: number): Phrase | null {
  const { tokens } = ctx;
  const t = tokens[i];
  if (!t || i >= end || t.type !== 'word') return null;
  // `blandt andre X` (among others X): the source is X
  if (t.lower === 'blandt' && (tokens[i + 1]?.lower === 'andre' || tokens[i + 1]?.lower === 'andet') && tokens[i + 2]?.type === 'word')
    return phraseAfter(ctx, i + 2, end);
  // a partitive, `en af de trofaste tilskuere`, `to af dem`: one or some of a group
  if (PARTITIVE_HEADS.has(t.lower) && tokens[i + 1]?.lower === 'af' && tokens[i + 2]?.type === 'word') {
    const whole = phraseAfter(ctx, i + 2, end);
    // (not one cut at a genitive, `en af instituttets …`: the phrase read is not the group)
    const cut = whole && /s$/.test(tokens[whole.last]!.lower) && tokens[whole.last + 1]?.type === 'word' && !tokens[whole.last + 1]!.cap;
    if (whole && !cut) return { first: i, last: whole.last };
  }
  const pron = pronounPhrase(tokens, i);
  if (pron !== undefined) return pron;
  const st = readPhrase(tokens, i, end);
  if (st.last < i) return null;
  // a name the names stage found here reaches as far as it goes (`TV 2`: the phrase stops at a number)
  const named = ctx.nameEnd[i] ?? -1;
  if (named > st.last && named < end) st.last = named;
  const place = !st.sawName && st.sawNoun ? placeAfter(tokens, st.last, end) : -1;
  if (place >= 0) return { first: i, last: place };
  return { first: i, last: extendPhrase(ctx, i, st.last, end, st.sawName) };
}

/**
 * A subject pronoun at token i: the phrase, null where `den`/`det` is no subject here, undefined
 * where the token is not a pronoun standing alone (`de ansatte`, `den nye minister`: read on).
 */
function pronounPhrase(tokens: readonly Token[], i: number): Phrase | null | undefined {
  const t = tokens[i]!;
  // after a preposition (`ifølge ham`, `lyder det fra hende`) the pronoun is in the object form
  if (OBJECT_PRONOUNS.has(t.lower)) return { first: i, last: i };
  // an initial (`I. Holm`) is a name, not the pronoun it is spelt like
  if (t.cap && isAbbrevWithDot(tokens, i)) return undefined;
  const pron = SUBJECT_PRONOUNS.get(t.lower);
  if (!pron) return undefined;
  if (!(t.lower === 'de' || t.lower === 'den' || t.lower === 'det')) return { first: i, last: i };
  // `de`/`den`/`det` is a pronoun unless an adjective or noun follows (`de ansatte`, `den nye minister`).
  const n = tokens[i + 1];
  if (n?.type !== 'word' || n.lower === 'at' || SENTENCE_ADVERBS.has(n.lower) || isVerbLike(n) || PREPOSITIONS.has(n.lower)) {
    return t.lower === 'de' ? { first: i, last: i } : null;
  }
  return undefined;
}

/** Where a phrase read so far ends, and what it holds. */
interface PhraseState {
  /** Index of its last token (below the first: nothing read). */
  last: number;
  sawName: boolean;
  sawNoun: boolean;
}

/** Reads names, titles, adjectives and nouns from token i, at most {@link MAX_PHRASE} tokens. */
function readPhrase(tokens: readonly Token[], i: number, end: number): PhraseState {
  const st: PhraseState = { last: -1, sawName: false, sawNoun: false };
  let j = i;
  while (j < end && j - i < MAX_PHRASE) {
    const next = phraseStep(tokens, i, j, end, st);
    if (next < 0) break;
    j = next;
  }
  return st;
}

/**
 * Takes token j into the phrase (updating the state).
 * @returns the index of the next token to read, or -1 where the phrase ends before j
 */
function phraseStep(tokens: readonly Token[], i: number, j: number, end: number, st: PhraseState): number {
  const w = tokens[j]!;
  if (w.type === 'punct') return w.text === '-' && st.last === j - 1 ? j + 1 : -1;
  // a number joined to a capitalised word is a name (`3F`)
  if (w.type === 'num') {
    if (!(tokens[j + 1]?.cap && tokens[j + 1]!.start === w.end) || (st.sawName && st.last !== j - 1)) return -1;
    st.sawName = true;
    st.last = j;
    return j + 1;
  }
  if (isAbbrevWithDot(tokens, j)) {
    st.last = j + 1;
    if (w.cap) st.sawName = true;
    return j + 2;
  }
  if (j === i && w.cap && DETERMINERS.has(w.lower) && tokens[j + 1]?.type === 'word' && !tokens[j + 1]!.cap) {
    // a sentence-initial article or determiner (`Det lokale råd`, `En kilde`)
    return j + 1;
  }
  if (w.cap && j === i && roleLemma(w.lower) !== undefined && !tokens[j + 1]?.cap) {
    // a role noun opening a sentence (`Chefen for det lokale beredskab`)
    st.last = j;
    st.sawNoun = true;
    return j + 1;
  }
  if (w.cap) {
    if (st.sawName && st.last !== j - 1 && st.last !== j - 2) return -1;
    st.sawName = true;
    st.last = j;
    return j + 1;
  }
  if (st.sawName && st.last === j - 1 && NAME_PARTICLES.has(w.text)) {
    // particles inside a name (`Ursula von der Leyen`): on to the capitalised word after them
    let k = j;
    while (k < end && k - j < 3 && NAME_PARTICLES.has(tokens[k]!.text)) k++;
    if (tokens[k]?.cap && tokens[k]!.type === 'word' && k < end) {
      st.last = k - 1;
      return k;
    }
  }
  if (st.sawName) {
    // After a name: a genitive name takes a noun (`EU's udenrigschef`, `Sveriges udenrigsminister`).
    const prev = tokens[st.last]!;
    if (/s$/.test(prev.text) && st.last === j - 1 && !isStopWord(w) && !st.sawNoun) {
      st.last = j;
      st.sawNoun = true;
      st.sawName = false;
      return j + 1;
    }
    return -1;
  }
  // coordinated adjectives before their noun (`flere danske og tyske politikere`)
  if ((w.lower === 'og' || w.lower === 'eller') && st.last === j - 1 && !st.sawNoun && isAdjectiveAfterCoordination(tokens, j + 1)) return j + 1;
  if (isStopWord(w)) return rolePrepositionGoesOn(tokens, j, st) ? j + 1 : -1;
  if (DETERMINERS.has(w.lower) && st.last === -1) return j + 1;
  if (st.sawNoun && !roleLemma(w.lower) && !sawNameAhead(tokens, j, end)) return -1;
  st.last = j;
  // an adjective (ends in -e, -ske, -ige) goes on to its noun; a noun ends a bare phrase unless a
  // name or a further title follows (`direktør Bent Falk`, `cand. psych. Eva Holt`)
  if (!/(?:e|sk|ske|ig|ige|ede|nde|årig)$/.test(w.lower) || roleLemma(w.lower)) st.sawNoun = true;
  return j + 1;
}

/** Whether token k is a lower-case adjective (an -e, -ske or -ige ending) with a lower-case word after it. */
function isAdjectiveAfterCoordination(tokens: readonly Token[], k: number): boolean {
  const a = tokens[k];
  const n = tokens[k + 1];
  return a?.type === 'word' && !a.cap && /(?:e|ske|ige)$/.test(a.lower) && !isStopWord(a) && n?.type === 'word' && !n.cap && !isStopWord(n);
}

/** Whether a preposition at j continues a role just read (`formand for X`, `chef i det …`). */
function rolePrepositionGoesOn(tokens: readonly Token[], j: number, st: PhraseState): boolean {
  const w = tokens[j]!;
  if (!(ROLE_PREPOSITIONS.has(w.lower) && st.sawNoun && st.last === j - 1 && roleLemma(tokens[st.last]!.lower) !== undefined)) return false;
  const n = tokens[j + 1];
  return (
    n !== undefined &&
    ((n.type === 'word' && (n.cap || DETERMINERS.has(n.lower))) || (n.type === 'num' && tokens[j + 2]?.cap === true && tokens[j + 2]!.start === n.end))
  );
}

/**
 * A described source keeps the place or body it is from (`en svensk forsker i Genève`, `en
 * talsmand for FN`): a preposition and a capitalised name after a common noun.
 * @returns the index of the name's last token, or -1
 */
function placeAfter(tokens: readonly Token[], last: number, end: number): number {
  const p = tokens[last + 1];
  const n = tokens[last + 2];
  if (!(p && n && last + 2 < end && ['i', 'fra', 'hos', 'ved', 'for'].includes(p.lower) && n.cap && n.type === 'word' && !SUBJECT_PRONOUNS.has(n.lower)))
    return -1;
  let e = last + 2;
  while (e + 1 < end && tokens[e + 1]!.cap && tokens[e + 1]!.type === 'word') e++;
  return e;
}

/**
 * Extends a phrase over an apposition that names it (`arbejdsmarkedsordfører, Lis Dam`)
 * or over coordinated names (`A. Holm, B. Krog og C. Dahl`).
 */
function extendPhrase(ctx: QuoteContext, first: number, last: number, end: number, endsInName: boolean): number {
  const { tokens } = ctx;
  const nameAt = (j: number): number => {
    // index of the last token of a name run starting at j, or -1: the person's or body's name the
    // names stage found there (with its particles: `Ulla van der Berg`), else a run of capitals
    const named = ctx.nameEnd[j] ?? -1;
    if (named >= j && named < end) return named;
    let e = -1;
    while (j < end) {
      if (tokens[j]?.cap && tokens[j + 1]?.text === '.' && tokens[j]!.text.length === 1) {
        e = j + 1;
        j += 2;
      } else if (tokens[j]?.cap && tokens[j]!.type === 'word') {
        e = j;
        j++;
      } else break;
    }
    return e;
  };
  const t = tokens[last]!;
  // `ROLE, Name,` — a role noun followed by the name of its holder
  if (!t.cap && roleLemma(t.lower) !== undefined && tokens[last + 1]?.text === ',') {
    const e = nameAt(last + 2);
    if (e > 0) return e;
  }
  // `formanden for X (XY), Fornavn Efternavn,` — a role of a body, then its holder's full name
  // (two words or more: a person, not a place), after the body's abbreviation in brackets if any
  if (t.cap && roleLemma(tokens[first]!.lower) !== undefined && !tokens[first]!.cap && ROLE_PREPOSITIONS.has(tokens[first + 1]?.lower ?? '')) {
    let after = last + 1;
    if (tokens[after]?.text === '(') {
      let k = after + 1;
      while (k < end && k <= after + 4 && tokens[k]!.text !== ')') k++;
      after = tokens[k]?.text === ')' ? k + 1 : -1;
    }
    if (after > 0 && tokens[after]?.text === ',') {
      const e = nameAt(after + 1);
      if (e > after + 1 && tokens[e]!.type === 'word') return e;
    }
  }
  if (endsInName || t.cap) {
    // `A, B og C`: only when an `og` closes the list
    let j = last + 1;
    let e = last;
    while (j < end && tokens[j]?.text === ',') {
      const n = nameAt(j + 1);
      if (n < 0) break;
      e = n;
      j = n + 1;
    }
    if (tokens[j]?.lower === 'og') {
      const n = nameAt(j + 1);
      if (n > 0) return n;
    }
    void e;
  }
  return last;
}

function sawNameAhead(tokens: readonly Token[], j: number, end: number): boolean {
  const n = tokens[j];
  return n !== undefined && j < end && n.cap;
}

function isStopWord(w: Token): boolean {
  return (
    w.lower === 'at' ||
    w.lower === 'og' ||
    w.lower === 'eller' ||
    PREPOSITIONS.has(w.lower) ||
    CLAUSE_CONJUNCTIONS.has(w.lower) ||
    SENTENCE_ADVERBS.has(w.lower) ||
    isVerbLike(w)
  );
}

/**
 * Reads the subject that stands before a verb in its clause (`Afdelingschefen siger`, `Zamir
 * Krag, der er afdelingschef i …, siger`, `Islands præsident, Lars Nord, har …`).
 * @param ctx context
 * @param v index of the finite verb
 * @param sentenceStart first token of the sentence
 * @returns the subject, or null where the clause starts with something else (then the subject
 *   follows the verb)
 */
export function phraseBefore(ctx: QuoteContext, v: number, sentenceStart: number): Phrase | null {
  const { tokens } = ctx;
  let k = v - 1;
  if (k < sentenceStart) return null;
  // a personal pronoun just before the verb (an adverb may stand between) is the subject
  for (let j = k; j >= sentenceStart && j >= v - 2; j--) {
    const w = tokens[j]!;
    if (['han', 'hun', 'vi', 'jeg', 'man'].includes(w.lower)) return { first: j, last: j };
    if (w.type !== 'word' || w.cap) break;
  }
  // Danish puts one constituent before the finite verb: a clause that opens with a prepositional
  // phrase running up to the verb (`I den sag understreger X`, `Over for Kanal 4 sagde X`) has its
  // subject after the verb, however many words the phrase has.
  if (frontedPrepositionalPhrase(tokens, sentenceStart, k)) return null;
  // `X, der …, siger` and `X, Y, siger`: skip back over the comma-delimited relative clause or apposition.
  let appositionName: Phrase | null = null;
  if (tokens[k]!.text === ',') {
    let c = k - 1;
    while (c > sentenceStart && tokens[c]!.text !== ',' && k - c < 25 && !isQuoteMark(ctx, c)) c--;
    if (c <= sentenceStart || tokens[c]!.text !== ',') return null;
    const inner = tokens[c + 1]!;
    if (inner.lower !== 'der' && inner.lower !== 'som') {
      // an apposition (`Maria Solberg, hustru til præsidenten, sagde`): the name may stand on either side
      const ap = phraseAfter(ctx, c + 1, k);
      if (ap && ap.last === k - 1) appositionName = ap;
    }
    k = c - 1;
  }
  // a party or an age in brackets after the name (`Eva Holm (K), der …, siger`) is part of its phrase
  if (tokens[k]?.text === ')') {
    let o = k - 1;
    while (o > sentenceStart && k - o <= 5 && tokens[o]!.text !== '(') o--;
    if (tokens[o]?.text === '(' && o - 1 >= sentenceStart && tokens[o - 1]!.type === 'word') k = o - 1;
  }
  let first = k + 1;
  for (let j = k; j >= sentenceStart; j--) {
    const w = tokens[j]!;
    if (w.type === 'punct' && !(w.text === '.' && j > 0 && isAbbrevWithDot(tokens, j - 1)) && !(w.text === '-')) break;
    if (w.type === 'num') break;
    if (!w.cap && isVerbLike(w)) break;
    if (!w.cap && CLAUSE_CONJUNCTIONS.has(w.lower) && w.lower !== 'for' && w.lower !== 'at') {
      // `X og Y har sagt`: a coordinated subject when nothing but words lead back to the sentence start
      if (w.lower === 'og' && plainWordsBack(tokens, sentenceStart, j)) {
        first = j;
        continue;
      }
      break;
    }
    first = j;
  }
  // Leading conjunctions and adverbs are not part of the subject (`Men han siger`, `Også X mener`).
  while (first <= k && (CLAUSE_CONJUNCTIONS.has(tokens[first]!.lower) || SENTENCE_ADVERBS.has(tokens[first]!.lower)) && !tokens[first]!.cap) first++;
  while (first <= k && tokens[first]!.cap && ['og', 'men', 'så', 'også'].includes(tokens[first]!.lower) && first < k) first++;
  if (first > k) return null;
  const head = tokens[first]!;
  // an initial spelt like a preposition or a pronoun (`I. Holm`, `Å. Berg`) opens a name
  const initial = head.cap && isAbbrevWithDot(tokens, first);
  // A clause that opens with a preposition or a fronted adverb has its subject after the verb.
  if (!initial && (first === sentenceStart || tokens[first - 1]?.type === 'punct')) {
    if (PREPOSITIONS.has(head.lower) || (FRONTING_ADVERBS.has(head.lower) && !SUBJECT_PRONOUNS.has(head.lower))) return null;
  }
  if (k - first + 1 > 12) return null;
  // a phrase opening with a preposition or an adverb is an adverbial (`i går`), not a subject
  if (!head.cap && (PREPOSITIONS.has(head.lower) || SENTENCE_ADVERBS.has(head.lower))) return null;
  if (!initial && SUBJECT_PRONOUNS.has(head.lower) && k > first && head.lower !== 'de' && head.lower !== 'den' && head.lower !== 'det') return null;
  if ((head.lower === 'det' || head.lower === 'der') && k === first) return null;
  if (appositionName) {
    // Prefer the part that carries a name as the mention.
    const hasCap = (a: number, b: number) => tokens.slice(a, b + 1).some((t) => t.cap);
    return hasCap(appositionName.first, appositionName.last) ? appositionName : { first, last: k };
  }
  return { first, last: k };
}

/**
 * Whether tokens [s, k] (a clause up to its verb, after a leading conjunction or speech dash) are
 * one prepositional phrase: a preposition, then words and numbers only.
 */
function frontedPrepositionalPhrase(tokens: readonly Token[], s: number, k: number): boolean {
  while (s < k && (tokens[s]!.text === '-' || tokens[s]!.text === '–' || ['og', 'men', 'så'].includes(tokens[s]!.lower))) s++;
  if (s >= k || k - s > 6 || !PREPOSITIONS.has(tokens[s]!.lower)) return false;
  for (let j = s + 1; j <= k; j++) {
    const w = tokens[j]!;
    // (a conjunction or a pronoun there opens a clause of its own: `Ved X virkede det som om Y`)
    if (
      w.type === 'punct' ||
      (!w.cap &&
        (isVerbLike(w) || (CLAUSE_CONJUNCTIONS.has(w.lower) && !PREPOSITIONS.has(w.lower)) || (SUBJECT_PRONOUNS.has(w.lower) && !DETERMINERS.has(w.lower))))
    )
      return false;
  }
  return true;
}

/**
 * A personal pronoun subject before a prepositional phrase that runs up to the verb (tokens up
 * to k): `hun med en rolig, men klar røst [fortæller]`, `han i et længere interview [siger]`.
 * The phrase holds lower-case words (a determiner, adjectives coordinated by a comma, `og` or
 * `men`, a noun: `med et varmt, roligt blik`) and no verb; its preposition follows the pronoun
 * directly.
 * @param tokens tokens
 * @param k the last token before the verb
 * @param sentenceStart the sentence's first token (the phrase may hold the comma that a
 *   clause boundary is otherwise read at)
 */
export function subjectBeforeAdverbial(tokens: readonly Token[], k: number, sentenceStart: number): Phrase | null {
  for (let j = k; j > sentenceStart && k - j < 10; j--) {
    const w = tokens[j]!;
    if (w.type === 'punct') {
      // only the comma between coordinated adjectives, with a conjunction or without one
      // (`rolig, men klar`, `varmt, roligt`: plain lower-case words on both sides)
      if (w.text !== ',') return null;
      const next = tokens[j + 1];
      const before = tokens[j - 1];
      const plain = (t: Token | undefined): boolean =>
        t !== undefined &&
        t.type === 'word' &&
        !t.cap &&
        !isClearVerb(t) &&
        !CLAUSE_CONJUNCTIONS.has(t.lower) &&
        !SUBJECT_PRONOUNS.has(t.lower) &&
        !PREPOSITIONS.has(t.lower);
      if (!['men', 'og'].includes(next?.lower ?? '') && !(plain(next) && plain(before))) return null;
      continue;
    }
    if (w.type === 'num' || w.cap) continue;
    // (a verb form that is also an adjective, `stille`, may stand in the phrase)
    if (w.type !== 'word' || isClearVerb(w) || (CLAUSE_CONJUNCTIONS.has(w.lower) && !PREPOSITIONS.has(w.lower) && w.lower !== 'og' && w.lower !== 'men'))
      return null;
    if (!PREPOSITIONS.has(w.lower) || j === k) continue;
    const p = tokens[j - 1]!;
    if (['han', 'hun', 'de', 'vi', 'jeg'].includes(p.lower)) return { first: j - 1, last: j - 1 };
  }
  return null;
}

/** Whether tokens [from, to) are all words that are neither verbs nor conjunctions. */
function plainWordsBack(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from > 10 || to <= from) return false;
  for (let j = from; j < to; j++) {
    const w = tokens[j]!;
    if (w.type !== 'word' || (!w.cap && (isVerbLike(w) || CLAUSE_CONJUNCTIONS.has(w.lower)))) return false;
  }
  return true;
}

/**
 * The source of a fixed cue pattern: the phrase right after it (`lyder det fra X`), else, when
 * an adverbial stands between (`lød det i går fra X`, `lyder det med et grin fra X`), the phrase
 * after a `fra` further on in the clause.
 * @param ctx context
 * @param pat the matched pattern
 * @param limit index after the clause's last token
 */
export function patternSource(ctx: QuoteContext, pat: CueMatch, limit: number): { cue: CueMatch; source: Phrase | null } {
  const { tokens } = ctx;
  const direct = pat.pattern?.source === 'after' ? phraseAfter(ctx, pat.last + 1, limit) : null;
  // (`lyder det i` before a time word, `i går`, is `lyder det` and an adverbial)
  // (a definite noun there is where it was said: `hedder det i rapporten`)
  const timeAfterI =
    direct !== null &&
    tokens[pat.last]!.lower === 'i' &&
    !tokens[direct.first]!.cap &&
    TIME_WORDS.has(tokens[direct.first]!.lower) &&
    tokens[direct.first]!.lower !== 'i';
  if (direct && !timeAfterI) return { cue: pat, source: direct };
  if (pat.pattern?.source !== 'after' && pat.pattern?.source !== 'none') return { cue: pat, source: null };
  // the cue is the pattern without its own preposition (`lød det`)
  const cue = tokens[pat.last]!.lower === 'i' || tokens[pat.last]!.lower === 'fra' ? { ...pat, last: pat.last - 1 } : pat;
  // `fra X` anywhere in the clause's next words names who said it; else `i X` where it was said
  // (`lød det bagefter i flere aviser`), unless `i` opens a time (`i går`)
  let inPlace = -1;
  for (let k = pat.last + 1; k < limit && k <= pat.last + 8; k++) {
    if (tokens[k]!.type !== 'word') break;
    const w = tokens[k]!.lower;
    if (w === 'i' && inPlace < 0 && !TIME_WORDS.has(tokens[k + 1]?.lower ?? '') && /^(?:lyder|lød|hedder|hed)$/.test(tokens[pat.first]!.lower)) inPlace = k;
    if (w !== 'fra') continue;
    const source = phraseAfter(ctx, k + 1, limit);
    if (source) return { cue, source };
  }
  const source = inPlace >= 0 ? phraseAfter(ctx, inPlace + 1, limit) : null;
  return { cue: source ? cue : pat, source };
}
