/**
 * The names tagger's model: an averaged perceptron over the features of features.ts, tagging
 * tokens left to right with BIO tags (`B-PER`, `I-PER`, …, `O`). The weights are fitted by
 * `scripts/fit-names.ts` on the training file and shipped as `data/names-model.json`, read once
 * at the first use.
 * @module
 */
import { readFileSync } from 'node:fs';
import type { Token } from '../../nlp/tokens.js';
import { type FactsOf, type TokenFacts, visitContextFeatures, visitOwnFeatures } from './features.js';
import { HashedWeights, ScoringSink } from './feature-hash.js';

/** A fitted model: the tags and, per feature, one weight per tag. */
export interface NamesModel {
  tags: string[];
  weights: Record<string, number[]>;
}

let loaded: { tags: string[]; sink: ScoringSink } | undefined;

/** Where the model file lies: `data/` at the package root, from src/ and from dist/ alike. */
export const MODEL_URL = new URL('../../../data/names-model.json', import.meta.url);

function model(): { tags: string[]; sink: ScoringSink } {
  if (loaded) return loaded;
  const m = JSON.parse(readFileSync(MODEL_URL, 'utf8')) as NamesModel;
  loaded = { tags: m.tags, sink: new ScoringSink(new HashedWeights(m.tags.length, Object.entries(m.weights))) };
  return loaded;
}

/** Whether tag `to` may follow tag `from` (an `I-X` only inside an X). */
export function allowed(from: string, to: string): boolean {
  if (!to.startsWith('I-')) return true;
  return from.slice(2) === to.slice(2) && from !== 'O';
}

/**
 * Scores of each tag for a feature list, by the features' strings: the fitting script's way (the
 * tagger hashes the same features instead, see feature-hash.ts; a test keeps the two equal).
 * @param weights feature weights
 * @param nTags number of tags
 * @param feats the features
 */
export function score(weights: { get(f: string): number[] | undefined }, nTags: number, feats: readonly string[]): number[] {
  const s = new Array<number>(nTags).fill(0);
  for (const f of feats) {
    const w = weights.get(f);
    if (w) for (let k = 0; k < nTags; k++) s[k]! += w[k]!;
  }
  return s;
}

/**
 * Whether a unit may begin a name: a word with a capital letter in it (`Anne`, `al-Assad`, `iPhone`)
 * or a number (`3F`). Every other unit after an `O` is an `O` without asking the model, which
 * spares scoring most of the text (the fitting script takes the same short cut).
 */
export function mayBeginName(t: Token): boolean {
  return t.type === 'num' || (t.type === 'word' && (t.cap || t.text !== t.lower));
}

/**
 * Tags a range of tokens (one sentence) greedily, left to right.
 * @param tokens all tokens
 * @param facts their facts
 * @param from first token
 * @param to token after the last
 * @param out the tags, written at [from, to)
 */
export function tagRange(tokens: readonly Token[], facts: FactsOf, from: number, to: number, out: string[]): void {
  const { tags, sink } = model();
  const s = sink.scores;
  let prev = 'O';
  for (let i = from; i < to; i++) {
    if (prev === 'O' && !mayBeginName(tokens[i]!)) {
      out[i] = 'O';
      continue;
    }
    // the sum of the token's own features is kept with its facts, shared by every token of the
    // same text and place; the neighbours' and the tag's are added to it (the same sums in the
    // same order as adding them all one by one)
    const f = facts(i)!;
    const own = OWN_SCORES.get(f);
    if (own) s.set(own);
    else {
      sink.reset();
      visitOwnFeatures(tokens[i]!, f, sink);
      OWN_SCORES.set(f, s.slice());
    }
    visitContextFeatures(tokens, facts, i, prev, sink);
    let best = -1;
    for (let k = 0; k < tags.length; k++) if (allowed(prev, tags[k]!) && (best < 0 || s[k]! > s[best]!)) best = k;
    prev = tags[best]!;
    out[i] = prev;
  }
}

/** Per facts object, the scores of its token's own features (see visitOwnFeatures). */
const OWN_SCORES = new WeakMap<TokenFacts, Float64Array>();
