/**
 * The names tagger scores features by a hash of their pieces (feature-hash.ts) while the fitting
 * script and the model file name them by strings (featuresOf). If the two ever disagreed, the
 * tagger would silently use other weights than the ones fitted: names would change with no test
 * of names failing loudly. So: for every token of varied text, the hashed scores must equal the
 * scores summed by string look-up, over a model holding every feature of that text.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/nlp/tokens.js';
import { HashedWeights, ScoringSink } from '../../src/pipeline/names/feature-hash.js';
import { featuresOf, tokenFacts, visitFeatures } from '../../src/pipeline/names/features.js';
import { allowed, MODEL_URL, mayBeginName, score, tagRange, type NamesModel } from '../../src/pipeline/names/model.js';

const TAGS = ['O', 'B-PER', 'I-PER'];

/** Both scorings of every token of a text, each under each previous tag. */
function bothScorings(text: string): { byString: number[][]; byHash: number[][] } {
  const tokens = tokenize(text);
  const facts = tokenFacts(tokens, (i) => i === 0);
  const weights = new Map<string, number[]>();
  const byString: number[][] = [];
  const byHash: number[][] = [];
  // a model with a distinct weight for every feature of the text (and no other)
  for (let i = 0; i < tokens.length; i++)
    for (const prev of TAGS) for (const f of featuresOf(tokens, facts, i, prev)) if (!weights.has(f)) weights.set(f, [weights.size, -weights.size, 0.5]);
  const sink = new ScoringSink(new HashedWeights(TAGS.length, weights));
  for (let i = 0; i < tokens.length; i++) {
    for (const prev of TAGS) {
      byString.push(score(weights, TAGS.length, featuresOf(tokens, facts, i, prev)));
      sink.reset();
      visitFeatures(tokens, facts, i, prev, sink);
      byHash.push([...sink.scores]);
    }
  }
  return { byString, byHash };
}

describe('names features: hashed scoring equals scoring by feature strings', () => {
  it.each([
    ['names with particles and initials', 'Formand Ulla van der Berg og H.C. Toft mødtes i Nørre Snede.'],
    ['a genitive and a hyphenated name', 'Jens-Ole Kirks kollega, Anne-Mette Bruun, sagde nej.'],
    ['capitals, digits and quotes', '»DET ER 3F,« sagde hun til TV 2 og DR.'],
  ])('%s', (_, text) => {
    const { byString, byHash } = bothScorings(text);
    expect(byHash).toEqual(byString);
  });

  it('for random text', () => {
    const word = fc.constantFrom('Ulla', 'van', 'der', 'Berg', 'siger', 'at', 'Kirks', '3F', 'H.', 'DR', 'ø', '»', '.', ',', 'Å-by', "O'Neil");
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), (words) => {
        const { byString, byHash } = bothScorings(words.join(' '));
        expect(byHash).toEqual(byString);
      }),
      { numRuns: 60 },
    );
  });
});

// The tagger keeps the sum of a token's own features with the token's facts, shared by every
// token of the same text and place, and adds the neighbours' features to it. Its tags must be the
// ones a greedy tagger gets by summing every feature string of the shipped model, token by token.
describe('names tagger: the kept sums of own features tag as scoring every feature does', () => {
  const model = JSON.parse(readFileSync(MODEL_URL, 'utf8')) as NamesModel;
  const weights = new Map(Object.entries(model.weights));

  /** Greedy tags by feature strings (the fitting script's scoring). */
  function byStrings(text: string): string[] {
    const tokens = tokenize(text);
    const facts = tokenFacts(tokens, (i) => i === 0);
    const tags: string[] = [];
    let prev = 'O';
    for (let i = 0; i < tokens.length; i++) {
      if (prev === 'O' && !mayBeginName(tokens[i]!)) {
        tags.push((prev = 'O'));
        continue;
      }
      const s = score(weights, model.tags.length, featuresOf(tokens, facts, i, prev));
      let best = -1;
      for (let k = 0; k < model.tags.length; k++) if (allowed(prev, model.tags[k]!) && (best < 0 || s[k]! > s[best]!)) best = k;
      tags.push((prev = model.tags[best]!));
    }
    return tags;
  }

  /** Tags by the tagger, twice over the same text (the second time from the kept sums). */
  function byTagger(text: string): string[][] {
    const tokens = tokenize(text);
    return [0, 1].map(() => {
      const tags = new Array<string>(tokens.length).fill('');
      tagRange(
        tokens,
        tokenFacts(tokens, (i) => i === 0),
        0,
        tokens.length,
        tags,
      );
      return tags;
    });
  }

  it.each([
    ['a name repeated in other places', 'Ulla van der Berg kom. Senere sagde Ulla van der Berg, at Berg og Ulla var enige.'],
    ['initials, a genitive and a channel', 'H.C. Toft så Jens-Ole Kirks indslag på TV 2 med Anne-Mette Bruun.'],
  ])('%s', (_, text) => {
    const [first, again] = byTagger(text);
    expect(first).toEqual(byStrings(text));
    expect(again).toEqual(first);
  });

  it('for random text', () => {
    const word = fc.constantFrom('Ulla', 'van', 'der', 'Berg', 'siger', 'at', 'Kirks', '3F', 'H.', 'DR', 'Odense', 'Ja', '»', '.', ',', 'Å-by');
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 14 }), (words) => {
        const text = words.join(' ');
        const [first, again] = byTagger(text);
        expect(first).toEqual(byStrings(text));
        expect(again).toEqual(first);
      }),
      { numRuns: 60 },
    );
  });
});
