/**
 * The decision at a candidate boundary: final punctuation (`.`, `!`, `?`, `…`), maybe followed by
 * closing quotes or brackets, then white space. Whether the sentence ends there depends on the
 * word before the period and on what the next sentence would start with.
 * @module
 */
import { isDash, isDigit, isLetter, isLower, isOpener, isSpace, isUpper } from './chars.js';
import { classifyWordBefore, isMonthAt, isSentenceStarterAt } from './words.js';

/** How the text after a candidate boundary begins, once quotes, brackets and dashes are skipped. */
export type NextStart = 'upper' | 'lower' | 'digit' | 'other' | 'end';

/**
 * Looks past white space, opening quotation marks, brackets and speech dashes to the first
 * character of the next word.
 * @param text the text
 * @param from offset just after the candidate boundary
 * @returns the offset of that character (text.length at the end) and its class
 */
export function nextStart(text: string, from: number): { at: number; kind: NextStart } {
  const n = text.length;
  let p = from;
  while (p < n) {
    const c = text.charCodeAt(p);
    if (isSpace(c) || isOpener(c) || isDash(c)) p++;
    else break;
  }
  if (p >= n) return { at: n, kind: 'end' };
  const c = text.charCodeAt(p);
  const kind: NextStart = isUpper(c) ? 'upper' : isLower(c) ? 'lower' : isDigit(c) ? 'digit' : 'other';
  return { at: p, kind };
}

/**
 * Decides whether a sentence ends after a run of final punctuation.
 * @param text the text
 * @param first offset of the first punctuation mark of the run
 * @param last offset just after the last punctuation mark (before any closing quotes)
 * @param after offset just after the run and its closing marks (white space or the end follows)
 * @param floor start of the current sentence
 * @param quoted whether a quotation was open at the punctuation
 */
export function endsSentence(text: string, first: number, last: number, after: number, floor: number, quoted: boolean): boolean {
  const next = nextStart(text, after);
  if (next.kind === 'end') return true;
  if (next.kind === 'lower') return endsBeforeSmallLetter(text, first, last, after, floor, next.at);
  let periods = 0;
  let ellipsis = false;
  for (let i = first; i < last; i++) {
    const c = text.charCodeAt(i);
    if (c === 46) periods++;
    else if (c === 0x2026) ellipsis = true;
    else return true; // `!` or `?` before anything but a small letter
  }
  // An ellipsis ends a sentence, except inside a quotation, where it marks a pause in speech.
  if (ellipsis || periods >= 3) return !quoted;
  // `45 min..`: an abbreviation's period and the sentence's.
  if (periods === 2) return true;
  const kind = classifyWordBefore(text, first, floor);
  switch (kind) {
    case 'amount':
    case 'initial':
      // `5 mio. kr.`, `John F. Kennedy`; but `… 5 mio. Det var …`, `… vitamin C. Men …`
      return next.kind === 'upper' && isSentenceStarterAt(text, next.at);
    case 'nonFinal':
    case 'letter': // `s. 4`, `Christian d. IV`: a lone small letter is a short form, not a word
      return false;
    case 'final':
    case 'dotted':
      return next.kind !== 'digit';
    case 'month':
      // `BONN, 1. dec. - Regeringen …`: a dateline's dash follows the date.
      return next.kind !== 'digit' && !isDash(text.charCodeAt(firstNonSpace(text, after)));
    case 'ordinal':
      // `den 3. (og sidste) gang`, `3. C` (a school class), `den 1. Maj`: the ordinal belongs to
      // what follows; a capital word after a plain number starts a sentence.
      if (next.kind !== 'upper') return false;
      return !(isMonthAt(text, next.at) || isClassLetterAt(text, next.at));
    default:
      return true;
  }
}

/**
 * Before a small letter a sentence goes on (`»Hvad?« spurgte hun`, `den 27. november`, `ca. fem`),
 * with two exceptions after a bare period: a journalist's signature closing the text (`… i går.
 * jbr`), and a long plain word, which no abbreviation list covers and which, in news text, is
 * followed by a small letter only when the next sentence's first word has been cut off.
 */
function endsBeforeSmallLetter(text: string, first: number, last: number, after: number, floor: number, at: number): boolean {
  if (last !== first + 1 || text.charCodeAt(first) !== 46 || after !== last) return false;
  const kind = classifyWordBefore(text, first, floor);
  return kind === 'word' || (kind === 'plain' && isLetter(text.charCodeAt(first - 1)) && isSignature(text, at));
}

/** A signature: one short word of small letters, maybe with a period, ending the text. */
function isSignature(text: string, at: number): boolean {
  let p = at;
  while (p < text.length && isLower(text.charCodeAt(p))) p++;
  if (p - at > 8) return false;
  if (p < text.length && text.charCodeAt(p) === 46) p++;
  while (p < text.length && isSpace(text.charCodeAt(p))) p++;
  return p >= text.length;
}

/** Lines at least this long without final punctuation are taken to be hard-wrapped prose. */
const WRAPPED_LINE = 60;

/**
 * Whether a single line break inside a paragraph ends a sentence although no punctuation does:
 * a headline, a byline or a label stands on its own line. A line that ends in a comma, hyphen or
 * the like, or a next line starting with a small letter, continues the sentence; so does a long
 * line, which is more likely hard-wrapped prose than a headline.
 * @param text the text
 * @param lineStart offset of the line's first character
 * @param lastChar offset of the line's last non-space character
 * @param nextAt offset of the next line's first non-space character
 */
export function lineBreakEndsSentence(text: string, lineStart: number, lastChar: number, nextAt: number): boolean {
  const c = text.charCodeAt(nextAt);
  // A speech dash opening a line starts a sentence.
  if (isDash(c) && nextAt + 1 < text.length && isSpace(text.charCodeAt(nextAt + 1))) return true;
  const last = text.charCodeAt(lastChar);
  if (last === 44 || last === 59 || isDash(last) || last === 40 || last === 38 || last === 47) return false;
  const next = nextStart(text, nextAt);
  if (next.kind === 'lower' || next.kind === 'end') return false;
  return lastChar - lineStart < WRAPPED_LINE;
}

function firstNonSpace(text: string, from: number): number {
  let p = from;
  while (p < text.length && isSpace(text.charCodeAt(p))) p++;
  return p;
}

/**
 * A lone capital letter other than the word `I`, followed by a space (`3. C havde`): a school
 * class or a group. (`12. A: …`, a numbered answer, is a list item instead.)
 */
function isClassLetterAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c !== 73 && at + 1 < text.length && isSpace(text.charCodeAt(at + 1));
}
