/**
 * Danish closed-class words (pronouns, determiners, auxiliaries, sentence adverbs, prepositions,
 * conjunctions) and capitalised words that are never names, as data for the quote and speaker
 * stages. All sets are lowercase; look words up lower-cased.
 *
 * Source: the closed word classes of Danish grammar (Allan, Holmes & Lundskær-Nielsen, *Danish:
 * A Comprehensive Grammar*: personal and possessive pronouns, determiners, modal and temporal
 * auxiliaries, sentence adverbials, prepositions, conjunctions), written out by hand from the
 * compiler's own knowledge of Danish; nothing is taken from the evaluation or seed texts.
 * @module
 */

/** What a pronoun can refer to. `gender` only for `han`/`hun` (and their object/possessive forms). */
export interface PronounInfo {
  /** The nominative form this is a case or possessive of (`ham` → `han`, `hendes` → `hun`). */
  base: string;
  /** 1st, 2nd or 3rd person. */
  person: 1 | 2 | 3;
  /** Plural reference (`de`, `vi`, `I`). */
  plural: boolean;
  /** Natural gender of a person referent; absent when the pronoun does not mark it. */
  gender?: 'm' | 'f';
  /** Whether the referent can be a person (`den`/`det` normally refer to things or clauses). */
  personRef: boolean;
  /** Grammatical case or use: subject, object, possessive, reflexive. */
  form: 'subject' | 'object' | 'possessive' | 'reflexive';
}

/** Builds one pronoun row; `gender` is left out where unmarked (exactOptionalPropertyTypes). */
function pronoun(
  word: string,
  base: string,
  person: 1 | 2 | 3,
  plural: boolean,
  form: PronounInfo['form'],
  personRef: boolean,
  gender?: 'm' | 'f',
): readonly [string, PronounInfo] {
  const info: PronounInfo = { base, person, plural, personRef: personRef, form };
  if (gender) info.gender = gender;
  return [word, info];
}

/**
 * Personal, possessive and reflexive pronouns with person, number and gender. `I` (2nd plural)
 * is capitalised in Danish; it is listed lowercase here like everything else, so the caller must
 * tell it from the preposition `i` by case. `man` is generic ("one"), not a source.
 */
export const PRONOUNS: ReadonlyMap<string, PronounInfo> = new Map([
  pronoun('jeg', 'jeg', 1, false, 'subject', true),
  pronoun('mig', 'jeg', 1, false, 'object', true),
  pronoun('min', 'jeg', 1, false, 'possessive', true),
  pronoun('mit', 'jeg', 1, false, 'possessive', true),
  pronoun('mine', 'jeg', 1, false, 'possessive', true),
  pronoun('du', 'du', 2, false, 'subject', true),
  pronoun('dig', 'du', 2, false, 'object', true),
  pronoun('din', 'du', 2, false, 'possessive', true),
  pronoun('dit', 'du', 2, false, 'possessive', true),
  pronoun('dine', 'du', 2, false, 'possessive', true),
  pronoun('han', 'han', 3, false, 'subject', true, 'm'),
  pronoun('ham', 'han', 3, false, 'object', true, 'm'),
  pronoun('hans', 'han', 3, false, 'possessive', true, 'm'),
  pronoun('hun', 'hun', 3, false, 'subject', true, 'f'),
  pronoun('hende', 'hun', 3, false, 'object', true, 'f'),
  pronoun('hendes', 'hun', 3, false, 'possessive', true, 'f'),
  pronoun('den', 'den', 3, false, 'subject', false),
  pronoun('dens', 'den', 3, false, 'possessive', false),
  pronoun('det', 'det', 3, false, 'subject', false),
  pronoun('dets', 'det', 3, false, 'possessive', false),
  pronoun('man', 'man', 3, false, 'subject', true),
  pronoun('en', 'man', 3, false, 'object', true),
  pronoun('ens', 'man', 3, false, 'possessive', true),
  pronoun('sig', 'sig', 3, false, 'reflexive', true),
  pronoun('sin', 'sig', 3, false, 'possessive', true),
  pronoun('sit', 'sig', 3, false, 'possessive', true),
  pronoun('sine', 'sig', 3, false, 'possessive', true),
  pronoun('vi', 'vi', 1, true, 'subject', true),
  pronoun('os', 'vi', 1, true, 'object', true),
  pronoun('vores', 'vi', 1, true, 'possessive', true),
  pronoun('vor', 'vi', 1, true, 'possessive', true),
  pronoun('vort', 'vi', 1, true, 'possessive', true),
  pronoun('vore', 'vi', 1, true, 'possessive', true),
  pronoun('i', 'i', 2, true, 'subject', true),
  pronoun('jer', 'i', 2, true, 'object', true),
  pronoun('jeres', 'i', 2, true, 'possessive', true),
  pronoun('de', 'de', 3, true, 'subject', true),
  pronoun('dem', 'de', 3, true, 'object', true),
  pronoun('deres', 'de', 3, true, 'possessive', true),
  // polite forms (capitalised in use: De, Dem, Deres), same spelling as 3rd plural
]);

/** Subject pronouns that can be the source of a quote and resolve to a speaker. */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['jeg', 'du', 'han', 'hun', 'vi', 'i', 'de', 'den', 'det', 'man']);

/**
 * Determiners, articles, demonstratives, quantifiers and possessives that can open a noun phrase.
 */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'en', 'et', 'den', 'det', 'de', 'denne', 'dette', 'disse', 'samme', 'selve', 'anden', 'andet', 'andre', 'hver', 'hvert', 'hvilken',
  'hvilket', 'hvilke', 'nogen', 'noget', 'nogle', 'ingen', 'intet', 'alle', 'al', 'alt', 'begge', 'mange', 'flere', 'få', 'færre',
  'enkelte', 'adskillige', 'samtlige', 'diverse', 'visse', 'hele', 'halvdelen', 'flertallet', 'fleste', 'ethvert', 'enhver', 'sådan', 'sådant',
  'sådanne', 'min', 'mit', 'mine', 'din', 'dit', 'dine', 'hans', 'hendes', 'dens', 'dets', 'sin', 'sit', 'sine', 'vores', 'vor', 'vort',
  'vore', 'jeres', 'deres', 'to', 'tre', 'fire', 'fem', 'seks', 'syv', 'otte', 'ni', 'ti', 'elleve', 'tolv', 'tyve', 'hundrede', 'tusind',
  'første', 'anden', 'tredje', 'sidste', 'næste', 'øvrige', 'tidligere', 'nuværende', 'forhenværende', 'fhv.',
]);

/**
 * Finite auxiliaries, modal verbs and copulas (present and past), and their non-finite forms:
 * they can stand before a reporting verb's participle or infinitive (`har sagt`, `vil tilføje`,
 * `blev oplyst`, `skulle have sagt`).
 */
export const AUXILIARIES: ReadonlySet<string> = new Set([
  'er', 'var', 'være', 'været', 'har', 'havde', 'have', 'haft', 'bliver', 'blev', 'blive', 'blevet', 'vil', 'ville', 'villet', 'skal',
  'skulle', 'skullet', 'kan', 'kunne', 'kunnet', 'må', 'måtte', 'måttet', 'bør', 'burde', 'burdet', 'tør', 'turde', 'gider', 'gad',
  'får', 'fik', 'få', 'fået', 'gør', 'gjorde', 'gøre', 'gjort', 'lader', 'lod', 'synes', 'syntes', 'plejer', 'plejede', 'behøver',
  'behøvede', 'kommer', 'kom', 'forekommer', 'forekom',
]);

/**
 * Common finite verbs that are not reporting verbs, which end a subject noun phrase read forwards
 * or backwards (`Politiet har …`, `… står der`). Present and past.
 */
export const COMMON_FINITE_VERBS: ReadonlySet<string> = new Set([
  'er', 'var', 'har', 'havde', 'bliver', 'blev', 'vil', 'ville', 'skal', 'skulle', 'kan', 'kunne', 'må', 'måtte', 'bør', 'burde', 'får',
  'fik', 'gør', 'gjorde', 'går', 'gik', 'kommer', 'kom', 'ser', 'så', 'står', 'stod', 'ligger', 'lå', 'sidder', 'sad', 'giver', 'gav',
  'tager', 'tog', 'hedder', 'hed', 'lyder', 'lød', 'bor', 'boede', 'arbejder', 'arbejdede', 'holder', 'holdt', 'bringer', 'bragte',
  'finder', 'fandt', 'sætter', 'satte', 'lægger', 'lagde', 'stiller', 'stillede', 'mister', 'mistede', 'vinder', 'vandt', 'taber', 'tabte',
  'begynder', 'begyndte', 'starter', 'startede', 'slutter', 'sluttede', 'ender', 'endte', 'betyder', 'betød', 'handler', 'handlede',
  'drejer', 'drejede', 'gælder', 'gjaldt', 'findes', 'fandtes', 'skyldes', 'skyldtes', 'består', 'bestod', 'kræver', 'krævede',
  'bruger', 'brugte', 'ønsker', 'ønskede', 'vil', 'prøver', 'prøvede', 'forsøger', 'forsøgte', 'arbejder', 'leder', 'ledte', 'styrer',
  'styrede', 'ejer', 'ejede', 'køber', 'købte', 'sælger', 'solgte', 'betaler', 'betalte', 'koster', 'kostede', 'stiger', 'steg',
  'falder', 'faldt', 'vokser', 'voksede', 'rammer', 'ramte', 'dør', 'døde', 'lever', 'levede', 'mødes', 'mødtes', 'møder', 'mødte',
  'rejser', 'rejste', 'kører', 'kørte', 'flyver', 'fløj', 'løber', 'løb', 'spiller', 'spillede', 'venter', 'ventede', 'forbereder',
  'forberedte', 'undersøger', 'undersøgte', 'efterforsker', 'efterforskede', 'anholder', 'anholdt', 'sigter', 'dømmer', 'dømte',
]);

/**
 * Single-word sentence adverbials that can stand between a reporting verb (or its subject) and
 * the `at`-clause (`siger han også, at`, `mener hun dog ikke, at`), or between subject and verb.
 */
export const SENTENCE_ADVERBS: ReadonlySet<string> = new Set([
  'også', 'ikke', 'dog', 'derfor', 'samtidig', 'nu', 'selv', 'tidligere', 'endvidere', 'desuden', 'således', 'imidlertid', 'altså',
  'jo', 'nemlig', 'stadig', 'fortsat', 'ofte', 'aldrig', 'allerede', 'klart', 'tydeligt', 'kraftigt', 'blankt', 'bestemt',
  'udtrykkeligt', 'åbent', 'åbenlyst', 'offentligt', 'gerne', 'straks', 'senere', 'siden', 'videre', 'yderligere', 'ligeledes', 'dermed',
  'herefter', 'derefter', 'bagefter', 'igen', 'ellers', 'egentlig', 'faktisk', 'vist', 'måske', 'næppe', 'sikkert', 'formentlig',
  'muligvis', 'sandsynligvis', 'givetvis', 'utvivlsomt', 'angiveligt', 'åbenbart', 'tilsyneladende', 'kun', 'netop', 'bare', 'blot',
  'også', 'heller', 'helt', 'nok', 'vel', 'da', 'endda', 'ovenikøbet', 'endog', 'alligevel', 'ligefrem', 'især', 'specielt', 'særligt',
  'dengang', 'dagen', 'direkte', 'indirekte', 'skriftligt', 'mundtligt', 'officielt', 'uofficielt', 'anonymt', 'personligt', 'selv',
  'bl.a.', 'f.eks.', 'fx', 'eksempelvis', 'herunder', 'ydermere', 'tilmed', 'dertil', 'derudover', 'herudover', 'derimod', 'tværtimod',
  'omvendt', 'nemt', 'ærligt', 'oprigtigt', 'kort', 'lakonisk', 'tørt', 'roligt', 'stille', 'højt', 'vredt', 'bekymret',
  'samstemmende', 'enstemmigt', 'unisont', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag', 'længe', 'endnu',
  'snart', 'hurtigt', 'kategorisk', 'utvetydigt', 'pure', 'benhårdt', 'fast', 'dybt', 'stærkt', 'meget', 'mere', 'mest', 'overhovedet',
  'slet', 'absolut',
]);

/**
 * Multiword sentence adverbials, as word sequences (lowercase), that can stand in the same places
 * as {@link SENTENCE_ADVERBS}: `i dag`, `i går`, `blandt andet`, `heller ikke`, `på mandag`.
 * Match them word by word.
 */
export const SENTENCE_ADVERB_PHRASES: readonly (readonly string[])[] = [
  ['i', 'dag'], ['i', 'går'], ['i', 'morgen'], ['i', 'aftes'], ['i', 'morges'], ['i', 'nat'], ['i', 'formiddags'], ['i', 'eftermiddags'],
  ['i', 'weekenden'], ['i', 'sidste', 'uge'], ['i', 'sidste', 'måned'], ['i', 'år'], ['i', 'fjor'], ['i', 'forvejen'], ['i', 'øvrigt'],
  ['i', 'hvert', 'fald'], ['i', 'det', 'hele', 'taget'], ['i', 'den', 'forbindelse'], ['i', 'en', 'pressemeddelelse'], ['i', 'en', 'udtalelse'],
  ['i', 'en', 'mail'], ['i', 'en', 'e-mail'], ['i', 'et', 'interview'], ['i', 'et', 'skriftligt', 'svar'], ['i', 'et', 'svar'],
  ['på', 'mandag'], ['på', 'tirsdag'], ['på', 'onsdag'], ['på', 'torsdag'], ['på', 'fredag'], ['på', 'lørdag'], ['på', 'søndag'],
  ['blandt', 'andet'], ['bl.a.'], ['heller', 'ikke'], ['ikke', 'længere'], ['ikke', 'mindst'], ['først', 'og', 'fremmest'],
  ['til', 'gengæld'], ['til', 'dels'], ['til', 'sidst'], ['for', 'eksempel'], ['for', 'nylig'], ['for', 'øjeblikket'], ['for', 'tiden'],
  ['på', 'den', 'anden', 'side'], ['på', 'den', 'ene', 'side'], ['på', 'forhånd'], ['på', 'et', 'pressemøde'], ['på', 'et', 'møde'],
  ['under', 'alle', 'omstændigheder'], ['med', 'andre', 'ord'], ['af', 'samme', 'grund'], ['af', 'den', 'grund'], ['ifølge', 'sig', 'selv'],
  ['lige', 'nu'], ['lige', 'som'], ['nu', 'også'], ['ligesom', 'tidligere'], ['som', 'tidligere'], ['om', 'morgenen'], ['om', 'aftenen'],
  ['efter', 'mødet'], ['efter', 'eget', 'udsagn'], ['over', 'for'], ['til', 'avisen'], ['til', 'bladet'], ['til', 'radioen'],
  ['til', 'tv'], ['til', 'nyhedsbureauet'], ['til', 'journalister'], ['til', 'pressen'], ['til', 'medierne'],
  ['flere', 'gange'], ['gentagne', 'gange'], ['fuldt', 'ud'], ['igen', 'og', 'igen'], ['gang', 'på', 'gang'],
];

/** Prepositions (simple and a few complex ones written as one word). */
export const PREPOSITIONS: ReadonlySet<string> = new Set([
  'i', 'på', 'til', 'for', 'med', 'om', 'efter', 'under', 'over', 'ved', 'fra', 'af', 'hos', 'mod', 'imod', 'uden', 'gennem', 'igennem',
  'blandt', 'foran', 'bag', 'bagved', 'mellem', 'imellem', 'omkring', 'rundt', 'overfor', 'trods', 'via', 'pr.', 'per', 'ifølge', 'iflg.',
  'inden', 'indenfor', 'udenfor', 'langs', 'forbi', 'hen', 'ind', 'ud', 'op', 'ned', 'siden', 'indtil', 'til', 'ad', 'bortset', 'angående',
  'vedrørende', 'vedr.', 'vha.', 'pga.', 'grundet', 'ovenpå', 'nedenunder', 'hinsides', 'inklusive', 'eksklusive', 'inkl.', 'ekskl.',
  'ca.', 'cirka', 'jf.', 'jævnfør', 'fremfor', 'frem', 'tilbage', 'henover', 'udover', 'ifm.', 'efterhånden', 'undtagen', 'plus', 'minus',
]);

/** Coordinating conjunctions. */
export const COORDINATING_CONJUNCTIONS: ReadonlySet<string> = new Set([
  'og', 'men', 'eller', 'for', 'så', 'samt', 'både', 'enten', 'hverken', 'end', 'ej',
]);

/** Subordinating conjunctions and relative words that open a subordinate clause. */
export const SUBORDINATING_CONJUNCTIONS: ReadonlySet<string> = new Set([
  'at', 'om', 'hvis', 'når', 'da', 'mens', 'medens', 'fordi', 'eftersom', 'idet', 'selvom', 'skønt', 'omend', 'uagtet', 'efter', 'før',
  'inden', 'siden', 'indtil', 'til', 'som', 'der', 'hvor', 'hvorfor', 'hvordan', 'hvornår', 'hvad', 'hvem', 'hvis', 'hvilken', 'hvilket',
  'hvilke', 'hvorvidt', 'såfremt', 'medmindre', 'ligesom', 'sådan', 'så', 'end', 'jo', 'desto', 'hvorefter', 'hvorimod', 'hvorpå',
  'hvormed', 'hvoraf', 'hvori', 'hvortil', 'hvorfra', 'hvorunder', 'hvorved', 'mens', 'førend', 'efterhånden', 'dersom',
]);

/** Numerals and ordinals written as words, lowercase: they can open or stand in a noun phrase. */
export const NUMBER_WORDS: ReadonlySet<string> = new Set([
  'nul', 'en', 'et', 'én', 'ét', 'to', 'tre', 'fire', 'fem', 'seks', 'syv', 'otte', 'ni', 'ti', 'elleve', 'tolv', 'tretten', 'fjorten',
  'femten', 'seksten', 'sytten', 'atten', 'nitten', 'tyve', 'tredive', 'fyrre', 'halvtreds', 'tres', 'halvfjerds', 'firs', 'halvfems',
  'hundrede', 'hundred', 'tusind', 'tusinde', 'million', 'millioner', 'milliard', 'milliarder', 'første', 'anden', 'andet', 'tredje',
  'fjerde', 'femte', 'sjette', 'syvende', 'ottende', 'niende', 'tiende', 'halv', 'halvanden', 'dusin', 'snes',
]);

/**
 * Function words that are also common first names or surnames (`Hans` "his", `Per` "per", `Al`,
 * `Dag`, `August`, `Maj`, `Sine`, `Sommer`, `Vinter`): left out of {@link CAPITALISED_NON_NAMES},
 * so a capitalised one must be judged by context (`Hans Jensen siger` vs `Hans forslag er …`).
 */
export const NAME_LIKE_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'hans', 'per', 'al', 'dag', 'jo', 'august', 'maj', 'sine', 'ned', 'nat', 'sommer', 'vinter', 'lange', 'kort', 'frem', 'ni', 'vor',
]);

/** The listed words and phrases of CAPITALISED_NON_NAMES before removing name-like words. */
const NON_NAME_CANDIDATES: readonly string[] = [
  // pronouns and determiners
  ...PRONOUNS.keys(), ...DETERMINERS,
  // conjunctions and prepositions
  ...COORDINATING_CONJUNCTIONS, ...SUBORDINATING_CONJUNCTIONS, ...[...PREPOSITIONS].filter((p) => !p.endsWith('.')),
  // sentence adverbs and fronted adverbials
  ...[...SENTENCE_ADVERBS].filter((a) => !/^(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)$/.test(a)),
  'her', 'der', 'derfor', 'dengang', 'derefter', 'dernæst', 'endelig', 'først', 'sidst', 'først', 'hidtil', 'indtil', 'nu', 'så', 'sådan',
  'hvorfor', 'hvordan', 'hvornår', 'hvad', 'hvem', 'hvor', 'hvilken', 'hvilket', 'hvilke', 'ellers', 'alligevel', 'desværre', 'heldigvis',
  'forhåbentlig', 'naturligvis', 'selvfølgelig', 'selvsagt', 'især', 'ifølge', 'hvis', 'når', 'mens', 'inden', 'efter', 'før', 'siden',
  'eksempelvis', 'derudover', 'desuden', 'endvidere', 'ydermere', 'tværtimod', 'derimod', 'omvendt', 'sammenfattende', 'kort', 'alt',
  'ingen', 'intet', 'ingenting', 'ingen', 'nogen', 'noget', 'ja', 'nej', 'jo', 'tak', 'hej', 'farvel', 'nå', 'ok', 'okay', 'åh', 'ah',
  'uha', 'tja', 'hmm', 'nåh', 'aha', 'hov', 'av', 'puha', 'wow',
  // frequent sentence-initial finite verbs, imperatives and nouns of time
  'er', 'var', 'har', 'havde', 'vil', 'ville', 'skal', 'skulle', 'kan', 'kunne', 'må', 'måtte', 'bør', 'blev', 'bliver', 'får', 'fik',
  'se', 'læs', 'lyt', 'hør', 'tag', 'giv', 'husk', 'lad', 'kom', 'gå', 'prøv', 'spørg', 'bemærk', 'opdateret', 'rettet', 'tilføjet',
  'kl.', 'klokken', 'dag', 'dagen', 'uge', 'ugen', 'måned', 'måneden', 'år', 'året', 'morgen', 'aften', 'nat', 'weekend', 'weekenden',
  'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag', 'januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli',
  'august', 'september', 'oktober', 'november', 'december', 'forår', 'sommer', 'efterår', 'vinter', 'jul', 'påske', 'pinse', 'nytår',
  // numerals
  ...NUMBER_WORDS,
];

/**
 * Words often capitalised at a sentence or headline start that are never names: pronouns,
 * determiners, conjunctions, prepositions, sentence adverbs, interjections, question words,
 * common sentence-initial verbs and nouns of time. Lowercase single words; test the lower-cased
 * word. Words that are also names ({@link NAME_LIKE_FUNCTION_WORDS}) are left out.
 */
export const CAPITALISED_NON_NAMES: ReadonlySet<string> = new Set(
  NON_NAME_CANDIDATES.filter((w) => !w.includes(' ') && !NAME_LIKE_FUNCTION_WORDS.has(w)),
);
