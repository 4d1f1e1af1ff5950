/**
 * Rewriting a text's quotation style, with its gold, to measure how much citat depends on the
 * marks a newspaper happens to use. The dev texts use ASCII `"…"`; Danish papers also print
 * `»…«` and speech-dash paragraphs (`- Vi er klar, siger hun.`).
 *
 * The rewrite is a list of small edits; gold spans are resolved in the original text, carried
 * through the edits by offset and then cut from the new text, so gold and text can never
 * disagree (gold `text` is matched by substring, so both must change the same way).
 *
 * Which `"` opens and which closes is decided per paragraph by alternation (first opens, next
 * closes, …): context rules fail on the common `særordninger, "siger han`, where a closing
 * mark follows a space, and a quote that runs on to the next paragraph reopens at each one.
 * @module
 */
import { type GoldDocumentLine, nthIndexOf, resolveGold } from './gold.js';
import type { DocumentLine } from './load.js';

/** The styles `citat eval --style` accepts; `ascii` leaves the text as given. */
export const QUOTE_STYLES = ['ascii', 'guillemets', 'dash'] as const;
/** One of {@link QUOTE_STYLES}. */
export type QuoteStyle = (typeof QUOTE_STYLES)[number];

/** One replacement: `remove` characters at `at` give way to `insert`. */
export interface Edit {
  at: number;
  remove: number;
  insert: string;
}

/** A rewritten text and the way back from old offsets to new ones. */
export interface Restyled {
  text: string;
  /** Maps an offset of the original text to the rewritten one (an offset inside a removed stretch maps to where it stood). */
  map(offset: number): number;
}

/** One ASCII quotation mark and whether it opens, per paragraph alternation. */
interface Mark {
  at: number;
  opens: boolean;
}

/** Paragraph ranges: text between line breaks (blank lines included as separators). */
function paragraphs(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      if (text.slice(start, i).trim() !== '') out.push({ start, end: i });
      start = i + 1;
    }
  }
  return out;
}

function marksIn(text: string, p: { start: number; end: number }): Mark[] {
  const marks: Mark[] = [];
  for (let i = p.start; i < p.end; i++) if (text[i] === '"') marks.push({ at: i, opens: marks.length % 2 === 0 });
  return marks;
}

/**
 * Applies edits (non-overlapping) to a text.
 * @param text the original
 * @param edits the replacements, in any order
 */
export function applyEdits(text: string, edits: readonly Edit[]): Restyled {
  const sorted = [...edits].sort((a, b) => a.at - b.at);
  let out = '';
  let from = 0;
  for (const e of sorted) {
    out += text.slice(from, e.at) + e.insert;
    from = e.at + e.remove;
  }
  out += text.slice(from);
  return {
    text: out,
    map(offset: number): number {
      let shift = 0;
      for (const e of sorted) {
        if (e.at + e.remove <= offset && !(e.remove === 0 && e.at === offset)) shift += e.insert.length - e.remove;
        else if (e.at < offset) return e.at + shift + e.insert.length; // inside a removed stretch
        else break;
      }
      return offset + shift;
    },
  };
}

/**
 * The edits that turn ASCII `"…"` into `»…«` (same length, so offsets do not move).
 * @param text the original
 */
export function guillemetEdits(text: string): Edit[] {
  return paragraphs(text).flatMap((p) => marksIn(text, p).map((m) => ({ at: m.at, remove: 1, insert: m.opens ? '»' : '«' })));
}

/**
 * The edits that turn a paragraph opening with a quote into a speech-dash paragraph, the Danish
 * convention: `"Vi er klar," siger hun.` → `- Vi er klar, siger hun.`. Only paragraphs that
 * start with the mark and hold a single quote are changed, and only when the quote ends the
 * paragraph or ends in `,`, `?` or `!` followed by its attribution (a lower-case word), so that
 * a title or name at the start of a paragraph keeps its marks. A quote that runs on to the next
 * paragraph (no closing mark) takes the dash too.
 * @param text the original
 */
export function dashEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  for (const p of paragraphs(text)) {
    const lead = /^[ \t]*/u.exec(text.slice(p.start, p.end))![0].length;
    const open = p.start + lead;
    if (text[open] !== '"') continue;
    const marks = marksIn(text, p);
    if (marks.length > 2) continue;
    const close = marks[1]?.at;
    if (close !== undefined) {
      const after = text.slice(close + 1, p.end);
      const endsParagraph = after.trim() === '';
      const attribution = /[,?!]$/u.test(text.slice(open + 1, close)) && /^\s+\p{Ll}/u.test(after);
      if (!endsParagraph && !attribution) continue;
      edits.push({ at: close, remove: 1, insert: '' });
    }
    edits.push({ at: open, remove: /\s/u.test(text[open + 1] ?? '') ? 1 : 1, insert: '- ' });
  }
  return edits;
}

/**
 * Rewrites a text in a style.
 * @param text the original (ASCII quotation marks)
 * @param style the target style
 */
export function restyleText(text: string, style: QuoteStyle): Restyled {
  const edits = style === 'guillemets' ? guillemetEdits(text) : style === 'dash' ? dashEdits(text) : [];
  return applyEdits(text, edits);
}

/** Which non-overlapping occurrence (from 0) of `needle` starts at `start`, or null when none does. */
function occurrenceAt(text: string, needle: string, start: number): number | null {
  for (let k = 0; ; k++) {
    const at = nthIndexOf(text, needle, k);
    if (at === -1 || at > start) return null;
    if (at === start) return k;
  }
}

/**
 * Rewrites one document and its gold the same way.
 * @param doc the document line
 * @param gold its gold line, if any
 * @param style the target style
 * @returns the new document and gold; gold texts are cut from the new text at the carried offsets
 * @throws {CitatError} BAD_JSON when a gold text does not stand in the original
 */
export function restyleDocument(doc: DocumentLine, gold: GoldDocumentLine | undefined, style: QuoteStyle): { doc: DocumentLine; gold: GoldDocumentLine | undefined } {
  const restyled = restyleText(doc.text, style);
  const newDoc = { ...doc, text: restyled.text };
  if (!gold) return { doc: newDoc, gold };
  const spans = resolveGold(gold, doc.text);
  const quotes = gold.quotes.map((q, i) => {
    const span = spans[i]!;
    const start = restyled.map(span.start);
    const end = restyled.map(span.end);
    const text = restyled.text.slice(start, end);
    const occurrence = occurrenceAt(restyled.text, text, start) ?? 0;
    const { occurrence: _old, ...rest } = q;
    return occurrence > 0 ? { ...rest, text, occurrence } : { ...rest, text };
  });
  return { doc: newDoc, gold: { ...gold, quotes } };
}

/**
 * Rewrites a whole evaluation set.
 * @param documents document lines
 * @param gold gold lines (by id)
 * @param style the target style
 */
export function restyleCorpus(documents: readonly DocumentLine[], gold: readonly GoldDocumentLine[], style: QuoteStyle): { documents: DocumentLine[]; gold: GoldDocumentLine[] } {
  const goldById = new Map(gold.map((g) => [g.id, g]));
  const newGold = new Map<string, GoldDocumentLine>();
  const newDocs = documents.map((d) => {
    const r = restyleDocument(d, goldById.get(d.id), style);
    if (r.gold) newGold.set(d.id, r.gold);
    return r.doc;
  });
  // Gold whose document is missing stays as it was; pairing reports it.
  return { documents: newDocs, gold: gold.map((g) => newGold.get(g.id) ?? g) };
}
