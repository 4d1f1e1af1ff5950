/**
 * The names tagger scores features by a hash of their pieces (feature-hash.ts) while the fitting
 * script and the model file name them by strings (featuresOf). If the two ever disagreed, the
 * tagger would silently use other weights than the ones fitted: names would change with no test
 * of names failing loudly. So: for every token of varied text, the hashed scores must equal the
 * scores summed by string look-up, over a model holding every feature of that text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/nlp/tokens.js';
import { HashedWeights, ScoringSink } from '../../src/pipeline/names/feature-hash.js';
import { featuresOf, tokenFacts, visitFeatures } from '../../src/pipeline/names/features.js';
import { score } from '../../src/pipeline/names/model.js';

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
