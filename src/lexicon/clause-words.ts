/**
 * Closed-class Danish words the quote stage uses to find clause edges around a reporting verb:
 * where a subject can start and end, what may stand between a verb and its `at`-clause.
 *
 * Source: the closed word classes of Danish grammar (Allan, Holmes & Lundskær-Nielsen, *Danish:
 * A Comprehensive Grammar*: pronouns, auxiliaries, conjunctions, prepositions, sentence adverbials),
 * written out by hand; nothing is taken from the evaluation or seed texts.
 * @module
 */

/** Personal pronouns that can be the subject of a reporting verb, with what they refer to. */
export const SUBJECT_PRONOUNS: ReadonlyMap<string, { gender?: 'm' | 'f'; plural: boolean; person: 1 | 2 | 3 }> = new Map([
  ['han', { gender: 'm', plural: false, person: 3 }],
  ['hun', { gender: 'f', plural: false, person: 3 }],
  ['de', { plural: true, person: 3 }],
  ['den', { plural: false, person: 3 }],
  ['det', { plural: false, person: 3 }],
  ['vi', { plural: true, person: 1 }],
  ['jeg', { plural: false, person: 1 }],
  ['man', { plural: false, person: 3 }],
  ['du', { plural: false, person: 2 }],
  ['i', { plural: true, person: 2 }],
]);

/**
 * Personal pronouns in the object form, as they stand after a preposition that names a source
 * (`ifølge ham`, `lyder det fra hende`, `Det skriver de til dem`), with what they refer to.
 */
export const OBJECT_PRONOUNS: ReadonlyMap<string, { gender?: 'm' | 'f'; plural: boolean; person: 1 | 2 | 3 }> = new Map([
  ['ham', { gender: 'm', plural: false, person: 3 }],
  ['hende', { gender: 'f', plural: false, person: 3 }],
  ['dem', { plural: true, person: 3 }],
  ['mig', { plural: false, person: 1 }],
  ['os', { plural: true, person: 1 }],
  ['dig', { plural: false, person: 2 }],
  ['jer', { plural: true, person: 2 }],
]);

/** Finite auxiliaries and modal verbs (present and past) that can precede a participle or infinitive. */
export const AUXILIARIES: ReadonlySet<string> = new Set([
  'har', 'havde', 'er', 'var', 'bliver', 'blev', 'vil', 'ville', 'skal', 'skulle', 'kan', 'kunne', 'må', 'måtte', 'bør', 'burde', 'tør', 'turde', 'gider', 'gad',
]);

/** Common finite verbs that end a subject noun phrase read backwards or forwards (besides reporting verbs). */
export const COMMON_FINITE_VERBS: ReadonlySet<string> = new Set([
  ...AUXILIARIES, 'have', 'være', 'blive', 'får', 'fik', 'gør', 'gjorde', 'går', 'gik', 'kommer', 'kom', 'ser', 'så', 'står', 'stod', 'ligger', 'lå', 'giver', 'gav', 'tager', 'tog', 'hedder', 'hed', 'lyder', 'lød',
]);

/** Coordinating and subordinating conjunctions that start a clause. */
export const CLAUSE_CONJUNCTIONS: ReadonlySet<string> = new Set([
  'og', 'men', 'eller', 'for', 'så', 'mens', 'da', 'når', 'fordi', 'hvis', 'selvom', 'skønt', 'idet', 'efter', 'før', 'inden', 'siden', 'hvor', 'som', 'der', 'at', 'om', 'mens', 'medens', 'eftersom',
]);

/** Sentence adverbials and short adverbial phrases' words that may stand between a reporting verb and its `at`-clause, or before a subject. */
export const SENTENCE_ADVERBS: ReadonlySet<string> = new Set([
  'også', 'ikke', 'dog', 'derfor', 'forleden', 'nylig', 'omsider', 'atter', 'engang', 'samtidig', 'nu', 'selv', 'tidligere', 'endvidere', 'desuden', 'således', 'imidlertid', 'altså', 'jo', 'nemlig', 'heller', 'stadig', 'fortsat', 'ofte', 'aldrig', 'allerede', 'klart', 'kraftigt', 'blankt', 'bestemt', 'udtrykkeligt', 'åbent', 'offentligt', 'gerne', 'straks', 'senere', 'siden', 'videre', 'yderligere', 'ligeledes', 'dermed', 'herefter', 'derefter', 'igen', 'ellers', 'egentlig', 'faktisk', 'vist', 'måske', 'næppe', 'sikkert', 'overfor', 'over', 'for', 'over', 'bl.a.', 'blandt', 'andet', 'i', 'dag', 'går', 'morges', 'aftes', 'weekenden', 'fredags', 'går', 'forvejen', 'øvrigt', 'hvert', 'fald', 'ikke', 'kun', 'netop', 'bare', 'mere', 'meget', 'helt', 'nok', 'direkte', 'indirekte', 'skriftligt', 'mundtligt', 'officielt',
]);

/** Prepositions; a subject noun phrase read forwards stops at one, except inside a role phrase (`formand for …`). */
export const PREPOSITIONS: ReadonlySet<string> = new Set([
  'i', 'på', 'til', 'for', 'med', 'om', 'efter', 'under', 'over', 'ved', 'fra', 'af', 'hos', 'mod', 'imod', 'uden', 'gennem', 'igennem', 'blandt', 'foran', 'bag', 'bagefter', 'mellem', 'omkring', 'overfor', 'trods', 'via', 'pr.', 'per', 'ifølge',
]);

/** Determiners and possessives that can open a noun phrase. */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'den', 'det', 'de', 'en', 'et', 'denne', 'dette', 'disse', 'hans', 'hendes', 'deres', 'sin', 'sit', 'sine', 'min', 'mit', 'mine', 'vores', 'jeres', 'flere', 'mange', 'nogle', 'alle', 'begge', 'enkelte', 'adskillige', 'samtlige', 'to', 'tre', 'fire', 'fem',
]);

/** Fronted elements after which a main clause has verb–subject order (`Derfor siger han, at …`). */
export const FRONTING_ADVERBS: ReadonlySet<string> = new Set([
  'derfor', 'samtidig', 'nu', 'desuden', 'endvidere', 'også', 'så', 'da', 'her', 'der', 'dengang', 'senere', 'tidligere', 'alligevel', 'imidlertid', 'til', 'gengæld', 'ligeledes', 'herefter', 'derefter', 'bagefter', 'først', 'dernæst', 'endelig', 'heller', 'måske', 'dog', 'sådan', 'således', 'det', 'dette', 'hvorfor',
]);

/** Words that stand in for a previous sentence as the object of a post-posed cue (`Det oplyser politiet.`). */
export const ANAPHORIC_OBJECTS: ReadonlySet<string> = new Set(['det', 'dette', 'sådan', 'således', 'så']);

/** Capitalised words at a sentence or headline start that are never names (function words and sentence adverbs). */
export const NON_NAME_CAPITALS: ReadonlySet<string> = new Set([
  'det', 'den', 'der', 'de', 'men', 'og', 'så', 'hvis', 'når', 'da', 'i', 'på', 'til', 'for', 'med', 'om', 'efter', 'under', 'over', 'ved', 'fra', 'af', 'hos', 'mod', 'uden', 'blandt', 'mens', 'selv', 'også', 'her', 'nu', 'derfor', 'samtidig', 'desuden', 'ifølge', 'hvor', 'hvad', 'hvem', 'hvorfor', 'hvordan', 'hvornår', 'jeg', 'vi', 'du', 'han', 'hun', 'man', 'mange', 'flere', 'alle', 'nogle', 'ingen', 'ikke', 'kun', 'både', 'enten', 'hverken', 'eller', 'sådan', 'dette', 'denne', 'disse', 'dengang', 'siden', 'før', 'inden', 'fordi', 'selvom', 'trods', 'ja', 'nej', 'tak', 'godt', 'men', 'endnu', 'allerede', 'senere', 'tidligere', 'først', 'sidst', 'endelig', 'dog', 'alligevel', 'altså', 'jo', 'vel', 'nok', 'måske', 'især', 'bl.a.', 'blandt', 'f.eks.', 'eksempelvis', 'heller', 'dermed', 'dertil', 'derudover', 'imidlertid', 'tværtimod', 'ligesom', 'som', 'at', 'en', 'et', 'min', 'mit', 'mine', 'vores', 'hendes', 'deres', 'sin', 'sit',
]);

/**
 * Verbs that report how a source described or named something; with a quoted fragment after
 * them (`betegnede regeringen som "…"`) they make a mixed quote even without an `at`-clause.
 * Lemmas; the reporting-verb lexicon gives their forms.
 */
export const DESCRIBING_VERBS: ReadonlySet<string> = new Set(['betegne', 'kalde', 'beskrive', 'karakterisere', 'omtale', 'afvise', 'advare', 'love', 'true', 'kræve', 'foreslå', 'opfordre', 'appellere', 'anklage', 'beskylde', 'kritisere', 'anbefale', 'fremhæve', 'understrege', 'lancere']);

/** Conjunctions that make a clause conditional or a question: a reporting verb there reports nothing yet (`Hvis politiet vurderer, at …`). */
export const NON_ASSERTIVE_CONJUNCTIONS: ReadonlySet<string> = new Set(['hvis', 'såfremt', 'medmindre', 'ifald']);

/**
 * Predicative adjectives (and fixed phrases) that, after `er`/`var`/`bliver`, report a view held by
 * the subject when an `at`-clause follows (`Politiet er overbevist om, at …`). Each maps its forms
 * (lower case) to the preposition that follows it, or '' for none.
 * Source: Danish adjectives of certainty, opinion and attitude that take a prepositional `at`-clause,
 * from the compiler's knowledge of Danish.
 */
export const PREDICATIVE_CUES: ReadonlyMap<string, string> = new Map([
  ['sikker', 'på'], ['sikre', 'på'], ['overbevist', 'om'], ['overbeviste', 'om'], ['enig', 'i'], ['enige', 'i'], ['uenig', 'i'], ['uenige', 'i'],
  ['klar', 'over'], ['klare', 'over'], ['bekymret', 'for'], ['bekymrede', 'for'], ['glad', 'for'], ['glade', 'for'], ['tilfreds', 'med'], ['tilfredse', 'med'],
  ['utilfreds', 'med'], ['utilfredse', 'med'], ['bange', 'for'], ['optimistisk', ''], ['optimistiske', ''], ['overrasket', 'over'], ['overraskede', 'over'],
  ['skuffet', 'over'], ['skuffede', 'over'], ['vred', 'over'], ['vrede', 'over'], ['stolt', 'af'], ['stolte', 'af'], ['opmærksom', 'på'], ['opmærksomme', 'på'],
  ['bevidst', 'om'], ['bevidste', 'om'], ['i tvivl', 'om'], ['overbevist', 'om'],
]);

/** Copulas that carry a predicative cue. */
export const COPULAS: ReadonlySet<string> = new Set(['er', 'var', 'bliver', 'blev', 'været', 'forbliver']);

/** First-person singular pronouns and possessives: a person's speech (not a body's). */
export const FIRST_PERSON_SINGULAR: readonly string[] = ['jeg', 'mig', 'min', 'mit', 'mine'];

/** First-person pronouns and possessives, singular and plural: speech, not news narration (which is in the third person). */
export const FIRST_PERSON: readonly string[] = [...FIRST_PERSON_SINGULAR, 'vi', 'os', 'vores', 'vor', 'vort', 'vore'];

