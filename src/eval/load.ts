/**
 * Parsing the three JSONL inputs of `citat eval` from their text: documents (`{id, text, …}`),
 * gold (ANNOTATION.md) and predictions (citat documents). Every bad line is refused with one
 * error naming the file and line, because a skipped line would quietly change the scores.
 * @module
 */
import { z } from 'zod';
import { CitatError, ErrorCode } from '../errors.js';
import { QuoteKind } from '../schema/index.js';
import { GoldDocumentLine } from './gold.js';
import { predictionsOf, type PredictedSpan } from './score.js';

/** A document line: only `id` and `text` are read; other fields (title, date, …) are kept aside. */
export const DocumentLine = z.object({ id: z.string().min(1), text: z.string() });
/** A document line. */
export type DocumentLine = z.infer<typeof DocumentLine>;

/**
 * A prediction line: a citat document, read leniently (only what the scorer compares), so that
 * output from an older schema version can still be scored.
 */
export const PredictionLine = z.object({
  id: z.string().min(1),
  quotes: z.array(
    z.object({
      kind: QuoteKind,
      start: z.number().int().nonnegative(),
      end: z.number().int().nonnegative(),
      text: z.string(),
      cue: z.object({ text: z.string() }).nullable().optional(),
      speaker: z.object({ name: z.string() }).nullable().optional(),
      confidence: z.number().min(0).max(1).optional(),
    }),
  ),
});
/** A prediction line. */
export type PredictionLine = z.infer<typeof PredictionLine>;

/**
 * Parses JSONL with a schema, one object per non-blank line.
 * @param content the file's text
 * @param label the file name, for messages
 * @param schema what each line must be
 * @throws {CitatError} BAD_JSON naming the file, line and problem; also for a repeated id
 */
export function parseJsonl<T extends { id: string }>(content: string, label: string, schema: z.ZodType<T>): T[] {
  const out: T[] = [];
  const seen = new Set<string>();
  content.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new CitatError(ErrorCode.BAD_JSON, `${label}:${i + 1}: not valid JSON (${(error as Error).message})`);
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new CitatError(
        ErrorCode.BAD_JSON,
        `${label}:${i + 1}: ${issue?.path.length ? `field ${issue.path.join('.')}: ` : ''}${issue?.message ?? 'unexpected shape'}`,
      );
    }
    if (seen.has(parsed.data.id)) throw new CitatError(ErrorCode.BAD_JSON, `${label}:${i + 1}: id "${parsed.data.id}" appears twice`);
    seen.add(parsed.data.id);
    out.push(parsed.data);
  });
  return out;
}

/**
 * Parses a documents file.
 * @param content JSONL text
 * @param label file name for messages
 */
export function parseDocumentsJsonl(content: string, label: string): DocumentLine[] {
  return parseJsonl(content, label, DocumentLine);
}

/**
 * Parses a gold file in the ANNOTATION.md format.
 * @param content JSONL text
 * @param label file name for messages
 */
export function parseGoldJsonl(content: string, label: string): GoldDocumentLine[] {
  return parseJsonl(content, label, GoldDocumentLine);
}

/**
 * Parses a predictions file (citat documents, as `citat batch` or `citat extract` write them),
 * checking that every quote's offsets index the document's text.
 * @param content JSONL text
 * @param label file name for messages
 * @param texts the documents' texts by id, to check offsets against
 * @returns predictions by document id
 * @throws {CitatError} BAD_JSON for bad lines and for a quote whose offsets do not give its text
 */
export function parsePredictionsJsonl(content: string, label: string, texts: ReadonlyMap<string, string>): Map<string, PredictedSpan[]> {
  const out = new Map<string, PredictedSpan[]>();
  for (const line of parseJsonl(content, label, PredictionLine)) {
    const text = texts.get(line.id);
    if (text !== undefined) {
      for (const q of line.quotes) {
        if (text.slice(q.start, q.end) !== q.text) {
          throw new CitatError(
            ErrorCode.BAD_JSON,
            `${label}: document "${line.id}": quote at ${q.start}–${q.end} does not match the document's text (were the predictions made on other texts, or with --style?)`,
            { documentId: line.id },
          );
        }
      }
    }
    out.set(line.id, predictionsOf(line));
  }
  return out;
}
