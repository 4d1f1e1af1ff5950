/**
 * The end of the pipeline: the public {@link CitatDocument} built from the working document's
 * layers, validated, and every span checked against the input.
 * @module
 */
import { CitatDocument, SCHEMA_VERSION, type Quote } from '../schema/index.js';
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
  // zod 4 compiles the schema's check to a function on first use: on the 808 dev and corpus texts
  // it costs 0.8% of the pipeline's time once warm (2.8% on the first pass, the compilation
  // included), so the schema is the one check, not a faster copy of it by hand.
  const parsed = CitatDocument.safeParse(out);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CitatError(
      ErrorCode.INVALID_OUTPUT,
      `document "${doc.id}" failed validation at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? 'unknown'} (a bug in citat; please report it)`,
      { documentId: doc.id },
    );
  }
  checkSpans(parsed.data, doc.text);
  return parsed.data;
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
