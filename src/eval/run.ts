/**
 * Putting documents, gold and a predictor together: the whole of an evaluation run except
 * reading files and printing, so the command and the tests share it.
 * @module
 */
import { CitatError, ErrorCode } from '../errors.js';
import { naiveRegexQuotes } from './baseline.js';
import { resolveGold, type GoldDocumentLine } from './gold.js';
import type { DocumentLine } from './load.js';
import { scoreDocuments, type EvalDocument, type EvalReport, type PredictedSpan } from './score.js';

/** Makes the predictions for one document (the pipeline, a file of predictions, the anchor). */
export type Predictor = (doc: DocumentLine) => PredictedSpan[];

/** What {@link pairDocuments} returns. */
export interface PairedDocuments {
  /** The documents that have gold, with their gold resolved, in gold order. */
  docs: Array<{ doc: DocumentLine; gold: EvalDocument['gold'] }>;
  /** Notes for the user (documents without gold are skipped). */
  warnings: string[];
}

/**
 * Pairs gold lines with their documents and resolves the gold spans.
 * @param documents document lines
 * @param gold gold lines
 * @throws {CitatError} BAD_JSON when a gold id has no document, or a gold text is not in its document
 */
export function pairDocuments(documents: readonly DocumentLine[], gold: readonly GoldDocumentLine[]): PairedDocuments {
  const byId = new Map(documents.map((d) => [d.id, d]));
  const goldIds = new Set(gold.map((g) => g.id));
  const docs = gold.map((g) => {
    const doc = byId.get(g.id);
    if (!doc) throw new CitatError(ErrorCode.BAD_JSON, `gold has document "${g.id}", which the documents file does not have`, { documentId: g.id });
    return { doc, gold: resolveGold(g, doc.text) };
  });
  const skipped = documents.filter((d) => !goldIds.has(d.id)).length;
  return { docs, warnings: skipped > 0 ? [`${skipped} document(s) without gold were skipped`] : [] };
}

/**
 * Scores a predictor on paired documents.
 * @param paired the output of {@link pairDocuments}
 * @param predict makes the predictions of one document
 */
export function scoreWith(paired: PairedDocuments, predict: Predictor): EvalReport {
  return scoreDocuments(paired.docs.map(({ doc, gold }) => ({ id: doc.id, text: doc.text, gold, predicted: predict(doc) })));
}

/** The naive-regex anchor as a {@link Predictor}. */
export const naivePredictor: Predictor = (doc) => naiveRegexQuotes(doc.text);
