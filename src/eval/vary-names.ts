/**
 * The name-shape check of `citat eval --vary names`: every person who speaks in a gold set is
 * renamed into one shape of Danish name — a hyphenated first name, a hyphenated surname, a
 * particle before the surname, a middle name, an initial for the first name — the same way in the
 * text and in the gold (the full name, the surname alone, either in the genitive; the gold speaker,
 * aliases and mention), and the set is scored again. A speaker finder that knows names in
 * general scores each shape as it scores the set as given.
 *
 * The added names are made by rule from syllables (see {@link inventedName}), not taken from any
 * text, so no shape can be met by a list.
 * @module
 */
import { genderOfFirstName } from '../lexicon/first-names.js';
import type { GoldDocumentLine } from './gold.js';
import { nthIndexOf, resolveGold } from './gold.js';
import type { DocumentLine } from './load.js';
import { applyEdits, type Edit } from './restyle.js';
import { fnv1a } from '../nlp/fnv.js';

/** The shapes, in the order they are reported. */
export const NAME_SHAPES = ['hyphenated first name', 'hyphenated surname', 'particle', 'middle name', 'initial'] as const;
/** One of {@link NAME_SHAPES}. */
export type NameShape = (typeof NAME_SHAPES)[number];

const ONSETS = ['b', 'd', 'f', 'g', 'h', 'k', 'l', 'm', 'n', 'r', 's', 't', 'v'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'y', 'ø'];

/**
 * A name made by rule: two consonant-vowel syllables and an ending (`Kalime`, `Revosen`),
 * chosen by a hash of the seed, so the same person gets the same added name everywhere.
 * @param seed what the name is for (the person and the shape)
 * @param ending `e` for a first name, `sen` or `gaard` style endings for a surname
 */
export function inventedName(seed: string, ending: string): string {
  const h = fnv1a(seed);
  const syl = (k: number): string => ONSETS[(h >>> (k * 5)) % ONSETS.length]! + VOWELS[(h >>> (k * 5 + 3)) % VOWELS.length]!;
  const w = syl(0) + syl(1) + ending;
  return w[0]!.toUpperCase() + w.slice(1);
}

/** A person in the gold: the full name as written, the first name and the surname. */
interface Person {
  full: string;
  first: string;
  surname: string;
}

/** The gold speakers that are persons' names: two to four capitalised words, the first a known first name. */
function personsOf(gold: GoldDocumentLine, text: string): Person[] {
  const out = new Map<string, Person>();
  for (const q of gold.quotes) {
    const s = q.speaker;
    if (!s || !text.includes(s)) continue;
    const words = s.split(' ');
    if (words.length < 2 || words.length > 4 || !words.every((w) => /^\p{Lu}[\p{L}'’-]*$/u.test(w))) continue;
    if (genderOfFirstName(words[0]!) === undefined) continue;
    out.set(s, { full: s, first: words[0]!, surname: words[words.length - 1]! });
  }
  return [...out.values()];
}

/** The new full name and the new surname-alone of a person in a shape. */
function reshape(p: Person, shape: NameShape): { full: string; surname: string } {
  const middle = p.full.slice(p.first.length, p.full.length - p.surname.length); // ' ' or ' Middle '
  switch (shape) {
    case 'hyphenated first name': {
      const first = `${p.first}-${inventedName(`${p.full}/f`, 'e')}`;
      return { full: `${first}${middle}${p.surname}`, surname: p.surname };
    }
    case 'hyphenated surname': {
      const surname = `${p.surname}-${inventedName(`${p.full}/s`, 'sen')}`;
      return { full: `${p.first}${middle}${surname}`, surname };
    }
    case 'particle':
      return { full: `${p.first}${middle}van der ${p.surname}`, surname: `van der ${p.surname}` };
    case 'middle name':
      return { full: `${p.first} ${inventedName(`${p.full}/m`, 'e')}${middle}${p.surname}`, surname: p.surname };
    case 'initial':
      return { full: `${p.first[0]!}.${middle}${p.surname}`, surname: p.surname };
  }
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The rewriting of one document's persons: full names first, then surnames alone, each with a genitive. */
function rewriter(persons: readonly Person[], shape: NameShape): ((s: string) => Edit[]) | undefined {
  const forms = new Map<string, string>();
  for (const p of persons) {
    const r = reshape(p, shape);
    forms.set(p.full, r.full);
    if (!forms.has(p.surname)) forms.set(p.surname, r.surname);
  }
  if (forms.size === 0) return undefined;
  const keys = [...forms.keys()].sort((a, b) => b.length - a.length);
  const re = new RegExp(`(?<![\\p{L}\\p{N}'’.-])(${keys.map(escapeRegex).join('|')})(?=(?:s|'s|’s)?(?![\\p{L}\\p{N}-]))`, 'gu');
  return (s) => {
    const edits: Edit[] = [];
    for (const m of s.matchAll(re)) {
      let insert = forms.get(m[1]!)!;
      // a surname alone that opens a sentence keeps its capital (`Van der Holm`)
      // (after a full stop that is not an initial's: `B. van der Holm` keeps its small letter)
      if (/^\p{Ll}/u.test(insert) && (m.index === 0 || /(?:(?<!(?:^|[\s.])\p{Lu})[.!?]|[:»«"”\n])\s*$/u.test(s.slice(Math.max(0, m.index - 4), m.index))))
        insert = insert[0]!.toUpperCase() + insert.slice(1);
      edits.push({ at: m.index, remove: m[1]!.length, insert });
    }
    return edits;
  };
}

/**
 * Renames the persons who speak in one document and its gold into a shape.
 * @param doc the document line
 * @param gold its gold line, if any
 * @param shape the shape
 * @returns the new document and gold (unchanged where no person speaks)
 */
export function varyNamesDocument(
  doc: DocumentLine,
  gold: GoldDocumentLine | undefined,
  shape: NameShape,
): { doc: DocumentLine; gold: GoldDocumentLine | undefined } {
  if (!gold) return { doc, gold };
  const rewrite = rewriter(personsOf(gold, doc.text), shape);
  if (!rewrite) return { doc, gold };
  const changed = applyEdits(doc.text, rewrite(doc.text));
  const str = (s: string): string => applyEdits(s, rewrite(s)).text;
  const spans = resolveGold(gold, doc.text);
  const quotes = gold.quotes.map((q, i) => {
    const span = spans[i]!;
    const start = changed.map(span.start);
    const text = changed.text.slice(start, changed.map(span.end, 'end'));
    let occurrence = 0;
    while (nthIndexOf(changed.text, text, occurrence) !== -1 && nthIndexOf(changed.text, text, occurrence) < start) occurrence++;
    const { occurrence: _old, ...rest } = q;
    const out = { ...rest, text, speaker: q.speaker === null ? null : str(q.speaker) };
    if (q.aliases) out.aliases = q.aliases.map(str);
    if (q.speaker_mention) out.speaker_mention = str(q.speaker_mention);
    return occurrence > 0 ? { ...out, occurrence } : out;
  });
  return { doc: { ...doc, text: changed.text }, gold: { ...gold, quotes } };
}

/**
 * Renames the persons who speak in a whole evaluation set into a shape.
 * @param documents document lines
 * @param gold gold lines
 * @param shape the shape
 */
export function varyNamesCorpus(
  documents: readonly DocumentLine[],
  gold: readonly GoldDocumentLine[],
  shape: NameShape,
): { documents: DocumentLine[]; gold: GoldDocumentLine[] } {
  const goldById = new Map(gold.map((g) => [g.id, g]));
  const newGold = new Map<string, GoldDocumentLine>();
  const newDocs = documents.map((d) => {
    const r = varyNamesDocument(d, goldById.get(d.id), shape);
    if (r.gold) newGold.set(d.id, r.gold);
    return r.doc;
  });
  return { documents: newDocs, gold: gold.map((g) => newGold.get(g.id) ?? g) };
}
