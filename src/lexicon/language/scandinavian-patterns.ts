/**
 * Spelling and word-ending patterns that tell Danish, Norwegian (Bokmål, Nynorsk) and Swedish apart.
 *
 * Source: written by hand for citat from general knowledge of the standard orthographies (the same
 * grammar-book facts a learner meets: Danish -hed/-skab against Norwegian and Swedish -het/-skap,
 * Norwegian -sjon, Nynorsk -leg, Swedish -ande and -arna, Norwegian double final consonants). Not
 * taken from any evaluation text. Each pattern is tested against one lower-cased word.
 * @module
 */

/** One spelling class: a name (used as the feature name) and the pattern over one word. */
export interface SpellingPattern {
  /** Feature name; the languages the class points to come first, for readers of the weight file. */
  readonly name: string;
  /** Pattern tested against one lower-cased word. */
  readonly pattern: RegExp;
}

/**
 * The spelling classes. Why each is there: words outside the hand lists still carry their
 * language's morphology and orthography, so these classes generalise to words never seen in fitting.
 */
export const PATTERNS: readonly SpellingPattern[] = [
  // Danish abstract nouns in -hed, Norwegian and Swedish -het.
  { name: 'da:hed', pattern: /..hed(en|er|erne|s)?$/ },
  { name: 'nb-nn-sv:het', pattern: /..het(en|er|ene|ar|a|s)?$/ },
  // Danish -skab (soft b) against Norwegian and Swedish -skap.
  { name: 'da:skab', pattern: /skab(et|er|erne|s|elig)?$/ },
  { name: 'nb-nn-sv:skap', pattern: /skap(et|en|er|ene|ar|s|elig)?$/ },
  // Danish and Swedish -tion against Norwegian -sjon.
  { name: 'da-sv:tion', pattern: /tion(en|er|erne|s|ar|erna)?$/ },
  { name: 'nb-nn:sjon', pattern: /sjon(en|er|ene|ar|ane|s)?$/ },
  // Danish weak past tense -ede (arbejdede), Swedish -ade (arbetade).
  { name: 'da:ede', pattern: /[^e]ede$/ },
  { name: 'sv:ade', pattern: /..ade$/ },
  // Danish definite plural -erne (bilerne); Bokmål -ene; Nynorsk -ane/-ene; Swedish -arna/-orna/-erna.
  { name: 'da:erne', pattern: /..erne$/ },
  { name: 'nb-nn:ene', pattern: /..[^r]ene$/ },
  { name: 'nn:ane', pattern: /..ane$/ },
  { name: 'sv:arna', pattern: /..(arna|orna|erna)$/ },
  // Swedish present participle -ande against Danish and Norwegian -ende.
  { name: 'sv:ande', pattern: /..ande$/ },
  // Nynorsk adjectives in -leg (vanleg), Danish and Bokmål -lig, Swedish -lig/-ligt.
  { name: 'nn:leg', pattern: /..leg[et]?$/ },
  { name: 'da-nb-sv:lig', pattern: /..lig(e|t|ere|ste)?$/ },
  // Norwegian kj/gj/skj before front vowels (kjøpe, gjøre, skje) where Danish writes k/g/sk.
  { name: 'nb-nn:kj', pattern: /^(kj|skj|gj)[eiyæø]/ },
  // Norwegian and Swedish write a short vowel's final consonant double (opp, litt, mann); Danish does not (op, lidt, mand).
  { name: 'nb-nn-sv:double', pattern: /[aeiouyæøåäö](nn|mm|tt|pp|kk|gg|ll)$/ },
  // Danish ej/øj against Norwegian ei/øy (vej/vei, høj/høy); Swedish uses ej rarely and ö for ø.
  { name: 'da:ej', pattern: /[eø]j/ },
  { name: 'nb-nn:ei', pattern: /ei|øy/ },
  // Swedish ck (tack, mycket), and the letters ä and ö.
  { name: 'sv:ck', pattern: /ck/ },
  { name: 'sv:äö', pattern: /[äö]/ },
  // Danish and Norwegian æ and ø.
  { name: 'da-nb-nn:æø', pattern: /[æø]/ },
  // Danish and Norwegian hv- (hvad, hva, hvor) against Swedish v- and Nynorsk kv-.
  { name: 'da-nb:hv', pattern: /^hv/ },
  { name: 'nn:kv', pattern: /^kv[aeio]/ },
  // Danish soft consonants after a long vowel at the end of a word (bog, sag, mad) where Norwegian
  // writes k, t, p (bok, sak, mat): the pattern can only look at the ending, so its weight is fitted.
  { name: 'da:soft', pattern: /^[^aeiouyæøå]*[aeiouyæøå][gbd]e?$/ },
  { name: 'nb-nn:hard', pattern: /^[^aeiouyæøå]*[aeiouyæøå][kpt]e?$/ },
  // The same contrast inside longer words, before an ending (undersøgelse/undersøkelse,
  // søger/søker, måden/måten): Danish b d g, Norwegian p t k after a vowel.
  { name: 'da:soft-ending', pattern: /[aeiouyæøå][gbd](e|er|es|else|elsen|elser|en|et|ene)$/ },
  { name: 'nb-nn:hard-ending', pattern: /[aeiouyæøå][kpt](e|er|es|else|elsen|elser|en|et|ene)$/ },
  // Strong past tenses: Danish -tog/-stod (deltog, forstod), Norwegian -tok/-sto (deltok, forsto).
  { name: 'da:tog', pattern: /(tog|stod)$/ },
  { name: 'nb-nn:tok', pattern: /(tok|sto)$/ },
  // Country names: Danish -ien (Kroatien, Spanien), Norwegian -ia (Kroatia, Spania).
  { name: 'da:ien', pattern: /..ien$/ },
  { name: 'nb-nn:ia', pattern: /...ia$/ },
  // Norwegian and Swedish keep a double consonant before another consonant inside compounds
  // (oppvask, tillegget); Danish writes one (opvask).
  { name: 'nb-nn-sv:double-inside', pattern: /(pp|kk|gg|tt|nn|mm|ll)[bcdfghjklmnpqrstvwxz]/ },
];
