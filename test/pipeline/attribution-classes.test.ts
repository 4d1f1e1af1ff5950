import { describe, expect, it } from 'vitest';
import { findQuotes } from 'citat/quotes';

// Classes of attribution error seen on modern news, each a table of sentences written for this
// test: the quote found and the speaker it must be given.
// [row name, text, expected quotes as { text, speaker }]
type Row = [string, string, { text: string; speaker: string | null }[]];

const classes: Record<string, Row[]> = {
  'a clause that opens with a prepositional phrase has its subject after the verb': [
    [
      'a determiner phrase in the fronted phrase',
      'Men i den forbindelse understreger borgmesteren, at skolen bliver bygget.',
      [{ text: 'skolen bliver bygget', speaker: 'borgmesteren' }],
    ],
    [
      'a name with a number in the fronted phrase',
      'Over for Kanal 4 NYHEDER fastslog Gitte Sand, at aftalen holder.',
      [{ text: 'aftalen holder', speaker: 'Gitte Sand' }],
    ],
    [
      'a measure in the fronted phrase',
      'Med 80 procents sandsynlighed vurderer Ole Brink, at prisen falder til foråret.',
      [{ text: 'prisen falder til foråret', speaker: 'Ole Brink' }],
    ],
    [
      'after a conjunction and a comma',
      'Holdet tabte igen, og efter den kamp erkendte træneren, at formen svigter.',
      [{ text: 'formen svigter', speaker: 'træneren' }],
    ],
  ],
  'a coordinated verb without a subject of its own shares the subject of the verb before it': [
    [
      'the first verb with its subject after it',
      'Lone Berg fik kritikken forelagt. Det afviste hun straks, og fastholdt, at reglerne var fulgt.',
      [{ text: 'reglerne var fulgt', speaker: 'Lone Berg' }],
    ],
    [
      'a sentence that opens with Men and the verb',
      'Karen Holm siger, at tallene er for lave. Men erkender, at udviklingen er vendt.',
      [
        { text: 'tallene er for lave', speaker: 'Karen Holm' },
        { text: 'udviklingen er vendt', speaker: 'Karen Holm' },
      ],
    ],
  ],
  'a post-posed `lyder det` / `hedder det` names its source after it, also past an adverbial, in any tense': [
    [
      'hedder det i a document after a speech dash',
      '- Flere betjente på gaden og kortere ventetid, hedder det i planen.',
      [{ text: 'Flere betjente på gaden og kortere ventetid,', speaker: 'planen' }],
    ],
    [
      'lød det with an adverb before i',
      'Skatten stiger næste år, lød det bagefter i flere aviser.',
      [{ text: 'Skatten stiger næste år', speaker: 'flere aviser' }],
    ],
    [
      'the perfect har det lydt fra',
      'Eleverne skal have mere frihed, har det lydt fra Karen Dam.',
      [{ text: 'Eleverne skal have mere frihed', speaker: 'Karen Dam' }],
    ],
    [
      'lyder with an indefinite noun before fra',
      'Kommunen har brugt for mange penge, lyder en advarsel fra Ole Hald.',
      [{ text: 'Kommunen har brugt for mange penge', speaker: 'Ole Hald' }],
    ],
    ['i before a time is no place', 'Vi kommer igen, lød det i går fra Eva Lind.', [{ text: 'Vi kommer igen', speaker: 'Eva Lind' }]],
  ],
  'a described source opens with its article': [
    [
      'an adverbial before the article is not part of the source',
      'Det gør omvendt den mand, der kaldte direktøren for "en ren klovn".',
      [{ text: 'direktøren for "en ren klovn"', speaker: 'den mand' }],
    ],
    [
      'a quantifier before the article is',
      'Det gør alle de lærere, der kaldte reformen for "et hastværk".',
      [{ text: 'reformen for "et hastværk"', speaker: 'alle de lærere' }],
    ],
  ],
  'a subject with a relative clause or a bracket before the verb': [
    [
      'a sentence adverb between der and the verb',
      'Hun er uenig med Rigsrevisoren, der ellers kritiserer, at pengene er brugt forkert.',
      [{ text: 'pengene er brugt forkert', speaker: 'Rigsrevisoren' }],
    ],
    [
      'a party in brackets, then a relative clause',
      'Borgmester Eva Holm (K), der selv stemte for forslaget, sagde efter mødet, at hun var glad.',
      [{ text: 'hun var glad', speaker: 'Eva Holm' }],
    ],
  ],
  'a role of a body before a name in apposition is the person’s, not the body’s': [
    [
      'with the body’s abbreviation in brackets, then the role alone',
      'Formanden for Dansk Cyklistforbund (DCF), Per Lund, er glad for planen.\n\n- Det er en god dag for cyklisterne, siger formanden.',
      [{ text: 'Det er en god dag for cyklisterne,', speaker: 'Per Lund' }],
    ],
    [
      'the role as a compound on the abbreviation',
      'Planen får ros af formanden for Lejernes Forening (LF), Sanne Bech.\n\n- Huslejen kan endelig falde, siger LF-formanden.',
      [{ text: 'Huslejen kan endelig falde,', speaker: 'Sanne Bech' }],
    ],
  ],
  'a partitive source is one of a group, taken whole': [
    [
      'en af de after lyder det fra',
      '- Jeg tog fri fra arbejde for at komme, lyder det fra en af de mange frivillige.',
      [{ text: 'Jeg tog fri fra arbejde for at komme,', speaker: 'en af de mange frivillige' }],
    ],
    ['to af after an inverted verb', '"Vi venter stadig på svar," siger to af beboerne.', [{ text: 'Vi venter stadig på svar,', speaker: 'to af beboerne' }]],
  ],
  'a sentence that points back names the source of what came before it': [
    [
      'an adverbial between the verb and the source',
      'Holdet spillede slet ikke godt nok i anden halvleg. Det mener i hvert fald Per Holm.',
      [{ text: 'Holdet spillede slet ikke godt nok i anden halvleg', speaker: 'Per Holm' }],
    ],
    [
      'a reporting noun, and the whole paragraph before as the content',
      'Der skal ryddes op. Og så skal alle tage ansvar.\n\nSådan lyder meldingen fra Anne Lund.',
      [{ text: 'Der skal ryddes op. Og så skal alle tage ansvar', speaker: 'Anne Lund' }],
    ],
    [
      'an adjective after Så',
      'Skolen åbner igen til august.\n\nSå klar er beskeden fra Karen Dahl.',
      [{ text: 'Skolen åbner igen til august', speaker: 'Karen Dahl' }],
    ],
    [
      'in the same paragraph only the sentence before',
      'Vejret var dårligt. Banen er lukket hele vinteren. Det oplyser Eva Krog.',
      [{ text: 'Banen er lukket hele vinteren', speaker: 'Eva Krog' }],
    ],
  ],
  'a naming verb with object and predicate reports a judgement (kalder X Y)': [
    ['subject first', 'Hun kalder forslaget et skridt i den forkerte retning.', [{ text: 'forslaget et skridt i den forkerte retning', speaker: null }]],
    [
      'subject after a fronted adverb, with a name before',
      'Lars Eskesen har læst rapporten. Her kalder han konklusionerne for ren gætværk.',
      [{ text: 'konklusionerne for ren gætværk', speaker: 'Lars Eskesen' }],
    ],
    ['not in a relative clause', 'Planen, som borgmesteren kalder en nødvendighed, blev vedtaget i går.', []],
    ['not kalder på', 'Oppositionen kalder på en ny undersøgelse af sagen.', []],
    ['not the journalist', 'Lad os kalde ham Peter for nemheds skyld.', []],
  ],
  'the impersonal man of a body named in the fronted phrase is that body': [
    ['hos and a firm joined by &', 'Hos Holm & Søn erkender man, at priserne er for høje.', [{ text: 'priserne er for høje', speaker: 'Holm & Søn' }]],
    ['i and a named body', 'I Grønne Fællesskab mener man, at aftalen er for dyr.', [{ text: 'aftalen er for dyr', speaker: 'Grønne Fællesskab' }]],
    ['not a time', 'I går mente man, at stormen var ovre.', [{ text: 'stormen var ovre', speaker: null }]],
  ],
  '`Ordene er X’s` after a quote gives it to X, without the genitive -s': [
    [
      'after a speech-dash paragraph, with the next paragraph continuing',
      'Byen har ændret sig meget.\n\n- Her er alt bedre end før.\n\nOrdene er Karin Munks. Hun er født i byen.\n\n- Vi har det godt her.',
      [
        { text: 'Her er alt bedre end før.', speaker: 'Karin Munk' },
        { text: 'Vi har det godt her.', speaker: 'Karin Munk' },
      ],
    ],
    [
      'the person named again later is the same person',
      '"Det var en lang dag."\n\nCitatet er Per Bruun Holms. Han er lærer.\n\n"Jeg er træt," siger Per Bruun Holm.',
      [
        { text: 'Det var en lang dag.', speaker: 'Per Bruun Holm' },
        { text: 'Jeg er træt,', speaker: 'Per Bruun Holm' },
      ],
    ],
    ['a name that ends in -s keeps it', '"Vi er klar," siger Eva Harris.', [{ text: 'Vi er klar,', speaker: 'Eva Harris' }]],
  ],
  'an at-clause that nobody reports': [
    ['ser ud til, at: it seems', 'Og til foråret ser det faktisk ud til, at noget sker.', []],
    ['hører med til, at: it belongs to', 'Men det hører også med til billedet, at vejret var elendigt.', []],
    ['for at: a purpose', 'Det kræver normalt en dommerkendelse, for at politiet må ransage huset.', []],
    ['efter at: a time', 'Butikken lukker efter at ejeren har solgt den.', []],
    ['som svar på, at: in response to', 'Ordningen kom som svar på, at flere butikker var blevet røvet.', []],
    ['peger på, at is still reported', 'Lise Brink peger på, at ordningen virker.', [{ text: 'ordningen virker', speaker: 'Lise Brink' }]],
  ],
  'a mixed quote in reported content runs to the content’s end': [
    [
      'a fragment in the middle of an at-clause',
      'Borgmester Lene Dal erkendte, at hun havde været "for hurtig" og glemt at spørge byrådet.',
      [{ text: 'hun havde været "for hurtig" og glemt at spørge byrådet', speaker: 'Lene Dal' }],
    ],
    [
      'a call with an infinitive still ends with its fragment',
      'Ministeren opfordrede parterne til at "tage ansvar" i sagen.',
      [{ text: 'parterne til at "tage ansvar"', speaker: 'Ministeren' }],
    ],
  ],
  'a quoted clause after at that opens with a quantifier is an at-clause, not an infinitive': [
    [
      'alle after the quotation mark',
      'Oppositionen forlangte i går at "alle kommunale skoler bliver renoveret".',
      [{ text: '"alle kommunale skoler bliver renoveret"', speaker: 'Oppositionen' }],
    ],
  ],
  'a naming in a relative clause speaks only when the relative pronoun is its subject': [
    ['the pronoun as object: a thing named', 'Hun forklarede det, som fagfolk kalder "kold fusion" i laboratoriet.', []],
    [
      'the pronoun as subject: the person speaks',
      'Det gjorde også den kvinde, der kaldte planen for "et hastværk".',
      [{ text: 'planen for "et hastværk"', speaker: 'den kvinde' }],
    ],
  ],
  'a subordinate clause keeps its subject right after the conjunction': [
    [
      'with a named antecedent',
      'Ole Friis tav længe. Det var først i går, at han i et interview med Radio Syd indrømmede, at han havde løjet.',
      [{ text: 'han havde løjet', speaker: 'Ole Friis' }],
    ],
  ],
  'a role with its body and then its holder: the holder speaks, whatever the shape of the name': [
    ['a workplace after på', '»Vi trykker videre,« siger chefredaktør på Ugeavisen Mette Lund.', [{ text: 'Vi trykker videre,', speaker: 'Mette Lund' }]],
    [
      'a holder with a particle after a comma',
      '»Vi sejler i morgen,« siger formanden for Dansk Sejlunion, Ulla van der Berg.',
      [{ text: 'Vi sejler i morgen,', speaker: 'Ulla van der Berg' }],
    ],
    [
      'a role and a comma before a holder with a particle',
      '»Det er en god aftale,« siger ordfører, Hans de Vries, til bladet.',
      [{ text: 'Det er en god aftale,', speaker: 'Hans de Vries' }],
    ],
  ],
  'a pronoun subject stands before an adverbial prepositional phrase that runs up to its verb': [
    [
      'coordinated adjectives with a comma in the phrase',
      'Ida Holm smilede, da hun i et kort, men åbent interview talte om, at huset skulle sælges.',
      [{ text: 'huset skulle sælges', speaker: 'Ida Holm' }],
    ],
    [
      'adjectives with a comma and no conjunction in the phrase',
      'Ida Holm smilede, da hun med et varmt, roligt blik talte om, at huset skulle sælges.',
      [{ text: 'huset skulle sælges', speaker: 'Ida Holm' }],
    ],
    [
      'a phrase with a second preposition inside it',
      'Ole Krag nikker, når han i et langt brev til kommunen skriver, at vejen er for smal.',
      [{ text: 'vejen er for smal', speaker: 'Ole Krag' }],
    ],
  ],
  '`tale om, at` reports what is said': [
    [
      'the perfect with an adverbial',
      'Jens Lund har flere gange talt om, at klubben mangler penge.',
      [{ text: 'klubben mangler penge', speaker: 'Jens Lund' }],
    ],
    ['der er tale om, at is the noun: no one speaks', 'Der er tale om, at skolen lukker til sommer.', []],
    ['a speech given about something is the noun', 'Han holdt en tale om, at alt var godt.', []],
  ],
  'narrated content that closes with a quoted fragment before a post-posed cue is one mixed quote': [
    [
      'two fragments in the content',
      'Ole Dam var skuffet. Holdet manglede ”mod” og ”vilje”, sagde han, da kampen var slut.',
      [{ text: 'Holdet manglede ”mod” og ”vilje”', speaker: 'Ole Dam' }],
    ],
    [
      'a fragment in a relative clause',
      'Der var tale om det, som lægerne kalder ”en sjælden fejl”, forklarer overlægen.',
      [{ text: 'Der var tale om det, som lægerne kalder ”en sjælden fejl”', speaker: 'overlægen' }],
    ],
    [
      'a sentence that is all quotation is a direct quote',
      'Ole Dam var skuffet. ”Vi manglede mod,” sagde han.',
      [{ text: 'Vi manglede mod,', speaker: 'Ole Dam' }],
    ],
  ],
  '`ifølge X` opening a clause: the content is the rest of that clause': [
    [
      'after a comma and og, the clause before is the narrator’s',
      'Skolen lukker, og ifølge borgmesteren sker det allerede til sommer.',
      [{ text: 'sker det allerede til sommer', speaker: 'borgmesteren' }],
    ],
    ['after a comma and men', 'Holdet tabte, men ifølge træneren var dommeren for streng.', [{ text: 'var dommeren for streng', speaker: 'træneren' }]],
    [
      'a participle phrase on the source up to the comma before the verb belongs to it',
      'Ifølge en dom afsagt i 1999, kan en lejer ikke sidde i nævnet.',
      [{ text: 'kan en lejer ikke sidde i nævnet', speaker: 'en dom afsagt i 1999' }],
    ],
    [
      'an at-clause that names its own source with ifølge reports that source',
      'Vi kan oplyse, at ifølge en dom fra landsretten, kan en lejer ikke sidde i nævnet.',
      [{ text: 'kan en lejer ikke sidde i nævnet', speaker: 'en dom fra landsretten' }],
    ],
    [
      'a relative clause on the source belongs to it',
      'Ifølge Jens Bro, der leder udvalget, skal skolen lukke.',
      [{ text: 'skal skolen lukke', speaker: 'Jens Bro' }],
    ],
  ],
  'an adverb closing the sentence after a post-posed source': [
    [
      'a manner adverb in -t after a name',
      'Hele tre af ti elever snyder, hævdede Ole Berg frimodigt.',
      [{ text: 'Hele tre af ti elever snyder', speaker: 'Ole Berg' }],
    ],
    [
      'an adverb spelt like a verb form after a pronoun',
      'Karen Dam kom ind. Alle tre af ti elever snyder, sagde hun stille.',
      [{ text: 'Alle tre af ti elever snyder', speaker: 'Karen Dam' }],
    ],
  ],
  'a longer inverted subject between a particle verb and its particle, with coordinated adjectives': [
    [
      'peger … på, at with a five-word subject',
      'I den forbindelse peger en række svenske og norske forskere på, at reglerne bør ændres.',
      [{ text: 'reglerne bør ændres', speaker: 'en række svenske og norske forskere' }],
    ],
    [
      'coordinated adjectives in a subject after the verb',
      'Derfor mener mange unge og ældre vælgere, at skatten er for høj.',
      [{ text: 'skatten er for høj', speaker: 'mange unge og ældre vælgere' }],
    ],
    ['a negation among the words is no subject: nothing reported', 'Kortet gør det ikke helt klart at vi kører i Østrig.', []],
  ],
  'in a speech-dash paragraph a verb of saying with a first-person subject is the speaker talking on': [
    [
      'sagde vi inside the speech, the attribution at the end',
      'Lone Berg er glad.\n\n- Det var en lang dag. Da vi kom hjem, sagde vi til hinanden, at det var det hele værd. Nu skal vi hvile, siger Lone Berg.',
      [{ text: 'Det var en lang dag. Da vi kom hjem, sagde vi til hinanden, at det var det hele værd. Nu skal vi hvile,', speaker: 'Lone Berg' }],
    ],
  ],
  'a quote over several paragraphs whose opening marks were lost goes on past a paragraph with a quoted word inside it': [
    [
      'a scare-quoted word in the middle paragraph',
      'Holdet har fået ny træner.\n\n"Vi skal bygge noget nyt op, og det tager tid.\n\nJeg har selv været med til at finde de to "talenter", og de er klar.\n\nMen vi skal have tålmodighed," siger Ib Holt.',
      [
        { text: 'Vi skal bygge noget nyt op, og det tager tid.', speaker: 'Ib Holt' },
        { text: 'Jeg har selv været med til at finde de to "talenter", og de er klar.', speaker: 'Ib Holt' },
        { text: 'Men vi skal have tålmodighed,', speaker: 'Ib Holt' },
      ],
    ],
  ],
  'a pronoun with no one before it stands for a speaker named later as the source of a quote, not for anyone the narration names': [
    [
      'the next quote names its speaker',
      'Hun fortæller, at hun græd hele den første uge.\n\n"Det var hårdt at se," siger Rita Holm.',
      [
        { text: 'hun græd hele den første uge', speaker: 'Rita Holm' },
        { text: 'Det var hårdt at se,', speaker: 'Rita Holm' },
      ],
    ],
    [
      'people named later only in a relative clause',
      '"Vi gør, hvad vi kan," siger hun.\n\nSagen drejer sig om en plan, som Eva Lind og Ole Berg har lagt frem.',
      [{ text: 'Vi gør, hvad vi kan,', speaker: null }],
    ],
  ],
  'a speech-dash paragraph with quotation marks inside it is still one quote of its speaker': [
    [
      'the speaker quotes others inside the speech',
      'Lise Holm er træt af debatten.\n\n- Før var der ro. Nu er der ingen, der siger ”stop en halv”, siger hun.\n\nHun vil nu skrive en bog.',
      [{ text: 'Før var der ro. Nu er der ingen, der siger ”stop en halv”,', speaker: 'Lise Holm' }],
    ],
    [
      'a scare-quoted word in the speech',
      'Ole Krag er formand.\n\n- Vi skal have de ”gamle” med, og det kræver tid, siger Ole Krag.',
      [{ text: 'Vi skal have de ”gamle” med, og det kræver tid,', speaker: 'Ole Krag' }],
    ],
  ],
  'a narrated line that closes with a name and a colon introduces that person’s words, whoever it names before': [
    [
      'a genitive name before the speaker',
      'Hundens ejer var chokeret.\n\nIb Holms nabo, frisør Karin Dahl:\n\n"Ib er en rolig mand, men han var rystet bagefter."',
      [{ text: 'Ib er en rolig mand, men han var rystet bagefter.', speaker: 'Karin Dahl' }],
    ],
  ],
  'an age with a plain person noun describes someone a pronoun can stand for': [
    [
      'a demonstrative, an age and mand, before a named person further back',
      'Lægen Ib Dahl har mange patienter. Denne 35-årige mand er træt, når han med lav stemme fortæller, at han vil flytte.',
      [{ text: 'han vil flytte', speaker: 'Denne 35-årige mand' }],
    ],
    [
      'an indefinite age and kvinde',
      'En 27-årig kvinde blev anholdt. Hun siger, at hun er uskyldig.',
      [{ text: 'hun er uskyldig', speaker: 'En 27-årig kvinde' }],
    ],
  ],
  'a source named by capitals and a number is the whole name, and the content starts after it': [
    [
      'ifølge a channel, then a comma',
      'Ifølge DR 1, så er det ikke alle lærere, der er enige.',
      [{ text: 'så er det ikke alle lærere, der er enige', speaker: 'DR 1' }],
    ],
  ],
  'guards: what these rules must leave alone': [
    [
      'a fronted phrase that holds a clause of its own keeps the subject before the verb',
      'Ved pausen virkede det som om Ole Dam vidste, at kampen var tabt.',
      [{ text: 'kampen var tabt', speaker: 'Ole Dam' }],
    ],
    [
      'a title opening the sentence is not the role of a place after the name',
      'Skoleinspektør Lise Kjær, Nørre Snede Skole, er træt af sagen.\n\nSkoleinspektøren siger, at sagen er lukket.',
      [{ text: 'sagen er lukket', speaker: 'Lise Kjær' }],
    ],
    ['a negated denial in the passive is the writer’s hedge', 'Det kan ikke afvises, at prisen stiger.', []],
    ['fronted, with heller ikke', 'Nægtes kan det heller ikke, at holdet har været uheldigt.', []],
    ['a denial with its agent reports the agent', 'Det afvises af ministeren, at skolen lukker.', [{ text: 'skolen lukker', speaker: 'ministeren' }]],
    [
      'a short sentence in marks right after a noun, with no cue, is a name',
      'Reglen gælder allerede i foreningen "Vi Der Bor Ved Åen." Her er politik forbudt.',
      [],
    ],
    ['a song title after its noun', 'Bandet spillede den nye sang "Hjem igen i aften." for et fuldt hus.', []],
    [
      'a sentence in marks opening its paragraph is still speech',
      'Hun tav et øjeblik.\n\n"Det er slut nu." Så gik hun.',
      [{ text: 'Det er slut nu.', speaker: null }],
    ],
    ['a lone subordinate clause before a post-posed cue is no statement', 'Venstre taber. Mens de konservative går to procent frem, viser den nye måling.', []],
    [
      'a subordinate clause with its main clause is',
      'Når vi vinder, er det fordi vi kæmper, siger Ole Berg.',
      [{ text: 'Når vi vinder, er det fordi vi kæmper', speaker: 'Ole Berg' }],
    ],
    ['an impersonal passive with no agent reports no one', 'Støtten gives, fordi der satses på, at familien flytter til byen.', []],
    [
      'the passive with its agent reports the agent',
      'Det vurderes af politiet, at faren er drevet over.',
      [{ text: 'faren er drevet over', speaker: 'politiet' }],
    ],
    ['no one says what ingen can claim', 'Så ingen kan i hvert fald påstå, at holdet var uheldigt.', []],
    [
      'a sentence that opens with a conjunction takes no subject that cannot speak',
      'Smukt og enkelt var det. Og fortalte os noget om, at byen har forandret sig.',
      [{ text: 'byen har forandret sig', speaker: null }],
    ],
  ],
};

for (const [cls, rows] of Object.entries(classes)) {
  describe(cls, () => {
    for (const [name, text, expected] of rows) {
      it(name, () => {
        const { quotes } = findQuotes(text);
        expect(quotes.map((q) => ({ text: q.text, speaker: q.speaker?.name ?? null }))).toEqual(expected);
      });
    }
  });
}
