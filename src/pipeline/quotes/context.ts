/**
 * What the quote finders share: the document's tokens with, for each, the sentence it is in and
 * the quoted stretch (if any) it stands inside.
 * @module
 */
import type { Paragraph, Sentence } from '../../schema/index.js';
import { QUOTE_CHARS, tokenAt, TokenRanges, type Token } from '../../nlp/tokens.js';
import { countSplitParts } from '../../nlp/space-runs.js';
import type { FoundName, QuotedSpan } from '../layers.js';

/** Tokens and their places, built once per document. */
export interface QuoteContext {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  paragraphs: Paragraph[];
  spans: QuotedSpan[];
  /** Per token: index of the quoted stretch whose content holds it, or -1. */
  inSpan: Int32Array;
  /** Per token: index of its sentence, or -1 (white space between sentences holds no tokens). */
  sentenceOf: Int32Array;
  /** Per sentence: [first token, end token), [0, 0) when it holds none */
  sentenceTokens: TokenRanges;
  /** Texts of the tokens that stand inside a sentence (not first), built on first use. */
  innerWords?: Set<string>;
  /** Per quoted stretch: whether it is speech (a dash paragraph, several words, a sentence) rather than a fragment. */
  long: Int32Array;
  /** Per quoted stretch: index of the token of its opening mark, or -1; and of its closing mark. */
  openToken: Int32Array;
  closeToken: Int32Array;
  /**
   * Per token: the last token of the person's or body's name that starts there (the names
   * stage's, which knows `Ulla van der Berg`, `H.C. Toft` and `TV 2` as one name), or -1.
   */
  nameEnd: Int32Array;
}

/**
 * Builds the context.
 * @param text input
 * @param tokens its tokens
 * @param sentences its sentences
 * @param paragraphs its paragraphs
 * @param spans its quoted stretches
 * @param names the names found in it (token indices); none when not given
 */
export function buildContext(
  text: string,
  tokens: Token[],
  sentences: Sentence[],
  paragraphs: Paragraph[],
  spans: QuotedSpan[],
  names: readonly FoundName[] = [],
): QuoteContext {
  const n = tokens.length;
  const nameEnd = filled(n, -1);
  for (const name of names) if ((name.type === 'person' || name.type === 'organization') && name.first < n) nameEnd[name.first] = name.last;
  const inSpan = filled(n, -1);
  const sentenceOf = filled(n, -1);
  const openToken = filled(spans.length, -1);
  const closeToken = filled(spans.length, -1);
  let si = 0;
  const bounds = new Int32Array(sentences.length * 2);
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    while (si < sentences.length && sentences[si]!.end <= t.start) si++;
    const s = sentences[si];
    if (s && s.start <= t.start) {
      if (i === 0 || sentenceOf[i - 1] !== si) bounds[2 * si] = i;
      sentenceOf[i] = si;
      bounds[2 * si + 1] = i + 1;
    }
  }
  spans.forEach((q, k) => {
    if (q.open !== null) {
      const o = tokenAt(tokens, q.open);
      if (tokens[o]?.start === q.open) openToken[k] = o;
    }
    let i = tokenAt(tokens, q.start);
    for (; i < n && tokens[i]!.end <= q.end; i++) inSpan[i] = k;
    if (q.close !== null) {
      const c = tokenAt(tokens, q.close);
      if (tokens[c]?.start === q.close) closeToken[k] = c;
    }
  });
  const long = filled(spans.length, 0);
  spans.forEach((q, k) => {
    if (q.style === 'dash') {
      long[k] = 1;
      return;
    }
    const content = text.slice(q.start, q.end);
    const words = countSplitParts(content);
    long[k] = words > 12 || (/[.!?]["»«”]?\s*$/.test(content) && words > 4) ? 1 : 0;
  });
  const sentenceTokens = new TokenRanges(bounds);
  return { text, tokens, sentences, paragraphs, spans, inSpan, sentenceOf, sentenceTokens, openToken, closeToken, long, nameEnd };
}

/**
 * Whether token i is a quotation mark.
 * @param ctx context
 * @param i token index
 */
export function isQuoteMark(ctx: QuoteContext, i: number): boolean {
  const t = ctx.tokens[i];
  return t !== undefined && t.type === 'punct' && QUOTE_CHARS.has(t.text);
}

/**
 * Whether the token ends a sentence (`.`, `!`, `?`).
 * @param t token
 */
export function isFinalPunct(t: Token | undefined): boolean {
  return t !== undefined && t.type === 'punct' && (t.text === '.' || t.text === '!' || t.text === '?' || t.text === '…');
}

/**
 * n copies of a small integer. A typed array, made at its length with its memory outside the
 * collected heap: the plain arrays of a document of a million tokens, built by a push per token,
 * grew by copying and were copied again by the young-generation collections while the stage ran.
 */
function filled(n: number, value: number): Int32Array {
  return new Int32Array(n).fill(value);
}

/**
 * The texts of every token that is not the first of its sentence, built once per document on first
 * use: a capitalised word found there is a name, wherever else it stands.
 * @param ctx context
 */
export function wordsInsideSentences(ctx: QuoteContext): ReadonlySet<string> {
  if (!ctx.innerWords) {
    const inner = new Set<string>();
    ctx.tokens.forEach((o, i) => {
      if (!startsSentence(ctx, i)) inner.add(o.text);
    });
    ctx.innerWords = inner;
  }
  return ctx.innerWords;
}

/**
 * Whether token i is the first of its sentence (false when it stands in none).
 * @param ctx context
 * @param i token index
 */
export function startsSentence(ctx: QuoteContext, i: number): boolean {
  const s = ctx.sentenceOf[i]!;
  return s >= 0 && ctx.sentenceTokens.first(s) === i;
}
