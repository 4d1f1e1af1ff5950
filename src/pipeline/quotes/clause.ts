/**
 * The edges of a clause around a reporting verb: its subject (before the verb, after it, before
 * an auxiliary, in a relative clause, after a fronted phrase), where it starts, whether it is
 * asserted at all, and how quoted stretches inside it count.
 * @module
 */
import {
  AUXILIARIES,
  CLAUSE_CONJUNCTIONS,
  COMMON_FINITE_VERBS,
  DETERMINERS,
  FRONTING_ADVERBS,
  NON_ASSERTIVE_CONJUNCTIONS,
  PREPOSITIONS,
  SENTENCE_ADVERBS,
  SUBJECT_PRONOUNS,
} from '../../lexicon/clause-words.js';
import { isDocumentWord, isOrganisationWord } from '../../lexicon/organisations.js';
import { lookupVerbEntries } from '../../lexicon/reporting-verbs.js';
import { groupNounLemma, roleLemma } from '../../lexicon/roles.js';
import { isTimeExpression } from '../../lexicon/time-words.js';
import type { Token } from '../../nlp/tokens.js';
import { formKind } from './cues.js';
import { isQuoteMark, startsSentence, wordsInsideSentences, type QuoteContext } from './context.js';
import { isVerbLike, phraseAfter, phraseBefore, subjectBeforeAdverbial, type Phrase } from './noun-phrase.js';

/**
 * Whether token i lies inside a quoted stretch of speech (a direct quote), where reporting verbs
 * are the source's words, not cues.
 */
export function insideDirect(ctx: QuoteContext, i: number): boolean {
  return ctx.inSpan[i]! >= 0 && longSpan(ctx, ctx.inSpan[i]!);
}

/** A quoted stretch of more than a few words is speech, not a fragment (computed once per text). */
export function longSpan(ctx: QuoteContext, k: number): boolean {
  return ctx.long[k] === 1;
}

/** The subject of the verb at v: before it (X siger), or after it (Derfor siger X), or before its auxiliary. */
export function subjectOf(ctx: QuoteContext, v: number, form: ReturnType<typeof formKind>, a: number, limit: number): Phrase | null {
  const { tokens } = ctx;
  let head = v;
  if (form === 'participle' || form === 'infinitive') {
    for (let k = v - 1; k >= a && v - k < 8; k--) {
      if (AUXILIARIES.has(tokens[k]!.lower)) {
        head = k;
        break;
      }
    }
  }
  // `X citeres for at have sagt, at …`: the subject is the governing verb's
  if (form === 'participle' && head === v && tokens[v - 1]?.lower === 'have' && tokens[v - 2]?.lower === 'at') {
    for (let k = v - 3; k >= a && v - k < 6; k--) {
      const w = tokens[k]!;
      if (w.type !== 'word') break;
      if (!w.cap && (isVerbLike(w) || lookupVerbEntries(w.lower).length > 0)) return phraseBefore(ctx, k, clauseStart(ctx, k, a));
    }
  }
  if (form === 'passive') {
    // `vurderes det af X`, `siges det` — the agent after `af`, if any
    for (let k = v + 1; k < limit; k++) if (tokens[k]!.lower === 'af') return phraseAfter(ctx, k + 1, limit);
    return null;
  }
  // In a relative clause the subject is what the clause hangs on (`to personer, der mener, …`).
  // (a sentence adverb may stand between the relative pronoun and the verb: `X, der ellers mener, …`)
  let rel = head - 1;
  while (rel > a && head - rel <= 3 && SENTENCE_ADVERBS.has(tokens[rel]!.lower) && !tokens[rel]!.cap) rel--;
  if ((tokens[rel]?.lower === 'der' || tokens[rel]?.lower === 'som') && tokens[rel - 1]?.text === ',') {
    // the noun phrase just before the comma, back to a preposition or verb (`… for to personer, der …`)
    const antecedent = phraseEndingAt(ctx, rel - 2, a);
    if (antecedent) return antecedent;
  }
  // A personal pronoun right after the finite verb is its subject (`… fremhævede han, at`):
  // Danish puts the subject there after any fronted element.
  const after = tokens[head + 1];
  // `På rådhuset / Hos Danske Bank mener man, at …`: the impersonal `man` of a place or body
  // named in the fronted phrase is that body
  if (after?.lower === 'man') {
    const body = bodyFronted(ctx, clauseStart(ctx, head, a), head - 1);
    if (body) return body;
  }
  if (after && (after.lower === 'han' || after.lower === 'hun' || after.lower === 'vi' || after.lower === 'jeg' || after.lower === 'man'))
    return { first: head + 1, last: head + 1 };
  // `…, at han i et interview med X erkendte, at …`: a subordinate clause keeps its subject
  // right after the conjunction, however many adverbials stand before the verb
  // `når hun med en rolig, men bestemt stemme taler om, at …`: an adverbial prepositional phrase
  // between the subject and its verb, whose noun would otherwise be read as the subject
  const beforeAdverbial = subjectBeforeAdverbial(tokens, head - 1, a);
  if (beforeAdverbial) return beforeAdverbial;
  const early = subordinateSubject(ctx, head, a);
  if (early) return early;
  const before = phraseBefore(ctx, head, clauseStart(ctx, head, a));
  if (before && !frontedAdverbial(ctx, before)) return before;
  // `X appellerede … og opfordrede til, at …` / `X støtter den, men ser gerne, at …`: a coordinated
  // verb shares the first verb's subject
  if (tokens[head - 1]?.lower === 'og' || tokens[head - 1]?.lower === 'men' || tokens[head - 1]?.lower === 'eller') {
    for (let k = head - 2; k >= a; k--) {
      const w = tokens[k]!;
      if (w.type === 'punct' && w.text !== ',') break;
      const kv = w.cap ? undefined : lookupVerbEntries(w.lower)[0];
      if ((kv && formKind(kv, w.lower) === 'finite' && tokens[k - 1]?.lower !== 'at') || (!w.cap && AUXILIARIES.has(w.lower))) {
        // the first verb's subject before it, or after it when something else was fronted
        // (`Det afviste hun, og fastholdt, at …`)
        const first = phraseBefore(ctx, k, clauseStart(ctx, k, a)) ?? pronounAfter(ctx, k);
        if (first) return first;
        break;
      }
    }
    // `Hun siger, at A. Men medgiver, at B.`: a sentence that opens with a conjunction and the
    // verb leaves out the subject of the sentence before it in the paragraph
    if (head - 1 === a) {
      const previous = previousSentenceSubject(ctx, a);
      if (previous) return previous;
    }
    // no verb we know: the sentence's opening noun phrase is the subject (`Partiet støtter …, men ser …`)
    const opening = phraseAfter(ctx, a, head - 1);
    if (opening && opening.first === a) return opening;
  }
  return phraseAfter(ctx, head + 1, limit) ?? (head !== v ? phraseAfter(ctx, head + 1, v) : null);
}

/**
 * The body a fronted `hos X`, `på X`, `i X` names (tokens [s, k] are the clause before its verb):
 * a name (capitalised words after the preposition, no verb or comma among them), or any phrase
 * after `hos`; not a time (`i går`).
 */
function bodyFronted(ctx: QuoteContext, s: number, k: number): Phrase | null {
  const { tokens } = ctx;
  const prep = tokens[s]?.lower;
  if (!prep || !['hos', 'på', 'i', 'blandt'].includes(prep) || k <= s || k - s > 6) return null;
  const words: string[] = [];
  let named = false;
  for (let j = s + 1; j <= k; j++) {
    const w = tokens[j]!;
    if (w.type === 'punct' && w.text !== '&') return null;
    if (w.type === 'word' && !w.cap && (isVerbLike(w) || CLAUSE_CONJUNCTIONS.has(w.lower))) return null;
    if (w.cap) named = true;
    words.push(w.lower);
  }
  if (isTimeExpression(words)) return null;
  return named || prep === 'hos' || prep === 'blandt' ? { first: s + 1, last: k } : null;
}

/**
 * The personal pronoun right after a subordinating `at`, `fordi`, `når`, `da`, `hvis` or `mens`
 * that opens the verb's clause, when more than a word stands between it and the verb (nothing
 * but words: no punctuation, no other verb).
 */
function subordinateSubject(ctx: QuoteContext, v: number, a: number): Phrase | null {
  const { tokens } = ctx;
  for (let k = v - 1; k >= a && v - k <= 12; k--) {
    const w = tokens[k]!;
    if (w.type === 'punct' || (!w.cap && isVerbLike(w))) return null;
    if (!/^(?:at|fordi|når|da|hvis|mens)$/.test(w.lower) || w.cap) continue;
    const p = tokens[k + 1];
    return p && k + 2 < v && /^(?:han|hun|de|vi)$/.test(p.lower) ? { first: k + 1, last: k + 1 } : null;
  }
  return null;
}

/** A personal pronoun right after the finite verb at v: its subject (`Det afviste hun`). */
function pronounAfter(ctx: QuoteContext, v: number): Phrase | null {
  const t = ctx.tokens[v + 1];
  return t && ['han', 'hun', 'vi', 'jeg', 'man', 'de'].includes(t.lower) ? { first: v + 1, last: v + 1 } : null;
}

/**
 * The subject of the sentence before the one that opens at token a, when both are in one
 * paragraph and outside quotation marks.
 */
function previousSentenceSubject(ctx: QuoteContext, a: number): Phrase | null {
  const si = ctx.sentenceOf[a]!;
  if (si <= 0 || ctx.sentences[si - 1]!.paragraph !== ctx.sentences[si]!.paragraph) return null;
  const pa = ctx.sentenceTokens.first(si - 1);
  const pb = ctx.sentenceTokens.end(si - 1);
  if (pb <= pa || ctx.inSpan[pa]! >= 0 || isQuoteMark(ctx, pa)) return null;
  const p = sentenceSubject(ctx, pa, pb);
  // only a subject that can speak: a personal pronoun, a role, or a name (more than a capital
  // at the sentence's start: `Banalt i sin enkelhed ramte det …`)
  if (!p) return null;
  for (let k = p.first; k <= p.last; k++) {
    const w = ctx.tokens[k]!;
    if (['han', 'hun', 'de', 'vi'].includes(w.lower) || roleLemma(w.lower) !== undefined || groupNounLemma(w.lower) !== undefined) return p;
    if (w.cap && k > pa) return p;
  }
  return null;
}

/** Where the clause of token i starts: after the nearest comma-led conjunction, or the sentence start. */
export function clauseStart(ctx: QuoteContext, i: number, a: number): number {
  const { tokens } = ctx;
  for (let k = i - 1; k > a; k--) {
    const w = tokens[k]!;
    if (isQuoteMark(ctx, k)) return k + 1;
    if ((w.lower === 'og' || w.lower === 'men') && tokens[k - 1]?.text === ',') return k + 1;
  }
  return a;
}

/**
 * Whether a word after `at` looks like an infinitive (`lover at komme`), so that `at` is the
 * infinitive marker and not the conjunction of a reported clause.
 * @param t the token after `at`
 */
export function looksInfinitive(t: Token): boolean {
  if (t.type !== 'word' || t.cap) return false;
  if (SUBJECT_PRONOUNS.has(t.lower) || SENTENCE_ADVERBS.has(t.lower)) return false;
  return /e$/.test(t.lower) || ['gå', 'stå', 'få', 'se', 'nå', 'bo', 'tro', 'dø', 'slå', 'forstå', 'bestå', 'opnå', 'undgå'].includes(t.lower);
}

/**
 * A one-word phrase before the verb that is no name, role or noun the text uses elsewhere is a
 * fronted adverbial (`Forinden sagde X, at`), so the subject follows the verb.
 */
export function frontedAdverbial(ctx: QuoteContext, p: Phrase): boolean {
  // a time expression opening a clause (`Tirsdag aften sagde X`, `Sidste år mente X`)
  const words: string[] = [];
  for (let k = p.first; k <= p.last; k++) if (ctx.tokens[k]!.type === 'word') words.push(ctx.tokens[k]!.lower);
  if (isTimeExpression(words)) return true;
  if (p.first !== p.last) return false;
  const t = ctx.tokens[p.first]!;
  if (!t.cap) return false;
  if (SUBJECT_PRONOUNS.has(t.lower)) return false;
  if (roleLemma(t.lower) !== undefined || isOrganisationWord(t.lower) || isDocumentWord(t.lower) || groupNounLemma(t.lower) !== undefined) return false;
  if (!startsSentence(ctx, p.first)) return false;
  // a capitalised word seen elsewhere inside a sentence is a name
  return !wordsInsideSentences(ctx).has(t.text);
}

/** Whether the verb at v stands in a conditional or question clause (`Hvis politiet vurderer, at …`). */
export function nonAssertive(ctx: QuoteContext, v: number, a: number): boolean {
  const { tokens } = ctx;
  for (let k = v - 1; k >= a && v - k <= 6; k--) {
    const w = tokens[k]!;
    if (w.type === 'punct') return false;
    if (NON_ASSERTIVE_CONJUNCTIONS.has(w.lower)) return true;
  }
  return false;
}

/** A quoted fragment of speech has a lower-case word; `"Kongens Fald"` or `"Lonne"` is a title or a name. */
export function speechFragment(ctx: QuoteContext, q: number): boolean {
  const span = ctx.spans[q]!;
  return /\p{Ll}{2}/u.test(ctx.text.slice(span.start, span.end).replace(/(^|\s)\p{Lu}[\p{L}-]*/gu, ''));
}

/** The articles, and the quantifiers that may stand before one (`alle de`, `begge de`). */
const ARTICLES: ReadonlySet<string> = new Set(['den', 'det', 'de', 'en', 'et']);
const QUANTIFIERS_BEFORE_ARTICLE: ReadonlySet<string> = new Set(['alle', 'begge']);

/** The noun phrase that ends at token `last` (back over words to a verb, preposition or punctuation). */
export function phraseEndingAt(ctx: QuoteContext, last: number, a: number): Phrase | null {
  const { tokens } = ctx;
  let f = last;
  while (f - 1 >= a && last - f < 6) {
    const w = tokens[f - 1]!;
    if (w.type !== 'word' || (!w.cap && (PREPOSITIONS.has(w.lower) || isVerbLike(w) || CLAUSE_CONJUNCTIONS.has(w.lower) || COMMON_FINITE_VERBS.has(w.lower))))
      break;
    f--;
    // an article opens its noun phrase: the word before it belongs to something else
    // (`til gengæld den mand, der …`), unless it is a quantifier (`alle de ansatte`)
    if (ARTICLES.has(w.lower) && !QUANTIFIERS_BEFORE_ARTICLE.has(tokens[f - 1]?.lower ?? '')) break;
  }
  const t = tokens[last];
  return t && t.type === 'word' ? { first: f, last } : null;
}

/**
 * Whether tokens [first, last] hold a finite verb (roughly: an auxiliary, a common verb, or a
 * lower-case word with a present or past ending), so that they can be reported content and not
 * a noun phrase (`Maria Solberg, hustru til præsidenten, sagde …`).
 */
export function holdsVerb(ctx: QuoteContext, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) {
    const t = ctx.tokens[k]!;
    if (t.type !== 'word' || t.cap) continue;
    if (COMMON_FINITE_VERBS.has(t.lower) || lookupVerbEntries(t.lower).length > 0) return true;
    if (t.lower.length > 3 && /(?:er|ede|te|de)$/.test(t.lower)) return true;
  }
  return false;
}

/**
 * The subject of a main clause: its opening phrase, or — when the clause opens with a
 * prepositional phrase or an adverb (`På Christiansborg står formanden …`) — the phrase right
 * after the finite verb (Danish main clauses put the verb second).
 */
export function sentenceSubject(ctx: QuoteContext, a: number, limit: number): Phrase | null {
  const { tokens } = ctx;
  const first = tokens[a]!;
  if (!PREPOSITIONS.has(first.lower) && !(FRONTING_ADVERBS.has(first.lower) && !DETERMINERS.has(first.lower))) {
    const p = phraseAfter(ctx, a, limit);
    return p && p.first === a ? p : null;
  }
  for (let k = a + 1; k < limit; k++) {
    const w = tokens[k]!;
    if (isQuoteMark(ctx, k) || ctx.inSpan[k]! >= 0) continue;
    if (w.type === 'word' && !w.cap && (COMMON_FINITE_VERBS.has(w.lower) || lookupVerbEntries(w.lower).length > 0)) return phraseAfter(ctx, k + 1, limit);
  }
  return null;
}
