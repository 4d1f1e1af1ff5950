/**
 * Features of a token for the names tagger: its shape and affixes, what the word lists know of it
 * (see lexicon.ts), the same for its neighbours, and where it stands in the sentence. The fitting
 * script and the tagger use this one function, so that training and tagging see the same thing.
 * @module
 */
import type { Token } from '../../nlp/tokens.js';
import { isCountryWord, isFirstName, isNonNameCapital, isOrdinary, isOrganisationNoun, isPlaceName, isProperName, isRoleWord } from './lexicon.js';

/** What the word lists say about one token, computed once per token. */
export interface TokenFacts {
  shape: string;
  /** capitalised word (or initial) */
  cap: boolean;
  /** an initial: one capital letter with its full stop, as one unit (see units.ts) */
  initial: boolean;
  /** first word of a sentence, or first after an opening quotation mark, colon or dash */
  first: boolean;
  /** lexicon hits, as short codes */
  lex: string[];
}

/** The shape of a word: upper-case letters as X, lower-case as x, digits as d, runs shortened. */
export function wordShape(text: string): string {
  let out = '';
  let last = '';
  for (const ch of text) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\d/.test(ch) ? 'd' : ch;
    if (c !== last || (c !== 'x' && c !== 'd' && c !== 'X')) out += c;
    else if (!out.endsWith(c + c) && c === 'X') out += c;
    last = c;
  }
  return out.length > 8 ? out.slice(0, 8) : out;
}

const OPENERS = new Set(['"', '»', '«', '„', '“', '”', ':', '(', '-', '–', '—', "'", '‘', '’', '*', '•']);

/** The facts of token i, computed at the first request and kept. */
export type FactsOf = (i: number) => TokenFacts | undefined;

/**
 * The facts of tokens, computed lazily (most tokens are lower-case words that the tagger passes
 * over without asking).
 * @param tokens all tokens of the text
 * @param sentenceStart whether token i starts a sentence
 */
export function tokenFacts(tokens: readonly Token[], sentenceStart: (i: number) => boolean): FactsOf {
  const cache: (TokenFacts | undefined)[] = [];
  return (i) => {
    if (i < 0 || i >= tokens.length) return undefined;
    const known = cache[i];
    if (known) return known;
    const t = tokens[i]!;
    const initial = t.type === 'word' && t.cap && t.text.length === 2 && t.text[1] === '.';
    const first = sentenceStart(i) || (i > 0 && OPENERS.has(tokens[i - 1]!.text));
    const lex: string[] = [];
    if (t.type === 'word') {
      const w = t.text;
      const lower = t.lower;
      if (t.cap) {
        if (isFirstName(w)) lex.push('fn');
        if (isProperName(w)) lex.push('pr');
        if (isPlaceName(w)) lex.push('pl');
        if (isCountryWord(w)) lex.push('co');
        if (isNonNameCapital(lower)) lex.push('nn');
      }
      if (isOrdinary(lower)) lex.push('or');
      if (isOrganisationNoun(lower)) lex.push('og');
      if (isRoleWord(lower)) lex.push('ro');
    }
    const f = { shape: wordShape(t.text), cap: t.cap, initial, first, lex };
    cache[i] = f;
    return f;
  };
}

function lexKey(f: TokenFacts | undefined): string {
  return f ? f.lex.join('+') || '-' : '<none>';
}

/**
 * The features of token i given the tag chosen for the token before it.
 * @param tokens all tokens
 * @param facts their facts
 * @param i index
 * @param prevTag the tag of token i-1 (`O` at a sentence start)
 */
export function featuresOf(tokens: readonly Token[], facts: FactsOf, i: number, prevTag: string): string[] {
  const t = tokens[i]!;
  const f = facts(i)!;
  const p = tokens[i - 1];
  const n = tokens[i + 1];
  const pf = facts(i - 1);
  const nf = facts(i + 1);
  const lower = t.lower;
  const genitive = /[^s]s$|['’]s$/.test(t.text) && t.cap;
  const lx = lexKey(f);
  const out = [
    'b',
    `w=${lower}`,
    `sh=${f.shape}`,
    `s3=${lower.slice(-3)}`,
    `s2=${lower.slice(-2)}`,
    `p3=${lower.slice(0, 3)}`,
    `cap=${f.cap}|first=${f.first}`,
    `ini=${f.initial}`,
    `lx=${lx}|first=${f.first}`,
    `lx=${lx}`,
    `gen=${genitive}`,
    `hy=${t.text.includes('-')}|${f.cap}`,
    `pt=${prevTag}`,
    `pt=${prevTag}|cap=${f.cap}`,
    `pt=${prevTag}|lx=${lx}`,
    `pt=${prevTag}|sh=${f.shape}`,
    `pw=${p?.lower ?? '<s>'}`,
    `nw=${n?.lower ?? '</s>'}`,
    `psh=${pf?.shape ?? '<s>'}`,
    `nsh=${nf?.shape ?? '</s>'}`,
    `plx=${lexKey(pf)}`,
    `nlx=${lexKey(nf)}`,
    `nlx=${lexKey(nf)}|lx=${lx}`,
    `pw=${p?.lower ?? '<s>'}|cap=${f.cap}`,
    `nw=${n?.lower ?? '</s>'}|cap=${f.cap}`,
    `ncap=${nf?.cap ?? false}|cap=${f.cap}|first=${f.first}`,
    `pcap=${pf?.cap ?? false}|cap=${f.cap}`,
    `ppw=${tokens[i - 2]?.lower ?? '<s>'}|pw=${p?.lower ?? '<s>'}`,
    `pw=${p?.lower ?? '<s>'}|lx=${lx}`,
    `nw=${n?.lower ?? '</s>'}|lx=${lx}`,
    `nnw=${tokens[i + 2]?.lower ?? '</s>'}|cap=${f.cap}`,
    `s3=${lower.slice(-3)}|lx=${lx}`,
    `len=${Math.min(t.text.length, 6)}|sh=${f.shape}`,
  ];
  return out;
}
