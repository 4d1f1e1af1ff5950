/**
 * The runner: checks a stage order once, when the pipeline is built, then runs documents through
 * it. It owns failure: whatever a stage throws comes out as a {@link CitatError} naming the stage
 * and the document.
 * @module
 */
import { CitatDocument, SCHEMA_VERSION, type Language, type Paragraph, type ParagraphLanguage, type Quote, type QuoteSpeaker, type Sentence, type Span, type Speaker } from '../schema/index.js';
import { CitatError, ErrorCode, isCitatError } from '../errors.js';
import { checkText, type InputLimits } from '../input.js';
import type { Layer, WorkingDocument } from './layers.js';
import type { Stage } from './stage.js';

/** Options of {@link Pipeline.run}. */
export interface ExtractOptions extends InputLimits {
  /** Document id (default `doc`). */
  id?: string;
  /** Run the Danish rules even when the text is not Danish. */
  force?: boolean;
}

/** Time spent per stage, in milliseconds, summed over the documents run. */
export type StageTimings = Record<string, number>;

/** A checked sequence of stages. */
export class Pipeline {
  /** The stages, in order. */
  readonly stages: readonly Stage[];
  /** Time per stage, accumulated when `timings` was asked for at construction. */
  readonly timings: StageTimings | undefined;

  /**
   * @param stages stages in the order they run
   * @param options `timings: true` to accumulate time per stage (for benchmarks)
   * @throws {CitatError} PIPELINE_ORDER when a stage requires a layer no earlier stage provides
   */
  constructor(stages: readonly Stage[], options: { timings?: boolean } = {}) {
    checkOrder(stages);
    this.stages = stages;
    this.timings = options.timings ? Object.fromEntries(stages.map((s) => [s.name, 0])) : undefined;
  }

  /**
   * Runs one text through every stage and returns the validated document.
   * @param text the input, exactly as given
   * @param options id, force and size limit
   * @throws {CitatError} for bad input (EMPTY_INPUT, NUL_BYTE, TOO_LARGE, NOT_TEXT), a bad id or size limit (BAD_OPTION), STAGE_FAILED, INVALID_OUTPUT
   */
  run(text: string, options: ExtractOptions = {}): CitatDocument {
    // A non-string id would only fail output validation, reported as a bug in citat.
    if (options.id !== undefined && typeof options.id !== 'string') {
      throw new CitatError(ErrorCode.BAD_OPTION, `expected the document id to be a string, got ${typeof options.id}`);
    }
    const id = options.id ?? 'doc';
    checkText(text, id === 'doc' ? 'input' : id, options);
    const doc: WorkingDocument = { id, text, options: { force: options.force ?? false }, warnings: [] };
    let skipping = false;
    for (const stage of this.stages) {
      if (stage.danishOnly && skipping) continue;
      const t0 = this.timings ? performance.now() : 0;
      try {
        stage.run(doc);
      } catch (error) {
        if (isCitatError(error)) throw error;
        const reason = error instanceof Error ? error.message : String(error);
        throw new CitatError(ErrorCode.STAGE_FAILED, `stage "${stage.name}" failed on document "${id}": ${reason}`, { documentId: id, stage: stage.name, cause: error });
      }
      if (this.timings) this.timings[stage.name]! += performance.now() - t0;
      if (stage.provides.includes('language') && !doc.options.force && doc.language) {
        const code = doc.language.code;
        if (code !== 'da' && code !== 'und') {
          skipping = true;
          doc.warnings.push(`not Danish: language detected as "${code}" (confidence ${doc.language.confidence.toFixed(2)}); no quotes extracted (use --force / { force: true } to run the Danish rules anyway)`);
        }
      }
    }
    return assemble(doc);
  }
}

/**
 * Refuses a stage order in which some stage requires a layer that no earlier stage provides.
 * @param stages stages in order
 * @throws {CitatError} PIPELINE_ORDER naming the stage and the missing layer
 */
export function checkOrder(stages: readonly Stage[]): void {
  const have = new Set<Layer>(['text']);
  const names = new Set<string>();
  for (const stage of stages) {
    if (names.has(stage.name)) throw new CitatError(ErrorCode.PIPELINE_ORDER, `pipeline has stage "${stage.name}" twice`, { stage: stage.name });
    names.add(stage.name);
    for (const layer of stage.requires) {
      if (!have.has(layer)) {
        throw new CitatError(ErrorCode.PIPELINE_ORDER, `stage "${stage.name}" requires layer "${layer}", which no earlier stage provides`, { stage: stage.name });
      }
    }
    for (const layer of stage.provides) have.add(layer);
  }
}

/** Builds the public document from the working one and validates it. */
function assemble(doc: WorkingDocument): CitatDocument {
  const sentences = doc.sentences ?? [];
  const speakers = doc.speakers ?? [];
  const byId = new Map(speakers.map((s) => [s.id, s]));
  const quotes: Quote[] = (doc.quotes ?? []).map((q, i) => {
    const a = doc.attributions?.[i] ?? null;
    const speaker = a ? byId.get(a.speakerId) : undefined;
    return {
      id: `q${i + 1}`,
      kind: q.kind,
      start: q.start,
      end: q.end,
      text: doc.text.slice(q.start, q.end),
      cue: q.cue ? { ...q.cue, text: doc.text.slice(q.cue.start, q.cue.end) } : null,
      speaker: a && speaker ? { id: speaker.id, name: speaker.name, mention: a.mention ? { ...a.mention, text: doc.text.slice(a.mention.start, a.mention.end) } : null, resolution: a.resolution } : null,
      sentences: overlapping(sentences, q.start, q.end),
      confidence: round(q.confidence),
    };
  });
  const out = {
    schemaVersion: SCHEMA_VERSION,
    id: doc.id,
    language: doc.language ?? { code: 'und', confidence: 0, scores: {} },
    paragraphs: doc.paragraphs ?? [],
    sentences,
    speakers,
    quotes,
    warnings: doc.warnings,
  };
  // The usual case is checked and copied by hand (zod cost ~7% of the pipeline's time and a
  // share of every worker's JIT warm-up); anything unusual goes to zod, which then decides.
  const shaped = shapeDocument(out);
  if (shaped) {
    checkSpans(shaped, doc.text);
    return shaped;
  }
  const parsed = CitatDocument.safeParse(out);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CitatError(ErrorCode.INVALID_OUTPUT, `document "${doc.id}" failed validation at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? 'unknown'} (a bug in citat; please report it)`, { documentId: doc.id });
  }
  checkSpans(parsed.data, doc.text);
  return parsed.data;
}

/** Indices of the sentences that overlap [start, end) (sentences are sorted and disjoint). */
function overlapping(sentences: readonly { start: number; end: number }[], start: number, end: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    if (s.start >= end) break;
    if (s.end > start) out.push(i);
  }
  return out;
}

/** The contract: every span's text is the input's slice at its offsets. */
function checkSpans(doc: CitatDocument, text: string): void {
  const bad = (what: string) => {
    throw new CitatError(ErrorCode.INVALID_OUTPUT, `document "${doc.id}": ${what} does not match the input at its offsets (a bug in citat; please report it)`, { documentId: doc.id });
  };
  for (const q of doc.quotes) {
    if (text.slice(q.start, q.end) !== q.text) bad(`quote ${q.id}`);
    if (q.cue && text.slice(q.cue.start, q.cue.end) !== q.cue.text) bad(`cue of quote ${q.id}`);
    const m = q.speaker?.mention;
    if (m && text.slice(m.start, m.end) !== m.text) bad(`speaker mention of quote ${q.id}`);
  }
  for (const s of doc.speakers) for (const m of s.mentions) if (text.slice(m.start, m.end) !== m.text) bad(`mention of speaker ${s.id}`);
  for (const s of doc.sentences) if (s.end > text.length || s.start > s.end) bad('a sentence');
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

// ---------------------------------------------------------------------------------------------
// The contract's shape, checked and copied without zod. `CitatDocument.safeParse` builds a fresh
// object with the schema's keys in the schema's order and drops any other key; so does
// {@link shapeDocument}, for the values it accepts. It accepts only the plain case (plain objects,
// dense arrays, finite numbers, no key present with the value undefined) and returns undefined
// for anything else, which then goes to zod: it is never looser than the schema, and where it
// answers, its answer is zod's (test/batch/output-shape.test.ts compares the two on every dev and
// corpus text and on broken documents).

type Obj = Record<string, unknown>;
const QUOTE_KINDS: ReadonlySet<unknown> = new Set(['direct', 'indirect', 'mixed']);
const SPEAKER_KINDS: ReadonlySet<unknown> = new Set(['person', 'organization', 'group', 'unknown']);
const RESOLUTIONS: ReadonlySet<unknown> = new Set(['name', 'alias', 'role', 'pronoun', 'description', 'continuation']);

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;
}
function isOffset(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
}
function isUnit(v: unknown): v is number {
  return typeof v === 'number' && v >= 0 && v <= 1; // (NaN fails both comparisons)
}
function isCode(v: unknown): v is string {
  return typeof v === 'string' && v.length >= 2 && v.length <= 3;
}

/** A dense array of shaped items, or undefined when it is not an array or an item does not fit. */
function shapeArray<T>(v: unknown, item: (x: unknown) => T | undefined): T[] | undefined {
  if (!Array.isArray(v)) return undefined;
  const out: T[] = new Array<T>(v.length);
  for (let i = 0; i < v.length; i++) {
    if (!(i in v)) return undefined;
    const x = item(v[i]);
    if (x === undefined) return undefined;
    out[i] = x;
  }
  return out;
}

function shapeString(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}
function shapeIndex(v: unknown): number | undefined {
  return isOffset(v) ? v : undefined;
}

function shapeSpan(v: unknown): Span | undefined {
  if (!isObj(v) || !isOffset(v.start) || !isOffset(v.end) || typeof v.text !== 'string') return undefined;
  return { start: v.start, end: v.end, text: v.text };
}

/** A span, null, or undefined when it is neither. */
function shapeNullableSpan(v: unknown): Span | null | undefined {
  return v === null ? null : shapeSpan(v);
}

function shapeParagraphLanguage(v: unknown): ParagraphLanguage | undefined {
  if (!isObj(v) || !isOffset(v.paragraph) || !isCode(v.code) || !isUnit(v.confidence)) return undefined;
  return { paragraph: v.paragraph, code: v.code, confidence: v.confidence };
}

function shapeLanguage(v: unknown): Language | undefined {
  if (!isObj(v) || !isCode(v.code) || !isUnit(v.confidence) || !isObj(v.scores)) return undefined;
  const scores: Record<string, number> = {};
  for (const key of Reflect.ownKeys(v.scores)) {
    const plain = typeof key === 'string' && key !== '__proto__' && Object.prototype.propertyIsEnumerable.call(v.scores, key);
    const score: unknown = plain ? v.scores[key] : undefined;
    if (typeof score !== 'number' || !Number.isFinite(score)) return undefined;
    scores[key as string] = score;
  }
  const out: Language = { code: v.code, confidence: v.confidence, scores };
  if ('paragraphs' in v) {
    const paragraphs = shapeArray(v.paragraphs, shapeParagraphLanguage);
    if (!paragraphs) return undefined;
    out.paragraphs = paragraphs;
  }
  return out;
}

function shapeParagraph(v: unknown): Paragraph | undefined {
  if (!isObj(v) || !isOffset(v.start) || !isOffset(v.end)) return undefined;
  return { start: v.start, end: v.end };
}

function shapeSentence(v: unknown): Sentence | undefined {
  if (!isObj(v) || !isOffset(v.start) || !isOffset(v.end) || !isOffset(v.paragraph)) return undefined;
  return { start: v.start, end: v.end, paragraph: v.paragraph };
}

function shapeSpeaker(v: unknown): Speaker | undefined {
  if (!isObj(v) || typeof v.id !== 'string' || typeof v.name !== 'string' || !SPEAKER_KINDS.has(v.kind)) return undefined;
  const roles = shapeArray(v.roles, shapeString);
  const mentions = roles && shapeArray(v.mentions, shapeSpan);
  if (!roles || !mentions) return undefined;
  return { id: v.id, name: v.name, kind: v.kind as Speaker['kind'], roles, mentions };
}

function shapeQuoteSpeaker(v: unknown): QuoteSpeaker | undefined {
  if (!isObj(v) || typeof v.id !== 'string' || typeof v.name !== 'string' || !RESOLUTIONS.has(v.resolution)) return undefined;
  const mention = shapeNullableSpan(v.mention);
  if (mention === undefined) return undefined;
  return { id: v.id, name: v.name, mention, resolution: v.resolution as QuoteSpeaker['resolution'] };
}

function shapeQuote(v: unknown): Quote | undefined {
  if (!isObj(v) || typeof v.id !== 'string' || !QUOTE_KINDS.has(v.kind) || !isOffset(v.start) || !isOffset(v.end) || typeof v.text !== 'string' || !isUnit(v.confidence)) return undefined;
  const cue = shapeNullableSpan(v.cue);
  const speaker = v.speaker === null ? null : shapeQuoteSpeaker(v.speaker);
  const sentences = shapeArray(v.sentences, shapeIndex);
  if (cue === undefined || speaker === undefined || !sentences) return undefined;
  return { id: v.id, kind: v.kind as Quote['kind'], start: v.start, end: v.end, text: v.text, cue, speaker, sentences, confidence: v.confidence };
}

/**
 * The document in the shape of {@link CitatDocument}, as `CitatDocument.parse` would return it
 * (a fresh object, the schema's keys in its order, nothing else), or undefined when the value is
 * not plainly valid (zod then decides and names the problem).
 * @param v the assembled document
 */
export function shapeDocument(v: unknown): CitatDocument | undefined {
  if (!isObj(v) || v.schemaVersion !== SCHEMA_VERSION || typeof v.id !== 'string') return undefined;
  const language = shapeLanguage(v.language);
  const paragraphs = language && shapeArray(v.paragraphs, shapeParagraph);
  const sentences = paragraphs && shapeArray(v.sentences, shapeSentence);
  const speakers = sentences && shapeArray(v.speakers, shapeSpeaker);
  const quotes = speakers && shapeArray(v.quotes, shapeQuote);
  const warnings = quotes && shapeArray(v.warnings, shapeString);
  if (!language || !paragraphs || !sentences || !speakers || !quotes || !warnings) return undefined;
  return { schemaVersion: SCHEMA_VERSION, id: v.id, language, paragraphs, sentences, speakers, quotes, warnings };
}
