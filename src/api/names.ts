/**
 * `citat/names`: the named entities of a Danish text — people, organisations, places and other
 * names (CoNLL's PER, ORG, LOC, MISC) — with offsets into the input as given, as the pipeline's
 * names stage finds them (src/pipeline/names/).
 * @module citat/names
 */
import { tokenize, tokenRanges } from '../nlp/tokens.js';
import type { NameType } from '../pipeline/layers.js';
import { tagNames } from '../pipeline/names/index.js';
import { splitSentences } from '../pipeline/sentences/split.js';

export type { NameType } from '../pipeline/layers.js';
export { namesStage, tagNames, type NameTokens } from '../pipeline/names/index.js';

/** A name found in the text. */
export interface Name {
  /** offset of the first character */
  start: number;
  /** offset after the last character */
  end: number;
  /** the name as in the input (`text.slice(start, end)`) */
  text: string;
  type: NameType;
}

/**
 * Finds the names of a text.
 * @param text any text
 * @returns the names in order, with offsets into `text`
 * @example
 * findNames('Det siger Ursula von der Leyen i Bruxelles.')
 * // [{ start: 10, end: 30, text: 'Ursula von der Leyen', type: 'person' },
 * //  { start: 33, end: 42, text: 'Bruxelles', type: 'place' }]
 */
export function findNames(text: string): Name[] {
  const tokens = tokenize(text);
  return tagNames(tokens, tokenRanges(tokens, splitSentences(text))).map((n) => {
    const start = tokens[n.first]!.start;
    const end = tokens[n.last]!.end;
    return { start, end, text: text.slice(start, end), type: n.type };
  });
}

export default findNames;
