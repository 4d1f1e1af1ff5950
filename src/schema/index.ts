/**
 * The output contract of citat: zod schemas, the TypeScript types inferred from them (same names),
 * and the JSON Schema generated from them for users outside TypeScript.
 *
 * Every `start`/`end` is a UTF-16 code-unit offset into the input exactly as given, so
 * `input.slice(start, end) === text` holds for every span (JavaScript string indexing).
 *
 * @module citat/schema
 */
import { z } from 'zod';

/** Version of the document format; bumped on any incompatible change of the schema. */
export const SCHEMA_VERSION = '1.0.0' as const;

const offset = z.number().int().nonnegative();

/** A stretch of the input: `input.slice(start, end) === text`. */
export const Span = z.object({ start: offset, end: offset, text: z.string() }).describe('A span of the input; input.slice(start, end) === text.');
/** A stretch of the input: `input.slice(start, end) === text`. */
export type Span = z.infer<typeof Span>;

/** ISO 639-1 language codes citat scores, plus `und` (undetermined). */
export const LanguageCode = z.string().min(2).max(3).describe("ISO 639-1 code, or 'und' when undetermined.");
/** ISO 639-1 language code or `und`. */
export type LanguageCode = z.infer<typeof LanguageCode>;

/** The language of one paragraph. */
export const ParagraphLanguage = z.object({
  paragraph: z.number().int().nonnegative().describe('Index into paragraphs.'),
  code: LanguageCode,
  confidence: z.number().min(0).max(1),
});
/** The language of one paragraph. */
export type ParagraphLanguage = z.infer<typeof ParagraphLanguage>;

/** The result of language detection, for the document and per paragraph. */
export const Language = z.object({
  code: LanguageCode,
  confidence: z.number().min(0).max(1),
  scores: z
    .record(z.string(), z.number())
    .describe(
      'Probability per language code, summing to 1 (each rounded to 3 decimals), or all 0 when the text was too short to measure; at least da, nb, nn, sv, en, de. confidence is the score of code.',
    ),
  paragraphs: z.array(ParagraphLanguage).optional().describe('Per-paragraph languages, where paragraphs were found.'),
});
/** The result of language detection. */
export type Language = z.infer<typeof Language>;

/** A paragraph: a block of text separated from the next by a blank line (or a line break). */
export const Paragraph = z.object({ start: offset, end: offset });
/** A paragraph. */
export type Paragraph = z.infer<typeof Paragraph>;

/** A sentence with the index of the paragraph it belongs to. */
export const Sentence = z.object({ start: offset, end: offset, paragraph: z.number().int().nonnegative() });
/** A sentence. */
export type Sentence = z.infer<typeof Sentence>;

/** What kind of source a speaker is. */
export const SpeakerKind = z.enum(['person', 'organization', 'group', 'unknown']);
/** What kind of source a speaker is. */
export type SpeakerKind = z.infer<typeof SpeakerKind>;

/** One source quoted in the document, with every mention of it. */
export const Speaker = z.object({
  id: z.string(),
  name: z.string().describe('The fullest name (or description) the document gives.'),
  kind: SpeakerKind,
  roles: z.array(z.string()).describe('Titles and roles the document gives the source.'),
  mentions: z.array(Span),
});
/** One source quoted in the document. */
export type Speaker = z.infer<typeof Speaker>;

/** Kinds of quote, as ANNOTATION.md defines them. */
export const QuoteKind = z.enum(['direct', 'indirect', 'mixed']);
/** Kinds of quote. */
export type QuoteKind = z.infer<typeof QuoteKind>;

/** How a quote's speaker was found. */
export const Resolution = z
  .enum(['name', 'alias', 'role', 'pronoun', 'description', 'continuation'])
  .describe(
    'name: the mention is a name; alias: a surname or short form resolved to a fuller name; role: a role noun resolved to its holder; pronoun: resolved to the most recent fitting source; description: an unnamed source described in place; continuation: no mention, the speaker of the previous quote.',
  );
/** How a quote's speaker was found. */
export type Resolution = z.infer<typeof Resolution>;

/** The speaker of a quote: a pointer into `speakers`, and the mention it rests on. */
export const QuoteSpeaker = z.object({
  id: z.string().describe('Id of an entry of speakers.'),
  name: z.string(),
  mention: Span.nullable(),
  resolution: Resolution,
});
/** The speaker of a quote. */
export type QuoteSpeaker = z.infer<typeof QuoteSpeaker>;

/** One quotation. */
export const Quote = z.object({
  id: z.string(),
  kind: QuoteKind,
  start: offset,
  end: offset,
  text: z.string(),
  cue: Span.nullable().describe('The reporting word(s), or null (continuation quotes).'),
  speaker: QuoteSpeaker.nullable(),
  sentences: z.array(z.number().int().nonnegative()).describe('Indices of the sentences the quote overlaps.'),
  confidence: z.number().min(0).max(1).describe('Probability that the quote and its speaker are both right (a model fitted on annotated news).'),
});
/** One quotation. */
export type Quote = z.infer<typeof Quote>;

/** The whole result for one input text. */
export const CitatDocument = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: z.string(),
  language: Language,
  paragraphs: z.array(Paragraph),
  sentences: z.array(Sentence),
  speakers: z.array(Speaker),
  quotes: z.array(Quote),
  warnings: z.array(z.string()),
});
/** The whole result for one input text. */
export type CitatDocument = z.infer<typeof CitatDocument>;

/** An error record, as batch runs write it for a document that failed. */
export const ErrorRecord = z.object({
  id: z.string(),
  error: z.object({ code: z.string(), message: z.string() }),
});
/** An error record. */
export type ErrorRecord = z.infer<typeof ErrorRecord>;

/**
 * The JSON Schema (draft 2020-12) of {@link CitatDocument}, generated from the zod schema.
 * `schema/citat.schema.json` is this object; a test fails when the two drift.
 * @returns a plain JSON-serialisable object
 */
export function citatJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(CitatDocument, { target: 'draft-2020-12' }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    $id: 'https://citat.invalid/schema/citat.schema.json',
    title: 'citat document',
    description: 'Quotations found by citat in one Danish news text, with their speakers. Offsets are UTF-16 code units into the input.',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
}
