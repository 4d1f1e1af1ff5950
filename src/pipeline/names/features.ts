/**
 * Features of a token for the names tagger: its shape and affixes, what the word lists know of it
 * (see lexicon.ts), the same for its neighbours, and where it stands in the sentence. The fitting
 * script and the tagger use this one function, so that training and tagging see the same thing.
 * @module
 */
import { memoizeWord } from '../../nlp/memo.js';
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
  /** the hits joined with `+`, or `-` for none (as the features name them) */
  lexKey: string;
  /** a capitalised word ending in a genitive `-s` (`Kelds`, `USA's`) */
  genitive: boolean;
  /** the word has a hyphen */
  hyphen: boolean;
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

/**
 * A token text's facts, as the first word of a sentence and elsewhere: everything else in them
 * follows from the text (a token's type, capital and lower-case form do, see nlp/tokens.ts). Shared
 * by every token of that text: one object per token lived until the stage ended, and a document
 * of a million one-word sentences spent more time collecting them than tagging.
 */
interface FactsOfText {
  first: TokenFacts;
  inside: TokenFacts;
}

/**
 * The facts of a token's text, one cache for each kind of token: a word seen again costs one
 * look-up instead of eight list look-ups and its shape.
 */
function describe(text: string, word: boolean, cap: boolean): FactsOfText {
  const lex: string[] = [];
  if (word) {
    const lower = text.toLowerCase();
    if (cap) {
      if (isFirstName(text)) lex.push('fn');
      if (isProperName(text)) lex.push('pr');
      if (isPlaceName(text)) lex.push('pl');
      if (isCountryWord(text)) lex.push('co');
      if (isNonNameCapital(lower)) lex.push('nn');
    }
    if (isOrdinary(lower)) lex.push('or');
    if (isOrganisationNoun(lower)) lex.push('og');
    if (isRoleWord(lower)) lex.push('ro');
  }
  const genitive = cap && /[^s]s$|['’]s$/.test(text);
  const initial = word && cap && text.length === 2 && text[1] === '.';
  const shape = wordShape(text);
  const lexKey = lex.join('+') || '-';
  const hyphen = text.includes('-');
  const facts = (first: boolean): TokenFacts => ({ shape, cap, initial, first, lex, lexKey, genitive, hyphen });
  return { first: facts(true), inside: facts(false) };
}

const capWordFacts = memoizeWord((text) => describe(text, true, true));
const lowerWordFacts = memoizeWord((text) => describe(text, true, false));
const otherFacts = memoizeWord((text) => describe(text, false, false));

const OPENERS = new Set(['"', '»', '«', '„', '“', '”', ':', '(', '-', '–', '—', "'", '‘', '’', '*', '•']);

/** The facts of token i, computed at the first request and kept. */
export type FactsOf = (i: number) => TokenFacts | undefined;

/**
 * The facts of tokens, computed lazily (most tokens are lower-case words that the tagger passes
 * over without asking). Tokens of the same text in the same place (first in a sentence or not)
 * get the same object.
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
    const first = sentenceStart(i) || (i > 0 && OPENERS.has(tokens[i - 1]!.text));
    const d = (t.type !== 'word' ? otherFacts : t.cap ? capWordFacts : lowerWordFacts)(t.text);
    const f = first ? d.first : d.inside;
    cache[i] = f;
    return f;
  };
}

function lexKey(f: TokenFacts | undefined): string {
  return f ? f.lexKey : '<none>';
}

/**
 * Where the features of a token go. Each feature is the concatenation of its pieces (`'w='` and
 * the word make `w=bygning`); a sink may build that string (to fit the model, {@link featuresOf})
 * or only hash the pieces as they come (to tag, see feature-hash.ts), so the feature list below is
 * written once for both.
 */
export interface FeatureSink {
  /** One feature, the concatenation of up to six pieces. */
  add(a: string, b?: string, c?: string, d?: string, e?: string, f?: string): void;
}

const BOOL = (b: boolean): string => (b ? 'true' : 'false');
const LENGTHS = ['0', '1', '2', '3', '4', '5', '6'];

/**
 * The features of token i given the tag chosen for the token before it, into a sink: those of its
 * own text and place ({@link visitOwnFeatures}), then those of its neighbours and the tag before.
 * @param tokens all tokens
 * @param facts their facts
 * @param i index
 * @param prevTag the tag of token i-1 (`O` at a sentence start)
 * @param out where the features go
 */
export function visitFeatures(tokens: readonly Token[], facts: FactsOf, i: number, prevTag: string, out: FeatureSink): void {
  visitOwnFeatures(tokens[i]!, facts(i)!, out);
  visitContextFeatures(tokens, facts, i, prevTag, out);
}

/**
 * The features of a token that follow from its text and its facts alone: the same for every token
 * with the same facts object (see {@link tokenFacts}), so that a tagger may keep their sum.
 * @param t the token
 * @param f its facts
 * @param out where the features go
 */
export function visitOwnFeatures(t: Token, f: TokenFacts, out: FeatureSink): void {
  const lower = t.lower;
  const cap = BOOL(f.cap);
  const first = BOOL(f.first);
  const lx = f.lexKey;
  const s3 = lower.length > 3 ? lower.slice(-3) : lower;
  out.add('b');
  out.add('w=', lower);
  out.add('sh=', f.shape);
  out.add('s3=', s3);
  out.add('s2=', lower.length > 2 ? lower.slice(-2) : lower);
  out.add('p3=', lower.length > 3 ? lower.slice(0, 3) : lower);
  out.add('cap=', cap, '|first=', first);
  out.add('ini=', BOOL(f.initial));
  out.add('lx=', lx, '|first=', first);
  out.add('lx=', lx);
  out.add('gen=', BOOL(f.genitive));
  out.add('hy=', BOOL(f.hyphen), '|', cap);
  out.add('s3=', s3, '|lx=', lx);
  out.add('len=', LENGTHS[Math.min(t.text.length, 6)]!, '|sh=', f.shape);
}

/**
 * The features of token i that its neighbours and the tag before it give.
 * @param tokens all tokens
 * @param facts their facts
 * @param i index
 * @param prevTag the tag of token i-1 (`O` at a sentence start)
 * @param out where the features go
 */
export function visitContextFeatures(tokens: readonly Token[], facts: FactsOf, i: number, prevTag: string, out: FeatureSink): void {
  const f = facts(i)!;
  const pf = facts(i - 1);
  const nf = facts(i + 1);
  const pw = tokens[i - 1]?.lower ?? '<s>';
  const nw = tokens[i + 1]?.lower ?? '</s>';
  const cap = BOOL(f.cap);
  const first = BOOL(f.first);
  const lx = f.lexKey;
  out.add('pt=', prevTag);
  out.add('pt=', prevTag, '|cap=', cap);
  out.add('pt=', prevTag, '|lx=', lx);
  out.add('pt=', prevTag, '|sh=', f.shape);
  out.add('pw=', pw);
  out.add('nw=', nw);
  out.add('psh=', pf?.shape ?? '<s>');
  out.add('nsh=', nf?.shape ?? '</s>');
  out.add('plx=', lexKey(pf));
  out.add('nlx=', lexKey(nf));
  out.add('nlx=', lexKey(nf), '|lx=', lx);
  out.add('pw=', pw, '|cap=', cap);
  out.add('nw=', nw, '|cap=', cap);
  out.add('ncap=', BOOL(nf?.cap ?? false), '|cap=', cap, '|first=', first);
  out.add('pcap=', BOOL(pf?.cap ?? false), '|cap=', cap);
  out.add('ppw=', tokens[i - 2]?.lower ?? '<s>', '|pw=', pw);
  out.add('pw=', pw, '|lx=', lx);
  out.add('nw=', nw, '|lx=', lx);
  out.add('nnw=', tokens[i + 2]?.lower ?? '</s>', '|cap=', cap);
}

/** A sink that keeps each feature as its string (the fitting script's, and the model file's, keys). */
class StringSink implements FeatureSink {
  readonly features: string[] = [];
  add(a: string, b = '', c = '', d = '', e = '', f = ''): void {
    this.features.push(a + b + c + d + e + f);
  }
}

/**
 * The features of token i given the tag chosen for the token before it, as strings.
 * @param tokens all tokens
 * @param facts their facts
 * @param i index
 * @param prevTag the tag of token i-1 (`O` at a sentence start)
 */
export function featuresOf(tokens: readonly Token[], facts: FactsOf, i: number, prevTag: string): string[] {
  const sink = new StringSink();
  visitFeatures(tokens, facts, i, prevTag, sink);
  return sink.features;
}
