/**
 * Bodies' names by their shape, where the tagger's 604 training sentences have too few of them:
 * - an acronym (`IFPI`, `FISA`, `EU`): a word of two to six capitals that the dictionary does not
 *   know as an ordinary word (`DNA`, `TV`) unless it lists it as a name (`EU`), and the lists do
 *   not know as a country (`USA`), standing among words
 *   that are not capitals (a headline set in capitals is not a row of acronyms) and not as a
 *   section label (`SPORT:`), is a body, also as a sentence's first word (where the tagger,
 *   rightly for other words, weighs the capital as nothing);
 * - a channel or station: a short word in capitals and a number (`TV 2`, `DR 1`);
 * - a name of the English `X of Y` shape (`Bank of America`, `University of Aarhus`): the two
 *   capitalised runs and the `of` between are one name, a body's unless the tagger found its
 *   first part as a place (`Gulf of Mexico`).
 * - a firm's name: a name or a capitalised run followed by a company form (`Brøndum A/S`, `Kragh
 *   Invest ApS`, `Sunrise Ltd.`; src/lexicon/legal-forms.ts) is a body's, with the form in it.
 * Each rule looks at one word or name and its neighbours, so the pass is linear.
 * @module
 */
import type { Token } from '../../nlp/tokens.js';
import type { NameTokens } from './index.js';
import { LEGAL_FORMS } from '../../lexicon/legal-forms.js';
import { isCountryWord, isListedProperName, isOrdinary } from './lexicon.js';
import { capWord } from './shapes.js';

/** Whether token i is a word set in capitals (two letters or more). */
function capitals(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return t?.type === 'word' && t.text.length >= 2 && /^\p{Lu}+$/u.test(t.text);
}

/** Whether token i is an acronym of a body (see the module's comment). */
function acronym(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!capitals(tokens, i) || t.text.length > 6 || isCountryWord(t.text)) return false;
  // (an acronym the dictionary lists as a name, `EU`, is one though its letters spell a word)
  if (isOrdinary(t.lower) && !isListedProperName(t.text)) return false;
  if (capitals(tokens, i - 1) || capitals(tokens, i + 1)) return false;
  return tokens[i + 1]?.text !== ':';
}

/** The first token of each company form as the tokenizer splits it: its leading letters (`A` of `A/S`). */
const FORM_STARTS: ReadonlySet<string> = new Set([...LEGAL_FORMS].map((f) => /^\p{L}+/u.exec(f)?.[0] ?? f));

/**
 * The last token of a company form that starts at token i (its tokens written together, `A` `/`
 * `S`), or -1 when none does.
 */
function legalFormEnd(tokens: readonly Token[], i: number): number {
  // (the forms' first tokens, to pass over every other word without joining strings)
  if (!FORM_STARTS.has(tokens[i]!.text)) return -1;
  let text = '';
  for (let k = i; k < i + 6 && k < tokens.length; k++) {
    if (k > i && tokens[k]!.start !== tokens[k - 1]!.end) break;
    text += tokens[k]!.text;
    if (LEGAL_FORMS.has(text)) {
      // a full stop after the form is its own when the form is written with one (`Ltd.`)
      return k + 1 < tokens.length && tokens[k + 1]!.text === '.' && tokens[k + 1]!.start === tokens[k]!.end && LEGAL_FORMS.has(`${text}.`) ? k + 1 : k;
    }
  }
  return -1;
}

/**
 * Applies the rules to the names of one text.
 * @param tokens all tokens
 * @param names the names found so far, in order
 * @param sentenceEnd the token index after the sentence of token i
 */
export function bodyShapes(tokens: readonly Token[], names: readonly NameTokens[], sentenceEnd: (i: number) => number): NameTokens[] {
  const out: NameTokens[] = [];
  let m = 0;
  /** The last token of the name after an `of` at token `of`, or -1 when none follows there. */
  const ofName = (of: number, end: number): number => {
    if (tokens[of]?.text !== 'of') return -1;
    let k = of + 1;
    if (tokens[k]?.text === 'the') k++;
    if (k >= end || !capWord(tokens, k)) return -1;
    let last = k;
    while (last + 1 < end && capWord(tokens, last + 1)) last++;
    // a name the tagger found there is part of this one
    while (m < names.length && names[m]!.first <= last) last = Math.max(last, names[m++]!.last);
    return last;
  };
  /** Makes a name followed by a company form, or ending in one, a firm's, the form in its span. */
  const firmName = (n: NameTokens): void => {
    formName(n);
    if (n.type !== 'organization') return;
    // the partners' names before an ampersand are the firm's too (`Holm & Søn ApS`)
    while (n.first >= 2 && tokens[n.first - 1]!.text === '&' && capWord(tokens, n.first - 2)) {
      n.first -= 2;
      // (and the capitalised words before, within the sentence, that are not ordinary words: a
      // sentence's first word is capitalised whatever it is)
      while (n.first >= 1 && capWord(tokens, n.first - 1) && sentenceEnd(n.first - 1) === sentenceEnd(n.first) && !isOrdinary(tokens[n.first - 1]!.lower))
        n.first--;
    }
    // a name found there before is part of it
    while (out.length > 0 && out[out.length - 1]!.last >= n.first) out.pop();
  };
  const formName = (n: NameTokens): void => {
    const after = n.last + 1;
    const end = after < tokens.length && tokens[after]!.start > tokens[n.last]!.end ? legalFormEnd(tokens, after) : -1;
    if (end >= 0) {
      n.last = end;
      n.type = 'organization';
      // a name the tagger found in the form's letters (`A`) is part of it
      while (m < names.length && names[m]!.first <= end) m++;
      return;
    }
    // a form the name holds, or begins at its last word (`Brøndum A` | `/S`)
    for (let k = n.first + 1; k <= n.last; k++) {
      const formEnd = tokens[k]!.start > tokens[k - 1]!.end ? legalFormEnd(tokens, k) : -1;
      if (formEnd >= n.last) {
        n.last = formEnd;
        n.type = 'organization';
        while (m < names.length && names[m]!.first <= formEnd) m++;
        return;
      }
    }
  };
  for (let i = 0; i < tokens.length; i++) {
    while (m < names.length && names[m]!.first <= i) {
      const n = { ...names[m++]! };
      const last = ofName(n.last + 1, sentenceEnd(n.first));
      if (last >= 0) {
        n.last = last;
        if (n.type !== 'place') n.type = 'organization';
      }
      firmName(n);
      out.push(n);
    }
    const prev = out[out.length - 1];
    // (only a capitalised word may begin a name: the test first, as this runs for every token)
    if ((prev && prev.last >= i) || !capWord(tokens, i)) continue;
    // a channel or station: a short word in capitals and a number of one or two digits (`TV 2`,
    // `DR 1`), even when its letters spell a word or it opens a sentence (two letters at least:
    // `I 13 år` is a preposition, `B 12` a vitamin)
    const num = tokens[i + 1];
    if (
      capitals(tokens, i) &&
      tokens[i]!.text.length <= 4 &&
      !isCountryWord(tokens[i]!.text) &&
      num?.type === 'num' &&
      /^\d{1,2}$/.test(num.text) &&
      num.start === tokens[i]!.end + 1 &&
      !capitals(tokens, i - 1)
    ) {
      out.push({ first: i, last: i + 1, type: 'organization' });
      i++;
      continue;
    }
    if (acronym(tokens, i)) {
      out.push({ first: i, last: i, type: 'organization' });
      continue;
    }
    // a capitalised run the tagger left out before `of` and a name (`Bank of America`)
    const end = sentenceEnd(i);
    let run = i;
    while (run + 1 < end && capWord(tokens, run + 1) && (m >= names.length || names[m]!.first > run + 1)) run++;
    const last = ofName(run + 1, end);
    if (last >= 0) {
      out.push({ first: i, last, type: 'organization' });
      i = last;
      continue;
    }
    // a capitalised run the tagger left out before a company form (`Holm & Co ApS`)
    const firm = { first: i, last: run, type: 'other' as NameTokens['type'] };
    firmName(firm);
    // (a sentence's first word is capitalised whatever it is: `Som AS …` is no firm)
    const first = i === 0 || sentenceEnd(i - 1) === i;
    if (firm.type === 'organization' && !(first && isOrdinary(tokens[i]!.lower))) {
      out.push(firm);
      i = firm.last;
    }
  }
  while (m < names.length) out.push(names[m++]!);
  return out;
}
