/**
 * What `citat view` accepts besides plain text: a citat JSON document together with the text its
 * offsets index, either as `{ "document": {…}, "text": "…" }` or as the document with an extra
 * top-level `"text"` field. The document is validated and every span is checked against the
 * text, so a page never shows a quote on the wrong words.
 * @module
 */
import { CitatError, ErrorCode } from '../errors.js';
import { CitatDocument } from '../schema/index.js';

/** A document and the text its offsets index. */
export interface ViewInput {
  doc: CitatDocument;
  text: string;
}

/**
 * Whether input looks like JSON meant for `citat view` (an object that names a document)
 * rather than article text. Article text rarely starts with `{`; when it does and is not such an
 * object, it is treated as text.
 * @param raw the input
 * @param fileName the input's name; a `.json` name is always taken as JSON
 */
export function looksLikeDocumentJson(raw: string, fileName: string): boolean {
  if (/\.json$/i.test(fileName)) return true;
  if (!/^\uFEFF?\s*\{/.test(raw)) return false;
  try {
    const value: unknown = JSON.parse(raw.replace(/^\uFEFF/, ''));
    return typeof value === 'object' && value !== null && ('schemaVersion' in value || 'document' in value);
  } catch {
    return false;
  }
}

/**
 * Reads a citat document and its text from JSON.
 * @param raw the JSON
 * @param label the input's name for messages
 * @param separateText the text when it is not in the JSON (from `--text FILE`)
 * @returns the validated document and its text
 * @throws {CitatError} BAD_JSON when the JSON is not a citat document, has no text, or its spans do not match the text
 */
export function parseViewInput(raw: string, label: string, separateText?: string): ViewInput {
  let value: unknown;
  try {
    value = JSON.parse(raw.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new CitatError(ErrorCode.BAD_JSON, `${label}: not valid JSON (${(error as Error).message.split('\n')[0]})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new CitatError(ErrorCode.BAD_JSON, `${label}: expected a JSON object {"document": …, "text": "…"} or a citat document with a "text" field`);
  }
  const obj = value as Record<string, unknown>;
  const docValue = 'document' in obj ? obj.document : obj;
  const text = typeof obj.text === 'string' ? obj.text : separateText;
  if (text === undefined) {
    throw new CitatError(ErrorCode.BAD_JSON, `${label}: the document carries no "text"; add the text as a "text" field or give it with --text FILE`);
  }
  const parsed = CitatDocument.safeParse(docValue);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    throw new CitatError(ErrorCode.BAD_JSON, `${label}: not a citat document${where}: ${issue?.message ?? 'invalid'} (see citat schema)`);
  }
  checkSpans(parsed.data, text, label);
  return { doc: parsed.data, text };
}

/**
 * Checks that every span of a document stands in the text.
 * @param doc the document
 * @param text the text it should index
 * @param label the input's name for messages
 * @throws {CitatError} BAD_JSON naming the first span that does not match
 */
export function checkSpans(doc: CitatDocument, text: string, label: string): void {
  const check = (what: string, span: { start: number; end: number; text: string }): void => {
    if (span.end < span.start || span.end > text.length || text.slice(span.start, span.end) !== span.text) {
      throw new CitatError(
        ErrorCode.BAD_JSON,
        `${label}: ${what} at ${span.start}–${span.end} does not match the text; is the text the one the document was made from?`,
      );
    }
  };
  for (const q of doc.quotes) {
    check(`quote ${q.id}`, q);
    if (q.cue) check(`the cue of quote ${q.id}`, q.cue);
    if (q.speaker?.mention) check(`the speaker mention of quote ${q.id}`, q.speaker.mention);
  }
  for (const s of doc.speakers) for (const m of s.mentions) check(`a mention of speaker ${s.id}`, m);
  for (const p of [...doc.paragraphs, ...doc.sentences]) {
    if (p.end < p.start || p.end > text.length) {
      throw new CitatError(ErrorCode.BAD_JSON, `${label}: a paragraph or sentence at ${p.start}–${p.end} lies outside the text (${text.length} characters)`);
    }
  }
}
