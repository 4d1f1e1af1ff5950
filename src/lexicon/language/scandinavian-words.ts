/**
 * Word forms that tell Danish, Norwegian Bokmål, Norwegian Nynorsk and Swedish apart.
 *
 * Source: written by hand for citat from general knowledge of the four standard written languages
 * (the conventions of Retskrivningsordbogen, Bokmålsordboka, Nynorskordboka and SAOL): the function
 * words, pronouns, numerals and common words whose standard spelling differs between them. Not
 * taken from any evaluation text. A form listed under several languages is shared by them (and so
 * still separates them from the rest).
 * @module
 */

/** The four Scandinavian written standards citat tells apart. */
export type ScandinavianCode = 'da' | 'nb' | 'nn' | 'sv';

/**
 * Characteristic word forms per language (space-separated, lower case).
 *
 * Why: function words are frequent even in short sentences, and the pairs differ exactly where franc's
 * trigram profiles blur Danish and Bokmål (af/av, efter/etter, nogle/noen, meget/mye, hvad/hva,
 * blev/ble, mig/meg, ud/ut, vores/vår, havde/hadde, været/vært, soft b d g against p t k in
 * bog/bok, sag/sak, måde/måte, købe/kjøpe, and ej/øj against ei/øy in vej/vei, høj/høy).
 */
export const WORDS: Readonly<Record<ScandinavianCode, string>> = {
  da: `af efter nogle nogen noget meget hvad blev bliver blive mellem mig dig sig ud op ind uden mod
    havde været sagde siger sige gøre gør igen måske procent blandt næsten næste anden andet fortsat
    end hendes sit lidt nu sådan sådant derefter tog gik fik tage taget give givet gav mand mænd
    kvinde kvinder otte tyve tredive fyrre halvtreds tres halvfjerds firs halvfems uge ugen uger sag
    sagen sager bog bogen bøger mad bruge bruger brugt brugte søge søger købe købt køber gade gaden
    måde møde mødet mødte rigtig rigtigt vigtig vigtigt vigtigste hjælp hjælpe hjælper kende kender
    kendt spørgsmål spørgsmålet hinanden alligevel endnu derimod gennem regering regeringen fortælle
    fortæller selskab selskabet virksomhed virksomheden hedder jer jeres vores nej vej vejen arbejde
    arbejder arbejdet dejlig dejligt høj højt højere øje øjne tøj ejer eje sejr rejse rejser samfund
    grund grunden vand lande læse læser lægge læge sætte sat tænke tænker tænkte sælge forsøg forsøge
    pige piger dreng drenge børn børnene forældre sidste aldrig altid desuden øge øget chef station
    ikke også kun jo hvor hvis hvornår hvorfor hvordan hvilken hvilket hvilke heller dog ingen intet
    hun jeg at`,
  nb: `av etter noen noe mye hva ble blir bli mellom meg deg seg ut opp inn uten mot hadde vært sa
    sier si gjøre gjør igjen kanskje prosent blant nesten neste annen annet fortsatt enn hennes sitt
    litt nå slik slike tok gikk fikk ta tatt gi gitt ga mann menn kvinne kvinner åtte tjue tretti
    førti femti seksti sytti åtti nitti uke uken uker sak saken saker bok boka boken bøker mat bruke
    bruker brukt brukte søke søker kjøpe kjøpt kjøper gate gaten måte møte møtet møtte riktig riktige
    viktig viktige viktigste hjelp hjelpe hjelper kjenne kjenner kjent spørsmål spørsmålet hverandre
    likevel ennå derimot gjennom regjering regjeringen fortelle forteller selskap selskapet virksomhet
    virksomheten heter dere vår våre vårt nei vei veien arbeid arbeider arbeidet deilig høy høyt
    høyere øye øyne tøy eier eie seier reise reiser samfunn grunn grunnen vann lese leser legge lege
    sette tenke tenker tenkte selge forsøk forsøke jente jenter gutt gutter foreldre veldig skje
    skjedde siste aldri alltid dessuten øke økt sjef stasjon ikke også bare hvor hvis hvorfor hvordan
    hvilken hvilket hvilke heller ingen hun jeg å`,
  nn: `ikkje eg ho dei ein eit kva korleis kven kvar kvifor frå vere vore berre mykje no òg heile noko
    nokon nokre meir vart vert kome sjå seie seier gje gjev fekk gjekk hjå utan medan sidan saman
    fyrst korkje elles anna sjølv sjølvsagt hennar deira dykk kvart inkje ynskje ønskje difor fleire
    heilt einaste eigen eige eigentleg vanleg vanlegvis mogleg moglegheit tydeleg seinare tidlegare
    sjølve heim heime verda tida sida gong gonger enno framleis då desse kjem gjer tek vorte veit
    skule skulen me av etter mellom meg deg seg ut opp inn mot gjennom tok tatt gitt blitt å`,
  sv: `och är att inte jag också för av till ett hade vara varit vid hon honom henne deras dessa något
    några mycket mellan sådan sådant vad hur när där här än ur sedan utan mot genom även eller bara
    skulle kunde måste säger sade många andra annan annat själv samma hela varje alla inga inget
    kommer blev blir bli efter mig dig sig ska gör göra gjorde kvinna kvinnor män flicka pojke tror
    tänker säga sagt redan fortfarande dock därför eftersom trots kanske procent riksdagen samt
    också vem vilken vilket vilka varför hos över`,
};

/**
 * Frequent function words of the four languages, and of the major languages written in the Latin
 * alphabet that franc might otherwise be needed for. Why: they show that a text is Scandinavian at
 * all (so franc's costly all-languages pass can be skipped), or that it is not. Forms shared with
 * the other group (`i`, `in`, `den`, `de`, `der`, `dem`, `er`, `man`, `for`, `so`, `at`, `to`, `be`,
 * `men`, `op`, `om`, `du`, `fra`, `mit`, `per`) are left out of both.
 */
export const GROUP_WORDS = {
  scandinavian: `og och på ikke ikkje inte af av til till som med har hade havde hadde jeg eg jag hun ho
    hon vi det att å blev ble vart et ett eit frå från skal ska vil vill sig seg meg mig dig deg
    også òg noget noe något nogle noen några meget mye mycket efter etter eller når när hvor kva vad
    hva hvad ud ut opp kun bare berre være vere vara været vært varit sagde sade siger sier säger
    ikkje ingen inga hvis kan kunne kunde skulle blir bliver bli`,
  /** Frequent Scandinavian words that are also words elsewhere: they count only beside a form above. */
  shared: `at der dem de den er i en men om op fra du se her`,
  foreign: `the and of is that was with it this are has had not but they which from you were their been
    would there what when who will more about than them into after its could our these on die das
    und ist nicht ein eine zu auf sich von auch wird werden wurde sind haben nach bei aus einer
    eines oder wie noch nur über sie wir ich een zijn niet voor dat wordt le la les est une que qui
    pour dans pas sur el los las es por con para una che di il non sono della`,
} as const;
