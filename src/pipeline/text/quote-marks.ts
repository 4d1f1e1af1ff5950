/**
 * Pairs quotation marks into quoted stretches, paragraph by paragraph.
 *
 * Danish news uses `"…"`, `»…«` (pointing inwards), `„…“` and `”…”`; Norwegian-style `«…»` and
 * English `“…”` turn up in wire copy. A quote that runs over several paragraphs opens each
 * paragraph and closes only at the end, so an opening mark without a closing one runs to the end
 * of its paragraph. Apostrophes (`ha'`, `B.T.s`) are never quotation marks here.
 * @module
 */
import type { Paragraph } from '../../schema/index.js';
import type { QuotedSpan } from '../layers.js';
import { FIRST_PERSON } from '../../lexicon/clause-words.js';
import { wordPattern } from '../../nlp/letters.js';
import { lookupVerbForm } from '../../lexicon/reporting-verbs.js';
import { isSpace } from '../../nlp/chars.js';
import { countSplitParts } from '../../nlp/space-runs.js';

type Role = 'open' | 'close' | 'either';

/** First-person pronouns: speech, not narration (news narration is in the third person). */
const FIRST_PERSON_SPEECH = wordPattern(FIRST_PERSON);

/**
 * Finds the quoted stretches of a text.
 * @param text input
 * @param paragraphs its paragraphs
 * @returns quoted stretches in text order; `start`/`end` are the content without the marks
 */
export function findQuotedSpans(text: string, paragraphs: readonly Paragraph[]): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  const inward = guillemetsPointInward(text);
  // `“` closes in a text that prints `„…“` and opens in one that prints English `“…”`: decided
  // for the whole text, since a paragraph that only closes a quote from the paragraph before
  // holds no `„` of its own
  const lowDouble = text.includes('„');
  paragraphs.forEach((p, pi) => {
    pairParagraph(text, p, pi, out, inward, lowDouble);
  });
  return bridgeParagraphs(text, paragraphs, out);
}

/**
 * Whether the text uses Danish `»…«` (true) or Norwegian/French `«…»` (false), decided for the
 * whole text by which mark more often stands where a quote opens (after space, before a letter):
 * a paragraph that only closes a quote from the paragraph before must not flip the reading.
 */
function guillemetsPointInward(text: string): boolean {
  let danish = 0;
  let other = 0;
  for (let i = text.indexOf('«'); i !== -1; i = text.indexOf('«', i + 1)) if (opensAt(text, i)) other++;
  for (let i = text.indexOf('»'); i !== -1; i = text.indexOf('»', i + 1)) if (opensAt(text, i)) danish++;
  return danish >= other;
}

function opensAt(text: string, i: number): boolean {
  const before = i === 0 ? 32 : text.charCodeAt(i - 1);
  const after = text[i + 1] ?? ' ';
  return (isSpace(before) || before === 40) && /[\p{L}\p{N}]/u.test(after);
}

/**
 * A quote that opens in one paragraph and closes several paragraphs later, where the paragraphs
 * between lost their opening marks (common in archive text), covers those paragraphs too; so does
 * a quote that closes in a paragraph with nothing open when the article starts inside it.
 * Headlines between (a line without final punctuation) are not part of it.
 */
function bridgeParagraphs(text: string, paragraphs: readonly Paragraph[], spans: QuotedSpan[]): QuotedSpan[] {
  const byParagraph = new Map<number, QuotedSpan[]>();
  // (pushed onto one array a paragraph: copying it for every span made a paragraph of many marks quadratic)
  for (const s of spans) {
    const list = byParagraph.get(s.paragraph);
    if (list) list.push(s);
    else byParagraph.set(s.paragraph, [s]);
  }
  const isHeadline = (pi: number) => !/[.!?:;,"»«”“]\s*$/.test(text.slice(paragraphs[pi]!.start, paragraphs[pi]!.end));
  const added: QuotedSpan[] = [];
  const filled = new Set<number>();
  // a paragraph whose marks are all closed around a few words (`de to "lærlinge"`) is not a
  // quote of its own: inside a quote that runs on, those are the speaker's quotes within it
  const onlyFragments = (pi: number) =>
    byParagraph.get(pi)?.every((f) => f.open !== null && f.close !== null && countSplitParts(text.slice(f.start, f.end)) <= 3) === true;
  const fill = (from: number, to: number) => {
    for (let pi = from; pi < to; pi++) {
      if (isHeadline(pi) || filled.has(pi) || (byParagraph.has(pi) && !onlyFragments(pi))) continue;
      filled.add(pi);
      const p = paragraphs[pi]!;
      added.push({ open: null, close: null, start: p.start, end: p.end, paragraph: pi, style: 'marks' });
    }
  };
  const unopenedClose = (pi: number) => {
    const first = byParagraph.get(pi)?.[0];
    return first !== undefined && first.open === null && first.close !== null;
  };
  for (const s of spans) {
    if (s.close !== null || s.style !== 'marks' || s.open === null) continue;
    let closed = false;
    for (let q = s.paragraph + 1; q < paragraphs.length && q - s.paragraph <= 6; q++) {
      if (!byParagraph.has(q) || onlyFragments(q)) continue;
      if (unopenedClose(q)) {
        fill(s.paragraph + 1, q);
        closed = true;
      }
      break;
    }
    if (closed) continue;
    // never closed (the archive lost the marks): paragraphs right after that speak in the first
    // person (`jeg`, `vi`, `vores` …) go on with the quote; narration or a headline ends it
    for (let q = s.paragraph + 1; q < paragraphs.length && q - s.paragraph <= 4; q++) {
      if (byParagraph.has(q) || isHeadline(q) || !FIRST_PERSON_SPEECH.test(text.slice(paragraphs[q]!.start, paragraphs[q]!.end))) break;
      fill(q, q + 1);
    }
  }
  // the article opens inside a quote: marks-free paragraphs before the first, unopened, closing mark
  // (quoted single words and short names before it do not count)
  const firstMarked = spans.find((s) => s.open === null || s.close === null || s.style === 'dash' || countSplitParts(text.slice(s.start, s.end)) > 3);
  if (firstMarked && firstMarked.open === null && firstMarked.close !== null && firstMarked.paragraph <= 6) {
    fill(0, firstMarked.paragraph);
  }
  if (added.length === 0) return spans;
  return [...spans, ...added].sort((a, b) => a.start - b.start);
}

/**
 * The quotation marks of text[start, end): `"` `»` `«` `„` `“` `”` `‟`, by char code (this loop
 * sees every character of the input; kept apart from the pairing, which runs only for
 * paragraphs with marks, so that it is compiled small and early).
 */
function findMarks(text: string, start: number, end: number): { at: number; ch: string }[] {
  const marks: { at: number; ch: string }[] = [];
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 || c === 0xbb || c === 0xab || c === 0x201e || c === 0x201c || c === 0x201d || c === 0x201f) {
      if (c === 0x22 && isInchMark(text, i)) continue;
      marks.push({ at: i, ch: text[i]! });
    }
  }
  return marks;
}

function pairParagraph(text: string, p: Paragraph, pi: number, out: QuotedSpan[], guillemetsInward: boolean, hasLowDouble: boolean): void {
  const marks = findMarks(text, p.start, p.end);
  // Speech dash: the paragraph is direct speech up to its attribution (the quotes stage finds where).
  const first = text[p.start]!;
  // (`-Og nu …` without the space counts too, when a capital follows)
  if ((first === '-' || first === '–' || first === '—') && (isSpace(text.charCodeAt(p.start + 1)) || /\p{Lu}/u.test(text[p.start + 1] ?? ''))) {
    // (a paragraph that is only a dash holds no speech: no quote, rather than an empty one)
    const start = skipSpace(text, p.start + 1, p.end);
    // marks inside the speech that all pair up (`- Ingen siger "stop", siger hun.`) are quotes
    // within it; a mark that opens the speech or stays unpaired makes it a paragraph of marks
    const inner: QuotedSpan[] = [];
    const speech = marks.length === 0 || (marks[0]!.at !== start && pairMarks(text, p, pi, marks, inner, guillemetsInward, hasLowDouble));
    if (speech) {
      if (start < p.end) out.push({ open: p.start, close: null, start, end: p.end, paragraph: pi, style: 'dash' });
      // (one push each: a spread of some 120,000 spans overflowed the call stack)
      for (const s of inner) out.push(s);
      return;
    }
  }
  if (marks.length === 0) return;
  pairMarks(text, p, pi, marks, out, guillemetsInward, hasLowDouble);
}

/**
 * Pairs a paragraph's marks into quoted stretches (pushed onto `out`).
 * @returns whether every mark was paired within the paragraph
 */
function pairMarks(
  text: string,
  p: Paragraph,
  pi: number,
  marks: readonly { at: number; ch: string }[],
  out: QuotedSpan[],
  guillemetsInward: boolean,
  hasLowDouble: boolean,
): boolean {
  let balanced = true;
  const roleOf = (ch: string): Role => {
    switch (ch) {
      case '»':
        return guillemetsInward ? 'open' : 'close';
      case '«':
        return guillemetsInward ? 'close' : 'open';
      case '„':
        return 'open';
      case '“':
        return hasLowDouble ? 'close' : 'open';
      case '‟':
        return 'open';
      default:
        return 'either'; // " and ”
    }
  };
  let open: { at: number; ch: string } | null = null;
  for (const m of marks) {
    let role = roleOf(m.ch);
    if (role === 'either') role = open ? 'close' : looksClosing(text, m.at, p) && !looksOpening(text, m.at, p) ? 'close' : 'open';
    if (role === 'open') {
      // A second opening while one is open: the first was stray (an unbalanced mark); restart here.
      if (open) balanced = false;
      open = m;
    } else if (open) {
      pushSpan(text, out, open.at, m.at, pi);
      open = null;
    } else {
      balanced = false;
      // A closing mark with nothing open: the quote began in an earlier paragraph or before the
      // excerpt, and runs from the paragraph's start.
      if (m.at > p.start && m === marks[0]) pushSpan(text, out, null, m.at, pi, p.start);
    }
  }
  if (open) {
    balanced = false;
    if (open.at + 1 < p.end) {
      const start = skipSpace(text, open.at + 1, p.end);
      if (start < p.end) out.push({ open: open.at, close: null, start, end: p.end, paragraph: pi, style: 'marks' });
    }
  }
  return balanced;
}

function pushSpan(text: string, out: QuotedSpan[], openAt: number | null, closeAt: number, pi: number, paragraphStart = 0): void {
  let start = openAt === null ? paragraphStart : openAt + 1;
  let end = closeAt;
  start = skipSpace(text, start, end);
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push({ open: openAt, close: closeAt, start, end, paragraph: pi, style: 'marks' });
}

function skipSpace(text: string, i: number, end: number): number {
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** `14"` followed by a lower-case unit or `x`: an inch mark, not a quotation mark. */
function isInchMark(text: string, i: number): boolean {
  const before = text.charCodeAt(i - 1);
  if (!(before >= 48 && before <= 57)) return false;
  const after = text.slice(i + 1, i + 4);
  return /^\s?(?:x\s?\d|skærm|tommer|monitor|fælg)/.test(after);
}

/** A mark after a word or punctuation and before space, punctuation or the paragraph's end. */
function looksClosing(text: string, i: number, p: Paragraph): boolean {
  const before = i > p.start ? text.charCodeAt(i - 1) : 32;
  const after = i + 1 < p.end ? text.charCodeAt(i + 1) : 32;
  if (!isSpace(before)) return isSpace(after) || /[\s.,;:!?)\-–]/.test(String.fromCharCode(after));
  if (i + 1 >= p.end) return true; // `… fra. "` ending a paragraph closes
  // `… ofre, "siger hun` — a mark after `, ` and before a reporting verb closes a quote (before
  // any other lower-case word it opens one: `, sagde han, "men ikke nu."`).
  const prev = text.charCodeAt(i - 2);
  if (!/[,.!?]/.test(String.fromCharCode(prev))) return false;
  const word = /^\p{Ll}+/u.exec(text.slice(i + 1, i + 30))?.[0];
  return word !== undefined && lookupVerbForm(word) !== undefined;
}

/** A mark at the paragraph's start or after space/opening punctuation, before a word. */
function looksOpening(text: string, i: number, p: Paragraph): boolean {
  if (i === p.start) return true;
  const before = text[i - 1]!;
  const after = text[i + 1] ?? ' ';
  return (isSpace(before.charCodeAt(0)) || before === '(' || before === ':') && !isSpace(after.charCodeAt(0)) && !/\p{Ll}/u.test(after);
}
