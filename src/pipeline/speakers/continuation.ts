/**
 * Continuation quotes (no cue of their own): the linked quote's speaker, else a person named in
 * the narration just before, else the speaker of the previous quote nearby, else of the next one.
 * @module
 */
import type { Paragraph, Sentence } from '../../schema/index.js';
import { FIRST_PERSON_SINGULAR } from '../../lexicon/clause-words.js';
import { wordPattern } from '../../nlp/letters.js';
import type { RangeGrid } from '../../nlp/range-grid.js';
import type { FoundQuote, Range } from '../layers.js';
import type { Candidate, Resolution, SourceContext } from './context.js';
import type { Entity } from './entities.js';
import { firstFrom } from './search.js';

const SINGULAR_SPEECH = wordPattern(FIRST_PERSON_SINGULAR);

/** What the continuation passes read besides the sources. */
export interface ContinuationContext {
  sc: SourceContext;
  sentences: readonly Sentence[];
  /** The quotes' ranges, to tell narration from quoted sentences. */
  quoteRanges: RangeGrid<Range>;
  /** Each quote's paragraph index (-1: none). */
  quoteParagraph: readonly number[];
}

/**
 * Each quote's paragraph, found once (the continuation loops look it up for every pair of quotes).
 * @param quotes the quotes in text order
 * @param paragraphs the document's paragraphs
 */
export function paragraphsOfQuotes(quotes: readonly FoundQuote[], paragraphs: readonly Paragraph[]): number[] {
  let pIndex = 0;
  return quotes.map((q) => {
    while (pIndex + 1 < paragraphs.length && paragraphs[pIndex]!.end < q.start) pIndex++;
    return paragraphs[pIndex] && paragraphs[pIndex]!.start <= q.start ? pIndex : -1;
  });
}

/**
 * Resolves the continuation quotes in two passes: the first looks back only, the second also
 * forward (to a speaker the first pass left unresolved).
 * @param cc the document's sources, sentences and quotes
 */
export function resolveContinuations(cc: ContinuationContext): void {
  const { quotes, resolved } = cc.sc;
  for (let pass = 0; pass < 2; pass++) {
    quotes.forEach((q, i) => {
      // only quotes with no cue of their own continue a speaker; a cue without a source stays unattributed
      if (resolved[i] || q.source || !q.continuation) return;
      resolved[i] = continuationOf(cc, q, i, pass === 1);
    });
  }
}

/** The speaker a continuation quote continues, or null. */
function continuationOf(cc: ContinuationContext, q: FoundQuote, i: number, forward: boolean): Resolution | null {
  const { resolved } = cc.sc;
  const linked = q.sameSpeakerAs !== undefined ? resolved[q.sameSpeakerAs] : null;
  if (linked) return { entity: linked.entity, mention: null, how: 'continuation' };
  const introduced = introducedBefore(cc, q);
  if (introduced) return introduced;
  const before = previousSpeaker(cc, q, i);
  if (before !== undefined) return before;
  return forward ? nextSpeaker(cc, i) : null;
}

/**
 * The sentence just before, when it is narration, introduces the speaker (`X blev slidt op.
 * "Jeg var …"`): a named person there (a role noun there is as often a generic `patienten` as a
 * source).
 */
function introducedBefore(cc: ContinuationContext, q: FoundQuote): Resolution | null {
  const { sentences, quoteRanges, sc } = cc;
  const si = sc.sentenceOf(q.start);
  const prev = sentences[si - 1];
  if (!prev || quoteRanges.overlaps(prev.start, prev.end)) return null;
  const cands = sc.cands;
  // `På spørgsmålet om X, svarer Eva Holm:` — a narrated sentence that closes with a name and a
  // colon introduces that person's words, whoever else it names before
  const colonAt = /:\s*$/.test(sc.text.slice(prev.start, prev.end)) ? sc.text.lastIndexOf(':', prev.end) : -1;
  // (candidates are in text order, so in sentence order too)
  let person: Candidate | undefined;
  for (let k = firstFrom(cands, si - 1, (c) => c.sentence); k < cands.length && cands[k]!.sentence === si - 1; k++) {
    const c = cands[k]!;
    if (c.entity()?.kind === 'person' && c.entity()?.named === true) {
      if (!person || (colonAt >= 0 && closesBefore(sc, c, colonAt))) person = c;
      if (colonAt < 0) break;
    }
  }
  const e = person?.entity() ?? askedBefore(cc, si);
  return e ? { entity: e, mention: null, how: 'continuation' } : null;
}

/** Whether a candidate's mention ends just before offset `at` (white space between at most). */
function closesBefore(sc: SourceContext, c: Candidate, at: number): boolean {
  const m = sc.mentions.find((x) => x.start === c.pos);
  return m !== undefined && /^\s*$/.test(sc.text.slice(m.end, at));
}

/**
 * An interviewer's question in the paragraph before the answer names whom it asks (`Mette Holm,
 * hvorfor nu? Er du ikke bange?` → the answer is Mette Holm's): the first named person in a
 * narrated paragraph that ends in a question mark.
 * @param si index of the answer's first sentence
 */
function askedBefore(cc: ContinuationContext, si: number): Entity | undefined {
  const { sentences, sc } = cc;
  const prev = sentences[si - 1];
  const here = sentences[si];
  if (!prev || !here || prev.paragraph === here.paragraph || !/\?\s*$/.test(sc.text.slice(prev.start, prev.end))) return undefined;
  let first = si - 1;
  while (first > 0 && sentences[first - 1]!.paragraph === prev.paragraph) first--;
  if (cc.quoteRanges.overlaps(sentences[first]!.start, prev.end)) return undefined;
  const cands = sc.cands;
  for (let k = firstFrom(cands, first, (c) => c.sentence); k < cands.length && cands[k]!.sentence < si; k++) {
    const e = cands[k]!.entity();
    if (e?.kind === 'person' && e.named) return e;
  }
  return undefined;
}

/**
 * The speaker of the previous resolved quote within two paragraphs; an indirect quote inside a
 * direct quote's paragraph (its attribution sentence reports someone else) does not interrupt that
 * direct speech, and words in the first person singular are a person's, not a body's.
 * @returns the resolution, or undefined when there is none (or the nearest cannot have said it)
 */
function previousSpeaker(cc: ContinuationContext, q: FoundQuote, i: number): Resolution | undefined {
  const { quotes, resolved, text } = cc.sc;
  const { quoteParagraph } = cc;
  const pi = quoteParagraph[i]!;
  const singular = SINGULAR_SPEECH.test(text.slice(q.start, q.end));
  for (let j = i - 1; j >= 0; j--) {
    const pj = quoteParagraph[j]!;
    if (pj < pi - 2) break;
    let r = resolved[j];
    if (!r) continue;
    if (quotes[j]!.kind !== 'direct') {
      for (let k = j - 1; k >= 0 && quoteParagraph[k] === pj; k--) {
        if (quotes[k]!.kind === 'direct' && resolved[k]) {
          r = resolved[k]!;
          break;
        }
      }
    }
    if (singular && (r.entity.kind === 'organization' || r.entity.kind === 'group')) return undefined;
    return { entity: r.entity, mention: null, how: 'continuation' };
  }
  return undefined;
}

/** The speaker of the next resolved quote within two paragraphs. */
function nextSpeaker(cc: ContinuationContext, i: number): Resolution | null {
  const { quotes, resolved } = cc.sc;
  const pi = cc.quoteParagraph[i]!;
  for (let j = i + 1; j < quotes.length; j++) {
    if (cc.quoteParagraph[j]! > pi + 2) break;
    const r = resolved[j];
    if (r) return { entity: r.entity, mention: null, how: 'continuation' };
  }
  return null;
}
