/**
 * The tokens of each sentence, as the names and mentions stages read them: a sentence's range
 * must hold exactly the tokens inside it, or a name could run into the next sentence or lose its
 * first word.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize, TokenRanges, tokenRanges } from '../../src/nlp/tokens.js';
import { splitSentences } from '../../src/pipeline/sentences/index.js';

/** Each sentence's tokens as texts, by the ranges. */
function wordsBySentence(text: string): string[][] {
  const tokens = tokenize(text);
  const ranges = tokenRanges(tokens, splitSentences(text));
  return Array.from({ length: ranges.length }, (_, k) => tokens.slice(ranges.first(k), ranges.end(k)).map((t) => t.text));
}

describe('tokenRanges: the tokens of each sentence', () => {
  it.each([
    [
      'two sentences',
      'Hun kom. Han gik.',
      [
        ['Hun', 'kom', '.'],
        ['Han', 'gik', '.'],
      ],
    ],
    [
      'a sentence in quotation marks before a cue',
      '»Vi er klar.« Det siger Ida Berg.',
      [
        ['»', 'Vi', 'er', 'klar', '.', '«'],
        ['Det', 'siger', 'Ida', 'Berg', '.'],
      ],
    ],
    [
      'a date with a full stop inside',
      'Mødet er den 3. maj. Alle kommer.',
      [
        ['Mødet', 'er', 'den', '3', '.', 'maj', '.'],
        ['Alle', 'kommer', '.'],
      ],
    ],
  ])('%s', (_, text, expected) => {
    expect(wordsBySentence(text)).toEqual(expected);
  });

  it('keeps every token of the text, in order, once', () => {
    const piece = fc.constantFrom('Hun', 'siger', 'at', 'det', 'går.', 'Ja!', '»Nej«', '- Vi', 'kl. 14.30', '\n\n', ' ');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (pieces) => {
        const text = pieces.join(' ');
        const tokens = tokenize(text);
        const sentences = splitSentences(text);
        const ranges = tokenRanges(tokens, sentences);
        expect(ranges.length).toBe(sentences.length);
        const covered: number[] = [];
        for (let k = 0; k < ranges.length; k++) for (let i = ranges.first(k); i < ranges.end(k); i++) covered.push(i);
        expect(covered).toEqual(tokens.map((_, i) => i));
      }),
      { numRuns: 100 },
    );
  });

  it('from pairs, as a caller of tagNames may give them', () => {
    const r = TokenRanges.of([
      [0, 3],
      [3, 3],
      [3, 7],
    ]);
    expect([r.length, r.first(0), r.end(0), r.first(1), r.end(1), r.first(2), r.end(2)]).toEqual([3, 0, 3, 3, 3, 3, 7]);
  });
});
