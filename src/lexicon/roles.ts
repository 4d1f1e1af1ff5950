/**
 * Role and title nouns that describe a person (`præsident`, `afdelingschef`, `talsmand`), as data
 * for the speaker stage: a role noun can name a source (`formanden for menighedsrådet`) and, used
 * alone in the definite form (`præsidenten`, `ministeren`), corefer with the person who holds that
 * role in the article.
 *
 * Source: compiled from the compiler's own general knowledge of Danish and of Danish news language
 * (titles in politics, public administration, justice, the military, business, health, science,
 * media, sport and religion), with inflection per Danish grammar (Allan, Holmes & Lundskær-Nielsen,
 * *Danish: A Comprehensive Grammar*, on noun inflection) and Dansk Sprognævn's Retskrivningsordbogen.
 * Not taken from any evaluation or seed text.
 *
 * Homographs to guard against (the caller must check the context):
 * - `manden` is "the man", not a role; `mand` is not a role, only a compound head (`talsmand`).
 * - `lederen` is also "the editorial"; `leder` also "leads/searches" (verb).
 * - many agent nouns in `-er` are also present-tense verbs: {@link ROLE_VERB_HOMOGRAPHS}.
 * - `faren` is also "the danger"; `vagten` also "the shift"; `offer` also "sacrifice"; `model`
 *   and `major` are also common non-person words.
 * @module
 */
import { memoizeWord } from '../nlp/memo.js';
import { byLastChar } from '../nlp/by-last-char.js';

/**
 * Single-word role nouns in the indefinite singular, lowercase. Multiword roles are in
 * {@link ROLE_PHRASES}.
 */
export const ROLE_NOUNS: readonly string[] = [
  // state, government and parliament
  'præsident', 'vicepræsident', 'statsminister', 'premierminister', 'minister', 'udenrigsminister',
  'forsvarsminister', 'justitsminister', 'finansminister', 'økonomiminister', 'erhvervsminister',
  'beskæftigelsesminister', 'sundhedsminister', 'undervisningsminister', 'kulturminister', 'miljøminister',
  'klimaminister', 'energiminister', 'transportminister', 'indenrigsminister', 'skatteminister', 'kirkeminister',
  'boligminister', 'udviklingsminister', 'fødevareminister', 'landbrugsminister', 'fiskeriminister',
  'integrationsminister', 'udlændingeminister', 'socialminister', 'ældreminister', 'børneminister',
  'forskningsminister', 'uddannelsesminister', 'handelsminister', 'europaminister', 'ligestillingsminister',
  'digitaliseringsminister', 'kansler', 'forbundskansler', 'konge', 'dronning', 'kronprins', 'kronprinsesse', 'prins',
  'prinsesse', 'kejser', 'kejserinde', 'regent', 'hertug', 'hertuginde', 'regeringschef', 'statsoverhoved',
  'diktator', 'guvernør', 'senator', 'kongresmedlem', 'parlamentsmedlem', 'folketingsmedlem', 'parlamentariker',
  'politiker', 'partiformand', 'partileder', 'formand', 'næstformand', 'forkvinde', 'ordfører', 'gruppeformand',
  'finansordfører', 'retsordfører', 'udenrigsordfører', 'forsvarsordfører', 'sundhedsordfører', 'borgmester',
  'viceborgmester', 'overborgmester', 'rådmand', 'byrådsmedlem', 'regionsrådsformand', 'kommunalpolitiker',
  'departementschef', 'embedsmand', 'statssekretær', 'udenrigssekretær', 'generalsekretær', 'sekretær', 'ambassadør',
  'diplomat', 'konsul', 'generalkonsul', 'gesandt', 'udsending', 'forhandler', 'chefforhandler', 'mægler',
  'repræsentant', 'delegeret', 'kommissær', 'ombudsmand', 'rigsrevisor', 'rigsadvokat', 'statsadvokat',
  'vicestatsadvokat', 'spindoktor', 'talsmand', 'talskvinde', 'talsperson', 'pressesekretær', 'pressechef',
  'pressetalsmand', 'kommunikationschef', 'kommunikationsdirektør', 'kommunaldirektør', 'stadsdirektør',
  'styrelsesdirektør', 'direktør', 'afdelingschef', 'kontorchef', 'enhedschef', 'vicedirektør', 'underdirektør',
  'souschef', 'myndighedsperson', 'oppositionsleder', 'regeringsleder', 'kandidat', 'præsidentkandidat',
  'statsministerkandidat', 'spidskandidat', 'vælger',
  // police, justice and the military
  'anklager', 'senioranklager', 'advokat', 'forsvarsadvokat', 'forsvarer', 'bistandsadvokat', 'dommer',
  'højesteretsdommer', 'landsdommer', 'byretsdommer', 'retsformand', 'retspræsident', 'nævning', 'domsmand',
  'politimester', 'politidirektør', 'rigspolitichef', 'politichef', 'politiinspektør', 'vicepolitiinspektør',
  'politikommissær', 'politiassistent', 'politibetjent', 'betjent', 'vagtchef', 'vicevagtchef',
  'efterforskningsleder', 'efterforsker', 'drabschef', 'kriminalassistent', 'kriminalinspektør', 'fængselsbetjent',
  'fængselsinspektør', 'vagt', 'sikkerhedsvagt', 'dørmand', 'soldat', 'officer', 'general', 'generalløjtnant',
  'generalmajor', 'brigadegeneral', 'admiral', 'viceadmiral', 'kontreadmiral', 'oberst', 'oberstløjtnant', 'major',
  'kaptajn', 'premierløjtnant', 'løjtnant', 'sergent', 'korporal', 'konstabel', 'menig', 'kommandant', 'kommandør',
  'forsvarschef', 'hærchef', 'øverstkommanderende', 'befalingsmand', 'oprørsleder', 'oprører', 'militærtalsmand',
  'krigsherre', 'militskommandant', 'efterretningschef', 'efterretningsofficer', 'agent', 'spion', 'terrorist',
  'jurist', 'retsmediciner', 'kriminolog',
  // business and work
  'koncernchef', 'koncerndirektør', 'topchef', 'chef', 'leder', 'bestyrelsesformand', 'bestyrelsesmedlem', 'ejer',
  'medejer', 'hovedaktionær', 'storaktionær', 'aktionær', 'indehaver', 'stifter', 'medstifter', 'grundlægger',
  'partner', 'investor', 'iværksætter', 'erhvervsmand', 'forretningsmand', 'forretningskvinde', 'købmand', 'landmand',
  'fisker', 'håndværker', 'tømrer', 'murer', 'elektriker', 'mekaniker', 'chauffør', 'buschauffør', 'taxichauffør',
  'lokomotivfører', 'pilot', 'styrmand', 'sømand', 'skibsreder', 'lods', 'medarbejder', 'ansat', 'arbejder',
  'lønmodtager', 'sagsbehandler', 'konsulent', 'chefkonsulent', 'specialkonsulent', 'rådgiver', 'seniorrådgiver',
  'analytiker', 'chefanalytiker', 'økonom', 'cheføkonom', 'seniorøkonom', 'strateg', 'chefstrateg', 'revisor',
  'bankdirektør', 'nationalbankdirektør', 'salgschef', 'økonomichef', 'finansdirektør', 'produktionschef',
  'personalechef', 'driftschef', 'regionschef', 'områdechef', 'centerchef', 'sektionschef', 'tillidsmand',
  'tillidsrepræsentant', 'fællestillidsmand', 'fagforeningsformand', 'forbundsformand', 'sekretariatschef',
  'kampagnechef', 'projektleder', 'projektchef', 'programchef', 'udviklingschef', 'forskningschef', 'sikkerhedschef',
  'butikschef', 'ejendomsmægler', 'bager', 'slagter', 'frisør', 'kok', 'tjener', 'landbruger', 'gårdejer',
  'entreprenør', 'fabrikant', 'producent', 'leverandør', 'underleverandør', 'formidler', 'rejseleder',
  // health, science and education
  'læge', 'overlæge', 'speciallæge', 'reservelæge', 'sygeplejerske', 'jordemoder', 'tandlæge', 'dyrlæge', 'psykolog',
  'psykiater', 'farmaceut', 'apoteker', 'kirurg', 'overkirurg', 'epidemiolog', 'virolog', 'immunolog',
  'smittekonsulent', 'ambulancebehandler', 'redder', 'professor', 'lektor', 'adjunkt', 'forsker', 'seniorforsker',
  'forskningsleder', 'videnskabsmand', 'rektor', 'prorektor', 'dekan', 'institutleder', 'skoleleder',
  'skoleinspektør', 'viceskoleinspektør', 'lærer', 'underviser', 'pædagog', 'klasselærer', 'elev', 'studerende',
  'ekspert', 'specialist', 'fysiker', 'kemiker', 'biolog', 'geolog', 'meteorolog', 'klimaforsker', 'historiker',
  'sociolog', 'antropolog', 'politolog', 'valgforsker', 'statistiker', 'arkæolog', 'astronom', 'matematiker',
  'ingeniør', 'arkitekt', 'filosof', 'teolog', 'sprogforsker', 'demograf',
  // media, culture and sport
  'redaktør', 'chefredaktør', 'nyhedschef', 'nyhedsredaktør', 'journalist', 'korrespondent', 'udlandskorrespondent',
  'reporter', 'fotograf', 'pressefotograf', 'kommentator', 'klummeskribent', 'skribent', 'anmelder', 'kritiker',
  'forfatter', 'digter', 'kunstner', 'maler', 'billedhugger', 'musiker', 'sanger', 'sangerinde', 'komponist',
  'dirigent', 'skuespiller', 'skuespillerinde', 'instruktør', 'filminstruktør', 'danser', 'koreograf', 'vært',
  'værtinde', 'studievært', 'programvært', 'forlægger', 'bibliotekar', 'designer', 'influencer', 'blogger',
  'debattør', 'satiriker', 'komiker', 'træner', 'landstræner', 'cheftræner', 'assistenttræner', 'manager',
  'sportschef', 'sportsdirektør', 'spiller', 'landsholdsspiller', 'angriber', 'forsvarsspiller', 'midtbanespiller',
  'målmand', 'anfører', 'holdkaptajn', 'rytter', 'cykelrytter', 'løber', 'svømmer', 'bokser', 'golfspiller',
  'tennisspiller', 'fodboldspiller', 'håndboldspiller', 'atlet', 'mester', 'verdensmester', 'danmarksmester',
  'europamester', 'holdleder', 'klubformand', 'klubdirektør',
  // religion
  'biskop', 'ærkebiskop', 'præst', 'sognepræst', 'provst', 'pastor', 'imam', 'rabbiner', 'pave', 'kardinal', 'munk',
  'nonne', 'menighedsrådsformand', 'kirkeværge', 'organist', 'mufti', 'ayatollah', 'mullah',
  // people in everyday roles and relations
  'borger', 'medborger', 'beboer', 'nabo', 'vidne', 'øjenvidne', 'offer', 'pårørende', 'patient', 'passager', 'kunde',
  'forbruger', 'bruger', 'turist', 'gæst', 'tilskuer', 'deltager', 'arrangør', 'frivillig', 'aktivist', 'demonstrant',
  'flygtning', 'asylansøger', 'indvandrer', 'migrant', 'fange', 'indsat', 'gerningsmand', 'forælder', 'mor', 'far',
  'moder', 'fader', 'søn', 'datter', 'bror', 'søster', 'ægtefælle', 'hustru', 'kone', 'enke', 'enkemand',
  'pensionist', 'lejer', 'udlejer', 'husejer', 'grundejer', 'medlem', 'kasserer', 'ven', 'veninde', 'kollega',
  'kæreste', 'opfinder', 'lodsejer', 'kæmper', 'overlevende', 'boligejer', 'skibsejer', 'hovedejer', 'bilejer',
  'hundeejer', 'majoritetsejer', 'restaurantejer', 'butiksejer', 'livvagt', 'nattevagt', 'tv-vært', 'radiovært',
  'medvært', 'festvært', 'kilde', 'insider', 'iagttager', 'observatør', 'tilhænger', 'modstander', 'fortaler',
  'indbygger', 'fagperson', 'ordstyrer',
];

/**
 * Multiword roles (adjective or participle + noun), lowercase, indefinite: the caller matches them
 * word by word (`administrerende direktør Jens Hansen`). Their last word is itself a role noun.
 */
export const ROLE_PHRASES: readonly string[] = [
  'administrerende direktør', 'praktiserende læge', 'vagthavende meteorolog', 'ansvarshavende redaktør',
];

/**
 * Compound heads: a noun that ends in one of these, after a prefix of at least three letters, is a
 * role even when not listed (`afdelingschef`, `skatteminister`, `overlæge`, `landsholdsspiller`,
 * `EU-kommissær`). Sorted longest first so the most specific head wins. `mand` and `kvinde` only
 * count as heads (`talsmand`, `forretningskvinde`), never alone.
 */
export const ROLE_HEADS: readonly string[] = [
  'korrespondent', 'sygeplejerske', 'repræsentant', 'demonstrant', 'koordinator', 'medarbejder', 'skuespiller',
  'ambassadør', 'analytiker', 'instruktør', 'journalist', 'kommandant', 'planlægger', 'specialist', 'studerende',
  'talskvinde', 'talsperson', 'underviser', 'assistent', 'forfatter', 'forkvinde', 'indehaver', 'inspektør',
  'kommandør', 'kommissær', 'konsulent', 'politiker', 'professor', 'præsident', 'aktivist', 'anklager', 'arbejder',
  'direktør', 'fotograf', 'ingeniør', 'kandidat', 'kunstner', 'landmand', 'minister', 'ordfører', 'psykolog',
  'redaktør', 'rådgiver', 'sekretær', 'talsmand', 'tekniker', 'advokat', 'betjent', 'ekspert', 'formand', 'forsker',
  'general', 'kaptajn', 'musiker', 'officer', 'pædagog', 'spiller', 'stifter', 'strateg', 'beboer', 'biskop',
  'borger', 'dommer', 'fisker', 'kvinde', 'lektor', 'medlem', 'mester', 'person', 'rektor', 'soldat', 'træner',
  'økonom', 'ansat', 'leder', 'lærer', 'præst', 'chef', 'elev', 'læge', 'mand',
];

/**
 * Role nouns whose indefinite singular is also a common present-tense verb (`leder` "leads",
 * `spiller` "plays", `ejer` "owns", `forsker` "researches", `træner` "trains", `bruger` "uses").
 * Read them as roles only in a noun-phrase context (after a determiner or adjective, before a name,
 * or in a definite or plural form: `lederen`, `spillerne`).
 */
export const ROLE_VERB_HOMOGRAPHS: ReadonlySet<string> = new Set([
  'leder', 'spiller', 'ejer', 'forsker', 'træner', 'anklager', 'forsvarer', 'rådgiver', 'underviser', 'arbejder', 'løber', 'maler',
  'fisker', 'danser', 'bokser', 'svømmer', 'beboer', 'lejer', 'udlejer', 'bruger', 'kæmper', 'vidne', 'fange', 'mægler', 'forhandler',
  'formidler', 'redder', 'kender', 'bager', 'slagter', 'tjener', 'fører', 'styrer',
]);

/**
 * Gender carried by the role noun itself (`talskvinde` f, `talsmand` m, `dronning` f), for
 * {@link roleGender}. Compounds on `-mand`/`-kvinde` and feminine `-inde` are handled by suffix.
 */
export const ROLE_GENDER: ReadonlyMap<string, 'm' | 'f'> = new Map<string, 'm' | 'f'>([
  ['talskvinde', 'f'], ['forkvinde', 'f'], ['forretningskvinde', 'f'], ['sangerinde', 'f'], ['skuespillerinde', 'f'],
  ['dronning', 'f'], ['prinsesse', 'f'], ['kronprinsesse', 'f'], ['kejserinde', 'f'], ['hertuginde', 'f'],
  ['værtinde', 'f'], ['veninde', 'f'], ['mor', 'f'], ['moder', 'f'], ['datter', 'f'], ['søster', 'f'], ['hustru',
  'f'], ['kone', 'f'], ['enke', 'f'], ['nonne', 'f'], ['jordemoder', 'f'], ['talsmand', 'm'], ['formand', 'm'],
  ['næstformand', 'm'], ['rådmand', 'm'], ['embedsmand', 'm'], ['ombudsmand', 'm'], ['tillidsmand', 'm'],
  ['fællestillidsmand', 'm'], ['erhvervsmand', 'm'], ['forretningsmand', 'm'], ['købmand', 'm'], ['landmand', 'm'],
  ['styrmand', 'm'], ['sømand', 'm'], ['målmand', 'm'], ['domsmand', 'm'], ['dørmand', 'm'], ['gerningsmand', 'm'],
  ['befalingsmand', 'm'], ['videnskabsmand', 'm'], ['pressetalsmand', 'm'], ['militærtalsmand', 'm'], ['konge', 'm'],
  ['kronprins', 'm'], ['prins', 'm'], ['kejser', 'm'], ['hertug', 'm'], ['far', 'm'], ['fader', 'm'], ['søn', 'm'],
  ['bror', 'm'], ['enkemand', 'm'], ['munk', 'm'], ['pave', 'm'], ['kardinal', 'm'],
]);

/**
 * The plainest nouns for a person (man, woman, girl, boy, person), which an age before them makes a
 * description of someone in the news (`en 27-årig mand`, `den 43-årige kvinde`); alone they are no
 * role (`manden` is "the man"). Source: the compiler's knowledge of Danish news usage, as
 * {@link ROLE_NOUNS}.
 */
export const AGED_PERSON_NOUNS: ReadonlySet<string> = new Set(['mand', 'kvinde', 'pige', 'dreng', 'person']);

/**
 * Nouns in the indefinite plural for people as a group (`beboere`, `eksperter`, `forældre`), which
 * can be the source of a quote (`Beboerne frygter, at …`) and the antecedent of `de`. Definite
 * forms (`beboerne`, `eksperterne`, `forældrene`) are recognised by {@link groupNounLemma}.
 * Source: as {@link ROLE_NOUNS}, plus the nationality nouns most common in news.
 */
export const GROUP_NOUNS: readonly string[] = [
  'beboere', 'naboer', 'eksperter', 'forskere', 'medlemmer', 'politikere', 'borgere', 'forældre', 'lærere', 'elever',
  'vælgere', 'demonstranter', 'soldater', 'betjente', 'ansatte', 'medarbejdere', 'kolleger', 'kollegaer', 'læger',
  'sygeplejersker', 'patienter', 'pårørende', 'passagerer', 'kunder', 'forbrugere', 'brugere', 'turister', 'gæster',
  'tilskuere', 'deltagere', 'arrangører', 'frivillige', 'aktivister', 'flygtninge', 'asylansøgere', 'indvandrere',
  'migranter', 'fanger', 'indsatte', 'studerende', 'landmænd', 'fiskere', 'erhvervsfolk', 'forretningsfolk',
  'politifolk', 'fagfolk', 'embedsmænd', 'ministre', 'diplomater', 'forhandlere', 'ledere', 'chefer', 'direktører',
  'ejere', 'aktionærer', 'investorer', 'økonomer', 'analytikere', 'journalister', 'redaktører', 'kritikere',
  'tilhængere', 'modstandere', 'fortalere', 'indbyggere', 'lokale', 'oprørere', 'militante', 'terrorister', 'krigere',
  'civile', 'ofre', 'overlevende', 'vidner', 'øjenvidner', 'kilder', 'iagttagere', 'observatører', 'specialister',
  'myndigheder', 'repræsentanter', 'delegerede', 'parlamentarikere', 'folketingsmedlemmer', 'byrådsmedlemmer',
  'bestyrelsesmedlemmer', 'partifæller', 'partikammerater', 'kammerater', 'venner', 'familiemedlemmer', 'børn',
  'unge', 'ældre', 'voksne', 'pensionister', 'arbejdere', 'lønmodtagere', 'tillidsfolk', 'håndværkere', 'danskere',
  'svenskere', 'nordmænd', 'tyskere', 'franskmænd', 'englændere', 'briter', 'amerikanere', 'russere', 'ukrainere',
  'kinesere', 'japanere', 'indere', 'pakistanere', 'afghanere', 'iranere', 'irakere', 'syrere', 'tyrkere', 'kurdere',
  'palæstinensere', 'israelere', 'arabere', 'europæere', 'afrikanere', 'grønlændere', 'færinger', 'islændinge',
  'finner', 'polakker', 'italienere', 'spaniere', 'grækere', 'hollændere', 'belgiere',
];

/**
 * Collective singular nouns for a body of people (`befolkningen`, `ledelsen`, `oppositionen`),
 * with their definite forms; recognised by {@link groupNounLemma}. Source: as {@link ROLE_NOUNS}.
 */
export const COLLECTIVE_NOUNS: ReadonlyMap<string, string> = new Map([
  ['folk', 'folket'], ['befolkning', 'befolkningen'], ['offentlighed', 'offentligheden'], ['opposition', 'oppositionen'],
  ['ledelse', 'ledelsen'], ['familie', 'familien'], ['besætning', 'besætningen'], ['publikum', 'publikummet'],
  ['menighed', 'menigheden'], ['hold', 'holdet'], ['landshold', 'landsholdet'], ['mandskab', 'mandskabet'],
  ['personale', 'personalet'], ['bestyrelse', 'bestyrelsen'], ['flertal', 'flertallet'], ['mindretal', 'mindretallet'],
  ['fagbevægelse', 'fagbevægelsen'], ['arbejdsgruppe', 'arbejdsgruppen'], ['ekspertgruppe', 'ekspertgruppen'],
]);

/**
 * Nationality and regional adjectives in the base form (`amerikansk`); the `-e` form
 * (`amerikanske`, `den russiske præsident`) is recognised by {@link isNationalityAdjective}.
 * They often stand before a role in a source description (`den amerikanske general`).
 * Source: the compiler's knowledge of Danish country adjectives (Dansk Sprognævn's lists of
 * country names and their adjectives).
 */
export const NATIONALITY_ADJECTIVES: ReadonlySet<string> = new Set([
  'dansk', 'svensk', 'norsk', 'finsk', 'islandsk', 'færøsk', 'grønlandsk', 'nordisk', 'skandinavisk', 'tysk',
  'fransk', 'britisk', 'engelsk', 'skotsk', 'irsk', 'walisisk', 'hollandsk', 'nederlandsk', 'belgisk', 'luxembourgsk',
  'schweizisk', 'østrigsk', 'italiensk', 'spansk', 'portugisisk', 'græsk', 'tyrkisk', 'cypriotisk', 'maltesisk',
  'polsk', 'tjekkisk', 'slovakisk', 'ungarsk', 'rumænsk', 'bulgarsk', 'serbisk', 'kroatisk', 'bosnisk', 'slovensk',
  'albansk', 'makedonsk', 'nordmakedonsk', 'montenegrinsk', 'kosovarisk', 'estisk', 'lettisk', 'litauisk', 'baltisk',
  'russisk', 'ukrainsk', 'hviderussisk', 'belarusisk', 'moldovisk', 'georgisk', 'armensk', 'aserbajdsjansk',
  'kasakhisk', 'usbekisk', 'tadsjikisk', 'kirgisisk', 'turkmensk', 'tjetjensk', 'amerikansk', 'nordamerikansk',
  'sydamerikansk', 'latinamerikansk', 'canadisk', 'mexicansk', 'brasiliansk', 'argentinsk', 'chilensk', 'colombiansk',
  'venezuelansk', 'peruviansk', 'cubansk', 'bolivisk', 'ecuadoriansk', 'uruguayansk', 'paraguayansk', 'haitiansk',
  'jamaicansk', 'kinesisk', 'japansk', 'koreansk', 'sydkoreansk', 'nordkoreansk', 'indisk', 'pakistansk', 'afghansk',
  'iransk', 'irakisk', 'syrisk', 'libanesisk', 'israelsk', 'palæstinensisk', 'jordansk', 'egyptisk', 'saudiarabisk',
  'saudisk', 'yemenitisk', 'emiratisk', 'qatarsk', 'kuwaitisk', 'bahrainsk', 'omansk', 'libysk', 'tunesisk',
  'algerisk', 'marokkansk', 'sudanesisk', 'sydsudanesisk', 'etiopisk', 'eritreisk', 'somalisk', 'kenyansk',
  'nigeriansk', 'ghanesisk', 'senegalesisk', 'malisk', 'sydafrikansk', 'congolesisk', 'rwandisk', 'ugandisk',
  'tanzanisk', 'zimbabwisk', 'mozambikisk', 'angolansk', 'namibisk', 'australsk', 'newzealandsk', 'indonesisk',
  'filippinsk', 'thailandsk', 'vietnamesisk', 'malaysisk', 'singaporeansk', 'burmesisk', 'myanmarsk', 'bangladeshisk',
  'srilankansk', 'nepalesisk', 'tibetansk', 'taiwanesisk', 'mongolsk', 'kurdisk', 'arabisk', 'persisk', 'europæisk',
  'vesteuropæisk', 'østeuropæisk', 'afrikansk', 'asiatisk', 'vestlig', 'østlig', 'udenlandsk',
]);

/** Single-word roles, for membership tests. */
const ROLE_SET: ReadonlySet<string> = new Set(ROLE_NOUNS);

/**
 * Roles whose forms collide with other words under the general rules (`fare` "danger" would
 * strip to `far`, `moderne` "modern" to `moder`, `indsats` "effort" to `indsat`, `lejren` "the
 * camp" to `lejer`, `fanget` "caught" to `fange`), so only these exact forms count.
 */
const FIXED_FORMS: ReadonlyMap<string, string> = new Map(
  (
    [
      ['mor', ['mor', 'moren', 'mødre', 'mødrene']],
      ['far', ['far', 'faren', 'fædre', 'fædrene']],
      ['bror', ['bror', 'broren', 'brødre', 'brødrene']],
      ['søn', ['søn', 'sønnen', 'sønner', 'sønnerne']],
      ['ven', ['ven', 'vennen', 'venner', 'vennerne']],
      ['kok', ['kok', 'kokken', 'kokke', 'kokkene']],
      ['datter', ['datter', 'datteren', 'døtre', 'døtrene']],
      ['offer', ['offer', 'offeret', 'ofre', 'ofrene']],
      ['forælder', ['forælder', 'forælderen', 'forældre', 'forældrene']],
      ['kone', ['kone', 'konen', 'koner', 'konerne']],
      ['vagt', ['vagt', 'vagten', 'vagter', 'vagterne']],
      ['gæst', ['gæst', 'gæsten', 'gæster', 'gæsterne']],
      ['moder', ['moder', 'moderen']],
      ['fader', ['fader', 'faderen']],
      ['indsat', ['indsat', 'indsatte', 'indsattes']],
      ['lejer', ['lejer', 'lejeren', 'lejere', 'lejerne']],
      ['fange', ['fange', 'fangen', 'fanger', 'fangerne']],
    ] as const
  ).flatMap(([lemma, forms]) => forms.map((f) => [f, lemma] as const)),
);

/** Whole words that the rules would wrongly read as a role form: `indsats` "effort" (indsat +
 * genitive), `moderne` "modern" (moder + -ne), `lejren` "the camp" (lejer). */
const NOT_ROLE_WORDS: ReadonlySet<string> = new Set([
  'indsats', 'indsatsen', 'indsatser', 'indsatserne', 'indsatsens', 'moderne', 'lejr', 'lejren', 'lejre', 'lejrene', 'lejrens',
  'fangst', 'fangsten', 'farer', 'farerne', 'kendt', 'vendt', 'frivilligt',
]);

/** Lemmas that only count in the exact forms of {@link FIXED_FORMS}. */
const FIXED_LEMMAS: ReadonlySet<string> = new Set(FIXED_FORMS.values());

/** Irregular endings that compounds share (`talsmænd` → `talsmand`). */
const IRREGULAR_SUFFIXES: readonly (readonly [string, string])[] = [
  ['mændene', 'mand'],
  ['mænds', 'mand'],
  ['mænd', 'mand'],
];

/**
 * Inflectional endings to strip, longest first: definite plural (`-erne`, `-rne`, `-ene`, `-ne`),
 * definite singular (`-en`, `-et`, `-n`, `-t`), plural (`-er`, `-r`, `-e`).
 */
const ENDINGS: readonly string[] = ['erne', 'rne', 'ene', 'ne', 'en', 'et', 'er', 'n', 't', 'r', 'e'];

/** Candidate indefinite singulars for a lowercase form, the form itself first. */
function candidates(form: string): string[] {
  const out: string[] = [form];
  if (form.endsWith('re')) out.push(`${form.slice(0, -2)}er`);
  for (const [suffix, lemmaSuffix] of IRREGULAR_SUFFIXES) {
    if (form.endsWith(suffix)) out.push(form.slice(0, -suffix.length) + lemmaSuffix);
  }
  for (const ending of ENDINGS) {
    if (form.length - ending.length < 3 || !form.endsWith(ending)) continue;
    const stem = form.slice(0, -ending.length);
    out.push(stem);
    // doubled final consonant before an ending: medlemmer → medlem
    if (endsInDoubledConsonant(stem)) out.push(stem.slice(0, -1));
    // syncopated -er stems: ministre(ne) → minister, borgmestre → borgmester
    if (stem.endsWith('re')) out.push(`${stem.slice(0, -2)}er`);
  }
  return out;
}

/**
 * Endings that contain a role head but make no role: `billeder` "pictures" is not bil+leder,
 * `erklærer` "declares" not erk+lærer, `udleder` "emits", `udarbejder` "prepares" and
 * `afspiller` "player (device)" are no persons.
 */
const NOT_ROLE_ENDINGS: readonly string[] = [
  'billeder', 'afleder', 'udleder', 'omleder', 'indleder', 'bortleder', 'erklærer', 'forklarer', 'afspiller', 'indspiller', 'udspiller',
  'overspiller', 'frispiller', 'svagt', 'svært', 'sværte', 'udarbejder', 'samarbejder', 'bearbejder', 'indarbejder', 'omarbejder',
  'gennemarbejder', 'forleder', 'vildleder', 'udforsker', 'optræner',
];

/** Consonants that double before an ending (`medlem` → `medlemmer`). */
const DOUBLING = new Set('bdfgklmnprstv');

/** As `/([bdfgklmnprstv])\1$/.test(stem)`, without a regex (this runs for every new word). */
function endsInDoubledConsonant(stem: string): boolean {
  const n = stem.length;
  return n >= 2 && stem[n - 1] === stem[n - 2] && DOUBLING.has(stem[n - 1]!);
}

const ROLE_HEADS_BY_LAST = byLastChar(ROLE_HEADS);
const NOT_ROLE_ENDINGS_BY_LAST = byLastChar(NOT_ROLE_ENDINGS);
const NONE: readonly string[] = [];

/**
 * Whether a candidate lemma ends in a role head after a prefix of three or more characters (two
 * is too short for a real compound and lets in words like `drejer`, `plejer`).
 */
function hasRoleHead(candidate: string): boolean {
  const last = candidate[candidate.length - 1];
  if (last === undefined) return false;
  if ((NOT_ROLE_ENDINGS_BY_LAST.get(last) ?? NONE).some((ending) => candidate.endsWith(ending))) return false;
  return (ROLE_HEADS_BY_LAST.get(last) ?? NONE).some((head) => candidate.length - head.length >= 3 && candidate.endsWith(head));
}

/**
 * The indefinite singular lemma of a role noun in any form, or undefined: `præsidenten` →
 * `præsident`, `ministerens` → `minister`, `direktørerne` → `direktør`, `overlægen` → `overlæge`,
 * `talsmændene` → `talsmand`, `afdelingschefen` → `afdelingschef` (unlisted compound, by its
 * head `chef`), `manden` → undefined. Case-insensitive; a genitive `-s` is removed first.
 * Works on single words by the rules for Danish definite and plural endings, not by listing
 * forms, so it can accept a rare non-word (`chefet`); it is meant for words already in a noun
 * phrase. Multiword roles: see {@link ROLE_PHRASES}.
 */
function roleLemmaUncached(word: string): string | undefined {
  const lower = word.toLowerCase().replace(/['’]s?$/, '');
  if (NOT_ROLE_WORDS.has(lower)) return undefined;
  const forms = lower.length > 3 && lower.endsWith('s') ? [lower, lower.slice(0, -1)] : [lower];
  for (const form of forms) {
    const fixed = FIXED_FORMS.get(form);
    if (fixed) return fixed;
  }
  const all = forms.flatMap(candidates);
  for (const c of all) if (ROLE_SET.has(c) && !FIXED_LEMMAS.has(c)) return c;
  for (const c of all) if (hasRoleHead(c)) return c;
  return undefined;
}

/**
 * Gender implied by a role lemma (`talskvinde` f, `formand` m, `dronning` f, `sangerinde` f), or
 * undefined for the many unmarked roles. Give it the lemma from {@link roleLemma}.
 */
export function roleGender(lemma: string): 'm' | 'f' | undefined {
  const lower = lemma.toLowerCase();
  const listed = ROLE_GENDER.get(lower);
  if (listed) return listed;
  if (lower.endsWith('kvinde') || (lower.endsWith('inde') && lower.length > 5)) return 'f';
  if (lower.endsWith('mand') && lower.length > 5) return 'm';
  return undefined;
}

/** Group and collective nouns in all forms, built once: form → lemma. */
const GROUP_FORMS: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const plural of GROUP_NOUNS) {
    map.set(plural, plural);
    // definite plural: beboere → beboerne, eksperter → eksperterne, forældre → forældrene, børn → børnene
    if (plural.endsWith('ere')) map.set(`${plural.slice(0, -1)}ne`, plural);
    else if (plural.endsWith('e') || plural.endsWith('r')) map.set(`${plural}ne`, plural);
    else map.set(`${plural}ene`, plural);
  }
  for (const [noun, definite] of COLLECTIVE_NOUNS) {
    map.set(noun, noun);
    map.set(definite, noun);
  }
  return map;
})();

/**
 * The lemma (indefinite plural, or singular for collectives) of a group noun in any form:
 * `beboerne` → `beboere`, `eksperterne` → `eksperter`, `forældrene` → `forældre`,
 * `befolkningen` → `befolkning`; undefined otherwise. Case-insensitive.
 */
export function groupNounLemma(word: string): string | undefined {
  return GROUP_FORMS.get(word.toLowerCase());
}

/** Whether a word is a nationality adjective in its base or `-e` form (`russisk`, `russiske`). */
export function isNationalityAdjective(word: string): boolean {
  const lower = word.toLowerCase();
  return NATIONALITY_ADJECTIVES.has(lower) || (lower.endsWith('e') && NATIONALITY_ADJECTIVES.has(lower.slice(0, -1)));
}

/** roleLemma, cached per word (see memo.ts): the rules cost microseconds a call and run for every token. */
export const roleLemma: (word: string) => string | undefined = memoizeWord(roleLemmaUncached);
