/**
 * What kind of word stands before a period: the splitter's main question, since a period after
 * `ca`, `27` or `H` usually does not end a sentence while one after `landet` does.
 * @module
 */
import { AMOUNT_ABBREVIATIONS, FINAL_ABBREVIATIONS, MONTHS, NON_FINAL_ABBREVIATIONS, SENTENCE_STARTERS, TWO_PART_TITLES } from '../../lexicon/abbreviations.js';
import { isDash, isDigit, isLower, isOpener, isSpace, isUpper } from './chars.js';

/** Precomputed once, so that a lookup costs one hash. */
const NON_FINAL = new Set(NON_FINAL_ABBREVIATIONS);
const FINAL = new Set(FINAL_ABBREVIATIONS);
const MONTH_SET = new Set(MONTHS);
const TWO_PART = new Set(TWO_PART_TITLES);
const AMOUNTS = new Set(AMOUNT_ABBREVIATIONS);
const STARTERS = new Set(SENTENCE_STARTERS);

/**
 * Kinds of word before a period:
 * - `nonFinal`: an abbreviation that does not end a sentence (`ca`, `bl.a`, `hr`);
 * - `final`: an abbreviation that may end one (`osv`, `kr`);
 * - `amount`: `mio`, `mia`, which a unit follows (`5 mio. kr.`, `2 mia. D-mark`);
 * - `month`: a month's short form (`nov`), which ends a sentence but not a dateline (`1. dec. -`);
 * - `initial`: one capital letter or a run of them (`F`, `H.C`);
 * - `letter`: one small letter (`s. 4`, `f. 1950`);
 * - `dotted`: an unknown abbreviation with inner periods (`e.o`, `a.m`);
 * - `ordinal`: one to three digits (`27`, `3`), an ordinal or the end of a number;
 * - `number`: any other number (`1992`, `2.300`, `14.30`);
 * - `word`: a word of five letters or more, letters only (`landet`), which ends a sentence even
 *   before a small letter (a cut-off word or a signature follows);
 * - `plain`: any other word; `empty`: no word (a period after a space).
 */
export type WordKind = 'nonFinal' | 'final' | 'amount' | 'month' | 'initial' | 'letter' | 'dotted' | 'ordinal' | 'number' | 'word' | 'plain' | 'empty';

/**
 * Classifies the word that ends at `end` (the offset of the period), looking back no further
 * than `floor`. Opening quotes and brackets before the word are not part of it (`(red.`).
 * @param text the text
 * @param end offset of the period
 * @param floor lowest offset to look at (the current sentence's start)
 */
export function classifyWordBefore(text: string, end: number, floor: number): WordKind {
  let ws = end;
  while (ws > floor && !isSpace(text.charCodeAt(ws - 1))) ws--;
  while (ws < end && (isOpener(text.charCodeAt(ws)) || isDash(text.charCodeAt(ws)))) ws++;
  const len = end - ws;
  if (len === 0) return 'empty';
  let letters = 0;
  let uppers = 0;
  let digits = 0;
  let dots = 0;
  let others = 0;
  let longestSegment = 0;
  let segment = 0;
  for (let i = ws; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 46) {
      dots++;
      if (segment > longestSegment) longestSegment = segment;
      segment = 0;
      continue;
    }
    segment++;
    if (isDigit(c)) digits++;
    else if (isUpper(c)) {
      letters++;
      uppers++;
    } else if (isLower(c)) letters++;
    else if (c !== 47) others++; // `/` as in `a/s`, `i/s`
  }
  if (segment > longestSegment) longestSegment = segment;
  if (digits > 0 && letters === 0 && others === 0) return dots === 0 && digits <= 3 ? 'ordinal' : 'number';
  if (digits > 0 && (letters === 0 || (others === 0 && dots === 0 && letters <= 2 && isDigit(text.charCodeAt(ws))))) {
    // `1,5`, `3-4`, `5a`: still a number
    return 'number';
  }
  if (letters === 1 && len === 1) {
    if (uppers === 1) return 'initial';
    // `i`, `å` and `ø` are words (`rør spinaten i.`); other lone small letters are short forms.
    const c = text.charCodeAt(ws);
    return c === 105 || c === 0xe5 || c === 0xf8 ? 'plain' : 'letter';
  }
  if (dots > 0 && others === 0 && digits === 0 && uppers === letters && longestSegment === 1) return 'initial';
  // An abbreviated first name (`Chr.`, `Wm.`, `Th.`): a capital and one or two small letters with
  // no vowel among them. No Danish word is spelt so, so it is a short form, which reads like an
  // initial: it ends a sentence only before a word that starts one.
  if (dots === 0 && uppers === 1 && letters === len && len <= 3 && isUpper(text.charCodeAt(ws)) && !hasVowel(text, ws, end)) return 'initial';
  // An acronym (`DR`, `EU`) is a word, even when its lower case is an abbreviation (`dr.`).
  if (!(letters >= 2 && uppers === letters)) {
    const key = text.slice(ws, end).toLowerCase();
    if (NON_FINAL.has(key)) return 'nonFinal';
    if (AMOUNTS.has(key)) return 'amount';
    if (MONTH_SET.has(key)) return 'month';
    if (FINAL.has(key)) return 'final';
    // A degree or title made of parts (`dr.phil`, `cand.polit`) behaves as its last part.
    if (dots > 0 && NON_FINAL.has(key.slice(key.lastIndexOf('.') + 1))) return 'nonFinal';
  }
  if (dots > 0 && others === 0 && digits === 0 && longestSegment <= 4) return 'dotted';
  if (afterTwoPartTitle(text, ws, floor)) return 'nonFinal';
  return letters === len && len >= 5 ? 'word' : 'plain';
}

/** Vowels of Danish spelling, small and capital (`y` is one). */
const VOWELS = new Set('aeiouyæøåéAEIOUYÆØÅÉ');

/** Whether text[from, to) has a vowel. */
function hasVowel(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (VOWELS.has(text[i]!)) return true;
  return false;
}

/**
 * Whether the word starting at `start` is a month name (`maj`, `Maj`, `nov`), for dates such as
 * `den 1. Maj` where an ordinal is followed by a capital.
 * @param text the text
 * @param start offset of the word's first letter
 */
export function isMonthAt(text: string, start: number): boolean {
  let end = start;
  while (end < text.length && end - start < 10 && (isLower(text.charCodeAt(end)) || isUpper(text.charCodeAt(end)))) end++;
  return end > start && MONTH_SET.has(text.slice(start, end).toLowerCase());
}

/** Whether the word at `ws` follows a degree title's first part: `cand. psych.`, `dr. med.`. */
function afterTwoPartTitle(text: string, ws: number, floor: number): boolean {
  let e = ws;
  while (e > floor && isSpace(text.charCodeAt(e - 1))) e--;
  if (e === ws || e - 1 <= floor || text.charCodeAt(e - 1) !== 46) return false;
  let s = e - 1;
  while (s > floor && !isSpace(text.charCodeAt(s - 1))) s--;
  while (s < e - 1 && isOpener(text.charCodeAt(s))) s++;
  return e - 1 - s <= 5 && TWO_PART.has(text.slice(s, e - 1).toLowerCase());
}

/**
 * Whether the word starting at `start` is a capitalised function word that begins sentences
 * (`Det`, `Men`), as opposed to a name or a unit.
 * @param text the text
 * @param start offset of the word's first letter
 */
export function isSentenceStarterAt(text: string, start: number): boolean {
  let end = start;
  while (end < text.length && end - start < 10 && (isLower(text.charCodeAt(end)) || isUpper(text.charCodeAt(end)))) end++;
  return end - start <= 9 && STARTERS.has(text.slice(start, end));
}
