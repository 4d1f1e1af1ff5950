/**
 * The two quotes dev sets and their style variants, run through the pipeline with each quote's
 * confidence features recorded: what `scripts/eval-quotes.ts` and `scripts/fit-confidence.ts`
 * share. The sets are read from ../shared/eval (not shipped, not needed by the tests).
 * @module
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_STAGES, Pipeline } from '../src/index.js';
import { confidenceFeatures, type FeatureVector } from '../src/pipeline/confidence/index.js';
import type { AnyStage } from '../src/pipeline/stage.js';
import { varyNamesCorpus, type NameShape } from '../src/eval/vary-names.js';
import {
  naivePredictor,
  pairDocuments,
  parseDocumentsJsonl,
  parseGoldJsonl,
  predictionsOf,
  restyleCorpus,
  scoreDocuments,
  outcomesOf,
  type EvalDocument,
  type EvalReport,
  type LabelledRow,
  type QuoteStyle,
} from '../src/eval/index.js';

/** The repository's root. */
export const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');

/** A quotes dev set: its file stem and the styles it is also measured in. */
export interface QuoteSet {
  name: string;
  /** Styles after the as-given one (`ascii`). */
  variants: QuoteStyle[];
}

/** The sets: the 1990s set in ASCII marks, rewritten to »…«, „…“ and speech dashes; the modern set in mixed marks, rewritten to "…". */
export const QUOTE_SETS: readonly QuoteSet[] = [
  { name: 'quotes-dev', variants: ['guillemets', 'low', 'dash'] },
  { name: 'quotes-web-dev', variants: ['straight'] },
];

/** One set run in one style: the scored documents, the reports and each quote's features. */
export interface SetRun {
  set: string;
  style: QuoteStyle;
  docs: EvalDocument[];
  citat: EvalReport;
  baseline: EvalReport;
  /** Per document id: one feature vector per predicted quote. */
  features: Map<string, FeatureVector[]>;
}

/**
 * Runs the pipeline on a set in a style.
 * @param set the set
 * @param style the style (ascii: as given)
 * @param shape every person who speaks renamed into this shape of name, in text and gold alike
 */
export function runSet(set: string, style: QuoteStyle, shape?: NameShape): SetRun {
  const dir = resolve(ROOT, '../shared/eval');
  let documents = parseDocumentsJsonl(readFileSync(resolve(dir, `${set}.docs.jsonl`), 'utf8'), set);
  let gold = parseGoldJsonl(readFileSync(resolve(dir, `${set}.gold.jsonl`), 'utf8'), set);
  if (style !== 'ascii') ({ documents, gold } = restyleCorpus(documents, gold, style));
  if (shape) ({ documents, gold } = varyNamesCorpus(documents, gold, shape));
  const paired = pairDocuments(documents, gold);
  const features = new Map<string, FeatureVector[]>();
  // the default stages, the confidence stage recording its inputs as it runs
  const stages: AnyStage[] = DEFAULT_STAGES.map((s) =>
    s.name !== 'confidence'
      ? s
      : {
          ...s,
          run(doc) {
            if (doc.danish) features.set(doc.id, confidenceFeatures(doc));
            return s.run(doc);
          },
        },
  );
  const pipeline = new Pipeline(stages);
  const docs = paired.docs.map(({ doc, gold: g }) => ({
    id: doc.id,
    text: doc.text,
    gold: g,
    predicted: predictionsOf(pipeline.run(doc.text, { id: doc.id })),
  }));
  const baseDocs = paired.docs.map(({ doc, gold: g }) => ({ id: doc.id, text: doc.text, gold: g, predicted: naivePredictor(doc) }));
  return { set, style, docs, citat: scoreDocuments(docs), baseline: scoreDocuments(baseDocs), features };
}

/**
 * The labelled rows of a run for fitting: one per scored prediction (absorbed ones left out),
 * each under its set and document so that folds split by document.
 * @param run a set run
 */
export function labelledRows(run: SetRun): LabelledRow[] {
  const rows: LabelledRow[] = [];
  for (const d of run.docs) {
    const feats = run.features.get(d.id) ?? [];
    outcomesOf(d).forEach((right, i) => {
      if (right !== null && feats[i]) rows.push({ doc: `${run.set}/${d.id}`, x: feats[i]!, correct: right });
    });
  }
  return rows;
}
