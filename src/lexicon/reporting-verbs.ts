/**
 * Danish reporting verbs (verba dicendi, opinion and knowledge verbs) and fixed multiword cues,
 * as data for the quote and speaker stages.
 *
 * Source: compiled from Danish grammar (Allan, Holmes & Lundskær-Nielsen, *Danish: A Comprehensive
 * Grammar*, on reported speech, verb conjugation and particle verbs; Dansk Sprognævn's
 * Retskrivningsordbogen for the inflected forms) and the compiler's own general knowledge of Danish
 * news language. No entry is taken from the evaluation or seed texts.
 *
 * Every verb is given as a row of its principal parts; the finite and non-finite forms a cue can
 * take in news text are derived from that row once, at module load (see {@link verb}).
 * @module
 */

/**
 * What kind of cue a verb is. The quote stage uses it to decide how strongly a clause after the
 * verb is reported content (ANNOTATION.md: speech, opinion and knowledge verbs with an `at`-clause
 * count; calls and accusations with a bare infinitive are only optional quotes).
 * - `speech`: saying, writing, announcing (`siger`, `oplyser`, `skriver`, `afviser, at`).
 * - `opinion`: holding a view (`mener`, `tror`, `håber`, `vurderer`, `frygter`).
 * - `knowledge`: knowing, finding out, perceiving (`ved`, `erfarer`, `konstaterer`-like readings).
 * - `call`: demanding, urging, recommending (`opfordrer … til at`, `kræver, at`, `foreslår`).
 * - `accusation`: blaming (`anklager … for at`, `beskylder`, `kritiserer`).
 * - `reaction`: emotional or evaluative reaction (`glæder sig over, at`, `beklager`, `sukker`).
 */
export type ReportingVerbClass = 'speech' | 'opinion' | 'knowledge' | 'call' | 'accusation' | 'reaction';

/** One reporting verb with every form it can take as a cue. */
export interface ReportingVerb {
  /** Infinitive without `at`, lowercase (`sige`, `pege`, `glæde`). */
  lemma: string;
  /**
   * Every form, lowercase, unique: infinitive, present, past, perfect participle, s-passive
   * present, and s-passive past where the past ends in `-e` (`sige, siger, sagde, sagt, siges,
   * sagdes`). Particle verbs hold the verb alone here; the particle is in {@link particle}.
   */
  forms: string[];
  /** Kind of cue. */
  cls: ReportingVerbClass;
  /**
   * For particle or phrasal verbs, the word(s) that follow the verb, space-separated
   * (`på` for `peger på`, `fast` for `slår fast`, `opmærksom på` for `gør opmærksom på`).
   * Subject or object may stand between verb and particle (`peger han på`, `gør det klart`).
   */
  particle?: string;
  /**
   * True for reflexive verbs, whose reflexive pronoun (`sig`, `mig`, `dig`, `os`, `jer`) stands
   * between the verb and the particle (`glæder sig over, at`, `noterer sig, at`).
   */
  reflexive?: boolean;
  /**
   * Particles that make the verb an idiom which reports nothing (`ser ud til, at` "it seems",
   * `hører med til …, at` "belongs to").
   */
  idioms?: readonly string[];
}

/** Options for a verb row: particle, reflexive, extra forms and whether to derive s-passives. */
interface VerbOptions {
  particle?: string;
  reflexive?: boolean;
  idioms?: readonly string[];
  /** Further forms: variant pasts or participles, irregular passives. */
  extra?: readonly string[];
  /** Deponent verbs (`synes`, `mindes`) already end in -s: derive no passives. */
  deponent?: boolean;
  /**
   * False where the s-form means something else and is no cue (`findes` "exists", `gives`
   * "there is", `føles` "feels like"), or is not used: derive no passives.
   */
  passive?: boolean;
}

/**
 * Builds one entry from its principal parts (infinitive, present, past, participle). The
 * s-passive present is the infinitive + `s` (`siges`, `tros`); the s-passive past is only formed
 * from weak-looking pasts in `-e` (`sagdes`, `oplystes`), since strong pasts rarely take it.
 * A part given as `null` is left out on purpose because that form is nearly always another word
 * (`ved` "by", `så` "so", `fortsat` "still").
 */
function verb(
  lemma: string,
  present: string | null,
  past: string | null,
  participle: string | null,
  cls: ReportingVerbClass,
  options: VerbOptions = {},
): ReportingVerb {
  const forms = [lemma, present, past, participle].filter((f): f is string => f !== null);
  if (!options.deponent && options.passive !== false) {
    forms.push(`${lemma}s`);
    if (past?.endsWith('e')) forms.push(`${past}s`);
  }
  forms.push(...(options.extra ?? []));
  const entry: ReportingVerb = { lemma, forms: [...new Set(forms)], cls };
  if (options.particle !== undefined) entry.particle = options.particle;
  if (options.reflexive) entry.reflexive = true;
  if (options.idioms) entry.idioms = options.idioms;
  return entry;
}

/**
 * The reporting verbs. A verb may appear more than once with different particles (`gøre
 * opmærksom på`, `gøre gældende`, `gøre klart`); {@link lookupVerbForm} prefers the entry
 * without a particle and {@link lookupVerbEntries} returns all of them.
 *
 * Ambiguities the caller must guard against (the form is also a common noun or another word):
 * `anklager` (prosecutor), `klage`/`klager` (complaint), `rådet` (the council; participle of
 * `råde`), `svar` is not listed but `svarer` is also "corresponds to", `finder` (finds a thing),
 * `ser` (sees), `viser` (shows; a cue mainly with a document subject: `rapporten viser, at`),
 * `kalder` (calls someone), `lover` (promises; also plural of `lov`, laws), `håber`/`tror` need
 * no `at`, `love`/`krav` nouns, `melder` (reports; also "signs up"), `sigter` (charges; also aims).
 */
export const REPORTING_VERBS: readonly ReportingVerb[] = [
  // ——— speech: saying, telling, announcing ———
  verb('sige', 'siger', 'sagde', 'sagt', 'speech'),
  verb('fortælle', 'fortæller', 'fortalte', 'fortalt', 'speech'),
  verb('oplyse', 'oplyser', 'oplyste', 'oplyst', 'speech'),
  verb('tilføje', 'tilføjer', 'tilføjede', 'tilføjet', 'speech'),
  verb('forklare', 'forklarer', 'forklarede', 'forklaret', 'speech'),
  verb('understrege', 'understreger', 'understregede', 'understreget', 'speech'),
  verb('påpege', 'påpeger', 'påpegede', 'påpeget', 'speech'),
  verb('pointere', 'pointerer', 'pointerede', 'pointeret', 'speech'),
  verb('erkende', 'erkender', 'erkendte', 'erkendt', 'speech'),
  verb('afvise', 'afviser', 'afviste', 'afvist', 'speech'),
  verb('benægte', 'benægter', 'benægtede', 'benægtet', 'speech'),
  verb('nægte', 'nægter', 'nægtede', 'nægtet', 'speech'),
  verb('dementere', 'dementerer', 'dementerede', 'dementeret', 'speech'),
  verb('afkræfte', 'afkræfter', 'afkræftede', 'afkræftet', 'speech'),
  verb('skrive', 'skriver', 'skrev', 'skrevet', 'speech', { extra: ['skreves'] }),
  verb('meddele', 'meddeler', 'meddelte', 'meddelt', 'speech'),
  verb('udtale', 'udtaler', 'udtalte', 'udtalt', 'speech'),
  verb('hævde', 'hævder', 'hævdede', 'hævdet', 'speech'),
  verb('påstå', 'påstår', 'påstod', 'påstået', 'speech'),
  verb('postulere', 'postulerer', 'postulerede', 'postuleret', 'speech'),
  verb('fastslå', 'fastslår', 'fastslog', 'fastslået', 'speech'),
  verb('fremhæve', 'fremhæver', 'fremhævede', 'fremhævet', 'speech'),
  verb('betone', 'betoner', 'betonede', 'betonet', 'speech'),
  verb('konstatere', 'konstaterer', 'konstaterede', 'konstateret', 'speech'),
  verb('bekræfte', 'bekræfter', 'bekræftede', 'bekræftet', 'speech'),
  verb('tilkendegive', 'tilkendegiver', 'tilkendegav', 'tilkendegivet', 'speech'),
  verb('indrømme', 'indrømmer', 'indrømmede', 'indrømmet', 'speech'),
  verb('vedgå', 'vedgår', 'vedgik', 'vedgået', 'speech'),
  verb('tilstå', 'tilstår', 'tilstod', 'tilstået', 'speech'),
  verb('medgive', 'medgiver', 'medgav', 'medgivet', 'speech'),
  verb('advare', 'advarer', 'advarede', 'advaret', 'speech'),
  verb('love', 'lover', 'lovede', 'lovet', 'speech'),
  verb('garantere', 'garanterer', 'garanterede', 'garanteret', 'speech'),
  verb('forsikre', 'forsikrer', 'forsikrede', 'forsikret', 'speech'),
  verb('bedyre', 'bedyrer', 'bedyrede', 'bedyret', 'speech'),
  verb('true', 'truer', 'truede', 'truet', 'speech'),
  verb('fastholde', 'fastholder', 'fastholdt', 'fastholdt', 'speech'),
  verb('gentage', 'gentager', 'gentog', 'gentaget', 'speech'),
  verb('præcisere', 'præciserer', 'præciserede', 'præciseret', 'speech'),
  verb('uddybe', 'uddyber', 'uddybede', 'uddybet', 'speech'),
  verb('supplere', 'supplerer', 'supplerede', 'suppleret', 'speech'),
  verb('indskyde', 'indskyder', 'indskød', 'indskudt', 'speech'),
  verb('bemærke', 'bemærker', 'bemærkede', 'bemærket', 'speech'),
  verb('nævne', 'nævner', 'nævnte', 'nævnt', 'speech'),
  verb('referere', 'refererer', 'refererede', 'refereret', 'speech'),
  verb('citere', 'citerer', 'citerede', 'citeret', 'speech'),
  verb('spørge', 'spørger', 'spurgte', 'spurgt', 'speech'),
  verb('svare', 'svarer', 'svarede', 'svaret', 'speech'),
  verb('indvende', 'indvender', 'indvendte', 'indvendt', 'speech'),
  verb('anføre', 'anfører', 'anførte', 'anført', 'speech'),
  verb('fremføre', 'fremfører', 'fremførte', 'fremført', 'speech'),
  verb('angive', 'angiver', 'angav', 'angivet', 'speech'),
  verb('begrunde', 'begrunder', 'begrundede', 'begrundet', 'speech'),
  verb('beskrive', 'beskriver', 'beskrev', 'beskrevet', 'speech'),
  verb('betegne', 'betegner', 'betegnede', 'betegnet', 'speech'),
  verb('kalde', 'kalder', 'kaldte', 'kaldt', 'speech'),
  verb('forudsige', 'forudsiger', 'forudsagde', 'forudsagt', 'speech'),
  verb('spå', 'spår', 'spåede', 'spået', 'speech'),
  verb('anslå', 'anslår', 'anslog', 'anslået', 'speech'),
  verb('estimere', 'estimerer', 'estimerede', 'estimeret', 'speech'),
  verb('bebude', 'bebuder', 'bebudede', 'bebudet', 'speech'),
  verb('annoncere', 'annoncerer', 'annoncerede', 'annonceret', 'speech'),
  verb('proklamere', 'proklamerer', 'proklamerede', 'proklameret', 'speech'),
  verb('erklære', 'erklærer', 'erklærede', 'erklæret', 'speech'),
  verb('bekendtgøre', 'bekendtgør', 'bekendtgjorde', 'bekendtgjort', 'speech'),
  verb('offentliggøre', 'offentliggør', 'offentliggjorde', 'offentliggjort', 'speech'),
  verb('varsle', 'varsler', 'varslede', 'varslet', 'speech'),
  verb('melde', 'melder', 'meldte', 'meldt', 'speech'),
  verb('rapportere', 'rapporterer', 'rapporterede', 'rapporteret', 'speech'),
  verb('berette', 'beretter', 'berettede', 'berettet', 'speech'),
  verb('informere', 'informerer', 'informerede', 'informeret', 'speech'),
  verb('afsløre', 'afslører', 'afslørede', 'afsløret', 'speech'),
  verb('antyde', 'antyder', 'antydede', 'antydet', 'speech'),
  verb('indikere', 'indikerer', 'indikerede', 'indikeret', 'speech'),
  verb('signalere', 'signalerer', 'signalerede', 'signaleret', 'speech'),
  verb('erindre', 'erindrer', 'erindrede', 'erindret', 'speech'),
  verb('konkludere', 'konkluderer', 'konkluderede', 'konkluderet', 'speech'),
  verb('dokumentere', 'dokumenterer', 'dokumenterede', 'dokumenteret', 'speech'),
  verb('forlyde', 'forlyder', 'forlød', 'forlydt', 'speech'),
  // `fortsat` is left out: it is nearly always the adverb "still"
  verb('fortsætte', 'fortsætter', 'fortsatte', null, 'speech'),
  verb('slutte', 'slutter', 'sluttede', 'sluttet', 'speech'),
  verb('afslutte', 'afslutter', 'afsluttede', 'afsluttet', 'speech'),
  verb('tweete', 'tweeter', 'tweetede', 'tweetet', 'speech', { passive: false }),
  verb('råbe', 'råber', 'råbte', 'råbt', 'speech', { passive: false }),
  verb('udbryde', 'udbryder', 'udbrød', 'udbrudt', 'speech', { passive: false }),
  verb('hviske', 'hvisker', 'hviskede', 'hvisket', 'speech', { passive: false }),
  verb('mumle', 'mumler', 'mumlede', 'mumlet', 'speech', { passive: false }),
  verb('snerre', 'snerrer', 'snerrede', 'snerret', 'speech', { passive: false }),
  verb('replicere', 'replicerer', 'replicerede', 'repliceret', 'speech'),
  verb('tilbagevise', 'tilbageviser', 'tilbageviste', 'tilbagevist', 'speech'),
  verb('røbe', 'røber', 'røbede', 'røbet', 'speech'),
  verb('sværge', 'sværger', 'svor', 'svoret', 'speech'),
  verb('orientere', 'orienterer', 'orienterede', 'orienteret', 'speech'),
  verb('udtrykke', 'udtrykker', 'udtrykte', 'udtrykt', 'speech'),
  verb('gengive', 'gengiver', 'gengav', 'gengivet', 'speech'),
  verb('ræsonnere', 'ræsonnerer', 'ræsonnerede', 'ræsonneret', 'speech'),
  verb('rygtes', 'rygtes', 'rygtedes', 'rygtedes', 'speech', { deponent: true }),
  verb('lade', 'lader', 'lod', 'ladet', 'speech', { particle: 'forstå', passive: false }),
  verb('forsvare', 'forsvarer', 'forsvarede', 'forsvaret', 'speech', { particle: 'med', reflexive: true, passive: false }),
  verb('undskylde', 'undskylder', 'undskyldte', 'undskyldt', 'speech', { particle: 'med', reflexive: true, passive: false }),
  verb('argumentere', 'argumenterer', 'argumenterede', 'argumenteret', 'speech', { particle: 'for' }),
  verb('insistere', 'insisterer', 'insisterede', 'insisteret', 'speech', { particle: 'på' }),
  verb('henvise', 'henviser', 'henviste', 'henvist', 'speech', { particle: 'til' }),
  verb('minde', 'minder', 'mindede', 'mindet', 'speech', { particle: 'om' }),
  verb('pege', 'peger', 'pegede', 'peget', 'speech', { particle: 'på' }),
  // (`der er tale om, at` "it is a matter of" is the noun: an infinitive after er/var is no verb)
  verb('tale', 'taler', 'talte', 'talt', 'speech', { particle: 'om' }),
  verb('slå', 'slår', 'slog', 'slået', 'speech', { particle: 'fast', extra: ['sloges'] }),
  verb('gøre', 'gør', 'gjorde', 'gjort', 'speech', { particle: 'opmærksom på' }),
  verb('gøre', 'gør', 'gjorde', 'gjort', 'speech', { particle: 'gældende' }),
  verb('gøre', 'gør', 'gjorde', 'gjort', 'speech', { particle: 'klart' }),
  verb('lægge', 'lægger', 'lagde', 'lagt', 'speech', { particle: 'vægt på' }),
  verb('lægge', 'lægger', 'lagde', 'lagt', 'speech', { particle: 'op til' }),
  verb('give', 'giver', 'gav', 'givet', 'speech', { particle: 'udtryk for', passive: false }),
  verb('holde', 'holder', 'holdt', 'holdt', 'speech', { particle: 'fast i', passive: false }),
  verb('stå', 'står', 'stod', 'stået', 'speech', { particle: 'fast på', passive: false }),
  verb('melde', 'melder', 'meldte', 'meldt', 'speech', { particle: 'ud' }),
  verb('slå', 'slår', 'slog', 'slået', 'call', { particle: 'til lyd for', passive: false }),

  // ——— opinion: holding a view ———
  verb('mene', 'mener', 'mente', 'ment', 'opinion'),
  verb('synes', 'synes', 'syntes', 'syntes', 'opinion', { deponent: true }),
  verb('tro', 'tror', 'troede', 'troet', 'opinion'),
  verb('håbe', 'håber', 'håbede', 'håbet', 'opinion'),
  verb('frygte', 'frygter', 'frygtede', 'frygtet', 'opinion'),
  verb('befrygte', 'befrygter', 'befrygtede', 'befrygtet', 'opinion'),
  verb('forvente', 'forventer', 'forventede', 'forventet', 'opinion'),
  verb('vurdere', 'vurderer', 'vurderede', 'vurderet', 'opinion'),
  verb('skønne', 'skønner', 'skønnede', 'skønnet', 'opinion'),
  verb('finde', 'finder', 'fandt', 'fundet', 'opinion', { passive: false }),
  verb('anse', 'anser', 'anså', 'anset', 'opinion'),
  verb('formode', 'formoder', 'formodede', 'formodet', 'opinion'),
  verb('antage', 'antager', 'antog', 'antaget', 'opinion'),
  verb('gætte', 'gætter', 'gættede', 'gættet', 'opinion'),
  verb('tænke', 'tænker', 'tænkte', 'tænkt', 'opinion'),
  verb('føle', 'føler', 'følte', 'følt', 'opinion', { passive: false }),
  verb('opleve', 'oplever', 'oplevede', 'oplevet', 'opinion'),
  verb('ønske', 'ønsker', 'ønskede', 'ønsket', 'opinion'),
  verb('foretrække', 'foretrækker', 'foretrak', 'foretrukket', 'opinion'),
  verb('mistænke', 'mistænker', 'mistænkte', 'mistænkt', 'opinion'),
  verb('betvivle', 'betvivler', 'betvivlede', 'betvivlet', 'opinion'),
  verb('forudse', 'forudser', 'forudså', 'forudset', 'opinion'),
  verb('tvivle', 'tvivler', 'tvivlede', 'tvivlet', 'opinion', { particle: 'på' }),
  verb('regne', 'regner', 'regnede', 'regnet', 'opinion', { particle: 'med' }),
  verb('satse', 'satser', 'satsede', 'satset', 'opinion', { particle: 'på' }),
  verb('gå', 'går', 'gik', 'gået', 'opinion', { particle: 'ind for', passive: false }),
  verb('sætte', 'sætter', 'satte', 'sat', 'opinion', { particle: 'spørgsmålstegn ved', passive: false }),
  verb('stille', 'stiller', 'stillede', 'stillet', 'opinion', { particle: 'spørgsmålstegn ved', passive: false }),
  verb('forestille', 'forestiller', 'forestillede', 'forestillet', 'opinion', { reflexive: true, passive: false }),

  // ——— knowledge: knowing, learning, perceiving ———
  // the present `ved` is left out: it is nearly always the preposition "by, at"
  verb('vide', null, 'vidste', 'vidst', 'knowledge'),
  verb('huske', 'husker', 'huskede', 'husket', 'knowledge'),
  verb('mindes', 'mindes', 'mindedes', 'mindedes', 'knowledge', { deponent: true }),
  verb('indse', 'indser', 'indså', 'indset', 'knowledge'),
  verb('erfare', 'erfarer', 'erfarede', 'erfaret', 'knowledge'),
  verb('opdage', 'opdager', 'opdagede', 'opdaget', 'knowledge'),
  verb('forstå', 'forstår', 'forstod', 'forstået', 'knowledge'),
  verb('høre', 'hører', 'hørte', 'hørt', 'knowledge', { idioms: ['med til', 'til'] }),
  verb('læse', 'læser', 'læste', 'læst', 'knowledge'),
  verb('mærke', 'mærker', 'mærkede', 'mærket', 'knowledge'),
  verb('fornemme', 'fornemmer', 'fornemmede', 'fornemmet', 'knowledge'),
  // the past `så` is left out: it is nearly always the adverb or conjunction "so, then"
  verb('se', 'ser', null, 'set', 'knowledge', { idioms: ['ud til', 'ud'] }),
  verb('registrere', 'registrerer', 'registrerede', 'registreret', 'knowledge'),
  verb('notere', 'noterer', 'noterede', 'noteret', 'knowledge', { reflexive: true }),
  verb('vise', 'viser', 'viste', 'vist', 'knowledge'),
  verb('påvise', 'påviser', 'påviste', 'påvist', 'knowledge'),
  verb('beregne', 'beregner', 'beregnede', 'beregnet', 'knowledge'),
  verb('finde', 'finder', 'fandt', 'fundet', 'knowledge', { particle: 'ud af', passive: false }),
  verb('komme', 'kommer', 'kom', 'kommet', 'knowledge', { particle: 'frem til', passive: false }),

  // ——— call: demanding, urging, recommending ———
  verb('opfordre', 'opfordrer', 'opfordrede', 'opfordret', 'call'),
  verb('kræve', 'kræver', 'krævede', 'krævet', 'call'),
  verb('forlange', 'forlanger', 'forlangte', 'forlangt', 'call'),
  verb('foreslå', 'foreslår', 'foreslog', 'foreslået', 'call'),
  verb('anbefale', 'anbefaler', 'anbefalede', 'anbefalet', 'call'),
  verb('bede', 'beder', 'bad', 'bedt', 'call'),
  verb('appellere', 'appellerer', 'appellerede', 'appelleret', 'call', { particle: 'til' }),
  verb('henstille', 'henstiller', 'henstillede', 'henstillet', 'call'),
  verb('anmode', 'anmoder', 'anmodede', 'anmodet', 'call'),
  verb('tilskynde', 'tilskynder', 'tilskyndede', 'tilskyndet', 'call'),
  verb('råde', 'råder', 'rådede', 'rådet', 'call'),
  verb('beordre', 'beordrer', 'beordrede', 'beordret', 'call'),
  verb('pålægge', 'pålægger', 'pålagde', 'pålagt', 'call'),

  // ——— accusation: blaming ———
  verb('anklage', 'anklager', 'anklagede', 'anklaget', 'accusation'),
  verb('beskylde', 'beskylder', 'beskyldte', 'beskyldt', 'accusation'),
  verb('kritisere', 'kritiserer', 'kritiserede', 'kritiseret', 'accusation'),
  verb('bebrejde', 'bebrejder', 'bebrejdede', 'bebrejdet', 'accusation'),
  verb('klandre', 'klandrer', 'klandrede', 'klandret', 'accusation'),
  verb('fordømme', 'fordømmer', 'fordømte', 'fordømt', 'accusation'),
  verb('sigte', 'sigter', 'sigtede', 'sigtet', 'accusation'),

  // ——— reaction: emotional or evaluative reactions ———
  verb('glæde', 'glæder', 'glædede', 'glædet', 'reaction', { particle: 'over', reflexive: true, passive: false }),
  verb('undre', 'undrer', 'undrede', 'undret', 'reaction', { particle: 'over', reflexive: true, passive: false }),
  verb('ærgre', 'ærgrer', 'ærgrede', 'ærgret', 'reaction', { particle: 'over', reflexive: true, passive: false }),
  verb('beklage', 'beklager', 'beklagede', 'beklaget', 'reaction'),
  verb('protestere', 'protesterer', 'protesterede', 'protesteret', 'reaction'),
  verb('klage', 'klager', 'klagede', 'klaget', 'reaction'),
  verb('rose', 'roser', 'roste', 'rost', 'reaction'),
  verb('hylde', 'hylder', 'hyldede', 'hyldet', 'reaction'),
  verb('takke', 'takker', 'takkede', 'takket', 'reaction'),
  verb('kommentere', 'kommenterer', 'kommenterede', 'kommenteret', 'reaction'),
  verb('reagere', 'reagerer', 'reagerede', 'reageret', 'reaction'),
  verb('juble', 'jubler', 'jublede', 'jublet', 'reaction', { passive: false }),
  verb('sukke', 'sukker', 'sukkede', 'sukket', 'reaction', { passive: false }),
  verb('smile', 'smiler', 'smilede', 'smilet', 'reaction', { passive: false }),
  verb('grine', 'griner', 'grinede', 'grinet', 'reaction', { passive: false }),
  verb('le', 'ler', 'lo', 'leet', 'reaction', { passive: false }),
  verb('fnyse', 'fnyser', 'fnøs', 'fnyst', 'reaction', { extra: ['fnyste'], passive: false }),
  verb('tage', 'tager', 'tog', 'taget', 'reaction', { particle: 'afstand fra', passive: false }),
];

/**
 * Verb forms that are also common other words in running text (`vist` "probably", `stille`
 * "quiet", `sukker` "sugar", `anklager` "prosecutor", `lover` "laws", `tog` "train", `minder`
 * "memories", `rådet` "the council", `klager` "complaints"), or light verbs that are cues only
 * with their particle (`gør`, `går`, `står`, `giver`, `tager`). Treat them as a cue only with
 * direct evidence: an `at`-clause right after (`ser, at`), the particle, or a post-posed cue after
 * a quote (`…, ler han`). The worst homographs are not in the lexicon at all: `så` (past of `se`),
 * `ved` (present of `vide`), `fortsat` (participle of `fortsætte`), and `nå frem til` (`når`).
 * Source: the compiler's knowledge of Danish homographs.
 */
export const AMBIGUOUS_VERB_FORMS: ReadonlySet<string> = new Set([
  'se', 'ser', 'set', 'vist', 'vise', 'stille', 'glæde', 'tog', 'tage', 'tager', 'gik', 'går', 'gå', 'står', 'stå', 'stod', 'kom',
  'kommer', 'komme', 'gør', 'gøre', 'gjorde', 'giver', 'give', 'gav', 'holder', 'holdt', 'sætter', 'satte', 'sat', 'stiller', 'lægger',
  'lagde', 'lagt', 'slår', 'slog', 'finder', 'fandt', 'fundet', 'hører', 'høre', 'læser', 'læse', 'mærke', 'mærker', 'love', 'lover',
  'rose', 'bad', 'bede', 'ler', 'le', 'lo', 'sukker', 'minder', 'regner', 'regnet', 'satser', 'tænker', 'føler', 'tro', 'ønske',
  'ønsker', 'klage', 'klager', 'anklage', 'anklager', 'anklaget', 'sigte', 'sigter', 'sigtet', 'rådet', 'råde', 'kalder', 'kalde',
  'melder', 'varsler', 'true', 'huske', 'mistænkt', 'spår', 'svarer', 'slutter', 'reagerer', 'viser', 'udtalt', 'erfaret', 'kaldt', 'følt',
  'lader', 'lod', 'forsvarer', 'forsvaret',
]);

/** Map from every form to its entries, built once; particle-less entries come first. */
const BY_FORM: ReadonlyMap<string, readonly ReportingVerb[]> = (() => {
  const map = new Map<string, ReportingVerb[]>();
  for (const entry of REPORTING_VERBS) {
    for (const form of entry.forms) {
      const list = map.get(form);
      if (list) list.push(entry);
      else map.set(form, [entry]);
    }
  }
  for (const list of map.values()) {
    list.sort((a, b) => Number(a.particle !== undefined || a.reflexive === true) - Number(b.particle !== undefined || b.reflexive === true));
  }
  return map;
})();

/**
 * The reporting verb a word form belongs to (`sagde` → `sige`, `peger` → `pege` + `på`), or
 * undefined. Case-insensitive. Where a form belongs to several entries (`gør` with `opmærksom
 * på`, `gældende`, `klart`; `finder` bare and with `ud af`), the entry without particle wins, or
 * else the first listed; use {@link lookupVerbEntries} to see them all and match the particle.
 */
export function lookupVerbForm(word: string): ReportingVerb | undefined {
  return BY_FORM.get(word.toLowerCase())?.[0];
}

/** Shared answer for the many words that are no reporting verb (no new array per lookup). */
const NO_ENTRIES: readonly ReportingVerb[] = Object.freeze([]);

/** Every reporting-verb entry that has this form (empty when none); case-insensitive. */
export function lookupVerbEntries(word: string): readonly ReportingVerb[] {
  return BY_FORM.get(word.toLowerCase()) ?? NO_ENTRIES;
}

/**
 * A fixed multiword cue without a verb-of-saying head (`ifølge X`, `lyder det fra X`,
 * `hedder det i rapporten`). Each position of {@link words} lists the alternatives accepted
 * there (tense variants: `lyder`/`lød`), lowercase; the cue's words must be adjacent.
 */
export interface CuePattern {
  /** Short name for debugging and tests (`ifølge`, `lyder-det-fra`). */
  id: string;
  /** The cue's words in order; each position is a set of alternatives. */
  words: readonly (readonly string[])[];
  /**
   * Where the source stands: `after` the cue words (`ifølge politiet`, `lyder det fra ministeren`),
   * `inside` between {@link words} and {@link close} in the genitive (`efter ministerens mening`),
   * or `none` (`…, lyder det.`: the source is the subject of the context, or unknown).
   */
  source: 'after' | 'inside' | 'none';
  /** Words that close the cue after an `inside` source (`mening`, `opfattelse`). */
  close?: readonly (readonly string[])[];
  /**
   * Where the reported content stands: `before` the cue (`C, lyder det fra X.`), `after` it
   * (`Det fremgår af rapporten, at C`: content is the `at`-clause), or `either`
   * (`Ifølge X C` and `C, ifølge X`).
   */
  content: 'before' | 'after' | 'either';
}

/**
 * Fixed cue patterns. Source: compiled from the compiler's knowledge of Danish news language
 * (attribution formulas of Danish wire and newspaper copy), not from any evaluation text.
 * Longer patterns come before their prefixes (`lyder det fra` before `lyder det`): match in order
 * and take the first that fits.
 */
export const REPORTING_NOUN_CUES: readonly CuePattern[] = [
  { id: 'ifølge', words: [['ifølge', 'iflg.', 'iflg']], source: 'after', content: 'either' },
  { id: 'efter-oplysninger-fra', words: [['efter'], ['oplysninger'], ['fra']], source: 'after', content: 'either' },
  { id: 'med-ord', words: [['med']], source: 'inside', close: [['ord']], content: 'either' },
  {
    id: 'efter-mening',
    words: [['efter']],
    source: 'inside',
    close: [['mening', 'opfattelse', 'vurdering', 'overbevisning', 'skøn', 'udsagn']],
    content: 'either',
  },
  { id: 'efter-eget-udsagn', words: [['efter'], ['eget', 'egne'], ['udsagn', 'oplysninger']], source: 'none', content: 'either' },
  { id: 'har-det-lydt-fra', words: [['har', 'havde'], ['det'], ['lydt'], ['fra']], source: 'after', content: 'before' },
  { id: 'lyder-det-fra', words: [['lyder', 'lød'], ['det'], ['fra']], source: 'after', content: 'before' },
  { id: 'lyder-det-i', words: [['lyder', 'lød'], ['det'], ['i']], source: 'after', content: 'before' },
  { id: 'lyder-det', words: [['lyder', 'lød'], ['det']], source: 'none', content: 'before' },
  { id: 'hedder-det-fra', words: [['hedder', 'hed'], ['det'], ['fra']], source: 'after', content: 'before' },
  { id: 'hedder-det-i', words: [['hedder', 'hed'], ['det'], ['i']], source: 'after', content: 'before' },
  { id: 'det-hedder-i', words: [['det'], ['hedder', 'hed'], ['i']], source: 'after', content: 'after' },
  { id: 'hedder-det', words: [['hedder', 'hed'], ['det']], source: 'none', content: 'before' },
  { id: 'fremgår-det-af', words: [['fremgår', 'fremgik'], ['det'], ['af']], source: 'after', content: 'before' },
  { id: 'det-fremgår-af', words: [['det'], ['fremgår', 'fremgik'], ['af']], source: 'after', content: 'after' },
  { id: 'står-der-i', words: [['står', 'stod'], ['der'], ['i']], source: 'after', content: 'before' },
  { id: 'der-står-i', words: [['der'], ['står', 'stod'], ['i']], source: 'after', content: 'after' },
  { id: 'meldes-det-fra', words: [['meldes', 'meldtes'], ['det'], ['fra']], source: 'after', content: 'before' },
  { id: 'forlyder-det', words: [['forlyder', 'forlød'], ['det']], source: 'none', content: 'before' },
  { id: 'det-forlyder', words: [['det'], ['forlyder', 'forlød']], source: 'none', content: 'after' },
];

/** A noun that can head a cue (`Hans budskab er, at …`, `kravet om, at …`, `med den begrundelse, at`). */
export interface ReportingNoun {
  /** Indefinite singular, lowercase. */
  lemma: string;
  /** Indefinite and definite, singular and plural forms, lowercase (genitive -s not included). */
  forms: readonly string[];
  /** The same classes as verbs: `krav` is a call, `frygt` an opinion. */
  cls: ReportingVerbClass;
}

/** Builds a noun entry from its four forms: indefinite/definite singular, indefinite/definite plural. */
function noun(lemma: string, definite: string, plural: string | undefined, pluralDefinite: string | undefined, cls: ReportingVerbClass): ReportingNoun {
  const forms = [lemma, definite, plural, pluralDefinite].filter((f): f is string => f !== undefined);
  return { lemma, forms: [...new Set(forms)], cls };
}

/**
 * Nouns that can head a cue. Source: compiled from the compiler's knowledge of Danish
 * (nominalisations of the verbs above that take an `at`-clause or `om at`), inflection per
 * Retskrivningsordbogen. Mass nouns without a plural in news use have `undefined` plural.
 */
export const REPORTING_NOUNS: readonly ReportingNoun[] = [
  noun('udtalelse', 'udtalelsen', 'udtalelser', 'udtalelserne', 'speech'),
  noun('meddelelse', 'meddelelsen', 'meddelelser', 'meddelelserne', 'speech'),
  noun('pressemeddelelse', 'pressemeddelelsen', 'pressemeddelelser', 'pressemeddelelserne', 'speech'),
  noun('erklæring', 'erklæringen', 'erklæringer', 'erklæringerne', 'speech'),
  noun('budskab', 'budskabet', 'budskaber', 'budskaberne', 'speech'),
  noun('melding', 'meldingen', 'meldinger', 'meldingerne', 'speech'),
  noun('besked', 'beskeden', 'beskeder', 'beskederne', 'speech'),
  noun('påstand', 'påstanden', 'påstande', 'påstandene', 'speech'),
  noun('advarsel', 'advarslen', 'advarsler', 'advarslerne', 'speech'),
  noun('oplysning', 'oplysningen', 'oplysninger', 'oplysningerne', 'speech'),
  noun('forklaring', 'forklaringen', 'forklaringer', 'forklaringerne', 'speech'),
  noun('begrundelse', 'begrundelsen', 'begrundelser', 'begrundelserne', 'speech'),
  noun('argument', 'argumentet', 'argumenter', 'argumenterne', 'speech'),
  noun('pointe', 'pointen', 'pointer', 'pointerne', 'speech'),
  noun('konklusion', 'konklusionen', 'konklusioner', 'konklusionerne', 'speech'),
  noun('svar', 'svaret', 'svar', 'svarene', 'speech'),
  noun('løfte', 'løftet', 'løfter', 'løfterne', 'speech'),
  noun('trussel', 'truslen', 'trusler', 'truslerne', 'speech'),
  noun('tilkendegivelse', 'tilkendegivelsen', 'tilkendegivelser', 'tilkendegivelserne', 'speech'),
  noun('forudsigelse', 'forudsigelsen', 'forudsigelser', 'forudsigelserne', 'speech'),
  noun('indvending', 'indvendingen', 'indvendinger', 'indvendingerne', 'speech'),
  noun('vurdering', 'vurderingen', 'vurderinger', 'vurderingerne', 'opinion'),
  noun('forventning', 'forventningen', 'forventninger', 'forventningerne', 'opinion'),
  noun('opfattelse', 'opfattelsen', 'opfattelser', 'opfattelserne', 'opinion'),
  noun('overbevisning', 'overbevisningen', 'overbevisninger', 'overbevisningerne', 'opinion'),
  noun('holdning', 'holdningen', 'holdninger', 'holdningerne', 'opinion'),
  noun('mening', 'meningen', 'meninger', 'meningerne', 'opinion'),
  noun('synspunkt', 'synspunktet', 'synspunkter', 'synspunkterne', 'opinion'),
  noun('indtryk', 'indtrykket', 'indtryk', 'indtrykkene', 'opinion'),
  noun('frygt', 'frygten', undefined, undefined, 'opinion'),
  noun('håb', 'håbet', undefined, undefined, 'opinion'),
  noun('bekymring', 'bekymringen', 'bekymringer', 'bekymringerne', 'opinion'),
  noun('skøn', 'skønnet', 'skøn', 'skønnene', 'opinion'),
  noun('antagelse', 'antagelsen', 'antagelser', 'antagelserne', 'opinion'),
  noun('formodning', 'formodningen', 'formodninger', 'formodningerne', 'opinion'),
  noun('mistanke', 'mistanken', 'mistanker', 'mistankerne', 'opinion'),
  noun('ønske', 'ønsket', 'ønsker', 'ønskerne', 'opinion'),
  noun('erkendelse', 'erkendelsen', 'erkendelser', 'erkendelserne', 'knowledge'),
  noun('viden', 'viden', undefined, undefined, 'knowledge'),
  noun('krav', 'kravet', 'krav', 'kravene', 'call'),
  noun('opfordring', 'opfordringen', 'opfordringer', 'opfordringerne', 'call'),
  noun('forslag', 'forslaget', 'forslag', 'forslagene', 'call'),
  noun('anbefaling', 'anbefalingen', 'anbefalinger', 'anbefalingerne', 'call'),
  noun('appel', 'appellen', 'appeller', 'appellerne', 'call'),
  noun('anklage', 'anklagen', 'anklager', 'anklagerne', 'accusation'),
  noun('beskyldning', 'beskyldningen', 'beskyldninger', 'beskyldningerne', 'accusation'),
  noun('kritik', 'kritikken', undefined, undefined, 'accusation'),
  noun('klage', 'klagen', 'klager', 'klagerne', 'reaction'),
  noun('protest', 'protesten', 'protester', 'protesterne', 'reaction'),
];

/** Map from every noun form to its entry, built once. */
const NOUN_BY_FORM: ReadonlyMap<string, ReportingNoun> = new Map(
  REPORTING_NOUNS.flatMap((n) => n.forms.map((f) => [f, n] as const)),
);

/** The cue noun a word form belongs to (`budskabet` → `budskab`), or undefined; case-insensitive. */
export function lookupNounForm(word: string): ReportingNoun | undefined {
  return NOUN_BY_FORM.get(word.toLowerCase());
}
