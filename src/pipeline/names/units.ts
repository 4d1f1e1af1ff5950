/**
 * The units the names tagger tags: tokens, except that an initial or an abbreviated first name
 * and its full stop are one unit (`H.` `C.` `Andersen`, `Chr.` `Lindberg`), so that a name is a
 * run of units without a full stop cutting it.
 * @module
 */
import { TokenRanges, type Token } from '../../nlp/tokens.js';

/** Units over a token range, each with the tokens it covers. */
export interface Units {
  units: Token[];
  /** per unit, its first token */
  firstToken: Int32Array;
  /** per unit, its last token (the first, or the full stop after it) */
  lastToken: Int32Array;
  /** per sentence, [first unit, end unit) */
  ranges: TokenRanges;
}

/**
 * Whether token i and the full stop after it make one unit: a capital letter alone (`H.`), or a
 * short capitalised abbreviation (`Chr.`, `Wm.`, `Th.`), with the stop attached, not ending the
 * sentence, and followed by a capitalised word.
 */
function abbreviatedName(tokens: readonly Token[], i: number, end: number): boolean {
  const t = tokens[i]!;
  const dot = tokens[i + 1];
  if (t.type !== 'word' || !t.cap || !dot || dot.text !== '.' || dot.start !== t.end || i + 2 >= end) return false;
  if (t.text.length > 4 || (t.text.length > 1 && !/^\p{Lu}\p{Ll}+$/u.test(t.text))) return false;
  const next = tokens[i + 2]!;
  // the last of a chain of initials (`B.T.`, `H.C.`) keeps its stop whatever follows
  const chained =
    t.text.length === 1 &&
    i >= 2 &&
    tokens[i - 1]!.text === '.' &&
    tokens[i - 1]!.start === tokens[i - 2]!.end &&
    tokens[i - 2]!.text.length === 1 &&
    tokens[i - 2]!.cap &&
    tokens[i - 1]!.end === t.start;
  return (next.type === 'word' && next.cap) || chained;
}

/**
 * The units of the tokens, sentence by sentence.
 * @param tokens all tokens
 * @param sentenceRanges per sentence, [first token, end token)
 */
export function nameUnits(tokens: readonly Token[], sentenceRanges: TokenRanges): Units {
  // typed arrays, not a pair per unit: this runs over every token of the text
  const units: Token[] = [];
  const firstToken = new Int32Array(tokens.length);
  const lastToken = new Int32Array(tokens.length);
  const ranges = new Int32Array(sentenceRanges.length * 2);
  for (let k = 0; k < sentenceRanges.length; k++) {
    const a = sentenceRanges.first(k);
    const b = sentenceRanges.end(k);
    const ua = units.length;
    for (let i = a; i < b; i++) {
      const t = tokens[i]!;
      const u = units.length;
      firstToken[u] = i;
      // only a capitalised word with a full stop right after it can be an abbreviated name
      if (t.cap && tokens[i + 1]?.text === '.' && abbreviatedName(tokens, i, b)) {
        units.push({ start: t.start, end: tokens[i + 1]!.end, text: `${t.text}.`, lower: `${t.lower}.`, type: 'word', cap: true });
        lastToken[u] = ++i;
      } else {
        units.push(t);
        lastToken[u] = i;
      }
    }
    ranges[2 * k] = ua;
    ranges[2 * k + 1] = units.length;
  }
  return { units, firstToken, lastToken, ranges: new TokenRanges(ranges) };
}
