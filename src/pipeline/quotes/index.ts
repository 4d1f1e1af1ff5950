/**
 * Quotes stage: every direct, indirect and mixed quotation with its cue and the phrase its
 * attribution rests on. Speakers are resolved by the next stage.
 * @module
 */
import type { FoundQuote, Range } from '../layers.js';
import { defineStage } from '../stage.js';
import { countSplitParts } from '../../nlp/space-runs.js';
import { RangeGrid } from '../../nlp/range-grid.js';
import { buildContext, type QuoteContext } from './context.js';
import { findDirectCandidates, type DirectCandidate } from './direct.js';
import { findIndirect, type IndirectCandidate } from './indirect.js';
import type { CueMatch } from './cues.js';
import type { Phrase } from './noun-phrase.js';

/** The pipeline stage. */
export const quotesStage = defineStage({
  name: 'quotes',
  requires: ['paragraphs', 'quotedSpans', 'tokens', 'sentences', 'names'],
  provides: ['quotes'],
  run(doc) {
    const ctx = buildContext(doc.text, doc.tokens, doc.sentences, doc.paragraphs, doc.quotedSpans, doc.names);
    return { quotes: findAllQuotes(ctx) };
  },
});

/**
 * Finds all quotes of a document.
 * @param ctx the document's tokens, sentences, paragraphs and quoted stretches
 */
export function findAllQuotes(ctx: QuoteContext): FoundQuote[] {
  const directs = keepDirect(ctx, withinDashSpeech(findDirectCandidates(ctx)));
  const indirects = findIndirect(ctx);
  const out: FoundQuote[] = [];
  // Mixed and indirect content take precedence over the fragments inside them; a direct quote
  // takes precedence over an indirect reading of the same words.
  const kept: { q: FoundQuote; d?: DirectCandidate }[] = [];
  // (both questions below are asked through a grid of positions, not of every quote: in a long
  // document a pass over all quotes for each quote made this step grow with the square of its length)
  const mixed = new RangeGrid<IndirectCandidate>();
  for (const m of indirects) if (m.kind === 'mixed') mixed.add(m);
  const keptRanges = new RangeGrid<FoundQuote>();
  for (const d of directs) {
    // (a mixed quote that holds it reaches at least to just before it: look from there)
    const inside = mixed.some(d.start - 1, d.end, (m) => m.start <= d.start && d.end <= m.end + 1);
    if (inside) continue;
    const a = d.attribution;
    kept.push({
      d,
      q: {
        kind: 'direct',
        start: d.start,
        end: d.end,
        cue: range(ctx, a?.cue ?? null),
        source: range(ctx, a?.source ?? null),
        continuation: !a || (!a.cue && !a.source),
        confidence: a?.cue ? 0.95 : a?.source ? 0.85 : 0.7,
      },
    });
    keptRanges.add(kept[kept.length - 1]!.q);
  }
  for (const m of indirects) {
    // (a quote it clashes with overlaps it, so shares a cell of the grid with it)
    const clash = keptRanges.some(m.start, m.end, (q) => overlap(q, m) > 0.3 * Math.min(q.end - q.start, m.end - m.start));
    if (clash) continue;
    const q: FoundQuote = {
      kind: m.kind,
      start: m.start,
      end: m.end,
      cue: range(ctx, m.cue),
      source: range(ctx, m.source),
      continuation: false,
      confidence: m.confidence,
    };
    kept.push({ q });
    keptRanges.add(q);
  }
  kept.sort((x, y) => x.q.start - y.q.start || y.q.end - x.q.end);
  // one quote found twice (a dash paragraph and its marks) is one quote
  const unique = kept.filter((k, i) => i === 0 || k.q.start !== kept[i - 1]!.q.start || k.q.end !== kept[i - 1]!.q.end);
  for (const k of unique) out.push(k.q);
  linkSpeakers(unique, out);
  return out;
}

/**
 * The candidates without the quoted stretches inside a speech-dash quote (`- Ingen siger "stop",
 * siger hun.`): the speaker's quoting of others is part of the speaker's words.
 */
function withinDashSpeech(candidates: DirectCandidate[]): DirectCandidate[] {
  const dashes = candidates.filter((c) => c.span.style === 'dash');
  if (dashes.length === 0) return candidates;
  return candidates.filter((c) => c.span.style === 'dash' || !dashes.some((d) => d.start <= c.start && c.end <= d.end + 1));
}

/** Direct candidates that are quotes: attributed, or speech-like stretches (not titles or scare quotes). */
function keepDirect(ctx: QuoteContext, candidates: DirectCandidate[]): DirectCandidate[] {
  const out: DirectCandidate[] = [];
  let previous: DirectCandidate | undefined;
  for (const c of candidates) {
    // `"A," sagde han. "B."` — B shares A's attribution when it follows it in the same paragraph
    if (!c.attribution && previous?.attribution && previous.span.paragraph === c.span.paragraph && c.speechLike) {
      // only punctuation between the attribution and this quote's opening mark
      const open = ctx.openToken[c.spanIndex]!;
      let k = previous.attribution.next;
      while (k < open && ctx.tokens[k]!.type === 'punct') k++;
      if (open >= 0 && k === open) c.attribution = { ...previous.attribution };
    }
    const attributed = c.attribution !== null && (c.attribution.cue !== null || c.attribution.source !== null);
    if (attributed || (c.speechLike && (c.opensParagraph || (sentenceLike(ctx, c) && !afterWord(ctx, c))))) {
      out.push(c);
      previous = c;
    }
  }
  return out;
}

/**
 * Whether a short quoted stretch (six words at most) opens right after a word of its sentence
 * (`i gruppen "Vi Der Bor Her."`): with no cue, a name or title the sentence goes on about, not
 * speech of its own.
 */
function afterWord(ctx: QuoteContext, c: DirectCandidate): boolean {
  const open = ctx.openToken[c.spanIndex]!;
  const before = ctx.tokens[open - 1];
  return open > 0 && before?.type === 'word' && ctx.sentenceOf[open - 1] === ctx.sentenceOf[open] && countSplitParts(ctx.text.slice(c.start, c.end)) <= 6;
}

/** A stretch that starts with a capital and ends with final punctuation inside the marks is a sentence of speech. */
function sentenceLike(ctx: QuoteContext, c: DirectCandidate): boolean {
  const s = ctx.text.slice(c.start, c.end);
  return /^\p{Lu}/u.test(s) && /[.!?]$/.test(s) && countSplitParts(s) >= 4;
}

/**
 * Continuation quotes of a multi-paragraph quote share the speaker of the paragraph that is attributed.
 * An open-ended paragraph follows the chain of open paragraphs to the one that closes; the chain
 * from a quote is the chain from the next one, so each quote's answer is read off the next quote's,
 * from the last quote back (following the chain from every quote made a document of many open
 * paragraphs quadratic).
 */
function linkSpeakers(kept: { q: FoundQuote; d?: DirectCandidate }[], out: FoundQuote[]): void {
  // target[i]: the quote an open-ended continuation paragraph i shares its speaker with, or -1
  const target: number[] = new Array<number>(kept.length).fill(-1);
  for (let i = kept.length - 2; i >= 0; i--) {
    const { q, d } = kept[i]!;
    if (!q.continuation || !d || d.span.close !== null) continue;
    const n = kept[i + 1]!;
    if (!n.d || n.d.span.paragraph !== d.span.paragraph + 1 || !n.d.opensParagraph) continue;
    // the next paragraph is attributed: it is the one; closed without a cue: the chain ends there
    target[i] = !n.q.continuation ? i + 1 : n.d.span.close !== null ? -1 : target[i + 1]!;
    if (target[i]! >= 0) out[i]!.sameSpeakerAs = target[i]!;
  }
}

function range(ctx: QuoteContext, m: CueMatch | Phrase | null): Range | null {
  if (!m) return null;
  return { start: ctx.tokens[m.first]!.start, end: ctx.tokens[m.last]!.end };
}

function overlap(a: Range, b: Range): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}
