import { describe, expect, it } from 'vitest';
import { calibrate, crossValidated, fitLogistic, logistic, type LabelledRow } from '../../src/eval/calibration.js';

describe('reliability table and expected calibration error', () => {
  it('is zero when each bin is right as often as it says', () => {
    const points = [
      ...Array.from({ length: 10 }, (_, i) => ({ confidence: 0.95, correct: i < 9 || i === 9 })),
      ...Array.from({ length: 4 }, (_, i) => ({ confidence: 0.55, correct: i < 2 })),
    ].map((p, i) => (i === 9 ? { ...p, correct: false } : p));
    // 9 of 10 right at 0.95 → |0.95 - 0.9| = 0.05 over 10/14; 2 of 4 at 0.55 → 0.05 over 4/14
    const c = calibrate(points);
    expect(c.ece).toBeCloseTo(0.05, 10);
    expect(c.bins.filter((b) => b.n > 0).map((b) => [b.lo, b.n])).toEqual([
      [0.5, 4],
      [0.9, 10],
    ]);
  });

  it('counts confidence 1 in the last bin and reports the high-confidence share', () => {
    const c = calibrate([
      { confidence: 1, correct: true },
      { confidence: 0.92, correct: true },
      { confidence: 0.3, correct: true },
      { confidence: 0.3, correct: false },
    ]);
    expect(c.bins.at(-1)!.n).toBe(2);
    expect(c.high).toEqual({ threshold: 0.9, n: 2, precision: 1, coverage: 2 / 3 });
  });

  it('has no error to report without predictions', () => {
    expect(calibrate([]).ece).toBeNull();
  });
});

describe('the logistic fit', () => {
  it('learns that a feature makes a quote more likely right', () => {
    // feature 1 on: right 9 times in 10; off: right 3 times in 10
    const x = Array.from({ length: 20 }, (_, i) => [1, i < 10 ? 1 : 0]);
    const y = x.map((r, i) => (r[1] === 1 ? i % 10 !== 0 : i % 10 < 3));
    const w = fitLogistic(x, y, { l2: 0.01 });
    expect(logistic(w, [1, 1])).toBeCloseTo(0.9, 1);
    expect(logistic(w, [1, 0])).toBeCloseTo(0.3, 1);
  });

  it('scores each document with a model fitted without it', () => {
    // one document's rows are all right, all others wrong: held out, it cannot be predicted well
    const rows: LabelledRow[] = Array.from({ length: 50 }, (_, i) => ({ doc: `d${i % 10}`, x: [1, i % 10 === 0 ? 1 : 0], correct: i % 10 === 0 }));
    const p = crossValidated(rows, 5, { l2: 1 });
    expect(p).toHaveLength(50);
    // the feature is seen only in the held-out document, so its weight is 0 there: low confidence
    expect(Math.max(...p.filter((_, i) => i % 10 === 0))).toBeLessThan(0.2);
  });
});
