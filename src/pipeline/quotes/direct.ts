/**
 * Direct quotes: quoted stretches and speech-dash paragraphs, with the attribution after them
 * (`"…," siger han.`, `"…," lyder det fra X.`, `"…" Det siger X.`) or before them (`X siger: "…"`,
 * `X: "…"`).
 * @module
 */
import type { QuotedSpan } from '../layers.js';
import { formKind, particleAt, patternAt, verbAt, type CueMatch } from './cues.js';
import { isFinalPunct, isQuoteMark, type QuoteContext } from './context.js';
import { patternSource, phraseAfter, phraseBefore, type Phrase } from './noun-phrase.js';
import { ANAPHORIC_OBJECTS, AUXILIARIES } from '../../lexicon/clause-words.js';
import { tokenAt } from '../../nlp/tokens.js';
import { countPartsWithLetter } from '../../nlp/space-runs.js';

/** Subject pronouns of the first and second person: the speaker's own words, never an attribution. */
const FIRST_OR_SECOND_PERSON: ReadonlySet<string> = new Set(['jeg', 'vi', 'du']);

/** An attribution: the cue and the source phrase (either may be missing). */
export interface Attribution {
  cue: CueMatch | null;
  source: Phrase | null;
  /** Token index after the attribution (to see whether a quote continues after it). */
  next: number;
}

/** A direct-quote candidate. */
export interface DirectCandidate {
  span: QuotedSpan;
  spanIndex: number;
  start: number;
  end: number;
  attribution: Attribution | null;
  /** Whether the stretch reads as speech (a clause with final punctuation or several words). */
  speechLike: boolean;
  /** Whether the stretch opens its paragraph (a continuation paragraph when it has no cue). */
  opensParagraph: boolean;
}

/**
 * The attribution that follows token `after` (the closing mark, or the comma ending a
 * speech-dash quote): inverted verb and subject, an auxiliary with a participle, a fixed pattern,
 * or a following `Det siger X.` sentence.
 * @param ctx context
 * @param after index of the last token of the quote
 */
export function attributionAfter(ctx: QuoteContext, after: number): Attribution | null {
  const { tokens } = ctx;
  let j = after + 1;
  if (tokens[j]?.text === ',' || tokens[j]?.text === '-' || tokens[j]?.text === '–') j++;
  const limit = sentenceEndFrom(ctx, j);
  const t = tokens[j];
  if (!t) return null;
  // `"…," siger Ole Krag.` / `"…," sagde han.`
  const v = verbAt(tokens, j);
  if (v && formKind(v, t.lower) === 'finite') {
    const source = phraseAfter(ctx, j + 1, limit);
    let last = j;
    if (v.particle) {
      const p = particleAt(tokens, j, v.particle);
      if (p >= 0) last = p;
    }
    return { cue: { first: j, last, verb: v }, source, next: source ? source.last + 1 : j + 1 };
  }
  // `"…," lyder det fra ministeren.`
  const pat = patternAt(tokens, j, 'before');
  if (pat) {
    const { cue, source } = patternSource(ctx, pat, limit);
    return { cue, source, next: source ? source.last + 1 : pat.last + 1 };
  }
  // `"…," har han sagt.`
  if (AUXILIARIES.has(t.lower) && !t.cap) {
    const source = phraseAfter(ctx, j + 1, limit);
    if (source) {
      const p = source.last + 1;
      const pv = verbAt(tokens, p);
      if (pv && formKind(pv, tokens[p]!.lower) === 'participle') return { cue: { first: p, last: p, verb: pv }, source, next: p + 1 };
    }
  }
  // `"…," han siger.` (rare in Danish, common in translated copy)
  if (!t.cap) {
    const source = phraseAfter(ctx, j, limit);
    if (source && source.last === j) {
      const pv = verbAt(tokens, j + 1);
      if (pv && formKind(pv, tokens[j + 1]!.lower) === 'finite') return { cue: { first: j + 1, last: j + 1, verb: pv }, source, next: j + 2 };
    }
  }
  // `"…." Det siger X.` — a new sentence whose object points back at the quote.
  if (t.cap && ANAPHORIC_OBJECTS.has(t.lower)) return pointingBack(ctx, j);
  // `"…." Ordene er X's.` — whose words they were, in the genitive
  if (t.cap && WORDS_NOUNS.has(t.lower)) return wordsAreHis(ctx, j);
  return null;
}

/** Definite nouns for what was said, opening `Ordene er X's.` (the words, the quote, the remark). */
const WORDS_NOUNS: ReadonlySet<string> = new Set(['ordene', 'citatet', 'bemærkningen', 'udsagnet', 'replikken', 'udtalelsen']);

/** `Ordene er Eva Holms.` / `Ordene var formandens.`: the genitive phrase closing the sentence is the source (its `-s` left out). */
function wordsAreHis(ctx: QuoteContext, j: number): Attribution | null {
  const { tokens } = ctx;
  const cop = tokens[j + 1];
  if (!cop || (cop.lower !== 'er' && cop.lower !== 'var')) return null;
  const limit = sentenceEndFrom(ctx, j + 2);
  let end = limit;
  while (end > j + 2 && tokens[end - 1]!.type === 'punct') end--;
  const source = phraseAfter(ctx, j + 2, end);
  if (!source || source.last !== end - 1 || !/(?:s|'s|’s)$/.test(tokens[source.last]!.text)) return null;
  return { cue: { first: j, last: j + 1 }, source, next: source.last + 1 };
}

/**
 * A new sentence that opens with a word pointing back at the quote before it: `Det siger X.`,
 * `Sådan lyder det fra X.`, and with an adverbial before the source, `Sådan lød det med et smil
 * fra X.` (the `fra` of `lyder det` may stand later in the clause).
 * @param ctx context
 * @param j index of the pointing word (`Det`, `Sådan`, `Så`)
 */
function pointingBack(ctx: QuoteContext, j: number): Attribution | null {
  const { tokens } = ctx;
  const limit = sentenceEndFrom(ctx, j + 1);
  const dv = verbAt(tokens, j + 1);
  if (dv && formKind(dv, tokens[j + 1]!.lower) === 'finite' && dv.cls !== 'call' && dv.cls !== 'accusation') {
    const source = phraseAfter(ctx, j + 2, limit);
    if (source) return { cue: { first: j + 1, last: j + 1, verb: dv }, source, next: source.last + 1 };
  }
  const pat = patternAt(tokens, j + 1, 'before');
  if (!pat) return null;
  const { cue, source } = patternSource(ctx, pat, limit);
  return source ? { cue, source, next: source.last + 1 } : null;
}

/**
 * The attribution before an opening mark: `X siger: "…"`, `siger X: "…"`, `X: "…"`.
 * @param ctx context
 * @param open index of the opening mark's token
 */
export function attributionBefore(ctx: QuoteContext, open: number): Attribution | null {
  const { tokens } = ctx;
  const colon = open - 1;
  if (tokens[colon]?.text !== ':') return null;
  // a colon closing the paragraph before introduces the quote, but its verb is another quote's cue
  if (/\n/.test(ctx.text.slice(tokens[colon]!.end, tokens[open]!.start))) return null;
  // the clause before the colon, back to the previous sentence break or quote mark
  // the clause before the colon: back to its sentence's start or the previous quotation mark
  const sentence = ctx.sentenceOf[colon]!;
  const sentenceStart = sentence >= 0 ? ctx.sentenceTokens.first(sentence) : Math.max(0, colon - 40);
  let start = colon - 1;
  while (start > sentenceStart && !isQuoteMark(ctx, start - 1) && colon - start < 40) start--;
  for (let v = colon - 1; v >= start; v--) {
    const verb = verbAt(tokens, v, v === start);
    if (!verb) continue;
    const kind = formKind(verb, tokens[v]!.lower);
    if (kind === 'infinitive' || kind === 'passive') continue;
    let source = phraseBefore(ctx, kind === 'participle' ? auxBefore(ctx, v, start) : v, start);
    if (!source) source = phraseAfter(ctx, v + 1, colon);
    return { cue: { first: v, last: v, verb }, source, next: open };
  }
  // `Ole Krag: "…"` — a bare name or role before the colon.
  const bare = phraseAfter(ctx, start, colon);
  if (bare && bare.last === colon - 1 && colon - start <= 6) return { cue: null, source: bare, next: open };
  return null;
}

function auxBefore(ctx: QuoteContext, v: number, start: number): number {
  for (let k = v - 1; k >= start && v - k < 6; k--) if (AUXILIARIES.has(ctx.tokens[k]!.lower)) return k;
  return v;
}

/** Index after the last token of the sentence that token j is in (or of the paragraph's text). */
export function sentenceEndFrom(ctx: QuoteContext, j: number): number {
  const s = ctx.sentenceOf[j];
  if (s === undefined || s < 0) return Math.min(ctx.tokens.length, j + 20);
  return ctx.sentenceTokens.end(s);
}

/**
 * Collects direct-quote candidates with their attributions.
 * @param ctx context
 */
export function findDirectCandidates(ctx: QuoteContext): DirectCandidate[] {
  const out: DirectCandidate[] = [];
  ctx.spans.forEach((span, k) => {
    const p = ctx.paragraphs[span.paragraph]!;
    if (span.style === 'dash') {
      // (one push each: a spread of some 120,000 parts overflowed the call stack)
      for (const c of splitDashParagraph(ctx, span, k)) out.push(c);
      return;
    }
    const text = ctx.text.slice(span.start, span.end);
    const closeTok = ctx.closeToken[k]!;
    const openTok = ctx.openToken[k]!;
    let attribution: Attribution | null = null;
    if (closeTok >= 0) attribution = attributionAfter(ctx, closeTok);
    if (!attribution && openTok >= 0) attribution = attributionBefore(ctx, openTok);
    const words = countPartsWithLetter(text);
    const endsLikeSpeech = /[.,!?…:;]\s*$/.test(text) || (closeTok >= 0 && ctx.tokens[closeTok + 1]?.text === ',' && words >= 3);
    const speechLike = (endsLikeSpeech && words >= 2) || words >= 6;
    out.push({ span, spanIndex: k, start: span.start, end: span.end, attribution, speechLike, opensParagraph: span.open === null || span.open === p.start });
  });
  return out;
}

/**
 * A paragraph opening with a speech dash is direct speech up to its attribution
 * (`- Vi er klar, siger hun.`); speech after the attribution is a second quote by the same speaker.
 */
function splitDashParagraph(ctx: QuoteContext, span: QuotedSpan, k: number): DirectCandidate[] {
  const { tokens } = ctx;
  const first = tokenAt(tokens, span.start);
  let last = first;
  while (last < tokens.length && tokens[last]!.end <= span.end) last++;
  for (let i = first; i < last; i++) {
    if (tokens[i]!.text !== ',' && !(isFinalPunct(tokens[i]) && tokens[i]!.text !== '.')) continue;
    const a = attributionAfter(ctx, i - (tokens[i]!.text === ',' ? 1 : 0));
    if (!a?.cue || !a.source || a.cue.first !== i + 1) continue;
    // `…, sagde vi til hinanden`: a first- or second-person subject is the speaker talking on, not
    // the attribution of the paragraph
    if (a.source.first === a.source.last && FIRST_OR_SECOND_PERSON.has(tokens[a.source.first]!.lower)) continue;
    const firstEnd = tokens[i]!.end;
    const out: DirectCandidate[] = [{ span, spanIndex: k, start: span.start, end: firstEnd, attribution: a, speechLike: true, opensParagraph: true }];
    // after the attribution, a new dash opens more speech (`- Vi er klar, siger hun. - Men ikke nu.`);
    // anything else there is narration
    const r = sentenceEndFrom(ctx, a.cue.first);
    const dash = tokens[r];
    if (r + 1 < last && dash && (dash.text === '-' || dash.text === '–' || dash.text === '—')) {
      out.push({ span, spanIndex: k, start: tokens[r + 1]!.start, end: span.end, attribution: { ...a }, speechLike: true, opensParagraph: false });
    }
    return out;
  }
  // a paragraph of speech with no attribution inside it: the sentence after it may point back
  // (`Sådan lyder det fra X.`, `Det siger X.`)
  const back = last > first && isFinalPunct(tokens[last - 1]) ? attributionAfter(ctx, last - 1) : null;
  const pointed =
    back?.cue &&
    back.source &&
    ((tokens[back.cue.first - 1]?.cap && ANAPHORIC_OBJECTS.has(tokens[back.cue.first - 1]!.lower)) || WORDS_NOUNS.has(tokens[back.cue.first]!.lower))
      ? back
      : null;
  return [{ span, spanIndex: k, start: span.start, end: span.end, attribution: pointed, speechLike: true, opensParagraph: true }];
}
