import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FeatureTable } from '../../src/pipeline/language/feature-table.js';
import { parseModel } from '../../src/pipeline/language/model.js';

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

describe('parseModel: the counts format', () => {
  // A toy model written for this test: `af` only in Danish, `av` only in Bokmål.
  const model = parseModel(['#offsets\t0 0 0 0', '#totals\t10 10 10 10', 'w:af\t8   ', 'w:av\t 8 1 1', ' a\t1 1 1 1'].join('\n'));

  it('scores a word seen only in one language highest for that language', () => {
    const [da, nb, nn, sv] = model.score('af').logits;
    expect(da).toBeGreaterThan(Math.max(nb, nn, sv));
    const [da2, nb2] = model.score('av').logits;
    expect(nb2).toBeGreaterThan(da2);
  });

  it('knows the words it has counts for, and only those', () => {
    expect(model.knows('af')).toBe(true);
    expect(model.knows('og')).toBe(false);
  });
});
