/**
 * The end of the pipeline: the public {@link CitatDocument} built from the working document's
 * layers, validated, and every span checked against the input.
 * @module
 */
import type { z } from 'zod';
import { CitatDocument, SCHEMA_VERSION, type Quote } from '../schema/index.js';
import { flatCheck } from '../schema/flat-check.js';
import { CitatError, ErrorCode } from '../errors.js';
import type { Layer, WorkingDocument } from './layers.js';

/**
 * The layers the output is built from; a pipeline must provide them (checked when it is built).
 * `language` is not among them: a pipeline without language detection reports `und`.
 */
export const OUTPUT_LAYERS: readonly Layer[] = ['paragraphs', 'sentences', 'quotes', 'attributions', 'speakers'];

/**
 * Builds the public document from the working one and validates it.
 * @param doc a working document with every layer of {@link OUTPUT_LAYERS}
 * @throws {CitatError} INVALID_OUTPUT when the document does not fit the schema or a span does not match the input (a bug)
 */
export function assemble(doc: WorkingDocument): CitatDocument {
  const sentences = need(doc, 'sentences');
  const speakers = need(doc, 'speakers');
  const attributions = need(doc, 'attributions');
  const byId = new Map(speakers.map((s) => [s.id, s]));
  const quotes: Quote[] = need(doc, 'quotes').map((q, i) => {
    const a = attributions[i] ?? null;
    const speaker = a ? byId.get(a.speakerId) : undefined;
    return {
      id: `q${i + 1}`,
      kind: q.kind,
      start: q.start,
      end: q.end,
      text: doc.text.slice(q.start, q.end),
      cue: q.cue ? { ...q.cue, text: doc.text.slice(q.cue.start, q.cue.end) } : null,
      speaker:
        a && speaker
          ? {
              id: speaker.id,
              name: speaker.name,
              mention: a.mention ? { ...a.mention, text: doc.text.slice(a.mention.start, a.mention.end) } : null,
              resolution: a.resolution,
            }
          : null,
      sentences: overlapping(sentences, q.start, q.end),
      confidence: round(doc.confidences?.[i] ?? q.confidence),
    };
  });
  const out = {
    schemaVersion: SCHEMA_VERSION,
    id: doc.id,
    language: doc.language ?? { code: 'und', confidence: 0, scores: {} },
    paragraphs: need(doc, 'paragraphs'),
    sentences,
    speakers,
    quotes,
    warnings: doc.warnings,
  };
  // The schema is the one check, not a faster copy of it by hand. But a zod parse copies what it
  // checks, and a whole array's copies stay alive until the parse ends: on a document of a million
  // one-line paragraphs, copying its paragraphs, sentences and paragraph languages took 40% of
  // the time. Those three arrays, which grow with the text, are checked element by element with
  // the document's own element schemas (see checkEach); the rest of the document is parsed whole.
  const language = out.language;
  const parsed = CitatDocument.safeParse({
    ...out,
    paragraphs: [],
    sentences: [],
    language: language.paragraphs ? { ...language, paragraphs: [] } : language,
  });
  if (!parsed.success) invalid(doc.id, parsed.error.issues[0]);
  const result = parsed.data;
  result.paragraphs = checkEach(PARAGRAPH, out.paragraphs, 'paragraphs', doc.id);
  result.sentences = checkEach(SENTENCE, out.sentences, 'sentences', doc.id);
  if (language.paragraphs) result.language.paragraphs = checkEach(PARAGRAPH_LANGUAGE, language.paragraphs, 'language.paragraphs', doc.id);
  checkSpans(result, doc.text);
  return result;
}

/** An element schema of the document, with the fast first check derived from it (../schema/flat-check.ts). */
interface ElementCheck<T> {
  schema: z.ZodType<T>;
  fast: ((value: unknown) => boolean) | undefined;
}

function elementCheck<T>(schema: z.ZodType<T>): ElementCheck<T> {
  return { schema, fast: flatCheck(schema) };
}

const PARAGRAPH = elementCheck(CitatDocument.shape.paragraphs.element);
const SENTENCE = elementCheck(CitatDocument.shape.sentences.element);
const PARAGRAPH_LANGUAGE = elementCheck(CitatDocument.shape.language.shape.paragraphs.unwrap().element);

/** Throws the INVALID_OUTPUT error for the first issue of a failed check. */
function invalid(id: string, issue: z.core.$ZodIssue | undefined, prefix: (string | number)[] = []): never {
  const path = issue ? [...prefix, ...issue.path.map(String)].join('.') : '?';
  throw new CitatError(
    ErrorCode.INVALID_OUTPUT,
    `document "${id}" failed validation at ${path}: ${issue?.message ?? 'unknown'} (a bug in citat; please report it)`,
    { documentId: id },
  );
}

/**
 * Checks every element of an array of flat records and returns a new array of the checked
 * elements: each element itself when the fast check passes it (a parse would give it back
 * unchanged), else what a parse of it gives, as parsing the whole array would. A parse per
 * element was most of the output's time on a document of a million short lines; the fast check,
 * derived from the same schema, leaves zod only the elements it cannot pass (and zod says what is
 * wrong with them).
 */
function checkEach<T extends object>(check: ElementCheck<T>, items: readonly T[], path: string, id: string): T[] {
  const { schema, fast } = check;
  const out = items.slice();
  for (let i = 0; i < items.length; i++) {
    if (fast?.(items[i])) continue;
    const r = schema.safeParse(items[i]);
    if (!r.success) invalid(id, r.error.issues[0], [path, i]);
    out[i] = r.data;
  }
  return out;
}

/** A layer the output needs (the pipeline's order check makes sure some stage provides it). */
function need<L extends Layer>(doc: WorkingDocument, layer: L): NonNullable<WorkingDocument[L]> {
  const value = doc[layer];
  if (value === undefined)
    throw new CitatError(ErrorCode.INVALID_OUTPUT, `document "${doc.id}" has no layer "${layer}" to build the output from (a bug in citat; please report it)`, {
      documentId: doc.id,
    });
  return value as NonNullable<WorkingDocument[L]>;
}

/** Indices of the sentences that overlap [start, end) (sentences are sorted and disjoint). */
function overlapping(sentences: readonly { start: number; end: number }[], start: number, end: number): number[] {
  const out: number[] = [];
  // the first sentence that ends after `start`, by halving (a pass from the first sentence for
  // every quote made a long document of many quotes quadratic)
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sentences[mid]!.end > start) hi = mid;
    else lo = mid + 1;
  }
  for (let i = lo; i < sentences.length; i++) {
    const s = sentences[i]!;
    if (s.start >= end) break;
    if (s.end > start) out.push(i);
  }
  return out;
}

/** The contract: every span's text is the input's slice at its offsets. */
function checkSpans(doc: CitatDocument, text: string): void {
  const bad = (what: string) => {
    throw new CitatError(ErrorCode.INVALID_OUTPUT, `document "${doc.id}": ${what} does not match the input at its offsets (a bug in citat; please report it)`, {
      documentId: doc.id,
    });
  };
  // (a slice clamps offsets past the end, so the bounds are checked apart from the text)
  const within = (s: { start: number; end: number }) => s.start <= s.end && s.end <= text.length;
  const fits = (s: { start: number; end: number; text: string }) => within(s) && text.slice(s.start, s.end) === s.text;
  for (const q of doc.quotes) {
    if (!fits(q)) bad(`quote ${q.id}`);
    if (q.cue && !fits(q.cue)) bad(`cue of quote ${q.id}`);
    const m = q.speaker?.mention;
    if (m && !fits(m)) bad(`speaker mention of quote ${q.id}`);
  }
  for (const s of doc.speakers) for (const m of s.mentions) if (!fits(m)) bad(`mention of speaker ${s.id}`);
  for (const s of doc.paragraphs) if (!within(s)) bad('a paragraph');
  for (const s of doc.sentences) if (!within(s)) bad('a sentence');
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
