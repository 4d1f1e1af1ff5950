/**
 * The names model's weights, looked up by a hash of each feature's pieces instead of by its string:
 * tagging builds no string and allocates nothing per feature. A feature's hash is that of the
 * string its pieces make (two 32-bit FNV-1a lanes, 64 bits, streamed piece by piece), so the
 * model file keeps its readable string keys and each is hashed once when the model is read. Two
 * features whose strings differ could only be confused if both lanes collide (about 1 in 10^19
 * per look-up for a model of a few thousand features).
 * @module
 */
import { FNV_BASIS, FNV_PRIME } from '../../nlp/fnv.js';
import type { FeatureSink } from './features.js';

const BASIS_A = FNV_BASIS;
const PRIME_A = FNV_PRIME;
// the second lane: another basis and multiplier, so that the lanes do not collide together
const BASIS_B = 0x050c5d1f;
const PRIME_B = 0x5bd1e995;

// the two lanes of the feature being hashed, advanced by stream()
let laneA = 0;
let laneB = 0;

/** Feeds a piece to both lanes at once. */
function stream(s: string): void {
  let a = laneA;
  let b = laneB;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, PRIME_A);
    b = Math.imul(b ^ c, PRIME_B);
  }
  laneA = a;
  laneB = b;
}

/** A fitted model's weights in an open-addressing table keyed by the two hash lanes. */
export class HashedWeights {
  readonly nTags: number;
  private readonly mask: number;
  private readonly laneA: Int32Array;
  private readonly laneB: Int32Array;
  /** slot index + 1 of each entry's row in `weights` (0 = empty slot) */
  private readonly rows: Int32Array;
  private readonly weights: Float64Array;

  /**
   * @param nTags weights per feature
   * @param entries the model's features with their weights
   */
  constructor(nTags: number, entries: Iterable<readonly [string, readonly number[]]>) {
    const list = [...entries];
    let size = 16;
    while (size < list.length * 2) size *= 2;
    this.nTags = nTags;
    this.mask = size - 1;
    this.laneA = new Int32Array(size);
    this.laneB = new Int32Array(size);
    this.rows = new Int32Array(size);
    this.weights = new Float64Array(list.length * nTags);
    list.forEach(([feature, w], row) => {
      laneA = BASIS_A;
      laneB = BASIS_B;
      stream(feature);
      const a = laneA;
      const b = laneB;
      let slot = a & this.mask;
      while (this.rows[slot] !== 0) {
        if (this.laneA[slot] === a && this.laneB[slot] === b) throw new Error(`names model: two features share a 64-bit hash (${feature})`);
        slot = (slot + 1) & this.mask;
      }
      this.laneA[slot] = a;
      this.laneB[slot] = b;
      this.rows[slot] = row + 1;
      for (let k = 0; k < nTags; k++) this.weights[row * nTags + k] = w[k] ?? 0;
    });
  }

  /** Adds the weights of the feature with lanes (a, b), if the model has it, to `scores`. */
  addTo(a: number, b: number, scores: Float64Array): void {
    let slot = a & this.mask;
    for (let row = this.rows[slot]!; row !== 0; row = this.rows[slot]!) {
      if (this.laneA[slot] === a && this.laneB[slot] === b) {
        const at = (row - 1) * this.nTags;
        for (let k = 0; k < this.nTags; k++) scores[k]! += this.weights[at + k]!;
        return;
      }
      slot = (slot + 1) & this.mask;
    }
  }
}

/** A feature sink that adds each feature's weights to per-tag scores as it comes. */
export class ScoringSink implements FeatureSink {
  /** The scores, one per tag; {@link reset} zeroes them. */
  readonly scores: Float64Array;

  /** @param weights the model's weights */
  constructor(private readonly weights: HashedWeights) {
    this.scores = new Float64Array(weights.nTags);
  }

  /** Zeroes the scores before the next token. */
  reset(): void {
    this.scores.fill(0);
  }

  add(a: string, b?: string, c?: string, d?: string, e?: string, f?: string): void {
    laneA = BASIS_A;
    laneB = BASIS_B;
    stream(a);
    if (b !== undefined) {
      stream(b);
      if (c !== undefined) {
        stream(c);
        if (d !== undefined) {
          stream(d);
          if (e !== undefined) {
            stream(e);
            if (f !== undefined) stream(f);
          }
        }
      }
    }
    this.weights.addTo(laneA, laneB, this.scores);
  }
}
