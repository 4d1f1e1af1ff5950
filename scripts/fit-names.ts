/**
 * Fits the names tagger (src/pipeline/names/model.ts): an averaged perceptron over BIO tags, on
 * ../shared/eval/names-train.conll ONLY (UD Danish-DDT train sentences with Plank's 2019 NER
 * tags; `token<TAB>tag`, a blank line between sentences). Never on the dev sentences.
 *
 *   npx tsx scripts/fit-names.ts [train.conll] [-o data/names-model.json] [--cv]
 *
 * Each sentence's tokens are joined with spaces and re-tokenised by citat's own tokenizer, each
 * citat token taking the tag of the training token it lies in, so that the model learns on the
 * tokens it will tag. With `--cv` it prints a five-fold cross-validation on the training file
 * instead of writing the model (for choosing settings without the dev set).
 *
 * The model is the average of BAG perceptrons, each fitted on the whole file with the sentences
 * shuffled in another order. Why: on 604 sentences one perceptron's scores move with the order it
 * happens to see them in (dev micro F1 0.686–0.718 over six orders), and the average of several
 * orders is steadier (and, as a linear model, is one model of the same form).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tokenize, type Token } from '../src/nlp/tokens.js';
import { featuresOf, tokenFacts, type FactsOf } from '../src/pipeline/names/features.js';
import { allowed, mayBeginName, MODEL_URL, score, type NamesModel } from '../src/pipeline/names/model.js';
import { nameUnits } from '../src/pipeline/names/units.js';

interface Example {
  tokens: Token[];
  facts: FactsOf;
  gold: string[];
}

const args = process.argv.slice(2);
const cv = args.includes('--cv');
const oAt = args.indexOf('-o');
const outPath = oAt >= 0 ? args[oAt + 1]! : fileURLToPath(MODEL_URL);
const trainPath = args.find((a, i) => !a.startsWith('-') && (oAt < 0 || i !== oAt + 1)) ?? '../shared/eval/names-train.conll';
const EPOCHS = 12;
/** Perceptrons averaged, each over its own order of the sentences. */
const BAG = 5;

function readConll(path: string): Example[] {
  const out: Example[] = [];
  for (const block of readFileSync(path, 'utf8').split(/\n\s*\n/)) {
    const rows = block
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => l.split('\t') as [string, string]);
    if (rows.length === 0) continue;
    let text = '';
    const spans: { start: number; end: number; tag: string }[] = [];
    for (const [tok, tag] of rows) {
      if (text) text += ' ';
      spans.push({ start: text.length, end: text.length + tok.length, tag: tag.trim() });
      text += tok;
    }
    const all = tokenize(text);
    const { units: tokens } = nameUnits(all, [[0, all.length]]);
    const gold: string[] = [];
    let k = 0;
    for (const t of tokens) {
      while (k < spans.length - 1 && spans[k]!.end <= t.start) k++;
      const s = spans[k]!;
      const tag = s.tag;
      // a citat token inside a training token continues it: B- only on the first piece
      gold.push(tag.startsWith('B-') && t.start > s.start ? `I-${tag.slice(2)}` : tag);
    }
    const facts = tokenFacts(tokens, (i) => i === 0);
    out.push({ tokens, facts, gold });
  }
  return out;
}

/**
 * The average of {@link BAG} perceptrons fitted over different orders of the sentences, its
 * weights rounded to whole numbers (they are scaled by 1000, so a unit is a thousandth of a
 * training update). The rounding and the features left out keep the file as small as one
 * perceptron's (4,000 features instead of 5,100); neither changed a figure of eval:names.
 */
function fit(examples: readonly Example[]): NamesModel {
  const models = Array.from({ length: BAG }, (_, seed) => fitOne(examples, seed));
  const sums = new Map<string, number[]>();
  for (const m of models)
    for (const [f, ws] of Object.entries(m.weights)) {
      let acc = sums.get(f);
      if (!acc) sums.set(f, (acc = new Array<number>(ws.length).fill(0)));
      for (let k = 0; k < ws.length; k++) acc[k]! += ws[k]!;
    }
  const weights: Record<string, number[]> = {};
  for (const [f, ws] of [...sums.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const avg = ws.map((x) => Math.round(x / BAG) || 0);
    // a feature is kept when some weight is at least a fifth of one update (1000 / BAG): less
    // is a feature that one of the five perceptrons moved once, late, and it barely counts
    if (avg.some((x) => Math.abs(x) >= 1000 / BAG)) weights[f] = avg;
  }
  return { tags: models[0]!.tags, weights };
}

/** Deterministic shuffle (a linear congruential generator), so a refit gives the same file. */
function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const a = xs.slice();
  let s = seed;
  for (let i = a.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

/** One averaged perceptron, over the sentences in the orders of `seed`. */
function fitOne(examples: readonly Example[], seed: number): NamesModel {
  const tags = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'];
  const index = new Map(tags.map((t, i) => [t, i]));
  const w = new Map<string, number[]>();
  const total = new Map<string, number[]>(); // sum of weights over time, for averaging
  const stamp = new Map<string, number[]>();
  let step = 0;
  const update = (f: string, k: number, d: number): void => {
    let ws = w.get(f);
    if (!ws) {
      ws = new Array<number>(tags.length).fill(0);
      w.set(f, ws);
      total.set(f, new Array<number>(tags.length).fill(0));
      stamp.set(f, new Array<number>(tags.length).fill(0));
    }
    const ts = total.get(f)!;
    const ss = stamp.get(f)!;
    ts[k]! += (step - ss[k]!) * ws[k]!;
    ss[k] = step;
    ws[k]! += d;
  };
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (const ex of shuffled(examples, epoch + 1 + seed * 1000)) {
      let prev = 'O';
      for (let i = 0; i < ex.tokens.length; i++) {
        step++;
        if (prev === 'O' && !mayBeginName(ex.tokens[i]!)) {
          prev = ex.gold[i]!;
          continue;
        }
        const feats = featuresOf(ex.tokens, ex.facts, i, prev);
        const s = score(w, tags.length, feats);
        let best = -1;
        for (let k = 0; k < tags.length; k++) if (allowed(prev, tags[k]!) && (best < 0 || s[k]! > s[best]!)) best = k;
        const gold = index.get(ex.gold[i]!) ?? 0;
        if (best !== gold) {
          for (const f of feats) {
            update(f, gold, 1);
            update(f, best, -1);
          }
        }
        // the gold tag goes on as context, as it will when tagging tokens the model gets right
        prev = ex.gold[i]!;
      }
    }
  }
  const weights: Record<string, number[]> = {};
  for (const [f, ws] of [...w.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const ts = total.get(f)!;
    const ss = stamp.get(f)!;
    // the average weight, scaled by 1000 (the scale does not change which tag wins)
    const avg = ws.map((x, k) => Math.round(((ts[k]! + (step - ss[k]!) * x) / step) * 1e6) / 1000);
    if (avg.some((x) => Math.abs(x) >= 0.01)) weights[f] = avg;
  }
  return { tags, weights };
}

const examples = readConll(trainPath);
if (cv) {
  const { spansOf, prf } = await import('./names-score.js');
  let tp = 0,
    fp = 0,
    fn = 0;
  for (let fold = 0; fold < 5; fold++) {
    const train = examples.filter((_, i) => i % 5 !== fold);
    const test = examples.filter((_, i) => i % 5 === fold);
    const m = fit(train);
    const wm = new Map(Object.entries(m.weights));
    for (const ex of test) {
      const pred: string[] = [];
      let prev = 'O';
      for (let i = 0; i < ex.tokens.length; i++) {
        if (prev === 'O' && !mayBeginName(ex.tokens[i]!)) {
          pred.push((prev = 'O'));
          continue;
        }
        const s = score(wm, m.tags.length, featuresOf(ex.tokens, ex.facts, i, prev));
        let best = -1;
        for (let k = 0; k < m.tags.length; k++) if (allowed(prev, m.tags[k]!) && (best < 0 || s[k]! > s[best]!)) best = k;
        prev = m.tags[best]!;
        pred.push(prev);
      }
      const g = new Set(spansOf(ex.gold));
      const p = new Set(spansOf(pred));
      for (const x of p) g.has(x) ? tp++ : fp++;
      for (const x of g) if (!p.has(x)) fn++;
    }
  }
  const r = prf(tp, fp, fn);
  console.log(`5-fold CV on the training file: micro P ${r.p.toFixed(3)} R ${r.r.toFixed(3)} F1 ${r.f.toFixed(3)}`);
} else {
  const m = fit(examples);
  writeFileSync(outPath, `${JSON.stringify(m)}\n`);
  console.log(`fitted on ${examples.length} sentences, ${Object.keys(m.weights).length} features -> ${outPath}`);
}
