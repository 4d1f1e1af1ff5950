import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { memoizeWord } from '../../src/lexicon/memo.js';

describe('memoizeWord: a cached lookup answers as the lookup itself', () => {
  // The cache is keyed by hashes of the word's char codes, so these rows check that words that
  // differ only slightly (case, one letter, a diacritic) never share an answer.
  const role = (w: string): string | undefined => (/(minister|formand|direktør)$/.test(w) ? w.replace(/^.*?(minister|formand|direktør)$/, '$1') : undefined);

  it.each([
    ['a role word', 'statsminister', 'minister'],
    ['the same word capitalised (another key)', 'Statsminister', 'minister'],
    ['no role: undefined is an answer too', 'regeringen', undefined],
    ['one letter apart', 'formand', 'formand'],
    ['æ ø å', 'direktør', 'direktør'],
    ['ø without its stroke', 'direktor', undefined],
  ])('%s: %s', (_name, word, expected) => {
    const cached = memoizeWord(role);
    expect(cached(word)).toBe(expected);
    expect(cached(word)).toBe(expected);
  });

  it('counts each word once, until the cache is full and emptied', () => {
    let calls = 0;
    const cached = memoizeWord((w: string) => (calls++, w.length), 3);
    for (const w of ['en', 'to', 'tre', 'en', 'to', 'tre']) cached(w);
    expect(calls).toBe(3);
    cached('fire'); // the fourth word empties the cache first
    cached('en');
    expect(calls).toBe(5);
  });

  it('equals the uncached lookup for any sequence of words (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 12 }), { maxLength: 200 }), fc.integer({ min: 1, max: 50 }), (words, max) => {
        const f = (w: string) => `${w.length}:${w.toUpperCase()}`;
        const cached = memoizeWord(f, max);
        for (const w of words) expect(cached(w)).toBe(f(w));
      }),
    );
  });
});
