/**
 * Fits the confidence model (src/pipeline/confidence/model.json): logistic regression over the
 * features the pipeline knows of each quote, on both quotes dev sets as given, predicting whether
 * the quote and its speaker are right. Prints the expected calibration error of each set from
 * 5-fold cross-validation by document (each document's quotes scored by a model fitted without
 * it: the honest figure), then writes the model fitted on all of them.
 *
 * Usage: tsx scripts/fit-confidence.ts [--dry-run]
 * @module
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { calibrate, crossValidated, fitLogistic } from '../src/eval/calibration.js';
import { FEATURE_NAMES } from '../src/pipeline/confidence/index.js';
import { FOLDS, L2 } from './fit-confidence-settings.js';
import { labelledRows, QUOTE_SETS, ROOT, runSet } from './quote-sets.js';

const rows = QUOTE_SETS.flatMap((s) => labelledRows(runSet(s.name, 'ascii')));
const cv = crossValidated(rows, FOLDS, { l2: L2 });
const perSet: Record<string, { n: number; ece: number | null; high: unknown }> = {};
for (const s of QUOTE_SETS) {
  const pts = rows.flatMap((r, i) => (r.doc.startsWith(`${s.name}/`) ? [{ confidence: cv[i]!, correct: r.correct }] : []));
  const c = calibrate(pts);
  perSet[s.name] = { n: c.n, ece: c.ece === null ? null : Number(c.ece.toFixed(4)), high: c.high };
  console.log(
    `${s.name.padEnd(16)} ${c.n} predictions, ${c.correct} right; ${FOLDS}-fold CV by document: ECE ${c.ece?.toFixed(3)}; ≥${c.high.threshold}: ${c.high.n}, ${((c.high.precision ?? 0) * 100).toFixed(1)}% right, ${((c.high.coverage ?? 0) * 100).toFixed(1)}% of right ones`,
  );
}
const weights = fitLogistic(
  rows.map((r) => r.x),
  rows.map((r) => r.correct),
  { l2: L2 },
);
for (let i = 0; i < FEATURE_NAMES.length; i++) console.log(`  ${FEATURE_NAMES[i]!.padEnd(26)} ${weights[i]!.toFixed(3)}`);
const model = {
  features: FEATURE_NAMES,
  weights: weights.map((w) => Number(w.toFixed(5))),
  fit: {
    by: 'scripts/fit-confidence.ts',
    data: QUOTE_SETS.map((s) => `../shared/eval/${s.name} (as given)`),
    rows: rows.length,
    l2: L2,
    crossValidation: `${FOLDS}-fold by document`,
    perSet,
  },
};
if (!process.argv.includes('--dry-run')) {
  writeFileSync(resolve(ROOT, 'src/pipeline/confidence/model.json'), `${JSON.stringify(model, null, 1)}\n`);
  console.log('wrote src/pipeline/confidence/model.json');
}
