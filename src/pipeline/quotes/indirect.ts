/**
 * Indirect and mixed quotes, sentence by sentence, outside quotation marks:
 * - `X siger/mener/oplyser …, at C` → C (every tense and voice; subject before or after the verb);
 * - `Ifølge X C`, `C, ifølge X`, and `ifølge X` inside a clause;
 * - `C, siger X.`, `C, lyder det fra X.`, `C, hedder det i rapporten.` (a post-posed cue);
 * - `Det oplyser X.` pointing back to the sentence before;
 * - calls and descriptions with a quoted fragment (`opfordrede X til at "…"`) as mixed.
 * Content that holds a quoted fragment is `mixed`, its span ending with the fragment.
 * @module
 */
import {
  ANAPHORIC_OBJECTS,
  AUXILIARIES,
  CLAUSE_CONJUNCTIONS,
  COMMON_FINITE_VERBS,
  COPULAS,
  DESCRIBING_VERBS,
  DETERMINERS,
  PREDICATIVE_CUES,
  PREPOSITIONS,
  SENTENCE_ADVERBS,
  SUBJECT_PRONOUNS,
} from '../../lexicon/clause-words.js';
import { lookupNounForm, type ReportingVerb } from '../../lexicon/reporting-verbs.js';
import type { Token } from '../../nlp/tokens.js';
import { isDocumentWord, isOrganisationWord } from '../../lexicon/organisations.js';
import { groupNounLemma, roleLemma } from '../../lexicon/roles.js';
import { formKind, particleAt, patternAt, verbAt, type CueMatch } from './cues.js';
import { isFinalPunct, isQuoteMark, type QuoteContext } from './context.js';
import { isClearVerb, isVerbLike, patternSource, phraseAfter, phraseBefore, type Phrase } from './noun-phrase.js';
import {
  clauseStart,
  holdsVerb,
  insideDirect,
  longSpan,
  looksInfinitive,
  nonAssertive,
  phraseEndingAt,
  sentenceSubject,
  speechFragment,
  subjectOf,
} from './clause.js';

/** Verbs of denial: negated in the passive (`kan ikke nægtes`) they report no one. */
const DENIALS: ReadonlySet<string> = new Set(['nægte', 'benægte', 'afvise', 'afkræfte', 'dementere']);

/** Whether a negation stands in the clause of the verb at v, before its `at` (at index `at`). */
function negatedNear(tokens: readonly Token[], v: number, a: number, at: number): boolean {
  for (let k = Math.max(a, v - 4); k < at; k++) if (/^(?:ikke|aldrig|næppe|ingenlunde)$/.test(tokens[k]!.lower)) return true;
  return false;
}

/** Conjunctions that open a subordinate clause (a clause that cannot stand as a statement alone). */
const SUBORDINATORS: ReadonlySet<string> = new Set(['mens', 'fordi', 'hvis', 'når', 'selvom', 'skønt', 'eftersom', 'idet', 'medens']);

/** The expletive subjects of an impersonal passive (`der satses på`, `det vurderes`). */
const EXPLETIVES: ReadonlySet<string> = new Set(['der', 'det']);

/** Auxiliaries that take a participle, never an infinitive. */
const PERFECT_AUXILIARIES: ReadonlySet<string> = new Set(['har', 'havde', 'er', 'var', 'bliver', 'blev']);

/** An indirect or mixed quote candidate (token ranges; `contentLast` inclusive). */
export interface IndirectCandidate {
  kind: 'indirect' | 'mixed';
  start: number;
  end: number;
  cue: CueMatch;
  source: Phrase | null;
  confidence: number;
  /** How it was found, for debugging and confidence. */
  rule: 'at-clause' | 'ifolge' | 'post-posed' | 'anaphoric' | 'fragment';
}

/**
 * Finds indirect and mixed quotes in every sentence.
 * @param ctx context
 * @param directTaken per sentence, whether a direct quote already covers it
 */
export function findIndirect(ctx: QuoteContext): IndirectCandidate[] {
  const out: IndirectCandidate[] = [];
  let previous: IndirectCandidate | null = null;
  for (let si = 0; si < ctx.sentenceTokens.length; si++) {
    const a = ctx.sentenceTokens.first(si);
    const b = ctx.sentenceTokens.end(si);
    if (b <= a) continue;
    const found: IndirectCandidate | null = inSentence(ctx, a, b, si) ?? continuedAtClause(ctx, a, b, previous);
    if (found) out.push(found);
    previous = found;
  }
  return out;
}

function inSentence(ctx: QuoteContext, a: number, b: number, si: number): IndirectCandidate | null {
  const { tokens } = ctx;
  // drop the final full stop (and a closing mark after it is part of a fragment)
  let end = b;
  while (end > a && tokens[end - 1]!.type === 'punct' && (tokens[end - 1]!.text === '.' || tokens[end - 1]!.text === ':')) end--;
  if (end <= a) return null;

  // A question in running text is the journalist's, not a source's statement.
  if (tokens[b - 1]?.text === '?' && ctx.inSpan[b - 1]! < 0) return null;

  // `Det oplyser X.` — the sentence before is the content.
  const anaphoric = anaphoricCue(ctx, a, b, si);
  if (anaphoric) return anaphoric;

  for (let v = a; v < end; v++) {
    if (insideDirect(ctx, v)) continue;
    const t = tokens[v]!;
    if (t.lower === 'ifølge' || t.lower === 'iflg.') {
      const r = ifolge(ctx, v, a, end);
      if (r) return r;
      continue;
    }
    const pred = predicativeCue(ctx, v, a, end);
    if (pred) return pred;
    const verb = verbAt(tokens, v, v === a);
    if (!verb) continue;
    if (nonAssertive(ctx, v, a)) continue;
    const r =
      atClause(ctx, v, verb, a, end) ??
      barePostPosed(ctx, v, verb, a, end) ??
      postPosed(ctx, v, verb, a, end) ??
      commaClause(ctx, v, verb, a, end) ??
      fragmentClause(ctx, v, verb, a, end) ??
      namingClause(ctx, v, verb, a, end);
    if (r) return r;
  }
  const nominal = nounCue(ctx, a, end);
  if (nominal) return nominal;
  // `C, lyder det fra X.` / `C, hedder det i rapporten.`
  for (let c = a + 2; c < end; c++) {
    if (tokens[c]!.text !== ',' || insideDirect(ctx, c)) continue;
    // `C, lyder kravet fra X.`: the fixed patterns, and `lyder` with any definite noun before `fra`
    const pat = patternAt(tokens, c + 1, 'before') ?? lyderNounFra(tokens, c + 1);
    if (!pat) continue;
    const found = patternSource(ctx, pat, end);
    const source = found.source;
    if (source && !restIsTail(ctx, source.last + 1, end)) continue;
    return content(ctx, a, c - 1, found.cue, source, 'post-posed', 0.8);
  }
  return null;
}

/** `X siger [adverbs/object/PP], at C` → C. */
function atClause(ctx: QuoteContext, v: number, verb: ReportingVerb, a: number, end: number): IndirectCandidate | null {
  const { tokens } = ctx;
  const form = formKind(verb, tokens[v]!.lower);
  // `fik eksperterne til at konkludere, at …`: the one brought to say it is the source
  const causative = form === 'infinitive' && tokens[v - 1]?.lower === 'at' && tokens[v - 2]?.lower === 'til' && v - 3 >= a;
  if (!causative) {
    if (form === 'infinitive' && !(v > a && (AUXILIARIES.has(tokens[v - 1]!.lower) || SENTENCE_ADVERBS.has(tokens[v - 1]!.lower)))) return null;
    // an infinitive form right after a perfect or passive auxiliary is a noun (`der er tale om, at`):
    // those take a participle, and only a modal takes an infinitive
    if (form === 'infinitive' && PERFECT_AUXILIARIES.has(tokens[v - 1]!.lower)) return null;
    if (v > a && tokens[v - 1]!.lower === 'at') return null; // `for at sige` — an infinitive, not a cue
  }
  // `ser det ud til, at` / `hører med til historien, at`: an idiom, no one reports anything
  if (verb.idioms?.some((p) => particleAt(tokens, v, p) >= 0)) return null;
  let cueLast = v;
  if (verb.particle) {
    const p = particleAt(tokens, v, verb.particle);
    if (p < 0) return null;
    cueLast = p;
  }
  // find `at` within a short window
  let k = cueLast + 1;
  let atIdx = -1;
  let markedAt = -1;
  for (; k < end && k - cueLast <= 10; k++) {
    const w = tokens[k]!;
    if (w.text === '.' && tokens[k - 1]?.type === 'word' && tokens[k - 1]!.text.length === 1) continue; // `B.T.`
    // `sagde, "at …"`: the at-clause quoted from its first word on
    if (isQuoteMark(ctx, k) && tokens[k + 1]?.lower === 'at' && ctx.openToken[ctx.inSpan[k + 1]!] === k) {
      atIdx = k + 1;
      markedAt = k;
      break;
    }
    if (isQuoteMark(ctx, k) || isFinalPunct(w) || w.text === ':' || w.text === ';') break;
    if (w.lower === 'at') {
      const next = tokens[k + 1];
      const comma = tokens[k - 1]?.text === ',';
      if (!next) break;
      // `for at`, `efter at`, `uden at`: a subordinator of purpose or time, not a reported clause
      if (/^(?:for|efter|uden|inden|før)$/.test(tokens[k - 1]?.lower ?? '')) break;
      if (!comma && looksInfinitive(next)) break; // `lover at komme`
      // `opfordrede X til at "tage ansvar"`: an infinitive in quotation marks (a call's fragment)
      if (!comma && isQuoteMark(ctx, k + 1) && tokens[k + 2] && looksInfinitive(tokens[k + 2]!) && !DETERMINERS.has(tokens[k + 2]!.lower)) break;
      atIdx = k;
      break;
    }
    if (w.lower === 'om' && tokens[k - 1]?.text === ',') break; // `spørger, om` — a question, not a statement
    // (`i går` is "yesterday", not the verb `går`)
    if (k > cueLast + 1 && isVerbLike(w) && !AUXILIARIES.has(w.lower) && !(w.lower === 'går' && tokens[k - 1]?.lower === 'i')) break;
  }
  if (atIdx < 0 || atIdx + 1 >= end) return null;
  if (causative && tokens[atIdx - 1]?.text !== ',') return null;
  // `det kan ikke afvises/benægtes, at …`: a denial in the passive, negated, is the writer's hedge
  // ("undeniably"), no one's words
  if (form === 'passive' && DENIALS.has(verb.lemma) && negatedNear(tokens, v, a, atIdx)) return null;
  // `understreges af, at …`: the at-clause fills the agent's place ("by the fact that"), no one speaks
  if (form === 'passive' && tokens[atIdx - 2]?.lower === 'af' && tokens[atIdx - 1]?.text === ',') return null;
  // `Vi kan oplyse, at ifølge X, C`: the at-clause names its own source, nearer the content
  if (tokens[atIdx + 1]?.lower === 'ifølge') {
    const inner = ifolge(ctx, atIdx + 1, atIdx + 1, end);
    if (inner) return inner;
  }
  const source = causative ? phraseEndingAt(ctx, v - 3, a) : subjectOf(ctx, v, form, a, atIdx);
  // `ingen kan påstå, at …`: no one says it
  if (source && source.first === source.last && /^(?:ingen|intet|ingenting)$/.test(tokens[source.first]!.lower)) return null;
  // `fordi der satses på, at …`: an impersonal passive (its subject the expletive der or det)
  // with no agent is the writer's account of a practice, no one's words
  if (form === 'passive' && !source && (EXPLETIVES.has(tokens[v - 1]?.lower ?? '') || EXPLETIVES.has(tokens[v + 1]?.lower ?? ''))) return null;
  const cue: CueMatch = { first: v, last: cueLast, verb };
  return content(ctx, markedAt >= 0 ? markedAt : atIdx + 1, end - 1, cue, source, 'at-clause', verb.cls === 'speech' ? 0.85 : 0.75);
}

/** `Ifølge X C` → C; `C, ifølge X` → C; `… ifølge X …` inside a clause → the sentence. */
function ifolge(ctx: QuoteContext, v: number, a: number, end: number): IndirectCandidate | null {
  const { tokens } = ctx;
  const source = phraseAfter(ctx, v + 1, end);
  if (!source) return null;
  // `ifølge et fastlagt skema`: an indefinite phrase must name a possible source (a role, a body,
  // a document, a group), or `ifølge` only means "in accordance with"
  const det = tokens[source.first]!.lower;
  if (
    (det === 'en' || det === 'et') &&
    !tokens
      .slice(source.first, source.last + 1)
      .some((t) => t.cap || roleLemma(t.lower) !== undefined || isOrganisationWord(t.lower) || isDocumentWord(t.lower) || groupNounLemma(t.lower) !== undefined)
  )
    return null;
  const cue: CueMatch = { first: v, last: v };
  let first = a;
  while (first < v && (CLAUSE_CONJUNCTIONS.has(tokens[first]!.lower) || tokens[first]!.text === '-')) first++;
  // `…, og ifølge X C`: ifølge opens a coordinated main clause, and C is that clause alone (the
  // clause before the conjunction is the narrator's)
  const coordinated = first < v && tokens[v - 2]?.text === ',' && (tokens[v - 1]?.lower === 'og' || tokens[v - 1]?.lower === 'men');
  if (first === v || coordinated) {
    let c = source.last + 1;
    // a relative clause on the source (`ifølge den plan, som udvalget lagde frem, skal …`) is part of it
    if (tokens[c]?.text === ',' && (tokens[c + 1]?.lower === 'som' || tokens[c + 1]?.lower === 'der')) {
      let k = c + 2;
      while (k < end && tokens[k]!.text !== ',' && k - c < 15) k++;
      if (tokens[k]?.text === ',') c = k;
    }
    // a participle phrase on the source up to a comma before the finite verb (`Ifølge en dom
    // afsagt i 1999, kan …`): one constituent stands before the verb, so all of it is the source
    let src = source;
    if (tokens[c]?.type === 'word' && !isClearVerb(tokens[c]!)) {
      let k = c;
      while (k < end && k - c < 6 && tokens[k]!.type !== 'punct') k++;
      const fin = tokens[k + 1];
      if (tokens[k]?.text === ',' && fin && !fin.cap && (AUXILIARIES.has(fin.lower) || COMMON_FINITE_VERBS.has(fin.lower))) {
        src = { first: source.first, last: k - 1 };
        c = k;
      }
    }
    if (tokens[c]?.text === ',') c++;
    if (c >= end) return null;
    return content(ctx, c, end - 1, cue, src, 'ifolge', 0.8);
  }
  if (tokens[v - 1]?.text === ',' && source.last + 1 >= end) return content(ctx, a, v - 2, cue, source, 'ifolge', 0.8);
  // `…, der ifølge anklageren har svindlet …`: in a relative clause the content is what follows
  if (tokens[v - 1]?.lower === 'der' || tokens[v - 1]?.lower === 'som') {
    if (source.last + 1 < end) return content(ctx, source.last + 1, end - 1, cue, source, 'ifolge', 0.7);
  }
  // a sentence that opens with a quotation is a direct quote with its attribution; `ifølge` there
  // names a second-hand source (`"…," siger X ifølge avisen.`)
  if (isQuoteMark(ctx, a) || ctx.inSpan[a]! >= 0) return null;
  return content(ctx, a, end - 1, cue, source, 'ifolge', 0.7);
}

/** `C, siger X.` — content before a comma, cue and source closing the sentence. */
function postPosed(ctx: QuoteContext, v: number, verb: ReportingVerb, a: number, end: number): IndirectCandidate | null {
  const { tokens } = ctx;
  if (tokens[v - 1]?.text !== ',' || v - 1 <= a) return null;
  if (formKind(verb, tokens[v]!.lower) !== 'finite' || verb.cls === 'call' || verb.cls === 'accusation') return null;
  const source = phraseAfter(ctx, v + 1, end);
  if (!source) return null;
  // the content must not itself be a direct quote (handled with its marks); a short fragment
  // closing narrated content is part of it (`Holdet manglede "mod", sagde hun.`: mixed)
  if (isQuoteMark(ctx, v - 2) && !closesFragment(ctx, v - 2, a)) return null;
  // `Mens X går frem, viser målingen`: a lone subordinate clause is no statement of its own
  if (SUBORDINATORS.has(tokens[a]!.lower) && !tokens.slice(a, v - 1).some((t) => t.text === ',')) return null;
  if (restIsTail(ctx, source.last + 1, end) && holdsVerb(ctx, a, v - 2)) return content(ctx, a, v - 2, { first: v, last: v, verb }, source, 'post-posed', 0.8);
  // a parenthetical cue (`En anden grund, siger han, er prisen.`): the whole sentence is the content
  const after = source.last + 1;
  if (tokens[after]?.text === ',' && after + 2 < end && SUBJECT_PRONOUNS.has(tokens[source.first]!.lower)) {
    return content(ctx, a, end - 1, { first: v, last: v, verb }, source, 'post-posed', 0.7);
  }
  return null;
}

/**
 * Whether the quotation mark at token m closes a fragment of speech (a few words, not a sentence)
 * that opens after narrated words of the sentence that starts at token a.
 */
function closesFragment(ctx: QuoteContext, m: number, a: number): boolean {
  const q = ctx.inSpan[m - 1]!;
  if (q < 0 || ctx.closeToken[q] !== m || longSpan(ctx, q) || !speechFragment(ctx, q)) return false;
  const open = ctx.openToken[q]!;
  // (in a speech-dash paragraph the words before the fragment are the speaker's own: a direct quote)
  const paragraph = ctx.paragraphs[ctx.sentences[ctx.sentenceOf[a]!]?.paragraph ?? -1];
  if (paragraph && /^[-–—]/u.test(ctx.text[paragraph.start] ?? '')) return false;
  return open > a + 1 && !isQuoteMark(ctx, a) && !insideDirect(ctx, open - 1);
}

/** After a post-posed source only a relative clause, an apposition or a prepositional tail may follow. */
function restIsTail(ctx: QuoteContext, i: number, end: number): boolean {
  const t = ctx.tokens[i];
  if (i >= end || !t) return true;
  // `, der …` or an apposition is a tail; `, var …` continues the sentence (a parenthetical cue)
  if (t.text === ',') return !COMMON_FINITE_VERBS.has(ctx.tokens[i + 1]?.lower ?? '');
  if (t.text === '(' || t.text === '-' || t.text === '–') return true;
  if (t.type === 'word' && !t.cap && PREPOSITIONS.has(t.lower)) return true;
  // `…, sagde hun stille.` / `…, hævdede han frimodigt.`: an adverb or two closing the sentence
  if (end - i > 2) return false;
  for (let k = i; k < end; k++) {
    const w = ctx.tokens[k]!;
    if (w.type !== 'word' || w.cap || isClearVerb(w) || DETERMINERS.has(w.lower) || SUBJECT_PRONOUNS.has(w.lower)) return false;
  }
  return true;
}

/**
 * `Det oplyser X.`, `Det mener i hvert fald X.`, `Sådan lyder meldingen fra X.`, `Så klar er
 * beskeden fra X.` — the previous sentence is the content; when the pointing sentence opens its
 * paragraph, the whole paragraph before it (what it points back at is all that was said there).
 */
function anaphoricCue(ctx: QuoteContext, a: number, b: number, si: number): IndirectCandidate | null {
  const { tokens } = ctx;
  const t = tokens[a]!;
  if (!ANAPHORIC_OBJECTS.has(t.lower) || si === 0) return null;
  const verb = verbAt(tokens, a + 1);
  let cue: CueMatch;
  let from: number;
  if (verb) {
    if (formKind(verb, tokens[a + 1]!.lower) !== 'finite' || verb.cls === 'call' || verb.cls === 'accusation') return null;
    cue = { first: a + 1, last: a + 1, verb };
    from = skipAdverbials(tokens, a + 2, b);
  } else {
    const nominal = pointingNounCue(tokens, a + 1);
    if (!nominal) return null;
    cue = nominal;
    from = nominal.last + 1;
  }
  const source = phraseAfter(ctx, from, b);
  if (!source || !restIsTail(ctx, source.last + 1, b - 1)) return null;
  let pa = ctx.sentenceTokens.first(si - 1);
  const pb = ctx.sentenceTokens.end(si - 1);
  if (pb <= pa) return null;
  // a previous sentence in quotation marks is a direct quote: the direct finder attributes it
  if (isQuoteMark(ctx, pa) || isQuoteMark(ctx, pb - 1) || ctx.inSpan[pa]! >= 0) return null;
  const para = ctx.sentences[si - 1]!.paragraph;
  if (ctx.sentences[si]!.paragraph !== para) {
    // back over the sentences of the paragraph before, while none is quoted
    for (let sj = si - 2; sj >= 0 && si - sj <= 4 && ctx.sentences[sj]!.paragraph === para; sj--) {
      const qa = ctx.sentenceTokens.first(sj);
      const qb = ctx.sentenceTokens.end(sj);
      if (qb <= qa || isQuoteMark(ctx, qa) || ctx.inSpan[qa]! >= 0 || tokens[qb - 1]?.text === '?') break;
      pa = qa;
    }
  }
  let e = pb;
  while (e > pa && tokens[e - 1]!.text === '.') e--;
  return content(ctx, pa, e - 1, cue, source, 'anaphoric', 0.75);
}

/** Past the sentence adverbials after an inverted verb (`Det mener i hvert fald X`). */
function skipAdverbials(tokens: readonly Token[], k: number, end: number): number {
  const from = k;
  while (k < end && k - from < 4 && !tokens[k]!.cap && SENTENCE_ADVERBS.has(tokens[k]!.lower)) k++;
  return k;
}

/**
 * `lyder meldingen fra` / `er beskeden fra` after a pointing word, with an adjective before the
 * verb after `Så` (`Så klar er beskeden fra`): a definite reporting noun as the cue.
 */
function pointingNounCue(tokens: readonly Token[], k: number): CueMatch | undefined {
  if (tokens[k - 1]?.lower === 'så' && tokens[k]?.type === 'word' && !tokens[k]!.cap && !COPULAS.has(tokens[k]!.lower)) k++;
  const first = k;
  const v = tokens[k];
  const n = tokens[k + 1];
  if (!v || !n || !/^(?:lyder|lød|er|var)$/.test(v.lower) || n.type !== 'word' || n.cap) return undefined;
  if (!lookupNounForm(n.lower) || !/(?:en|et|ne)$/.test(n.lower) || tokens[k + 2]?.lower !== 'fra') return undefined;
  return { first, last: k + 2 };
}

/** A call or description with a quoted fragment: `opfordrede X til at … "redde landet"` → mixed. */
function fragmentClause(ctx: QuoteContext, v: number, verb: ReportingVerb, a: number, end: number): IndirectCandidate | null {
  const { tokens } = ctx;
  const form = formKind(verb, tokens[v]!.lower);
  if (form === 'infinitive' || form === 'passive') return null;
  if (verb.cls !== 'call' && verb.cls !== 'accusation' && !DESCRIBING_VERBS.has(verb.lemma)) return null;
  // `det, som politiet kalder "…"`: a relative clause whose pronoun is the object (a subject of
  // its own follows it) names a thing and reports no one's words; in `den mand, der kaldte X for
  // "…"` the pronoun is the subject, and the man speaks
  for (let k = v - 1; k >= a && v - k <= 4; k--) {
    if (tokens[k]!.type === 'punct') break;
    if ((tokens[k]!.lower === 'som' || tokens[k]!.lower === 'der') && tokens[k - 1]?.text === ',') {
      let own = false;
      for (let j = k + 1; j < v; j++) if (!SENTENCE_ADVERBS.has(tokens[j]!.lower)) own = true;
      if (own) return null;
      break;
    }
  }
  let lastFragmentClose = -1;
  for (let k = v + 1; k < end && k - v <= 20; k++) {
    const q = ctx.inSpan[k]!;
    if (q >= 0 && !longSpan(ctx, q) && ctx.closeToken[q]! >= 0 && speechFragment(ctx, q)) lastFragmentClose = ctx.closeToken[q]!;
  }
  if (lastFragmentClose < 0) return null;
  const source = subjectOf(ctx, v, form, a, end);
  let first = v + 1;
  if (source && source.first > v) first = source.last + 1;
  while (first < end && (tokens[first]!.text === ',' || SENTENCE_ADVERBS.has(tokens[first]!.lower))) first++;
  if (first >= lastFragmentClose) return null;
  return {
    kind: 'mixed',
    start: tokens[first]!.start,
    end: tokens[lastFragmentClose]!.end,
    cue: { first: v, last: v, verb },
    source,
    confidence: 0.7,
    rule: 'fragment',
  };
}

/**
 * `Han kalder det et problem …`, `Her kalder han planen for ønsketænkning`: a naming verb with its
 * object and predicate is the source's judgement reported, the rest of the clause its content.
 * Not `kalder på` / `kalder til` (calls for, summons), `kalder sig` (a name), nor a relative
 * clause (`det, vi kalder …`, whose object stands before it).
 */
function namingClause(ctx: QuoteContext, v: number, verb: ReportingVerb, a: number, end: number): IndirectCandidate | null {
  const { tokens } = ctx;
  if (verb.lemma !== 'kalde' && verb.lemma !== 'betegne') return null;
  if (formKind(verb, tokens[v]!.lower) !== 'finite' || v === a) return null;
  if (tokens[v - 1]!.text === ',') return null;
  for (let k = clauseStart(ctx, v, a); k < v; k++) if (/^(?:der|som|hvad|hvilket|hvordan)$/.test(tokens[k]!.lower) || isQuoteMark(ctx, k)) return null;
  const source = subjectOf(ctx, v, 'finite', a, end);
  if (!source || !canSpeak(tokens, source)) return null;
  let first = source.first > v ? source.last + 1 : v + 1;
  while (first < end && SENTENCE_ADVERBS.has(tokens[first]!.lower) && !tokens[first]!.cap) first++;
  const next = tokens[first]?.lower ?? '';
  if (/^(?:på|til|sig|sin|sit|sine|hinanden|ind|op|ud|frem|tilbage)$/.test(next) || end - first < 3) return null;
  for (let k = first; k < end; k++) if (ctx.inSpan[k]! >= 0 || isQuoteMark(ctx, k)) return null;
  return content(ctx, first, end - 1, { first: v, last: v, verb }, source, 'at-clause', 0.6);
}

/** A third-person pronoun, a role or group noun, or a name: a phrase that can be a source (not the journalist's `vi`). */
function canSpeak(tokens: readonly Token[], p: Phrase): boolean {
  for (let k = p.first; k <= p.last; k++) {
    const w = tokens[k]!;
    if (/^(?:han|hun|de)$/.test(w.lower) || roleLemma(w.lower) !== undefined || groupNounLemma(w.lower) !== undefined) return true;
    if (w.cap && !(k === p.first && DETERMINERS_CAP.test(w.text))) return true;
  }
  return false;
}
const DETERMINERS_CAP = /^(?:Den|Det|De|En|Et|Denne|Dette|Disse)$/;

/** Builds a candidate for content tokens [first, last]; mixed when it holds a quoted fragment. */
function content(
  ctx: QuoteContext,
  first: number,
  last: number,
  cue: CueMatch,
  source: Phrase | null,
  rule: IndirectCandidate['rule'],
  confidence: number,
): IndirectCandidate | null {
  const { tokens } = ctx;
  while (first <= last && tokens[first]!.text === ',') first++;
  while (last >= first && (tokens[last]!.text === ',' || tokens[last]!.text === '-' || tokens[last]!.text === '–')) last--;
  if (last < first) return null;
  let kind: 'indirect' | 'mixed' = 'indirect';
  let endTok = last;
  let fragmentEnd = -1;
  for (let k = first; k <= last; k++) {
    const q = ctx.inSpan[k]!;
    if (q >= 0 && ctx.closeToken[q]! >= 0 && speechFragment(ctx, q)) fragmentEnd = Math.max(fragmentEnd, ctx.closeToken[q]!);
  }
  if (fragmentEnd >= 0) {
    kind = 'mixed';
    // reported content runs to its clause's end, the fragment inside it (`at han havde haft
    // »…«, gjort …`); what a call or accusation holds ends with its fragment
    endTok = rule === 'fragment' ? fragmentEnd : Math.max(last, fragmentEnd);
    if (tokens[last + 1] && isQuoteMark(ctx, last + 1)) endTok = Math.max(endTok, last + 1);
  }
  // an opening mark right before the content belongs to it (`, at "SF er …"`)
  if (first > 0 && isQuoteMark(ctx, first - 1) && ctx.inSpan[first]! >= 0 && ctx.openToken[ctx.inSpan[first]!] === first - 1) {
    first -= 1;
    kind = 'mixed';
  }
  if (first > endTok) return null;
  return { kind, start: tokens[first]!.start, end: tokens[endTok]!.end, cue, source, confidence, rule };
}

/** `lyder/lød <definite noun> fra X` (`lyder kravet fra`, `lød budskabet fra`) as a cue whose source follows. */
function lyderNounFra(tokens: readonly Token[], i: number): CueMatch | undefined {
  const v = tokens[i];
  const n = tokens[i + 1];
  if (!v || !n || (v.lower !== 'lyder' && v.lower !== 'lød')) return undefined;
  if (n.type !== 'word' || n.cap) return undefined;
  // `lyder kravet fra`, or with the indefinite article `lyder en advarsel fra`
  const article = (n.lower === 'en' || n.lower === 'et') && tokens[i + 2]?.type === 'word' && !tokens[i + 2]!.cap ? 1 : 0;
  if ((!article && !/(?:et|en|ne)$/.test(n.lower)) || tokens[i + 2 + article]?.lower !== 'fra') return undefined;
  return { first: i, last: i + 2 + article, pattern: { id: 'lyder-noun-fra', words: [], source: 'after', content: 'before' } };
}

/** `X er overbevist om, at C` / `X er sikker på, at C`: a copula with a predicative cue. */
function predicativeCue(ctx: QuoteContext, v: number, a: number, end: number): IndirectCandidate | null {
  const { tokens } = ctx;
  const cop = tokens[v]!;
  if (!COPULAS.has(cop.lower) || ctx.inSpan[v]! >= 0) return null;
  let k = v + 1;
  while (k < end && SENTENCE_ADVERBS.has(tokens[k]!.lower) && k - v < 4) k++;
  const adj = tokens[k];
  if (!adj) return null;
  const prep = PREDICATIVE_CUES.get(adj.lower);
  if (prep === undefined) return null;
  let last = k;
  if (prep) {
    if (tokens[k + 1]?.lower !== prep) return null;
    last = k + 1;
  }
  let at = last + 1;
  if (tokens[at]?.text === ',') at++;
  if (tokens[at]?.lower !== 'at' || at + 1 >= end) return null;
  if (tokens[at - 1]?.text !== ',' && looksInfinitive(tokens[at + 1]!)) return null; // `bange for at blive …`
  const source = phraseBefore(ctx, v, clauseStart(ctx, v, a)) ?? phraseAfter(ctx, v + 1, k);
  if (!source) return null;
  return content(ctx, at + 1, end - 1, { first: k, last }, source, 'at-clause', 0.7);
}

/** `C, menes der.` / `C, vurderes det.`: a post-posed passive cue with no named source. */
function barePostPosed(ctx: QuoteContext, v: number, verb: ReportingVerb, a: number, end: number): IndirectCandidate | null {
  const { tokens } = ctx;
  if (tokens[v - 1]?.text !== ',' || v - 1 <= a || formKind(verb, tokens[v]!.lower) !== 'passive') return null;
  const expl = tokens[v + 1];
  if (!expl || (expl.lower !== 'der' && expl.lower !== 'det') || v + 2 !== end) return null;
  if (isQuoteMark(ctx, v - 2)) return null;
  return content(ctx, a, v - 2, { first: v, last: v + 1, verb }, null, 'post-posed', 0.6);
}

/** `X mener, de har betalt for meget`: an opinion or speech verb with an `at`-less clause after a comma. */
function commaClause(ctx: QuoteContext, v: number, verb: ReportingVerb, a: number, end: number): IndirectCandidate | null {
  const { tokens } = ctx;
  if (verb.cls !== 'opinion' && verb.cls !== 'speech' && verb.cls !== 'knowledge') return null;
  if (verb.particle || formKind(verb, tokens[v]!.lower) !== 'finite' || tokens[v + 1]?.text !== ',') return null;
  const subj = tokens[v + 2];
  const fin = tokens[v + 3];
  if (!subj || !fin || !['de', 'han', 'hun', 'det', 'der', 'vi', 'jeg', 'man', 'den'].includes(subj.lower)) return null;
  if (!COMMON_FINITE_VERBS.has(fin.lower)) return null;
  const source = subjectOf(ctx, v, 'finite', a, v + 1);
  if (!source) return null;
  return content(ctx, v + 2, end - 1, { first: v, last: v, verb }, source, 'at-clause', 0.65);
}

/**
 * `X mener, at A. At B.`: a sentence that opens with `At` right after an `at`-clause goes on
 * reporting the same source.
 */
function continuedAtClause(ctx: QuoteContext, a: number, b: number, previous: IndirectCandidate | null): IndirectCandidate | null {
  const { tokens } = ctx;
  if (previous?.rule !== 'at-clause' || tokens[a]!.text !== 'At' || ctx.inSpan[a]! >= 0) return null;
  let end = b;
  while (end > a && tokens[end - 1]!.type === 'punct' && tokens[end - 1]!.text === '.') end--;
  if (end - a < 4) return null;
  return content(ctx, a + 1, end - 1, previous.cue, previous.source, 'at-clause', 0.6);
}

/**
 * `… med et krav om, at C` / `… tilslutter sig synspunktet, at C`: a reporting noun (as data in the
 * lexicon) with its `at`-clause; the source is the sentence's subject, the phrase it opens with.
 */
function nounCue(ctx: QuoteContext, a: number, end: number): IndirectCandidate | null {
  const { tokens } = ctx;
  for (let n = a + 1; n < end - 2; n++) {
    const t = tokens[n]!;
    if (t.type !== 'word' || t.cap || insideDirect(ctx, n)) continue;
    const noun = lookupNounForm(t.lower);
    if (!noun || noun.cls === 'accusation') continue;
    // `som svar på, at`: "in response to the fact that", an adverbial, no one's words
    if (tokens[n - 1]?.lower === 'som') continue;
    let k = n + 1;
    if (tokens[k] && ['om', 'til', 'på', 'for'].includes(tokens[k]!.lower)) k++;
    if (tokens[k]?.text === ',') k++;
    if (tokens[k]?.lower !== 'at' || looksInfinitive(tokens[k + 1] ?? t)) continue;
    if (tokens[k - 1]?.text !== ',' && tokens[k - 1]?.lower !== 'om') continue;
    const source = sentenceSubject(ctx, a, n);
    if (!source) return null;
    return content(ctx, k + 1, end - 1, { first: n, last: k - (tokens[k - 1]?.text === ',' ? 2 : 1) }, source, 'at-clause', 0.6);
  }
  return null;
}
