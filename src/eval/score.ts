/**
 * The quote scorer of ANNOTATION.md, as pure functions over spans.
 *
 * Choices the guideline leaves open, made here once:
 * - Matching runs in two passes. Scored (non-optional) gold quotes are matched one to one with
 *   predictions, best Jaccard first (ties: earlier gold, then earlier prediction). Then every
 *   prediction still unmatched that reaches the threshold with an optional gold quote is
 *   absorbed: neither a true nor a false positive. Matching scored gold first means an optional
 *   quote never takes a prediction away from a quote that counts.
 * - Exact-span agreement is judged on matched pairs: both ends agree after trimming white space
 *   and punctuation (quotation marks, dashes, commas, full stops) from each span.
 * - Speaker: a null gold speaker means the document does not say who spoke; a null prediction is
 *   then right and any name is wrong. A named gold speaker needs a predicted name equal to it or
 *   to an alias, compared case-insensitively without punctuation.
 * - Per kind, a true positive needs a match and the same kind on both sides; precision counts
 *   the predictions of that kind, recall the gold quotes of that kind. `recallAnyKind` shows how
 *   many gold quotes of the kind were found at all, whatever kind was predicted.
 * - A ratio with nothing to divide by (no predictions, no gold) is null, printed as `–`.
 * @module
 */
import type { CitatDocument, QuoteKind } from '../schema/index.js';
import { calibrate, type Calibration, type CalibrationPoint } from './calibration.js';
import type { GoldSpan } from './gold.js';

/** The Jaccard ratio at or above which a prediction matches a gold quote. */
export const MATCH_THRESHOLD = 0.5;

/** The quote kinds in report order. */
export const QUOTE_KINDS: readonly QuoteKind[] = ['direct', 'indirect', 'mixed'];

/** A predicted quote, reduced to what the scorer compares. */
export interface PredictedSpan {
  kind: QuoteKind;
  start: number;
  end: number;
  /** `docText.slice(start, end)`. */
  text: string;
  /** The cue's text, or null. */
  cue: string | null;
  /** The speaker's name, or null where none was given. */
  speaker: string | null;
  /** citat's confidence that the quote and its speaker are right, where the predictor gives one. */
  confidence?: number;
}

/** One document to score: its text, its resolved gold and the predictions. */
export interface EvalDocument {
  id: string;
  text: string;
  gold: readonly GoldSpan[];
  predicted: readonly PredictedSpan[];
}

/** A gold quote paired with the prediction that matched it. */
export interface MatchedPair {
  /** Index into the document's gold quotes. */
  gold: number;
  /** Index into the document's predictions. */
  pred: number;
  jaccard: number;
}

/** How the predictions of one document line up with its gold. */
export interface Alignment {
  /** One-to-one matches between scored gold and predictions. */
  pairs: MatchedPair[];
  /** Predictions absorbed by optional gold quotes (indices into predictions). */
  absorbed: number[];
  /** Scored gold quotes with no match (indices into gold). */
  missed: number[];
  /** Predictions that match nothing (indices into predictions). */
  falseAlarms: number[];
}

/** Precision, recall and F1 with the counts behind them. */
export interface Prf {
  tp: number;
  /** Predictions counted (true plus false positives). */
  predicted: number;
  /** Gold quotes counted. */
  gold: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

/** A share of matched quotes that got something right. */
export interface Accuracy {
  correct: number;
  total: number;
  accuracy: number | null;
}

/** P/R/F1 for one quote kind. */
export interface KindScore extends Prf {
  /** Gold quotes of this kind matched by a prediction of any kind, over gold quotes of this kind. */
  recallAnyKind: number | null;
}

/** A quote listed among the errors. */
export interface ListedQuote {
  doc: string;
  kind: QuoteKind;
  start: number;
  end: number;
  text: string;
  speaker: string | null;
}

/** A matched quote whose predicted speaker is wrong. */
export interface WrongSpeaker extends ListedQuote {
  /** The predicted speaker (the gold one is `speaker`). */
  predicted: string | null;
}

/** The full result of scoring a set of documents. */
export interface EvalReport {
  documents: number;
  gold: { total: number; scored: number; optional: number };
  predictions: { total: number; scored: number; absorbed: number };
  /** Quote P/R/F1 at Jaccard ≥ {@link MATCH_THRESHOLD}, one to one. */
  quote: Prf;
  /** Matches whose trimmed ends agree exactly. */
  exact: Prf;
  /** Matched quotes whose predicted speaker is right. */
  speaker: Accuracy;
  /** End to end: a prediction counts only when it matches and its speaker is right. */
  attribution: Prf;
  /** Matched quotes whose predicted cue text equals the gold cue (case-insensitive). */
  cue: Accuracy;
  /** Matched quotes whose predicted kind equals the gold kind. */
  kind: Accuracy;
  perKind: Record<QuoteKind, KindScore>;
  /** Scored gold quotes that no prediction matched. */
  misses: ListedQuote[];
  /** Predictions that matched no gold quote. */
  falseAlarms: ListedQuote[];
  /** Matched quotes with the wrong speaker. */
  wrongSpeakers: WrongSpeaker[];
  /**
   * Confidence against correctness (quote matched and speaker right) over the scored
   * predictions, or null when the predictions carry no confidence.
   */
  calibration: Calibration | null;
}

/**
 * Jaccard ratio of two half-open character ranges (intersection over union).
 * @returns a number in [0, 1]; 0 when either range is empty and they do not coincide
 */
export function jaccard(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const inter = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  const union = a.end - a.start + (b.end - b.start) - inter;
  if (union <= 0) return a.start === b.start && a.end === b.end ? 1 : 0;
  return inter / union;
}

const TRIM = /[\s\p{P}]/u;

/**
 * Narrows a span past white space and punctuation at both ends (quotation marks, dashes,
 * commas, full stops), the parts on which annotators and systems legitimately differ.
 * @param text the document
 * @returns the trimmed range (empty at `start` when nothing is left)
 */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && TRIM.test(text[s]!)) s++;
  while (e > s && TRIM.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}

/**
 * Whether two spans agree exactly once white space and punctuation are trimmed from both ends.
 * @param text the document both spans index
 */
export function sameTrimmedSpan(text: string, a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  const x = trimSpan(text, a.start, a.end);
  const y = trimSpan(text, b.start, b.end);
  return x.start === y.start && x.end === y.end;
}

/**
 * Normalises a name for comparison: lower case, punctuation removed, white space collapsed.
 * @example normaliseName('Anne-Sophie  Mutter.') // 'annesophie mutter'
 */
export function normaliseName(name: string): string {
  return name.toLocaleLowerCase('da').replace(/\p{P}/gu, '').replace(/\s+/gu, ' ').trim();
}

/**
 * Whether a predicted speaker is right for a gold quote (see the module notes for null).
 * @param predicted the predicted speaker's name, or null
 * @param gold the gold quote's speaker and aliases
 */
export function speakerIsRight(predicted: string | null, gold: Pick<GoldSpan, 'speaker' | 'aliases'>): boolean {
  if (gold.speaker === null) return predicted === null;
  if (predicted === null) return false;
  const p = normaliseName(predicted);
  if (p === '') return false;
  return [gold.speaker, ...gold.aliases].some((name) => normaliseName(name) === p);
}

/**
 * Whether a predicted cue agrees with the gold cue: same words, case and spacing aside;
 * null agrees with null only.
 */
export function cueIsRight(predicted: string | null, gold: string | null): boolean {
  if (gold === null || predicted === null) return gold === predicted;
  const norm = (s: string) => s.toLocaleLowerCase('da').replace(/\s+/gu, ' ').trim();
  return norm(predicted) === norm(gold);
}

/**
 * Aligns predictions with gold quotes for one document (see the module notes).
 * @param gold resolved gold quotes
 * @param predicted predictions
 * @param threshold the least Jaccard ratio for a match
 */
export function align(gold: readonly GoldSpan[], predicted: readonly PredictedSpan[], threshold = MATCH_THRESHOLD): Alignment {
  const candidates: MatchedPair[] = [];
  gold.forEach((g, gi) => {
    if (g.optional) return;
    predicted.forEach((p, pi) => {
      const j = jaccard(g, p);
      if (j >= threshold) candidates.push({ gold: gi, pred: pi, jaccard: j });
    });
  });
  candidates.sort((a, b) => b.jaccard - a.jaccard || a.gold - b.gold || a.pred - b.pred);
  const goldTaken = new Set<number>();
  const predTaken = new Set<number>();
  const pairs: MatchedPair[] = [];
  for (const c of candidates) {
    if (goldTaken.has(c.gold) || predTaken.has(c.pred)) continue;
    goldTaken.add(c.gold);
    predTaken.add(c.pred);
    pairs.push(c);
  }
  pairs.sort((a, b) => a.gold - b.gold);
  const absorbed: number[] = [];
  const falseAlarms: number[] = [];
  predicted.forEach((p, pi) => {
    if (predTaken.has(pi)) return;
    if (gold.some((g) => g.optional && jaccard(g, p) >= threshold)) absorbed.push(pi);
    else falseAlarms.push(pi);
  });
  const missed = gold.flatMap((g, gi) => (!g.optional && !goldTaken.has(gi) ? [gi] : []));
  return { pairs, absorbed, missed, falseAlarms };
}

/**
 * Precision, recall and F1 from counts; a ratio with a zero denominator is null.
 * @param tp true positives
 * @param predicted predictions counted
 * @param gold gold items counted
 */
export function prf(tp: number, predicted: number, gold: number): Prf {
  return {
    tp,
    predicted,
    gold,
    precision: predicted === 0 ? null : tp / predicted,
    recall: gold === 0 ? null : tp / gold,
    f1: predicted + gold === 0 ? null : (2 * tp) / (predicted + gold),
  };
}

function accuracy(correct: number, total: number): Accuracy {
  return { correct, total, accuracy: total === 0 ? null : correct / total };
}

function listed(doc: string, q: GoldSpan | PredictedSpan): ListedQuote {
  return { doc, kind: q.kind, start: q.start, end: q.end, text: q.text, speaker: q.speaker };
}

/**
 * Scores predictions against gold over a set of documents (micro-averaged: counts are summed
 * over documents before ratios are taken).
 * @param docs documents with their resolved gold and their predictions
 * @param threshold the least Jaccard ratio for a match
 * @returns the report; error lists are in document order
 */
export function scoreDocuments(docs: readonly EvalDocument[], threshold = MATCH_THRESHOLD): EvalReport {
  let goldTotal = 0;
  let goldOptional = 0;
  let predTotal = 0;
  let absorbed = 0;
  let matched = 0;
  let exact = 0;
  let speakerRight = 0;
  let cueRight = 0;
  let kindRight = 0;
  const kindCounts = Object.fromEntries(QUOTE_KINDS.map((k) => [k, { tp: 0, predicted: 0, gold: 0, anyKind: 0 }])) as Record<
    QuoteKind,
    { tp: number; predicted: number; gold: number; anyKind: number }
  >;
  const misses: ListedQuote[] = [];
  const falseAlarms: ListedQuote[] = [];
  const wrongSpeakers: WrongSpeaker[] = [];
  const points: CalibrationPoint[] = [];

  for (const doc of docs) {
    const a = align(doc.gold, doc.predicted, threshold);
    outcomesOf(doc, a).forEach((right, pi) => {
      const c = doc.predicted[pi]!.confidence;
      if (right !== null && c !== undefined) points.push({ confidence: c, correct: right });
    });
    goldTotal += doc.gold.length;
    goldOptional += doc.gold.filter((g) => g.optional).length;
    predTotal += doc.predicted.length;
    absorbed += a.absorbed.length;
    const absorbedSet = new Set(a.absorbed);
    for (const g of doc.gold) if (!g.optional) kindCounts[g.kind].gold++;
    doc.predicted.forEach((p, pi) => {
      if (!absorbedSet.has(pi)) kindCounts[p.kind].predicted++;
    });
    for (const pair of a.pairs) {
      const g = doc.gold[pair.gold]!;
      const p = doc.predicted[pair.pred]!;
      matched++;
      if (sameTrimmedSpan(doc.text, g, p)) exact++;
      if (speakerIsRight(p.speaker, g)) speakerRight++;
      else wrongSpeakers.push({ ...listed(doc.id, g), predicted: p.speaker });
      if (cueIsRight(p.cue, g.cue)) cueRight++;
      kindCounts[g.kind].anyKind++;
      if (p.kind === g.kind) {
        kindRight++;
        kindCounts[g.kind].tp++;
      }
    }
    for (const gi of a.missed) misses.push(listed(doc.id, doc.gold[gi]!));
    for (const pi of a.falseAlarms) falseAlarms.push(listed(doc.id, doc.predicted[pi]!));
  }

  const scoredGold = goldTotal - goldOptional;
  const scoredPred = predTotal - absorbed;
  const perKind = Object.fromEntries(
    QUOTE_KINDS.map((k) => {
      const c = kindCounts[k];
      return [k, { ...prf(c.tp, c.predicted, c.gold), recallAnyKind: c.gold === 0 ? null : c.anyKind / c.gold }];
    }),
  ) as Record<QuoteKind, KindScore>;
  return {
    documents: docs.length,
    gold: { total: goldTotal, scored: scoredGold, optional: goldOptional },
    predictions: { total: predTotal, scored: scoredPred, absorbed },
    quote: prf(matched, scoredPred, scoredGold),
    exact: prf(exact, scoredPred, scoredGold),
    speaker: accuracy(speakerRight, matched),
    attribution: prf(speakerRight, scoredPred, scoredGold),
    cue: accuracy(cueRight, matched),
    kind: accuracy(kindRight, matched),
    perKind,
    misses,
    falseAlarms,
    wrongSpeakers,
    calibration: points.length > 0 ? calibrate(points) : null,
  };
}

/**
 * Whether each prediction of a document is right: matched to a scored gold quote with the right
 * speaker (true), a false alarm or a wrong speaker (false), or absorbed by an optional gold quote
 * (null: neither).
 * @param doc a document with gold and predictions
 * @param a its alignment (computed when not given)
 */
export function outcomesOf(doc: EvalDocument, a: Alignment = align(doc.gold, doc.predicted)): (boolean | null)[] {
  const out: (boolean | null)[] = doc.predicted.map(() => false);
  for (const pi of a.absorbed) out[pi] = null;
  for (const pair of a.pairs) out[pair.pred] = speakerIsRight(doc.predicted[pair.pred]!.speaker, doc.gold[pair.gold]!);
  return out;
}

/** What {@link predictionsOf} reads of a citat quote (a document's quotes fit it). */
export type QuoteLike = Pick<CitatDocument['quotes'][number], 'kind' | 'start' | 'end' | 'text'> & {
  confidence?: number | undefined;
  cue?: { text: string } | null | undefined;
  speaker?: { name: string } | null | undefined;
};

/**
 * The predictions of a citat document, in the form the scorer compares.
 * @param doc a document as `extract` returns it (or as read back from JSON)
 */
export function predictionsOf(doc: { quotes: readonly QuoteLike[] }): PredictedSpan[] {
  return doc.quotes.map((q) => ({
    kind: q.kind,
    start: q.start,
    end: q.end,
    text: q.text,
    cue: q.cue?.text ?? null,
    speaker: q.speaker?.name ?? null,
    ...(q.confidence === undefined ? {} : { confidence: q.confidence }),
  }));
}
