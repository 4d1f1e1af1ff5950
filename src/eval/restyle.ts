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

/**
 * The styles `citat eval --style` accepts: `ascii` leaves the text as given; `guillemets` (`»…«`),
 * `low` (`„…“`) and `dash` rewrite ASCII `"…"`; `straight` rewrites typographic double marks
 * (`»…«`, `”…”`, `„…“`) to ASCII `"…"`, for sets printed in those.
 */
export const QUOTE_STYLES = ['ascii', 'guillemets', 'low', 'dash', 'straight'] as const;
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
  /**
   * Maps an offset of the original text to the rewritten one. An offset inside a removed stretch
   * maps to where it stood; text inserted exactly at the offset counts as before a span's start
   * and after a span's end.
   */
  map(offset: number, side?: 'start' | 'end'): number;
}

/** One ASCII quotation mark: where it stands, in which paragraph, whether it opens, and whether it belongs to a quote inside a quote. */
export interface Mark {
  at: number;
  paragraph: number;
  opens: boolean;
  nested: boolean;
}

/** A paragraph: text between line breaks, with the offset of its first non-blank character. */
interface Para {
  start: number;
  end: number;
  /** Offset of the first character that is not a space or tab. */
  lead: number;
}

/** Paragraph ranges: text between line breaks (blank lines are separators). */
function paragraphs(text: string): Para[] {
  const out: Para[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      const body = text.slice(start, i);
      if (body.trim() !== '') out.push({ start, end: i, lead: start + /^[ \t\r]*/u.exec(body)![0].length });
      start = i + 1;
    }
  }
  return out;
}

/**
 * Decides which ASCII `"` open and which close, and which belong to a quote inside a quote.
 * - A mark at the start of a paragraph opens (a new quote, or a quote running on).
 * - Outside a quote a mark opens, unless only white space follows it in its paragraph: then it
 *   closes a quote whose opening mark is missing.
 * - Inside a quote a mark closes, unless it stands like an opening mark (after a space, before
 *   a letter, and not after a comma or full stop, which is how `…, "siger han` closes): then it
 *   opens a quote inside the quote (`"Hvis vi "gamle" gør noget …`), closed by the next mark.
 * - The state carries over paragraph breaks, because a quote that runs over paragraphs may
 *   close in a later paragraph that has no opening mark (`…særordninger, "siger han.`).
 * Texts whose marks are inconsistent (inner quotes flattened to `"` with odd spacing) come out
 * just as inconsistent; the rewrite mirrors the source, it does not repair it.
 * @param text the original
 */
export function classifyMarks(text: string): Mark[] {
  const marks: Mark[] = [];
  let depth = 0;
  paragraphs(text).forEach((p, pi) => {
    for (let i = p.start; i < p.end; i++) {
      if (text[i] !== '"') continue;
      const before = text.slice(p.start, i);
      const opensLike = /\s/u.test(text[i - 1] ?? '') && /[\p{L}\p{N}]/u.test(text[i + 1] ?? '') && !/[,.!?…:;]\s*$/u.test(before);
      let opens: boolean;
      let nested = false;
      if (i === p.lead) {
        opens = true;
        depth = 1;
      } else if (depth === 0) {
        opens = text.slice(i + 1, p.end).trim() !== '';
        depth = opens ? 1 : 0;
      } else if (depth === 1 && opensLike) {
        opens = true;
        nested = true;
        depth = 2;
      } else {
        opens = false;
        nested = depth === 2;
        depth -= 1;
      }
      marks.push({ at: i, paragraph: pi, opens, nested });
    }
  });
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
    map(offset: number, side: 'start' | 'end' = 'start'): number {
      let shift = 0;
      for (const e of sorted) {
        const pureInsertHere = e.remove === 0 && e.at === offset;
        if (pureInsertHere) {
          // Text inserted where a span starts goes before it (a speech dash); where a span ends, after it.
          if (side === 'start') shift += e.insert.length;
          continue;
        }
        if (e.at + e.remove <= offset) shift += e.insert.length - e.remove;
        else if (e.at < offset)
          return e.at + shift + e.insert.length; // inside a removed stretch
        else break;
      }
      return offset + shift;
    },
  };
}

/**
 * The edits that turn ASCII `"…"` into `»…«`, and a quote inside a quote into `›…‹`, as Danish
 * papers print them (same length, so offsets do not move).
 * @param text the original
 */
export function guillemetEdits(text: string): Edit[] {
  return classifyMarks(text).map((m) => ({ at: m.at, remove: 1, insert: m.nested ? (m.opens ? '›' : '‹') : m.opens ? '»' : '«' }));
}

/**
 * The edits that turn ASCII `"…"` into the low-high marks `„…“`, and a quote inside a quote into
 * `‚…‘`, as some Danish (and German-trained) typesetting prints them (same length).
 * @param text the original
 */
export function lowEdits(text: string): Edit[] {
  return classifyMarks(text).map((m) => ({ at: m.at, remove: 1, insert: m.nested ? (m.opens ? '‚' : '‘') : m.opens ? '„' : '“' }));
}

/** Typographic double quotation marks that {@link straightEdits} turns into `"`. */
const TYPOGRAPHIC_DOUBLE = /[»«„“”]/gu;

/**
 * The edits that turn typographic double quotation marks (`»…«`, `”…”`, `„…“`) into ASCII `"`,
 * as a site that prints plain marks would (same length, so offsets do not move).
 * @param text the original
 */
export function straightEdits(text: string): Edit[] {
  return [...text.matchAll(TYPOGRAPHIC_DOUBLE)].map((m) => ({ at: m.index, remove: 1, insert: '"' }));
}

/**
 * The edits that turn paragraphs opening with a quote into speech-dash paragraphs, the Danish
 * convention: `"Vi er klar," siger hun.` → `- Vi er klar, siger hun.`. Only paragraphs that
 * start with the mark and hold a single quote are changed, and only when the quote ends the
 * paragraph or ends in `,`, `?` or `!` followed by its attribution (a lower-case word), so that
 * a title or name at the start of a paragraph keeps its marks. A quote that runs over several
 * paragraphs gets a dash at each of them, and its closing mark goes.
 * @param text the original
 */
export function dashEdits(text: string): Edit[] {
  const paras = paragraphs(text);
  const byPara = paras.map((): Mark[] => []);
  // Marks of quotes inside quotes stay as they are: a dash paragraph keeps its inner quotes.
  for (const m of classifyMarks(text)) if (!m.nested) byPara[m.paragraph]!.push(m);
  const edits: Edit[] = [];
  const closesWell = (p: Para, close: Mark, contentStart: number): boolean => {
    const after = text.slice(close.at + 1, p.end);
    if (after.trim() === '') return true;
    return /[,?!]\s*$/u.test(text.slice(contentStart, close.at)) && /^\s*\p{Ll}/u.test(after);
  };
  /** Whether a quote opened in paragraph `pi` and left open is closed (or reopened) later on. */
  const runsOn = (pi: number): boolean => {
    for (let k = pi + 1; k < paras.length; k++) {
      const first = byPara[k]![0];
      if (first) return !first.opens || first.at === paras[k]!.lead;
    }
    return false;
  };
  let carry = false;
  paras.forEach((p, pi) => {
    const ms = byPara[pi]!;
    if (carry) {
      const first = ms[0];
      if (!first) {
        edits.push({ at: p.lead, remove: 0, insert: '- ' });
        return;
      }
      carry = false;
      if (!first.opens) {
        if (ms.length === 1 && closesWell(p, first, p.lead)) {
          edits.push({ at: p.lead, remove: 0, insert: '- ' }, { at: first.at, remove: 1, insert: '' });
        }
        return;
      }
    }
    const open = ms[0];
    if (!open?.opens || open.at !== p.lead) return;
    if (ms.length === 1) {
      edits.push({ at: open.at, remove: 1, insert: '- ' });
      carry = runsOn(pi);
    } else if (ms.length === 2 && !ms[1]!.opens && closesWell(p, ms[1]!, open.at + 1)) {
      edits.push({ at: open.at, remove: 1, insert: '- ' }, { at: ms[1]!.at, remove: 1, insert: '' });
    }
  });
  return edits;
}

/**
 * Rewrites a text in a style.
 * @param text the original (ASCII quotation marks; typographic ones for `straight`)
 * @param style the target style
 */
export function restyleText(text: string, style: QuoteStyle): Restyled {
  const edits =
    style === 'guillemets'
      ? guillemetEdits(text)
      : style === 'low'
        ? lowEdits(text)
        : style === 'dash'
          ? dashEdits(text)
          : style === 'straight'
            ? straightEdits(text)
            : [];
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
export function restyleDocument(
  doc: DocumentLine,
  gold: GoldDocumentLine | undefined,
  style: QuoteStyle,
): { doc: DocumentLine; gold: GoldDocumentLine | undefined } {
  const restyled = restyleText(doc.text, style);
  const newDoc = { ...doc, text: restyled.text };
  if (!gold) return { doc: newDoc, gold };
  const spans = resolveGold(gold, doc.text);
  const quotes = gold.quotes.map((q, i) => {
    const span = spans[i]!;
    const start = restyled.map(span.start);
    const end = restyled.map(span.end, 'end');
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
export function restyleCorpus(
  documents: readonly DocumentLine[],
  gold: readonly GoldDocumentLine[],
  style: QuoteStyle,
): { documents: DocumentLine[]; gold: GoldDocumentLine[] } {
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
