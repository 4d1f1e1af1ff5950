/**
 * The Scandinavian decision: a multinomial logistic model over the word features of
 * {@link wordFeatures}, with weights fitted by scripts/fit-language.ts on material in ../shared.
 * @module
 */
import { SCANDINAVIAN, wordFeatures, words } from './features.js';

/** Per-language logits (da, nb, nn, sv), plus how many features were seen. */
export interface ScandinavianScore {
  /** Logits in the order of {@link SCANDINAVIAN}. */
  logits: [number, number, number, number];
  /** Number of words scored. */
  words: number;
}

/** Words whose summed weights are kept; cleared when full, so memory stays bounded on long runs. */
const CACHE_LIMIT = 100_000;

/** A fitted model: one weight vector (da, nb, nn, sv) per feature and a bias vector. */
export class ScandinavianModel {
  /**
   * Word → slot in {@link sums}. The sums live in one flat array (five numbers a slot: four summed
   * weights and the feature count), not an object per word: a lookup then reads one small integer
   * and one run of memory instead of following pointers to boxed numbers.
   */
  private readonly cache = new Map<string, number>();
  private sums = new Float64Array(5 * 1024);

  /**
   * @param weights weight vector per feature name, four numbers each
   * @param bias the bias per language (includes the Danish decision offset)
   */
  constructor(
    private readonly weights: ReadonlyMap<string, ArrayLike<number>>,
    readonly bias: readonly number[],
  ) {}

  /**
   * Whether the word itself has a weight, i.e. was seen at least a few times in the Scandinavian
   * fitting material.
   * @param word a lower-cased word
   * @returns true when the model knows the word
   */
  knows(word: string): boolean {
    return this.weights.has(`w:${word}`);
  }

  /** Offset in {@link sums} of one word's summed weights and feature count (cached: news repeats its words). */
  private slot(word: string): number {
    const hit = this.cache.get(word);
    if (hit !== undefined) return hit;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    const feats = wordFeatures(word);
    for (const f of feats) {
      const w = this.weights.get(f);
      if (w) {
        s0 += w[0]!;
        s1 += w[1]!;
        s2 += w[2]!;
        s3 += w[3]!;
      }
    }
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    const at = 5 * this.cache.size;
    if (at + 5 > this.sums.length) {
      const grown = new Float64Array(this.sums.length * 2);
      grown.set(this.sums);
      this.sums = grown;
    }
    const sums = this.sums;
    sums[at] = s0;
    sums[at + 1] = s1;
    sums[at + 2] = s2;
    sums[at + 3] = s3;
    sums[at + 4] = feats.length;
    this.cache.set(word, at);
    return at;
  }

  /**
   * Scores a text. The summed weights are divided by the square root of the feature count, as in
   * fitting, so that evidence grows with length, but slower than linearly.
   * @param text any text
   * @param ws its lower-cased words, when the caller has them already
   * @returns logits and word count
   */
  score(text: string, ws: readonly string[] = words(text)): ScandinavianScore {
    // four running sums in locals (the same additions in the same order as a vector would make)
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    let n = 0;
    for (let i = 0; i < ws.length; i++) {
      const at = this.slot(ws[i]!);
      const sums = this.sums;
      s0 += sums[at]!;
      s1 += sums[at + 1]!;
      s2 += sums[at + 2]!;
      s3 += sums[at + 3]!;
      n += sums[at + 4]!;
    }
    const scale = n > 0 ? 1 / Math.sqrt(n) : 0;
    const b = this.bias;
    return {
      logits: [b[0]! + s0 * scale, b[1]! + s1 * scale, b[2]! + s2 * scale, b[3]! + s3 * scale],
      words: ws.length,
    };
  }
}

/**
 * Reads the weight file format written by scripts/fit-language.ts: a line `bias a b c d`, then
 * one line per feature, `name<TAB>a b c d` (weights in the order da nb nn sv).
 * @param text the serialised weights
 * @returns a model
 */
export function parseModel(text: string): ScandinavianModel {
  const weights = new Map<string, number[]>();
  let bias = [0, 0, 0, 0];
  for (const line of text.split('\n')) {
    const tab = line.lastIndexOf('\t');
    if (tab < 0) continue;
    const name = line.slice(0, tab);
    const values = line.slice(tab + 1).split(' ').map(Number);
    if (values.length !== SCANDINAVIAN.length) continue;
    if (name === '#bias') bias = values;
    else weights.set(name, values);
  }
  return new ScandinavianModel(weights, bias);
}
