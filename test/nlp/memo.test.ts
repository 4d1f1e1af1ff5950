import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { memoizeWord } from '../../src/nlp/memo.js';
import { WordCache } from '../../src/nlp/word-cache.js';

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
    let calls = 0;
    const cached = memoizeWord((w: string) => (calls++, role(w)));
    expect(cached(word)).toBe(expected);
    expect(cached(word)).toBe(expected);
    expect(calls).toBe(1); // the second answer came from the cache, undefined included
  });

  it('files each answer under its own word when the lookup uses the memo itself', () => {
    // a compound's answer from its shorter tails: `fodboldformand` asks for `odboldformand`, …, `dformand`
    let calls = 0;
    const lemma: (w: string) => string | undefined = memoizeWord((w) => (calls++, w.length > 8 ? lemma(w.slice(1)) : role(w)));
    expect(lemma('fodboldformand')).toBe('formand');
    const first = calls;
    expect(lemma('fodboldformand')).toBe('formand'); // from the cache: no call
    expect(lemma('ldformand')).toBe('formand'); // a tail it asked for on the way, cached too
    expect(calls).toBe(first);
    expect(lemma('havnedirektør')).toBe('direktør');
    expect(lemma('aaaaaaaaaaaaa')).toBe(undefined);
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

describe('WordCache: the hash table under the memo and the language model', () => {
  it('finds every word it holds as the table grows, and none after it is emptied at its limit', () => {
    // 9,000 distinct words: the table starts at 4,096 slots and doubles at half full several times
    const words = Array.from({ length: 9_000 }, (_, i) => `ord${i.toString(36)}`);
    const cache = new WordCache(6_000);
    const entry = new Map<string, number>();
    for (const w of words) {
      if (cache.size === cache.limit) entry.clear(); // the next add empties it
      expect(cache.getWord(w)).toBe(-1);
      entry.set(w, cache.addWord());
      // every word still held is found at its entry, and only those
      if (entry.size % 997 === 0) for (const [held, e] of entry) expect(cache.getWord(held)).toBe(e);
    }
    expect(cache.size).toBe(3_000);
    expect(cache.getWord(words[0]!)).toBe(-1);
    expect(cache.getWord(words[8_999]!)).toBe(2_999);
  });
});
