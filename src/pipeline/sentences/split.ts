/**
 * The splitter's single pass: walks the text once, stops only at final punctuation and line
 * breaks, and asks {@link endsSentence} or {@link lineBreakEndsSentence} whether a sentence ends.
 * @module
 */
import { endsSentence, lineBreakEndsSentence } from './boundary.js';
import { isCloser, isSpace, isTerminal } from './chars.js';
import { isQuoteMark, isSymmetricQuote, quoteStateAfter } from './quotes.js';

/** A sentence of the input: `input.slice(start, end) === text`. */
export interface SentenceSpan {
  /** Offset of the first character (never white space). */
  start: number;
  /** Offset after the last character (never white space). */
  end: number;
  /** The sentence as it stands in the input. */
  text: string;
}

/**
 * Splits text into sentences. Blank lines always end a sentence; a single line break ends one
 * when the line looks like a headline or byline, or the next line opens with a speech dash.
 * @param text any text
 * @returns sentences in order, trimmed of surrounding white space, with exact offsets
 * @example
 * splitSentences('Det regner. Vi bliver hjemme.').map((s) => s.text) // ['Det regner.', 'Vi bliver hjemme.']
 */
export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  eachSentence(text, (start, end) => out.push({ start, end, text: text.slice(start, end) }));
  return out;
}

/**
 * The sentences of a text as offsets only, handed to `found` in order (the pipeline's stage needs
 * no text and no object per sentence: a document of a million one-line paragraphs made two).
 * @param text any text
 * @param found called with each sentence's start and end, trimmed of surrounding white space
 */
export function eachSentence(text: string, found: (start: number, end: number) => void): void {
  const n = text.length;
  let start = 0;
  /** Where the last run of final punctuation (with its closing marks) ended. */
  let runEnd = -1;
  let lineStart = 0;
  let inQuote = false;
  const push = (a: number, b: number): void => {
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    if (b > a) found(a, b);
  };
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isTerminal(c)) {
      let last = i + 1;
      while (last < n && isTerminal(text.charCodeAt(last))) last++;
      const quotedAtMark = inQuote;
      let after = last;
      while (after < n && isCloser(text.charCodeAt(after))) inQuote = quoteStateAfter(text.charCodeAt(after++), inQuote);
      // Punctuation inside a token (`2.300`, `www.dr.dk`) is not a boundary.
      if (after < n && !isSpace(text.charCodeAt(after))) {
        i = after - 1;
        continue;
      }
      // Closing marks set off by a space, as tokenised exports write them, still close the
      // sentence: a lone `"` when a quotation is open (`… slut. " Næste`), and any closing marks
      // that end the text (`… slut. "`, `… slut. ""`).
      const detached = detachedClosersEnd(text, after);
      if (detached > after && (isEndAfterMark(text, detached) || (inQuote && detached === after + 2 && isSymmetricQuote(text.charCodeAt(after + 1))))) {
        after = detached;
        inQuote = false;
      }
      runEnd = after;
      if (after < n && endsSentence(text, i, last, after, start, quotedAtMark)) {
        push(start, after);
        start = after;
      }
      i = after - 1;
    } else if (c === 10) {
      // Find the line's last non-space character and the next line's first.
      let lastChar = i - 1;
      while (lastChar >= lineStart && isSpace(text.charCodeAt(lastChar))) lastChar--;
      let p = i + 1;
      let blank = false;
      while (p < n && isSpace(text.charCodeAt(p))) {
        if (text.charCodeAt(p) === 10) blank = true;
        p++;
      }
      if (blank || p >= n) {
        push(start, i);
        start = i;
        inQuote = false;
      } else if (lastChar >= start && lastChar + 1 !== runEnd && lineBreakEndsSentence(text, lineStart, lastChar, p)) {
        push(start, i);
        start = i;
      }
      // A quotation does not run on past the end of a sentence at a line break.
      if (start > lastChar) inQuote = false;
      lineStart = p;
      i = p - 1;
    } else if (isQuoteMark(c)) {
      inQuote = quoteStateAfter(c, inQuote);
    }
  }
  push(start, n);
}

/** Whether only white space follows `from`. */
function isEndAfterMark(text: string, from: number): boolean {
  let p = from;
  while (p < text.length && isSpace(text.charCodeAt(p))) p++;
  return p >= text.length;
}

/**
 * Where a run of closing marks that starts one space after `from` ends, when white space or the
 * end of the text follows it; `from` itself when there is no such run.
 */
function detachedClosersEnd(text: string, from: number): number {
  // Only after a plain space: a mark at the start of the next line opens that line.
  if (text.charCodeAt(from) !== 32 || from + 1 >= text.length || !isCloser(text.charCodeAt(from + 1))) return from;
  let p = from + 1;
  while (p < text.length && isCloser(text.charCodeAt(p))) p++;
  return p >= text.length || isSpace(text.charCodeAt(p)) ? p : from;
}
