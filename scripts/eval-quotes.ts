/**
 * `npm run eval:quotes`: both quotes dev sets (quotes-dev, 1990s; quotes-web-dev, modern) in
 * their own marks and in the style variants (the old set rewritten to »…«, „…“ and speech
 * dashes; the modern set to "…"), citat beside the naive-regex anchor, then for each set a
 * reliability table of the confidence: bins of confidence against how often the quote and its
 * speaker were right, and the expected calibration error. The table's confidences come from
 * 5-fold cross-validation by document (each document scored by a model fitted on the other
 * folds of both sets, as scripts/fit-confidence.ts fits the shipped one), so the ECE is what a
 * user would see on texts the model never saw; the shipped model's in-sample ECE is beside it.
 *
 * Then the same for every person who speaks renamed into each shape of name (`--vary names`).
 *
 * Usage: tsx scripts/eval-quotes.ts [--errors N] [--set NAME]
 *   --errors N   list the first N misses, false alarms and wrong speakers of each set as given
 * @module
 */
import { calibrate, crossValidated, formatCalibration, fmt, formatReport, QUOTE_KINDS, type EvalReport } from '../src/eval/index.js';
import { FOLDS, L2 } from './fit-confidence-settings.js';
import { NAME_SHAPES } from '../src/eval/vary-names.js';
import { labelledRows, QUOTE_SETS, runSet, type SetRun } from './quote-sets.js';

const argv = process.argv.slice(2);
const errorsAt = argv.indexOf('--errors');
const errors = errorsAt >= 0 ? Number(argv[errorsAt + 1]) : 0;
const setAt = argv.indexOf('--set');
const only = setAt >= 0 ? argv[setAt + 1] : undefined;

const prf = (r: EvalReport['quote']) => `${fmt(r.precision)} ${fmt(r.recall)} ${fmt(r.f1)}`;
const kinds = (r: EvalReport) => QUOTE_KINDS.map((k) => fmt(r.perKind[k].f1)).join('/');
const row = (label: string, r: SetRun, base: SetRun | undefined) => {
  const delta = (a: number | null, b: number | null) => (base && a !== null && b !== null ? ` ${(a - b >= 0 ? '+' : '') + (a - b).toFixed(3)}` : '');
  return `${label.padEnd(17)}${prf(r.citat.quote).padEnd(20)}${fmt(r.citat.speaker.accuracy).padEnd(9)}${(fmt(r.citat.attribution.f1) + delta(r.citat.attribution.f1, base?.citat.attribution.f1 ?? null)).padEnd(15)}${kinds(r.citat).padEnd(19)}${fmt(r.baseline.quote.f1)} / ${fmt(r.baseline.attribution.f1)}${base ? `   (quote F1${delta(r.citat.quote.f1, base.citat.quote.f1)})` : ''}`;
};

const runs = QUOTE_SETS.filter((s) => !only || s.name === only).map((s) => ({
  set: s,
  given: runSet(s.name, 'ascii'),
  variants: s.variants.map((v) => runSet(s.name, v)),
}));
// cross-validated confidences over both sets as given (as the shipped model is fitted)
const rows = runs.flatMap((r) => labelledRows(r.given));
const cv = crossValidated(rows, FOLDS, { l2: L2 });

for (const { set, given, variants } of runs) {
  if (errors > 0)
    process.stdout.write(
      `${formatReport(given.citat, given.baseline, { errors, title: `${set.name}, as given` })
        .split('\n')
        .slice(0, -9)
        .join('\n')}\n`,
    );
  const c = given.citat;
  console.log(`== ${set.name}: ${c.documents} docs, ${c.gold.scored} scored gold quotes (+${c.gold.optional} optional) ==`);
  console.log(
    `${'style'.padEnd(17)}${'quote P R F1'.padEnd(20)}${'speaker'.padEnd(9)}${'attrib. F1'.padEnd(15)}${'F1 dir/ind/mix'.padEnd(19)}regex quote / attrib. F1`,
  );
  console.log(row('as given', given, undefined));
  for (const v of variants) console.log(row(v.style, v, given));
  // every person who speaks renamed into another shape of name, in text and gold alike (--vary names)
  for (const shape of NAME_SHAPES) console.log(row(shape.replace('hyphenated ', 'hyph. '), runSet(set.name, 'ascii', shape), given));
  const pts = rows.flatMap((r, i) => (r.doc.startsWith(`${set.name}/`) ? [{ confidence: cv[i]!, correct: r.correct }] : []));
  const shipped = given.citat.calibration;
  console.log(formatCalibration(calibrate(pts), `confidence, ${FOLDS}-fold cross-validated by document (quote and speaker right):`).join('\n'));
  if (shipped)
    console.log(
      `  shipped model on the same set (in sample): ECE ${fmt(shipped.ece)}; ≥ ${shipped.high.threshold}: ${((shipped.high.precision ?? 0) * 100).toFixed(1)}% right, ${((shipped.high.coverage ?? 0) * 100).toFixed(1)}% of right ones`,
    );
  console.log('');
}
