/**
 * Is a confidence a probability? Reliability tables (bins of confidence against how often the
 * quote and its speaker were right), expected calibration error, and the small logistic fit with
 * cross-validation by document that `scripts/fit-confidence.ts` and `npm run eval:quotes` use.
 * @module
 */

/** One scored prediction: its confidence and whether the quote and its speaker were right. */
export interface CalibrationPoint {
  confidence: number;
  correct: boolean;
}

/** One bin of a reliability table. */
export interface ReliabilityBin {
  /** Lower edge (inclusive) and upper edge (exclusive; the last bin includes 1). */
  lo: number;
  hi: number;
  n: number;
  /** Mean confidence in the bin (null when empty). */
  confidence: number | null;
  /** Share right in the bin (null when empty). */
  observed: number | null;
}

/** A reliability table with the figures a user filtering on confidence needs. */
export interface Calibration {
  bins: ReliabilityBin[];
  /** Expected calibration error: the bins' |confidence − observed|, weighted by their size. */
  ece: number | null;
  /** Predictions scored. */
  n: number;
  /** Predictions right (quote and speaker). */
  correct: number;
  /** At confidence ≥ {@link HIGH_CONFIDENCE}: how many, share right, share of all right ones. */
  high: { threshold: number; n: number; precision: number | null; coverage: number | null };
}

/** The threshold of the "high confidence" figures. */
export const HIGH_CONFIDENCE = 0.9;

/** The default bins: ten of width 0.1. */
export const DEFAULT_EDGES: readonly number[] = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1];

/**
 * Bins predictions by confidence and measures the calibration error.
 * @param points scored predictions
 * @param edges bin edges from 0 to 1
 */
export function calibrate(points: readonly CalibrationPoint[], edges: readonly number[] = DEFAULT_EDGES): Calibration {
  const bins: ReliabilityBin[] = [];
  for (let b = 0; b + 1 < edges.length; b++) {
    const lo = edges[b]!;
    const hi = edges[b + 1]!;
    const last = b + 2 === edges.length;
    const inBin = points.filter((p) => p.confidence >= lo && (p.confidence < hi || (last && p.confidence <= hi)));
    const n = inBin.length;
    bins.push({
      lo,
      hi,
      n,
      confidence: n === 0 ? null : inBin.reduce((a, p) => a + p.confidence, 0) / n,
      observed: n === 0 ? null : inBin.filter((p) => p.correct).length / n,
    });
  }
  const n = points.length;
  const ece = n === 0 ? null : bins.reduce((a, b) => a + (b.n === 0 ? 0 : (b.n / n) * Math.abs(b.confidence! - b.observed!)), 0);
  const correct = points.filter((p) => p.correct).length;
  const high = points.filter((p) => p.confidence >= HIGH_CONFIDENCE);
  const highRight = high.filter((p) => p.correct).length;
  return {
    bins,
    ece,
    n,
    correct,
    high: {
      threshold: HIGH_CONFIDENCE,
      n: high.length,
      precision: high.length === 0 ? null : highRight / high.length,
      coverage: correct === 0 ? null : highRight / correct,
    },
  };
}

/** Options of {@link fitLogistic}. */
export interface FitOptions {
  /** L2 penalty on every weight but the first (the bias). */
  l2?: number;
  /** Newton steps. */
  iterations?: number;
}

/**
 * Fits logistic regression by Newton's method (iteratively reweighted least squares) with an L2
 * penalty; the first feature is taken to be the bias (1 for every row) and is not penalised.
 * @param x feature vectors
 * @param y outcomes
 * @returns the weights
 */
export function fitLogistic(x: readonly (readonly number[])[], y: readonly boolean[], options: FitOptions = {}): number[] {
  const l2 = options.l2 ?? 1;
  const iterations = options.iterations ?? 25;
  const d = x[0]?.length ?? 0;
  const w = new Array<number>(d).fill(0);
  for (let it = 0; it < iterations; it++) {
    const grad = new Array<number>(d).fill(0);
    const hess = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    x.forEach((row, r) => {
      let z = 0;
      for (let i = 0; i < d; i++) z += w[i]! * row[i]!;
      const p = 1 / (1 + Math.exp(-z));
      const g = p - (y[r] ? 1 : 0);
      const h = Math.max(p * (1 - p), 1e-9);
      for (let i = 0; i < d; i++) {
        grad[i]! += g * row[i]!;
        for (let j = 0; j < d; j++) hess[i]![j]! += h * row[i]! * row[j]!;
      }
    });
    for (let i = 1; i < d; i++) {
      grad[i]! += l2 * w[i]!;
      hess[i]![i]! += l2;
    }
    hess[0]![0]! += 1e-6;
    const step = solve(hess, grad);
    let moved = 0;
    for (let i = 0; i < d; i++) {
      w[i]! -= step[i]!;
      moved = Math.max(moved, Math.abs(step[i]!));
    }
    if (moved < 1e-8) break;
  }
  return w;
}

/**
 * The probability a logistic model gives a row.
 * @param w weights
 * @param row a feature vector
 */
export function logistic(w: readonly number[], row: readonly number[]): number {
  let z = 0;
  for (let i = 0; i < row.length; i++) z += w[i]! * row[i]!;
  return 1 / (1 + Math.exp(-z));
}

/** Solves a x = b by Gaussian elimination with partial pivoting (a is small and positive definite here). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    [m[c], m[p]] = [m[p]!, m[c]!];
    const pivot = m[c]![c]!;
    if (Math.abs(pivot) < 1e-12) continue;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r]![c]! / pivot;
      if (f === 0) continue;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  return m.map((row, i) => (Math.abs(row[i]!) < 1e-12 ? 0 : row[n]! / row[i]!));
}

/** A row for cross-validation: the document it comes from, its features and outcome. */
export interface LabelledRow {
  doc: string;
  x: readonly number[];
  correct: boolean;
}

/**
 * Out-of-fold probabilities: documents are dealt to `folds` folds (in the order of their ids, so
 * the split does not depend on the order of the rows), and each fold's rows are scored by a
 * model fitted on the other folds. No document helps score its own quotes.
 * @param rows labelled rows
 * @param folds number of folds
 * @param options fit options
 * @returns one probability per row, same order
 */
export function crossValidated(rows: readonly LabelledRow[], folds = 5, options: FitOptions = {}): number[] {
  const docs = [...new Set(rows.map((r) => r.doc))].sort();
  const foldOf = new Map(docs.map((d, i) => [d, i % folds]));
  const out = new Array<number>(rows.length).fill(0);
  for (let f = 0; f < folds; f++) {
    const train = rows.filter((r) => foldOf.get(r.doc) !== f);
    const w = fitLogistic(
      train.map((r) => r.x),
      train.map((r) => r.correct),
      options,
    );
    rows.forEach((r, i) => {
      if (foldOf.get(r.doc) === f) out[i] = logistic(w, r.x);
    });
  }
  return out;
}
