/**
 * Names stage: the named entities of a Danish text — people, organisations, places and other
 * names (CoNLL's PER, ORG, LOC, MISC) — with offsets into the input as given. Spans follow the
 * CoNLL gold: the name alone without titles (`oberst Vera Lind` → `Vera Lind`), a
 * genitive `-s` kept in its word (`Kelds`).
 *
 * A small averaged perceptron (model.ts, fitted by `scripts/fit-names.ts` on the training file)
 * tags the tokens, over features that carry what well-kept word lists know (lexicon.ts: the
 * Hunspell Danish dictionary, Danish country names, the project's first-name and role lexicons).
 * Rules by the structure of names then put right what 604 training sentences cannot teach:
 * shapes.ts (particles, initials, genitives, capitalised runs), body-shapes.ts (acronyms, firms,
 * `X of Y`), person-cues.ts (titles, ages, coordination), definite-nouns.ts and discourse.ts.
 * @module
 */
import { TokenRanges, tokenRanges, type Token } from '../../nlp/tokens.js';
import type { FoundName, NameType } from '../layers.js';
import { defineStage } from '../stage.js';
import { tokenFacts } from './features.js';
import { tagRange } from './model.js';
import { genitiveEnding } from './lexicon.js';
import { repeatNames } from './discourse.js';
import { fixShapes } from './shapes.js';
import { personCues } from './person-cues.js';
import { bodyShapes } from './body-shapes.js';
import { dropDefiniteNouns } from './definite-nouns.js';
import { nameUnits } from './units.js';

export type { NameType } from '../layers.js';

/** A name as token indices: [first, last], inclusive (the pipeline's `names` layer). */
export type NameTokens = FoundName;

const TYPES: Record<string, NameType> = { PER: 'person', ORG: 'organization', LOC: 'place', MISC: 'other' };

/**
 * Tags the names in tokens already split into sentences (the pipeline's path).
 * @param tokens all tokens of the text
 * @param sentences per sentence, [first token, end token): {@link TokenRanges}, or pairs
 */
export function tagNames(tokens: readonly Token[], sentences: TokenRanges | readonly (readonly [number, number])[]): NameTokens[] {
  const sentenceRanges = sentences instanceof TokenRanges ? sentences : TokenRanges.of(sentences);
  const { units, firstToken, lastToken, ranges } = nameUnits(tokens, sentenceRanges);
  const starts = new Uint8Array(units.length);
  for (let k = 0; k < ranges.length; k++) starts[ranges.first(k)] = 1;
  const facts = tokenFacts(units, (i) => starts[i] === 1);
  const tags = new Array<string>(units.length).fill('O');
  for (let k = 0; k < ranges.length; k++) tagRange(units, facts, ranges.first(k), ranges.end(k), tags);
  const out: NameTokens[] = [];
  let open: NameTokens | undefined;
  for (let i = 0; i < units.length; i++) {
    const tag = tags[i]!;
    if (tag.startsWith('I-') && open) {
      open.last = i;
      continue;
    }
    if (open) {
      out.push(open);
      open = undefined;
    }
    if (tag.startsWith('B-') || tag.startsWith('I-')) open = { first: i, last: i, type: TYPES[tag.slice(2)] ?? 'other' };
  }
  if (open) out.push(open);
  const names: NameTokens[] = [];
  for (const n of out) {
    // a name neither begins nor ends in punctuation
    while (n.last > n.first && units[n.last]!.type === 'punct') n.last--;
    if (units[n.first]!.type === 'punct') continue;
    names.push({ first: firstToken[n.first]!, last: lastToken[n.last]!, type: n.type });
  }
  // the sentence of each token, for rules that must not reach past it
  const sentenceEnds = new Int32Array(tokens.length).fill(tokens.length);
  for (let k = 0; k < sentenceRanges.length; k++) sentenceEnds.fill(sentenceRanges.end(k), sentenceRanges.first(k), sentenceRanges.end(k));
  const sentenceEnd = (i: number): number => sentenceEnds[i]!;
  // the rules on the tagger's names, in order: name shapes, bodies' shapes, people told by the
  // words beside them, definite nouns left out, then one reading of a name across the text
  let found = fixShapes(tokens, names, sentenceEnd);
  found = bodyShapes(tokens, found, sentenceEnd);
  found = personCues(tokens, found, sentenceEnd);
  found = dropDefiniteNouns(tokens, found);
  found = repeatNames(tokens, found);
  for (const n of found) {
    const ending = genitiveEnding(tokens[n.last]!.text);
    if (ending > 0) n.genitive = ending;
    else if (apostropheGenitive(tokens, n.last)) {
      // the tokenizer split the apostrophe off; the name keeps it, as CoNLL's gold does (`Lars'`)
      n.last++;
      n.genitive = 1;
    }
  }
  return found;
}

/**
 * Whether an apostrophe right after token i is the genitive of a name ending in s, x or z
 * (`Lars' far`, `Marx' ideer`): written against the word and followed by a lower-case word, the
 * thing owned (a closing single quotation mark is followed by a space and a capital or a
 * punctuation mark, or by nothing).
 */
function apostropheGenitive(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const mark = tokens[i + 1];
  const owned = tokens[i + 2];
  return (
    t.type === 'word' &&
    /[sxz]$/.test(t.text) &&
    mark !== undefined &&
    (mark.text === "'" || mark.text === '’') &&
    mark.start === t.end &&
    owned !== undefined &&
    owned.type === 'word' &&
    !owned.cap &&
    owned.start > mark.end
  );
}

/** The pipeline stage: the names of the document, over its tokens, sentence by sentence. */
export const namesStage = defineStage({
  name: 'names',
  requires: ['tokens', 'sentences'],
  provides: ['names'],
  run: (doc) => ({ names: tagNames(doc.tokens, tokenRanges(doc.tokens, doc.sentences)) }),
});
