import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FeatureTable } from '../../src/pipeline/language/feature-table.js';
import { readFileSync } from 'node:fs';
import { ACCUMULATED, parseModel, ScandinavianModel } from '../../src/pipeline/language/model.js';
import { words, wordFeatures } from '../../src/pipeline/language/features.js';
import { groupOf } from '../../src/pipeline/language/groups.js';
import { MODEL_FILE } from '../../src/pipeline/language/detect.js';
import { featureCountsOfWords } from '../../scripts/fit-language.js';
import { countLetters } from '../../src/nlp/letters.js';

describe('FeatureTable: names in, dense indices out', () => {
  it('gives every added name its own index and finds it again; never-added names are absent', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 400 }), (names) => {
        const [absent, ...added] = names;
        const table = new FeatureTable(added.length);
        const indices = added.map((n) => table.add(n));
        expect(indices).toEqual(added.map((_, i) => i));
        expect(added.map((n) => table.get(n))).toEqual(indices);
        expect(added.map((n) => table.add(n))).toEqual(indices);
        expect(table.get(absent!)).toBe(-1);
      }),
    );
  });
});

describe('wordFeatures: what the model counts of a word', () => {
  // The model looks a new word's features up as ranges of strings (visitWordFeatures); the list
  // the fitting script counts must be the same features, and the word itself must come first
  // (the model reads whether it knows the word from that first lookup).
  it.each([
    ['a one-letter word', 'i', ['w:i', 'i', ' i', 'i ', ' i '], 5],
    ['a Danish ending', 'undersøgelse', ['w:undersøgelse', ' u', 'se ', ' unde', 'lse '], 1 + 12 + 13 + 12 + 11 + 10],
  ])('%s: %s', (_name, word, some, atLeast) => {
    const feats = wordFeatures(word);
    expect(feats[0]).toBe(`w:${word}`);
    for (const f of some) expect(feats).toContain(f);
    expect(feats.length).toBeGreaterThanOrEqual(atLeast);
    expect(feats).not.toContain(' ');
  });

  it('gives each n-gram of the padded word once per occurrence, never the boundary alone (fast-check)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-zæøå]{1,12}$/), (word) => {
        const padded = ` ${word} `;
        const grams = wordFeatures(word).filter((f) => !/^[whp]:/.test(f));
        const expected: string[] = [];
        for (let n = 1; n <= 5; n++) for (let i = 0; i + n <= padded.length; i++) if (padded.slice(i, i + n) !== ' ') expected.push(padded.slice(i, i + n));
        expect(grams).toEqual(expected);
      }),
    );
  });
});

/** The shipped model file's text. */
const SHIPPED = readFileSync(MODEL_FILE, 'utf8');

describe('parseModel: the counts format', () => {
  // A toy model written for this test: `af` only in Danish, `av` only in Bokmål.
  const model = parseModel(['#offsets\t0 0 0 0', 'w:af\t8   ', 'w:av\t 8 1 1', 'p:x\t1 1 1 1'].join('\n'));

  it('scores a word seen only in one language highest for that language', () => {
    const [da, nb, nn, sv] = model.score('af').logits;
    expect(da).toBeGreaterThan(Math.max(nb, nn, sv));
    const [da2, nb2] = model.score('av').logits;
    expect(nb2).toBeGreaterThan(da2);
  });

  it('reads signed and fractional numbers and empty fields as the writer wrote them', () => {
    const a = parseModel(['#offsets\t-0.55 0 0 0', 'w:af\t8.25   ', 'w:og\t1 2 3 4'].join('\n'));
    const b = parseModel(['#offsets\t0 0 0 0', 'w:af\t8.25 0 0 0', 'w:og\t1 2 3 4'].join('\n'));
    expect(a.offsets).toEqual([-0.55, 0, 0, 0]);
    const [da, ...rest] = a.score('af').logits;
    const [daB, ...restB] = b.score('af').logits;
    expect(da).toBeCloseTo(daB - 0.55, 12);
    expect(rest).toEqual(restB);
  });

  it('reads front-coded words (w<k>:rest) as the words written whole', () => {
    const whole = parseModel(['#offsets\t0 0 0 0', 'w:hus\t3 1  ', 'w:huse\t2   ', 'w:husene\t1 1 1 1', 'w:hvor\t5 5 1 '].join('\n'));
    const coded = parseModel(['#offsets\t0 0 0 0', 'w:hus\t3 1  ', 'w3:e\t2   ', 'w4:ne\t1 1 1 1', 'w1:vor\t5 5 1 '].join('\n'));
    for (const w of ['hus', 'huse', 'husene', 'hvor', 'husets']) {
      expect(coded.knows(w)).toBe(whole.knows(w));
      expect(coded.score(w).logits).toEqual(whole.score(w).logits);
    }
  });

  it('knows the words it has counts for, and only those', () => {
    expect(model.knows('af')).toBe(true);
    expect(model.knows('og')).toBe(false);
  });

  // The file holds words; the loader adds up their n-grams, reusing the n-grams a sorted word
  // shares with the one before it. It must give the model that counting every feature gives.
  const viaMap = (text: string): ScandinavianModel => {
    const counts = featureCountsOfWords(text);
    const totals = [0, 0, 0, 0];
    for (const c of counts.values()) for (let k = 0; k < 4; k++) totals[k]! += c[k]!;
    const offsets = /^#offsets\t(.*)$/m.exec(text)?.[1]?.split(' ').map(Number) ?? [0, 0, 0, 0];
    return ScandinavianModel.fromCounts({ counts, totals }, offsets);
  };
  const logits = (m: ScandinavianModel, texts: readonly string[]): number[][] => texts.map((t) => m.score(t).logits);

  it.each([
    ['words sharing their first letters, sorted', ['w:hus\t3 1  ', 'w:huse\t2   ', 'w:husene\t1   ', 'w:huset\t4 1 1 ', 'w:hvis\t5   ', 'w:hvor\t3 1  ']],
    ['the same words unsorted, and a one-letter word', ['w:huset\t4 1 1 ', 'w:i\t9 9 9 9', 'w:hus\t3 1  ', 'w:husene\t1   ', 'w:huse\t2   ']],
    ['a word longer than the first buffer of n-grams', ['w:a\t1 2 3 4', `w:${'ab'.repeat(40)}\t1   `, `w:${'ab'.repeat(39)}c\t 1  `, 'w:b\t2 2 2 2']],
  ])('derives the n-grams of %s as counting every feature does', (_name, lines) => {
    const text = ['#offsets\t-0.5 0 0 0', ...lines].join('\n');
    const texts = ['hus huse husene huset', 'hvis hvor i', 'abababab', 'husenes hvorfor', 'c b a'];
    expect(logits(parseModel(text), texts)).toEqual(logits(viaMap(text), texts));
  });

  it('reads the shipped file into the model that counting every feature gives', () => {
    const texts = [
      'Regeringen vil ikke sige noget om sagen, siger hun.',
      'Regjeringen vil ikke si noe om saken, sier hun.',
      'Regeringen vill inte säga något om saken, säger hon.',
      'Eg veit ikkje kva dei meiner.',
    ];
    const shipped = parseModel(SHIPPED);
    expect(logits(shipped, texts)).toEqual(logits(viaMap(SHIPPED), texts));
    expect(shipped.offsets).toEqual([-0.55, 0, 0, 0]);
  });
});

describe('ScandinavianModel.scan: the one-pass reading equals words() and accumulate()', () => {
  // The shipped model, and its gate groups: scan must give the same sums as the string path.
  const shipped = parseModel(SHIPPED);
  const expected = (text: string): number[] => {
    const names: boolean[] = [];
    const ws = words(text, names);
    const acc = new Float64Array(ACCUMULATED);
    shipped.accumulate(ws, names, acc);
    const group = ws.map((w) => groupOf(w));
    const knownForeign = ws.filter((w, i) => group[i] === 3 && shipped.knows(w)).length;
    // and what the gate counts of the text itself: letters, ð and þ, and the North Atlantic marks
    const count = (re: RegExp) => text.match(re)?.length ?? 0;
    return [
      ...acc.slice(0, 6),
      ...[1, 2, 3].map((g) => group.filter((x) => x === g).length),
      knownForeign,
      ws.length,
      countLetters(text),
      count(/[ðþ]/gi),
      count(/[ðþáíóúý]/gi),
    ];
  };
  const scanned = (text: string): number[] => {
    const acc = new Float64Array(ACCUMULATED);
    shipped.scan(text, acc);
    return [...acc];
  };

  it.each([
    ['a Danish sentence with a name inside', 'Regeringen vil ikke sige noget, siger Hanne Vestergaard til DR.'],
    ['capitals at sentence starts and after quotes', '»Det er godt,« siger hun. Og Han kom. "Nej!" Ærlig talt: Østerbro.'],
    ['all capitals', 'POLITI-PENGEAFPRESNING I ÅRHUS'],
    ['a letter beyond Latin-1 (the slow path)', 'Dvořák og Łódź ligger ikke i Danmark.'],
    ['typographic quotes and dashes (not letters)', '– Vi kommer, “siger” de — i morgen…'],
    ['Icelandic marks in either case', 'Þórður og ÁSDÍS fóru í bæinn; Ðað er gott.'],
  ])('%s', (_name, text) => {
    expect(scanned(text)).toEqual(expected(text));
  });

  it('holds for any text (fast-check)', () => {
    const alphabet = fc.constantFrom(...'aeikoøæåAEKØÆÅ ÉéðÞÐþáÁýÝ×÷.,:!?"«»–-\n 1ßµŁłİ'.split(''));
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 60 }).map((cs) => cs.join('')),
        (text) => {
          expect(scanned(text)).toEqual(expected(text));
        },
      ),
      { numRuns: 300 },
    );
  });
});
