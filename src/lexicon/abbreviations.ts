/**
 * Danish abbreviations that end in a period, as data for the sentence splitter. Entries are the
 * abbreviation without its final period, lower-cased (`bl.a`, `f.eks`, `kr`); the splitter looks
 * them up after lower-casing the word before a period.
 *
 * The lists are split by how the abbreviation behaves before a capital letter, because that is
 * the one place where it matters whether a sentence may end on it: `ca. Tusind` never ends a
 * sentence, `… osv. Derefter …` usually does.
 * @module
 */

/**
 * Abbreviations that (almost) never end a sentence: titles before names, and prepositional or
 * adverbial short forms that always have something after them (`bl.a. Danmark`, `jf. Politiken`).
 * Source: hand-compiled from the abbreviation conventions of Dansk Sprognævn's Retskrivningsordbogen
 * (the "forkortelser" list) and common Danish newspaper usage; not taken from any evaluation text.
 */
export const NON_FINAL_ABBREVIATIONS: readonly string[] = [
  // titles and forms of address
  'hr', 'fr', 'frk', 'dr', 'prof', 'mr', 'mrs', 'ms', 'st', 'sct', 'skt', 'gl', 'lic', 'cand', 'stud', 'mag', 'phil', 'jur', 'polit', 'oec', 'merc', 'theol', 'psych', 'scient', 'techn', 'arch',
  'adm', 'dir', 'kgl', 'kap', 'kapt', 'ltn', 'obl', 'oberstltn', 'sekr', 'fm', 'mgr', 'vicedir',
  // adverbial and prepositional short forms
  'bl.a', 'bla', 'f.eks', 'feks', 'fx', 'f.ex', 'jf', 'jvf', 'cf', 'ca', 'kl', 'dvs', 'd.v.s', 'pga', 'p.g.a', 'iflg', 'inkl', 'ekskl', 'excl', 'incl', 'evt', 'ang', 'vedr',
  'mht', 'm.h.t', 'ift', 'i.f.t', 'ifm', 'i.f.m', 'vha', 'v.h.a', 'pr', 'resp', 'hhv', 'henh', 'vs', 'bd', 'nr', 'nrs', 'pkt', 'tlf', 'tel', 'fax', 'lb', 'matr', 'afs', 'afd', 'i.e', 'e.g', 'div', 'gns', 'gnsn', 'maks', 'omkr', 'o.a', 'o.lign', 'sml', 'th', 'vsa', 'v.s.a',
  'ovf', 'ovenf', 'nedenf', 'bet', 'beg', 'fhv', 'forh', 'forts', 'opr', 'alm', 'egl', 'sædv', 'særl', 'udg', 'oplysn', 'anm', 'bem', 'vol', 'sp',
];

/**
 * Abbreviations that often end a sentence (`… 40 kr. Derefter …`): before a capital letter the
 * splitter ends the sentence on them; before a small letter or a digit it does not.
 * Source: hand-compiled as {@link NON_FINAL_ABBREVIATIONS}.
 */
export const FINAL_ABBREVIATIONS: readonly string[] = [
  'osv', 'o.s.v', 'mv', 'm.v', 'm.fl', 'mfl', 'm.m', 'mm', 'o.l', 'ol', 'etc', 'ff', 'm.a.o', 'mao',
  'kr', 'dkr', 'pct', 'stk', 'red', 'fot', 'årh', 'aarh', 'f.kr', 'e.kr', 'e.v.t', 'f.v.t', 'sek', 'sekt', 'min', 'md', 'mdr', 'km', 'cm', 'kg', 'gr', 'ha', 'hl', 'ltr', 'a/s', 'aps', 'amba', 'i/s', 'smba', 'ekspl', 'eks', 'adr', 'p.t', 'pt', 'm.h.p',
];

/**
 * Amounts that are nearly always followed by their unit (`5 mio. kr.`, `3 mia. D-mark`), so a
 * capital after them is a unit or currency, unless it is a word that starts sentences.
 * Source: hand-compiled as {@link NON_FINAL_ABBREVIATIONS}.
 */
export const AMOUNT_ABBREVIATIONS: readonly string[] = ['mio', 'mill', 'mia', 'mrd', 'bio'];

/**
 * Capitalised function words that begin sentences and are never part of a name or a unit: after
 * an amount (`5 mio. Det …`) or an initial (`vitamin C. Det …`) they show that a sentence ended.
 * Source: the closed word classes of Danish (pronouns, conjunctions, sentence adverbs), hand-listed.
 */
export const SENTENCE_STARTERS: readonly string[] = [
  'Det', 'Den', 'Der', 'Han', 'Hun', 'Jeg', 'Vi', 'Men', 'Og', 'Så', 'Nu', 'Da', 'Når', 'Hvis', 'Derfor', 'Dermed', 'Desuden', 'Også',
  'Her', 'Hvor', 'Hvad', 'Hvem', 'Hvorfor', 'Hvordan', 'Man', 'Dette', 'Disse', 'Sådan', 'Samtidig', 'Alligevel', 'Ifølge', 'Selv', 'Heller', 'Ellers', 'Endelig',
];

/**
 * Month names and their abbreviations, lower case. A date (`27. nov. 2026`, `den 3. maj`) does not
 * end a sentence at the ordinal's period.
 * Source: the Danish month names and their standard three- and four-letter short forms.
 */
export const MONTHS: readonly string[] = [
  'januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december',
  'jan', 'feb', 'febr', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dec',
];

/**
 * Academic titles that take a second abbreviated part after a space (`cand. psych.`, `dr. med.`,
 * `mag. art.`): the second part does not end a sentence either, even when it is a word (`med`).
 * Source: the degree titles of Danish universities (cand., mag., lic., dr.), hand-compiled.
 */
export const TWO_PART_TITLES: readonly string[] = ['cand', 'dr', 'mag', 'lic', 'stud', 'exam', 'ph'];
