/**
 * Words that make a noun phrase an organisation or public body (`politiet`, `regeringen`,
 * `Sundhedsstyrelsen`, `FN`), and nouns for documents that can "say" something
 * (`hedder det i rapporten`), as data for the speaker stage.
 *
 * Source: compiled from the compiler's own general knowledge of Danish public administration,
 * institutions and news language, with inflection per Dansk Sprognævn's Retskrivningsordbogen;
 * the named bodies are international and Danish institutions widely known from general knowledge.
 * Not taken from any evaluation or seed text.
 * @module
 */
import { memoizeWord } from '../nlp/memo.js';
import { byLastChar } from '../nlp/by-last-char.js';

/** An organisation noun with its forms: indefinite and definite singular, optional plural. */
type NounRow = readonly [lemma: string, definite: string, plural?: string];

/** All four forms of a row: the definite plural adds `-ne` after `-r`/`-e`, else `-ene`. */
function formsOf([lemma, definite, plural]: NounRow): string[] {
  const forms = [lemma, definite];
  if (plural !== undefined) forms.push(plural, /[re]$/.test(plural) ? `${plural}ne` : `${plural}ene`);
  return forms;
}

/**
 * Nouns for organisations and bodies that also head compounds (`udenrigsministeriet`,
 * `Sundhedsstyrelsen`, `menighedsrådet`, `fagforbundet`, `rigspolitiet`): a word that is one of
 * these forms, or ends in one after a prefix of three or more characters, is an organisation word.
 * Ambiguities: `regionen` is also a geographic region, `fonden` also a sum of money, `kontoret`
 * also a room, `virksomhed` also "activity", `retten` is left out as a head (`ophavsretten` is a
 * right, not a court) and listed whole in {@link ORGANISATION_NOUNS}.
 */
export const ORGANISATION_HEADS: readonly NounRow[] = [
  ['ministerium', 'ministeriet', 'ministerier'],
  ['styrelse', 'styrelsen', 'styrelser'],
  ['råd', 'rådet', 'råd'],
  ['udvalg', 'udvalget', 'udvalg'],
  ['forbund', 'forbundet', 'forbund'],
  ['forening', 'foreningen', 'foreninger'],
  ['parti', 'partiet', 'partier'],
  ['bank', 'banken', 'banker'],
  ['selskab', 'selskabet', 'selskaber'],
  ['kommune', 'kommunen', 'kommuner'],
  ['region', 'regionen', 'regioner'],
  ['tilsyn', 'tilsynet', 'tilsyn'],
  ['direktorat', 'direktoratet', 'direktorater'],
  ['institut', 'instituttet', 'institutter'],
  ['center', 'centret', 'centre'],
  ['center', 'centeret'],
  ['universitet', 'universitetet', 'universiteter'],
  ['hospital', 'hospitalet', 'hospitaler'],
  ['sygehus', 'sygehuset', 'sygehuse'],
  ['politi', 'politiet'],
  ['regering', 'regeringen', 'regeringer'],
  ['myndighed', 'myndigheden', 'myndigheder'],
  ['domstol', 'domstolen', 'domstole'],
  ['kommission', 'kommissionen', 'kommissioner'],
  ['parlament', 'parlamentet', 'parlamenter'],
  ['organisation', 'organisationen', 'organisationer'],
  ['koncern', 'koncernen', 'koncerner'],
  ['firma', 'firmaet', 'firmaer'],
  ['virksomhed', 'virksomheden', 'virksomheder'],
  ['fabrik', 'fabrikken', 'fabrikker'],
  ['rederi', 'rederiet', 'rederier'],
  ['agentur', 'agenturet', 'agenturer'],
  ['bureau', 'bureauet', 'bureauer'],
  ['sekretariat', 'sekretariatet', 'sekretariater'],
  ['kontor', 'kontoret', 'kontorer'],
  ['forvaltning', 'forvaltningen', 'forvaltninger'],
  ['administration', 'administrationen', 'administrationer'],
  ['nævn', 'nævnet', 'nævn'],
  ['fond', 'fonden', 'fonde'],
  ['stiftelse', 'stiftelsen', 'stiftelser'],
  ['sammenslutning', 'sammenslutningen', 'sammenslutninger'],
  ['union', 'unionen', 'unioner'],
  ['alliance', 'alliancen', 'alliancer'],
  ['koalition', 'koalitionen', 'koalitioner'],
  ['bevægelse', 'bevægelsen', 'bevægelser'],
  ['milits', 'militsen', 'militser'],
  ['hær', 'hæren', 'hære'],
  ['styre', 'styret'],
  ['regime', 'regimet', 'regimer'],
  ['redaktion', 'redaktionen', 'redaktioner'],
  ['avis', 'avisen', 'aviser'],
  ['dagblad', 'dagbladet', 'dagblade'],
  ['ugeblad', 'ugebladet', 'ugeblade'],
  ['fagblad', 'fagbladet', 'fagblade'],
  ['forlag', 'forlaget', 'forlag'],
  ['klub', 'klubben', 'klubber'],
  ['skole', 'skolen', 'skoler'],
  ['gymnasium', 'gymnasiet', 'gymnasier'],
  ['akademi', 'akademiet', 'akademier'],
  ['museum', 'museet', 'museer'],
  ['teater', 'teatret', 'teatre'],
  ['kirke', 'kirken', 'kirker'],
  ['væsen', 'væsenet'],
  ['forsorg', 'forsorgen'],
  ['beredskab', 'beredskabet'],
  ['korps', 'korpset', 'korps'],
  ['ledelse', 'ledelsen', 'ledelser'],
  ['direktion', 'direktionen', 'direktioner'],
  ['tænketank', 'tænketanken', 'tænketanke'],
  ['kammer', 'kammeret', 'kamre'],
  ['inspektorat', 'inspektoratet', 'inspektorater'],
  ['anklagemyndighed', 'anklagemyndigheden'],
];

/**
 * Further organisation nouns that are too short or too ambiguous to act as compound heads
 * (`retten`: `ophavsretten` is a right; `tjenesten`: `gudstjenesten` is a church service;
 * `kanalen`: `Suezkanalen` is a canal; `kassen`: `gearkassen` is a gearbox), listed whole with
 * their compounds. The bare `ret` is left out: it is nearly always "quite" or "right".
 */
export const ORGANISATION_NOUNS: readonly NounRow[] = [
  ['retten', 'retten'],
  ['byret', 'byretten', 'byretter'],
  ['landsret', 'landsretten', 'landsretter'],
  ['højesteret', 'højesteretten'],
  ['folketing', 'folketinget'],
  ['landsting', 'landstinget'],
  ['lagting', 'lagtinget'],
  ['inatsisartut', 'inatsisartut'],
  ['senat', 'senatet'],
  ['kongres', 'kongressen'],
  ['underhus', 'underhuset'],
  ['overhus', 'overhuset'],
  ['kabinet', 'kabinettet'],
  ['junta', 'juntaen'],
  ['stat', 'staten', 'stater'],
  ['delstat', 'delstaten', 'delstater'],
  ['militær', 'militæret'],
  ['forsvar', 'forsvaret'],
  ['flåde', 'flåden'],
  ['flyvevåben', 'flyvevåbnet'],
  ['efterretningstjeneste', 'efterretningstjenesten', 'efterretningstjenester'],
  ['sikkerhedstjeneste', 'sikkerhedstjenesten', 'sikkerhedstjenester'],
  ['redningstjeneste', 'redningstjenesten', 'redningstjenester'],
  ['kystvagt', 'kystvagten'],
  ['ambassade', 'ambassaden', 'ambassader'],
  ['konsulat', 'konsulatet', 'konsulater'],
  ['departement', 'departementet', 'departementer'],
  ['kancelli', 'kancelliet'],
  ['fængsel', 'fængslet', 'fængsler'],
  ['politistation', 'politistationen', 'politistationer'],
  ['tv-station', 'tv-stationen', 'tv-stationer'],
  ['radiostation', 'radiostationen', 'radiostationer'],
  ['tv-kanal', 'tv-kanalen', 'tv-kanaler'],
  ['nyhedsbureau', 'nyhedsbureauet', 'nyhedsbureauer'],
  ['blad', 'bladet', 'blade'],
  ['netavis', 'netavisen', 'netaviser'],
  ['medie', 'mediet', 'medier'],
  ['klinik', 'klinikken', 'klinikker'],
  ['apotek', 'apoteket', 'apoteker'],
  ['butik', 'butikken', 'butikker'],
  ['butikskæde', 'butikskæden', 'butikskæder'],
  ['detailkæde', 'detailkæden', 'detailkæder'],
  ['hotelkæde', 'hotelkæden', 'hotelkæder'],
  ['fagforening', 'fagforeningen', 'fagforeninger'],
  ['a-kasse', 'a-kassen', 'a-kasser'],
  ['sparekasse', 'sparekassen', 'sparekasser'],
  ['pensionskasse', 'pensionskassen', 'pensionskasser'],
  ['sygekasse', 'sygekassen', 'sygekasser'],
  ['arbejdsløshedskasse', 'arbejdsløshedskassen', 'arbejdsløshedskasser'],
  ['byråd', 'byrådet', 'byråd'],
  ['sogneråd', 'sognerådet', 'sogneråd'],
  ['oprørsgruppe', 'oprørsgruppen', 'oprørsgrupper'],
  ['terrorgruppe', 'terrorgruppen', 'terrorgrupper'],
  ['militsgruppe', 'militsgruppen', 'militsgrupper'],
  ['arbejdsgruppe', 'arbejdsgruppen', 'arbejdsgrupper'],
  ['ekspertgruppe', 'ekspertgruppen', 'ekspertgrupper'],
  ['interessegruppe', 'interessegruppen', 'interessegrupper'],
  ['liga', 'ligaen', 'ligaer'],
  ['kooperativ', 'kooperativet', 'kooperativer'],
  ['andelsselskab', 'andelsselskabet', 'andelsselskaber'],
  ['magistrat', 'magistraten'],
  ['præsidium', 'præsidiet'],
  ['politbureau', 'politbureauet'],
];

/**
 * Head forms that count only inside a compound, never as a word of their own, because alone they
 * are usually something else: `forbundet` "connected", `styret` "steered", `råd` "advice",
 * `udvalg` "a selection", `i selskab med` "in the company of", `under tilsyn` "supervised",
 * `under ledelse af`, `bevægelsen` "the motion", `væsenet` "the creature".
 */
export const HEAD_ONLY_FORMS: ReadonlySet<string> = new Set([
  'forbundet', 'styre', 'styret', 'råd', 'udvalg', 'selskab', 'tilsyn', 'ledelse', 'kammer', 'kammeret', 'kamre', 'kamrene', 'væsen',
  'væsenet', 'forsorg', 'forsorgen', 'bevægelse', 'bevægelsen', 'bevægelser', 'bevægelserne', 'center', 'kontor', 'fond', 'bank', 'union',
  'region',
]);

/**
 * Endings that contain a head but make no organisation: `-området` "the area" (om+rådet),
 * `forrådet` "the stock", `udstyret` "the equipment", `gearkassen` "the gearbox".
 */
const NOT_ORGANISATION_ENDINGS: readonly string[] = [
  'område', 'området', 'områder', 'områderne', 'forråd', 'forrådet', 'udstyr', 'udstyret', 'gearkasse', 'gearkassen', 'vejrådet',
];

/** All forms of heads, longest first, and of whole words, built once. */
const HEAD_FORMS: readonly string[] = [...new Set(ORGANISATION_HEADS.flatMap(formsOf))].sort((a, b) => b.length - a.length);
const WHOLE_FORMS: ReadonlySet<string> = new Set(
  [...HEAD_FORMS, ...ORGANISATION_NOUNS.flatMap(formsOf)].filter((f) => !HEAD_ONLY_FORMS.has(f)),
);

/**
 * Whether a word (any case) names or heads an organisation or body: `politiet`, `regeringens`,
 * `Udenrigsministeriet`, `menighedsrådet`, `kommunerne`, `Folketinget`, `landsretten`.
 * Compounds are recognised by their head (a prefix of three or more characters before a form of
 * {@link ORGANISATION_HEADS}: two is too short, `området` is not om+rådet, `udstyret` not
 * ud+styret; the common two-letter compounds `byrådet`, `byretten` are listed whole); a genitive `-s` is removed first. It does not know proper names
 * without such a head (`Venstre`, `Carlsberg`): see {@link WELL_KNOWN_BODIES}. Document nouns
 * (`rapporten`) are not organisations: see {@link isDocumentWord}.
 */
function isOrganisationWordUncached(word: string): boolean {
  const lower = word.toLowerCase().replace(/['’]s?$/, '');
  const forms = lower.length > 3 && lower.endsWith('s') ? [lower, lower.slice(0, -1)] : [lower];
  if (NOT_ORGANISATION_ENDINGS_AND_GENITIVES.some((ending) => lower.endsWith(ending))) return false;
  return forms.some((form) => WHOLE_FORMS.has(form) || endsInHead(form));
}

/** The endings of {@link NOT_ORGANISATION_ENDINGS} and their genitives (`-områdets`), built once. */
const NOT_ORGANISATION_ENDINGS_AND_GENITIVES: readonly string[] = NOT_ORGANISATION_ENDINGS.flatMap((e) => [e, `${e}s`]);

/**
 * The head forms grouped by last character: a form is tried with `endsWith` only against heads
 * that can match (all ~300 were tried against every new word, most of the lexicon's first pass).
 */
const HEAD_FORMS_BY_LAST = byLastChar(HEAD_FORMS);

/** Whether a form ends in a head form after a prefix of three or more characters. */
function endsInHead(form: string): boolean {
  const last = form[form.length - 1];
  const heads = last === undefined ? undefined : HEAD_FORMS_BY_LAST.get(last);
  return heads !== undefined && heads.some((head) => form.length - head.length >= 3 && form.endsWith(head));
}

/**
 * Acronyms and short names of widely known international and Danish public bodies, companies,
 * unions and media, in their usual spelling (case-sensitive: `FN`, `TV 2`, `3F`). Source: the
 * compiler's general knowledge.
 */
export const WELL_KNOWN_ACRONYM_BODIES: ReadonlySet<string> = new Set([
  // international bodies
  'FN', 'UN', 'EU', 'EF', 'NATO', 'WHO', 'IMF', 'OECD', 'UNICEF', 'UNHCR', 'UNESCO', 'UNRWA', 'WFP', 'FAO', 'ILO', 'IAEA', 'WTO', 'ECB',
  'EFTA', 'OPEC', 'OSCE', 'OSSE', 'ICC', 'ICJ', 'IOM', 'OCHA', 'ASEAN', 'AU', 'G7', 'G20', 'BRICS', 'Interpol', 'Europol', 'Frontex',
  'EMA', 'ECDC', 'EFSA', 'IPCC', 'WWF', 'IOC', 'FIFA', 'UEFA', 'IHF', 'UCI',
  // foreign authorities and agencies
  'CIA', 'FBI', 'NSA', 'DEA', 'KGB', 'FSB', 'GRU', 'SVR', 'MI5', 'MI6', 'NASA', 'ESA', 'CDC', 'FDA', 'SEC', 'Fed', 'Mossad', 'Shin Bet',
  // Danish authorities and public bodies
  'PET', 'FE', 'DMI', 'SSI', 'KL', 'DSB', 'SKAT', 'ATP', 'DR', 'TV 2', 'TV2', 'TV 2 News', 'DTU', 'KU', 'AU', 'SDU', 'AAU', 'CBS', 'RUC',
  'ITU', 'DIIS', 'CEPOS', 'AE', 'DØR', 'Falck',
  // Danish unions and business organisations
  'LO', 'FH', 'DA', 'DI', '3F', 'HK', 'FOA', 'BUPL', 'DJØF', 'Djøf', 'DSR', 'DLF', 'DBU', 'DIF', 'DGI', 'DF', 'SF', 'LA', 'KF', 'EL',
  // companies and news agencies
  'SAS', 'DFDS', 'ISS', 'TDC', 'DSV', 'GN', 'A.P. Møller-Mærsk', 'Mærsk', 'Maersk', 'Novo Nordisk', 'Ritzau', 'Reuters', 'AFP', 'AP', 'dpa',
  'TT', 'NTB', 'BBC', 'CNN', 'NRK', 'SVT', 'ARD', 'ZDF', 'ABC', 'NBC', 'CBS', 'NPR', 'Fox News', 'Al Jazeera', 'TASS', 'Tass', 'RIA Novosti',
  'Interfax', 'Xinhua', 'Bloomberg',
]);

/**
 * Full names of widely known bodies, parties and media without an organisation head word, in
 * their usual spelling (case-sensitive). Source: the compiler's general knowledge of Danish
 * politics, institutions and media, and of major international institutions.
 */
export const WELL_KNOWN_BODIES: ReadonlySet<string> = new Set([
  // Danish parties (several are also common words: `Venstre` "left", `Alternativet`, `Moderaterne`)
  'Socialdemokratiet', 'Socialdemokraterne', 'Venstre', 'Det Konservative Folkeparti', 'De Konservative', 'Konservative',
  'Dansk Folkeparti', 'Socialistisk Folkeparti', 'Enhedslisten', 'Radikale Venstre', 'Det Radikale Venstre', 'De Radikale',
  'Liberal Alliance', 'Alternativet', 'Nye Borgerlige', 'Moderaterne', 'Danmarksdemokraterne', 'Kristendemokraterne',
  'Fremskridtspartiet', 'Centrum-Demokraterne', 'Siumut', 'Inuit Ataqatigiit', 'Naleraq', 'Javnaðarflokkurin', 'Sambandsflokkurin',
  // Danish state and institutions
  'Folketinget', 'Regeringen', 'Statsministeriet', 'Rigspolitiet', 'Rigsadvokaten', 'Rigsrevisionen', 'Forsvaret', 'Hjemmeværnet',
  'Nationalbanken', 'Danmarks Nationalbank', 'Danmarks Statistik', 'Statens Serum Institut', 'Folketingets Ombudsmand', 'Ombudsmanden',
  'Højesteret', 'Østre Landsret', 'Vestre Landsret', 'Kriminalforsorgen', 'Beredskabsstyrelsen', 'Sundhedsstyrelsen',
  'Styrelsen for Patientsikkerhed', 'Datatilsynet', 'Finanstilsynet', 'Arbejdstilsynet', 'Konkurrence- og Forbrugerstyrelsen',
  'Udlændingestyrelsen', 'Skattestyrelsen', 'Miljøstyrelsen', 'Fødevarestyrelsen', 'Energistyrelsen', 'Vejdirektoratet',
  'Banedanmark', 'Kommunernes Landsforening', 'Danske Regioner', 'Region Hovedstaden', 'Region Sjælland', 'Region Syddanmark',
  'Region Midtjylland', 'Region Nordjylland', 'Rigshospitalet', 'Folkekirken', 'Det Kongelige Teater', 'Det Kongelige Bibliotek',
  'Københavns Universitet', 'Aarhus Universitet', 'Syddansk Universitet', 'Aalborg Universitet', 'Roskilde Universitet',
  'Danmarks Tekniske Universitet', 'Copenhagen Business School', 'Nationalmuseet', 'Det Økonomiske Råd', 'De Økonomiske Råd',
  'Klimarådet', 'Etisk Råd', 'Det Etiske Råd', 'Rådet for Digital Sikkerhed', 'Politiets Efterretningstjeneste',
  'Forsvarets Efterretningstjeneste', 'Dansk Institut for Internationale Studier', 'Institut for Menneskerettigheder',
  // Danish organisations and business
  'Dansk Industri', 'Dansk Erhverv', 'Dansk Arbejdsgiverforening', 'Landbrug & Fødevarer', 'Fagbevægelsens Hovedorganisation',
  'Landsorganisationen', 'Lægeforeningen', 'Dansk Sygeplejeråd', 'Danmarks Lærerforening', 'Forbrugerrådet', 'Forbrugerrådet Tænk',
  'Dansk Journalistforbund', 'Akademikerne', 'Ældre Sagen', 'Røde Kors', 'Dansk Røde Kors', 'Red Barnet', 'Folkekirkens Nødhjælp',
  'Mellemfolkeligt Samvirke', 'Dansk Flygtningehjælp', 'Kræftens Bekæmpelse', 'Hjerteforeningen', 'Danmarks Naturfredningsforening',
  'Rådet for Socialt Udsatte', 'Arbejderbevægelsens Erhvervsråd', 'Danske Bank', 'Nordea', 'Jyske Bank', 'Nykredit', 'Realkredit Danmark',
  'Carlsberg', 'Lego', 'Vestas', 'Ørsted', 'Arla', 'Danish Crown', 'Coop', 'Salling Group', 'Post Nord', 'PostNord', 'Movia',
  'Metroselskabet', 'Københavns Lufthavn', 'Sund & Bælt', 'Energinet',
  // Danish media
  'Politiken', 'Berlingske', 'Berlingske Tidende', 'Jyllands-Posten', 'Information', 'Ekstra Bladet', 'B.T.', 'Børsen',
  'Kristeligt Dagblad', 'Weekendavisen', 'Altinget', 'Zetland', 'Danmarks Radio', 'Radio24syv', 'Fyens Stiftstidende',
  'Jydske Vestkysten', 'Nordjyske', 'Ingeniøren', 'Dagbladet Information', 'Arbejderen', 'Sermitsiaq',
  // international institutions and media
  'Europa-Kommissionen', 'EU-Kommissionen', 'Kommissionen', 'Europa-Parlamentet', 'EU-Parlamentet', 'Det Europæiske Råd',
  'Ministerrådet', 'EU-Domstolen', 'Menneskerettighedsdomstolen', 'Den Internationale Straffedomstol', 'Sikkerhedsrådet',
  'FN\'s Sikkerhedsråd', 'Generalforsamlingen', 'Verdensbanken', 'Den Internationale Valutafond', 'Valutafonden',
  'Verdenssundhedsorganisationen', 'Det Internationale Atomenergiagentur', 'Det Hvide Hus', 'Pentagon', 'Kreml', 'Kremlin',
  'Downing Street', 'Élysée-palæet', 'Bundestag', 'Kongressen', 'Senatet', 'Repræsentanternes Hus', 'Udenrigsministeriet',
  'Amnesty International', 'Human Rights Watch', 'Greenpeace', 'Læger uden Grænser', 'Oxfam', 'Transparency International',
  'New York Times', 'The New York Times', 'Washington Post', 'The Washington Post', 'Wall Street Journal', 'The Guardian', 'Guardian',
  'The Times', 'Financial Times', 'The Economist', 'Le Monde', 'Le Figaro', 'Der Spiegel', 'Süddeutsche Zeitung', 'Die Zeit',
  'Frankfurter Allgemeine Zeitung', 'Bild', 'Dagens Nyheter', 'Svenska Dagbladet', 'Aftonbladet', 'Expressen', 'Aftenposten',
  'Verdens Gang', 'Helsingin Sanomat', 'El País', 'Corriere della Sera', 'La Repubblica', 'Politico', 'Axios', 'Associated Press',
  'Agence France-Presse', 'Sky News', 'Euronews', 'Deutsche Welle',
]);

/** A document that can "say" something (`hedder det i rapporten`, `fremgår det af notatet`). */
export const DOCUMENT_NOUNS: readonly NounRow[] = [
  ['rapport', 'rapporten', 'rapporter'],
  ['undersøgelse', 'undersøgelsen', 'undersøgelser'],
  ['analyse', 'analysen', 'analyser'],
  ['redegørelse', 'redegørelsen', 'redegørelser'],
  ['notat', 'notatet', 'notater'],
  ['brev', 'brevet', 'breve'],
  ['udtalelse', 'udtalelsen', 'udtalelser'],
  ['pressemeddelelse', 'pressemeddelelsen', 'pressemeddelelser'],
  ['meddelelse', 'meddelelsen', 'meddelelser'],
  ['erklæring', 'erklæringen', 'erklæringer'],
  ['betænkning', 'betænkningen', 'betænkninger'],
  ['beretning', 'beretningen', 'beretninger'],
  ['dom', 'dommen', 'domme'],
  ['kendelse', 'kendelsen', 'kendelser'],
  ['afgørelse', 'afgørelsen', 'afgørelser'],
  ['anklageskrift', 'anklageskriftet', 'anklageskrifter'],
  ['lovforslag', 'lovforslaget', 'lovforslag'],
  ['forslag', 'forslaget', 'forslag'],
  ['aftale', 'aftalen', 'aftaler'],
  ['aftaletekst', 'aftaleteksten', 'aftaletekster'],
  ['kontrakt', 'kontrakten', 'kontrakter'],
  ['resolution', 'resolutionen', 'resolutioner'],
  ['dokument', 'dokumentet', 'dokumenter'],
  ['mail', 'mailen', 'mails'],
  ['e-mail', 'e-mailen', 'e-mails'],
  ['sms', 'sms\'en', 'sms\'er'],
  ['opslag', 'opslaget', 'opslag'],
  ['indlæg', 'indlægget', 'indlæg'],
  ['tweet', 'tweetet', 'tweets'],
  ['artikel', 'artiklen', 'artikler'],
  ['interview', 'interviewet', 'interviews'],
  ['kronik', 'kronikken', 'kronikker'],
  ['klumme', 'klummen', 'klummer'],
  ['bog', 'bogen', 'bøger'],
  ['selvbiografi', 'selvbiografien', 'selvbiografier'],
  ['erindringer', 'erindringerne'],
  ['svar', 'svaret', 'svar'],
  ['høringssvar', 'høringssvaret', 'høringssvar'],
  ['klage', 'klagen', 'klager'],
  ['evaluering', 'evalueringen', 'evalueringer'],
  ['statistik', 'statistikken', 'statistikker'],
  ['opgørelse', 'opgørelsen', 'opgørelser'],
  ['prognose', 'prognosen', 'prognoser'],
  ['fremskrivning', 'fremskrivningen', 'fremskrivninger'],
  ['budget', 'budgettet', 'budgetter'],
  ['regnskab', 'regnskabet', 'regnskaber'],
  ['årsrapport', 'årsrapporten', 'årsrapporter'],
  ['strategi', 'strategien', 'strategier'],
  ['handlingsplan', 'handlingsplanen', 'handlingsplaner'],
  ['vejledning', 'vejledningen', 'vejledninger'],
  ['retningslinje', 'retningslinjen', 'retningslinjer'],
  ['anbefaling', 'anbefalingen', 'anbefalinger'],
  ['bekendtgørelse', 'bekendtgørelsen', 'bekendtgørelser'],
  ['cirkulære', 'cirkulæret', 'cirkulærer'],
  ['lov', 'loven', 'love'],
  ['lovtekst', 'lovteksten', 'lovtekster'],
  ['paragraf', 'paragraffen', 'paragraffer'],
  ['valgprogram', 'valgprogrammet', 'valgprogrammer'],
  ['regeringsgrundlag', 'regeringsgrundlaget', 'regeringsgrundlag'],
  ['manifest', 'manifestet', 'manifester'],
  ['udkast', 'udkastet', 'udkast'],
  ['oplæg', 'oplægget', 'oplæg'],
  ['referat', 'referatet', 'referater'],
  ['rapportudkast', 'rapportudkastet', 'rapportudkast'],
  ['dokumentation', 'dokumentationen'],
  ['survey', 'surveyen', 'surveys'],
  ['måling', 'målingen', 'målinger'],
  ['meningsmåling', 'meningsmålingen', 'meningsmålinger'],
  ['rundspørge', 'rundspørgen', 'rundspørger'],
  ['studie', 'studiet', 'studier'],
];

/** Document forms, built once. */
const DOCUMENT_FORMS: ReadonlyMap<string, string> = new Map(
  DOCUMENT_NOUNS.flatMap((row) => formsOf(row).map((f) => [f, row[0]] as const)),
);

/**
 * The lemma of a document noun in any form (`rapporten` → `rapport`, `undersøgelsens` →
 * `undersøgelse`), or undefined. Compounds with a listed document as head count
 * (`spørgeskemaundersøgelsen` → `undersøgelse`). Case-insensitive.
 */
export function documentLemma(word: string): string | undefined {
  const lower = word.toLowerCase().replace(/['’]s?$/, '');
  const forms = lower.length > 3 && lower.endsWith('s') ? [lower, lower.slice(0, -1)] : [lower];
  for (const form of forms) {
    const whole = DOCUMENT_FORMS.get(form);
    if (whole) return whole;
  }
  for (const form of forms) {
    for (const [docForm, lemma] of DOCUMENT_FORMS) {
      if (docForm.length >= 5 && form.length - docForm.length >= 3 && form.endsWith(docForm)) return lemma;
    }
  }
  return undefined;
}

/** Whether a word is a document noun in any form (`rapporten`, `undersøgelsen`, `notatet`). */
export function isDocumentWord(word: string): boolean {
  return documentLemma(word) !== undefined;
}

/** isOrganisationWord, cached per word (see memo.ts): the rules cost microseconds a call and run for every token. */
export const isOrganisationWord: (word: string) => boolean = memoizeWord(isOrganisationWordUncached);
