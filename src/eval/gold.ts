/**
 * Gold annotations in the format of ANNOTATION.md, and their resolution to character spans.
 *
 * A gold quote names its span by text (`text`, an exact substring of the document) and by
 * `occurrence` (which occurrence of that string, counting from 0), not by offsets, so the file
 * stays readable and survives edits elsewhere in the text. {@link resolveGold} turns that into
 * offsets once, and refuses a gold line whose text does not stand in the document: a silent
 * miss would make the scorer blame the pipeline for the annotation's mistake.
 * @module
 */
import { z } from 'zod';
import { CitatError, ErrorCode } from '../errors.js';
import { QuoteKind } from '../schema/index.js';

/** One gold quote as written in a gold JSONL line. */
export const GoldQuoteLine = z.object({
  kind: QuoteKind,
  text: z.string().min(1),
  occurrence: z.number().int().nonnegative().optional(),
  cue: z.string().nullable().optional(),
  speaker: z.string().nullable(),
  aliases: z.array(z.string()).optional(),
  speaker_mention: z.string().nullable().optional(),
  optional: z.boolean().optional(),
});
/** One gold quote as written in a gold JSONL line. */
export type GoldQuoteLine = z.infer<typeof GoldQuoteLine>;

/** One gold JSONL line: the quotes of one document. */
export const GoldDocumentLine = z.object({ id: z.string().min(1), quotes: z.array(GoldQuoteLine) });
/** One gold JSONL line. */
export type GoldDocumentLine = z.infer<typeof GoldDocumentLine>;

/** A gold quote resolved to its span in the document text. */
export interface GoldSpan {
  kind: QuoteKind;
  /** Offset of the first character of the quote. */
  start: number;
  /** Offset just after the last character. */
  end: number;
  /** `docText.slice(start, end)`. */
  text: string;
  /** The cue's text, or null where there is none (continuation quotes). */
  cue: string | null;
  /** The most complete name of the source, or null where the document does not say. */
  speaker: string | null;
  /** Other acceptable names of the source. */
  aliases: readonly string[];
  /** The text of the mention the attribution rests on, or null. */
  speakerMention: string | null;
  /** Optional quotes absorb matching predictions without counting. */
  optional: boolean;
}

/**
 * Finds the n-th occurrence (from 0) of a string; occurrences do not overlap, as in
 * Python's `str.count`, the tool the annotators' format was written with.
 * @param text the document
 * @param needle the quote text
 * @param occurrence which occurrence, from 0
 * @returns the offset, or -1 when there are not that many occurrences
 */
export function nthIndexOf(text: string, needle: string, occurrence: number): number {
  if (needle === '') return -1;
  let at = text.indexOf(needle);
  for (let k = 0; k < occurrence && at !== -1; k++) at = text.indexOf(needle, at + needle.length);
  return at;
}

/**
 * Resolves the gold quotes of one document to spans.
 * @param line the gold line
 * @param text the document's text
 * @returns one span per gold quote, in the order of the line
 * @throws {CitatError} BAD_JSON naming the document and quote when a quote's text (at its
 *   occurrence) does not stand in the text
 */
export function resolveGold(line: GoldDocumentLine, text: string): GoldSpan[] {
  return line.quotes.map((q, i) => {
    const occurrence = q.occurrence ?? 0;
    const start = nthIndexOf(text, q.text, occurrence);
    if (start === -1) {
      throw new CitatError(
        ErrorCode.BAD_JSON,
        `gold for document "${line.id}", quote ${i + 1}: text ${JSON.stringify(truncate(q.text, 60))} does not stand in the document${occurrence > 0 ? ` ${occurrence + 1} times` : ''}`,
        { documentId: line.id },
      );
    }
    return {
      kind: q.kind,
      start,
      end: start + q.text.length,
      text: q.text,
      cue: q.cue ?? null,
      speaker: q.speaker,
      aliases: q.aliases ?? [],
      speakerMention: q.speaker_mention ?? null,
      optional: q.optional ?? false,
    };
  });
}

/**
 * Shortens text for messages and listings, marking the cut with `…`.
 * @param text any text
 * @param max the longest result, in characters
 */
export function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, Math.max(0, max - 1))}…`;
}
