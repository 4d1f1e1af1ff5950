/**
 * `citat eval --docs DOCS.jsonl --gold GOLD.jsonl [--pred PRED.jsonl] [--json] [--errors N] [--style S] [--vary names]`:
 * scores citat (the pipeline, or a file of its predictions) against gold annotations as
 * ANNOTATION.md describes, beside the naive-regex anchor scored by the same scorer.
 * @module
 */
import { basename } from 'node:path';
import { CitatError, ErrorCode, isCitatError } from '../../errors.js';
import type { Predictor } from '../../eval/run.js';
import type { QuoteStyle } from '../../eval/restyle.js';
import { readTextInput } from '../io.js';
import type { Command } from '../args.js';

/** Large enough for any evaluation set; the per-document limit still applies inside extract. */
const FILE_LIMIT = 1024 * 1024 * 1024;

/**
 * Parses `--errors`: a whole number from 0 up.
 * @param value the option's text
 */
function parseErrors(value: unknown): number {
  if (value === undefined) return 20;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new CitatError(ErrorCode.BAD_OPTION, `expected --errors to be a whole number from 0 and up, got "${String(value)}"`);
  return n;
}

function parseStyle(value: unknown, QUOTE_STYLES: readonly string[]): QuoteStyle {
  if (value === undefined) return 'ascii';
  if (!(QUOTE_STYLES as readonly string[]).includes(String(value))) {
    throw new CitatError(ErrorCode.BAD_OPTION, `expected --style to be one of ${QUOTE_STYLES.join(', ')}, got "${String(value)}"`);
  }
  return value as QuoteStyle;
}

function required(values: Record<string, unknown>, name: string): string {
  const v = values[name];
  if (typeof v !== 'string' || v === '') throw new CitatError(ErrorCode.BAD_OPTION, `--${name} FILE is required (see citat eval --help)`);
  return v;
}

/** The eval command. */
export const evalCommand: Command = {
  name: 'eval',
  summary: 'score quotes and speakers against gold annotations (ANNOTATION.md), beside a naive regex',
  usage: 'citat eval --docs DOCS.jsonl --gold GOLD.jsonl [--pred PRED.jsonl] [--json] [--errors N] [--style S] [--vary names]',
  help: `Runs citat on every document of DOCS (JSONL, one {"id", "text", …} per line) that has gold
in GOLD (JSONL in the ANNOTATION.md format), or reads its predictions from PRED (JSONL of citat
documents, as extract or batch write them), and scores them: quote precision, recall and F1
(Jaccard >= 0.5, one to one), exact-span F1, speaker accuracy, end-to-end attribution F1, per
kind, cue accuracy. A naive regex (quoted strings of 3+ words, the capitalised words after the
next "siger") is scored beside it. Misses, false alarms and wrong speakers are listed first; the
last 8 lines are a summary.

Options:
  --docs FILE      the documents (required)
  --gold FILE      the gold annotations (required)
  --pred FILE      score these predictions instead of running the pipeline
  --json           print the full reports as JSON ({ "citat": …, "baseline": … }) instead
  --errors N       list at most N misses, false alarms and wrong speakers each (default 20; 0: none)
  --style S        rewrite texts and gold before running: ascii (as given, the default),
                   guillemets (»…« for "…"), low („…“ for "…"), dash (speech-dash paragraphs
                   where a paragraph opens with a quote and its attribution), straight ("…"
                   for »…«, ”…” and „…“); not with --pred
  --vary names     also score the set with every person who speaks renamed, in text and gold,
                   into each shape of name in turn (hyphenated first name, hyphenated surname,
                   particle, middle name, initial), beside the set as given; not with --pred`,
  options: {
    docs: { type: 'string' },
    gold: { type: 'string' },
    pred: { type: 'string' },
    json: { type: 'boolean' },
    errors: { type: 'string' },
    style: { type: 'string' },
    vary: { type: 'string' },
  },
  async run({ values, out, err }) {
    const docsFile = required(values, 'docs');
    const goldFile = required(values, 'gold');
    const predFile = typeof values.pred === 'string' ? values.pred : undefined;
    const errors = parseErrors(values.errors);
    // The scorer and its parsers load only when this command runs (the CLI's start-up, and the
    // main thread of citat batch, do without them).
    const [
      { formatReport },
      { parseDocumentsJsonl, parseGoldJsonl, parsePredictionsJsonl },
      { naivePredictor, pairDocuments, scoreWith },
      { predictionsOf },
      { QUOTE_STYLES, restyleCorpus },
    ] = await Promise.all([
      import('../../eval/format.js'),
      import('../../eval/load.js'),
      import('../../eval/run.js'),
      import('../../eval/score.js'),
      import('../../eval/restyle.js'),
    ]);
    const style = parseStyle(values.style, QUOTE_STYLES);
    if (predFile !== undefined && style !== 'ascii') {
      throw new CitatError(ErrorCode.BAD_OPTION, '--style rewrites the texts, so it cannot be used with --pred (whose offsets index the texts as given)');
    }

    const vary = values.vary;
    if (vary !== undefined && vary !== 'names') throw new CitatError(ErrorCode.BAD_OPTION, `expected --vary to be names, got "${String(vary)}"`);
    if (vary !== undefined && predFile !== undefined) {
      throw new CitatError(ErrorCode.BAD_OPTION, '--vary rewrites the texts, so it cannot be used with --pred (whose offsets index the texts as given)');
    }

    let documents = parseDocumentsJsonl(await readTextInput(docsFile, { maxBytes: FILE_LIMIT }), docsFile);
    let gold = parseGoldJsonl(await readTextInput(goldFile, { maxBytes: FILE_LIMIT }), goldFile);
    if (style !== 'ascii') ({ documents, gold } = restyleCorpus(documents, gold, style));
    const paired = pairDocuments(documents, gold);
    for (const w of paired.warnings) err.write(`citat eval: ${w}\n`);

    let predict: Predictor;
    if (predFile !== undefined) {
      const texts = new Map(paired.docs.map(({ doc }) => [doc.id, doc.text]));
      const preds = parsePredictionsJsonl(await readTextInput(predFile, { maxBytes: FILE_LIMIT }), predFile, texts);
      const missing = paired.docs.filter(({ doc }) => !preds.has(doc.id)).length;
      if (missing > 0) err.write(`citat eval: ${missing} document(s) have no predictions in ${predFile}; scored as finding nothing\n`);
      predict = (doc) => preds.get(doc.id) ?? [];
    } else {
      // Loaded here, not at the top: scoring a file of predictions does not need the pipeline.
      const { createPipeline } = await import('../../index.js');
      const pipeline = createPipeline();
      predict = (doc) => {
        try {
          return predictionsOf(pipeline.run(doc.text, { id: doc.id }));
        } catch (error) {
          if (!isCitatError(error)) throw error;
          err.write(`citat eval: ${error.message}; scored as finding nothing\n`);
          return [];
        }
      };
    }

    const citat = scoreWith(paired, predict);
    const baseline = scoreWith(paired, naivePredictor);
    if (values.json === true) {
      out.write(`${JSON.stringify({ style, citat, baseline }, null, 2)}\n`);
    } else {
      out.write(formatReport(citat, baseline, { errors, title: `${basename(goldFile)}, style ${style}` }));
    }
    if (vary === 'names') {
      const { NAME_SHAPES, varyNamesCorpus } = await import('../../eval/vary-names.js');
      const rows: { shape: string; report: typeof citat }[] = [{ shape: 'as given', report: citat }];
      for (const shape of NAME_SHAPES) {
        const varied = varyNamesCorpus(documents, gold, shape);
        const p = pairDocuments(varied.documents, varied.gold);
        rows.push({ shape, report: scoreWith(p, predict) });
      }
      if (values.json === true) {
        out.write(
          `${JSON.stringify({ varyNames: rows.map((r) => ({ shape: r.shape, quoteF1: r.report.quote.f1, speakerAccuracy: r.report.speaker.accuracy, attributionF1: r.report.attribution.f1 })) }, null, 2)}\n`,
        );
      } else {
        const f = (x: number | null): string => (x === null ? '–' : x.toFixed(3));
        out.write(`\n== name shapes (--vary names): every person who speaks renamed in text and gold ==\n`);
        out.write(`${'shape'.padEnd(24)}${'quote F1'.padEnd(10)}${'speaker acc'.padEnd(13)}${'attribution F1'.padEnd(16)}vs as given\n`);
        for (const r of rows) {
          const d = (r.report.attribution.f1 ?? 0) - (citat.attribution.f1 ?? 0);
          out.write(
            `${r.shape.padEnd(24)}${f(r.report.quote.f1).padEnd(10)}${f(r.report.speaker.accuracy).padEnd(13)}${f(r.report.attribution.f1).padEnd(16)}${r === rows[0] ? '' : `${d >= 0 ? '+' : ''}${d.toFixed(3)}`}\n`,
          );
        }
      }
    }
    return 0;
  },
};
