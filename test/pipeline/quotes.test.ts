import { describe, expect, it } from 'vitest';
import { findQuotes } from 'citat/quotes';

// One row per class of quote the stage must find, in sentences written for this test.
// [name, text, expected quotes as { kind, text, cue, speaker }]
type Row = [string, string, { kind: string; text: string; cue: string | null; speaker: string | null }[]];

const rows: Row[] = [
  [
    'direct with inverted cue and full name',
    '"Vi åbner butikken igen i morgen," siger Mette Kjærgaard.',
    [{ kind: 'direct', text: 'Vi åbner butikken igen i morgen,', cue: 'siger', speaker: 'Mette Kjærgaard' }],
  ],
  [
    'direct in guillemets',
    '»Det bliver en hård vinter,« sagde Lars Holm.',
    [{ kind: 'direct', text: 'Det bliver en hård vinter,', cue: 'sagde', speaker: 'Lars Holm' }],
  ],
  [
    'speech-dash paragraph',
    '- Vi har ikke råd til flere lukninger, siger Birgitte Lund.',
    [{ kind: 'direct', text: 'Vi har ikke råd til flere lukninger,', cue: 'siger', speaker: 'Birgitte Lund' }],
  ],
  [
    'interrupted quote: two quotes, one speaker',
    '"Vi ønsker en aftale," sagde Jens Bruun, "men ikke for enhver pris."',
    [
      { kind: 'direct', text: 'Vi ønsker en aftale,', cue: 'sagde', speaker: 'Jens Bruun' },
      { kind: 'direct', text: 'men ikke for enhver pris.', cue: 'sagde', speaker: 'Jens Bruun' },
    ],
  ],
  [
    'colon before the quote',
    'Formanden Ole Vestergaard siger: "Det her er kun begyndelsen."',
    [{ kind: 'direct', text: 'Det her er kun begyndelsen.', cue: 'siger', speaker: 'Ole Vestergaard' }],
  ],
  [
    'indirect at-clause, subject first',
    'Hanne Brix mener, at kommunen bør bygge flere boliger.',
    [{ kind: 'indirect', text: 'kommunen bør bygge flere boliger', cue: 'mener', speaker: 'Hanne Brix' }],
  ],
  [
    'indirect at-clause, perfect tense',
    'Peter Holm har tidligere sagt, at han vil stille op igen.',
    [{ kind: 'indirect', text: 'han vil stille op igen', cue: 'sagt', speaker: 'Peter Holm' }],
  ],
  [
    'ifølge before the clause',
    'Ifølge Beredskabsstyrelsen er tre huse brændt ned.',
    [{ kind: 'indirect', text: 'er tre huse brændt ned', cue: 'Ifølge', speaker: 'Beredskabsstyrelsen' }],
  ],
  [
    'post-posed cue without marks',
    'Priserne stiger med fem procent næste år, oplyser Karin Dahl.',
    [{ kind: 'indirect', text: 'Priserne stiger med fem procent næste år', cue: 'oplyser', speaker: 'Karin Dahl' }],
  ],
  [
    'Det oplyser X. points back',
    'Skolen lukker efter sommerferien. Det oplyser Søren Mørk.',
    [{ kind: 'indirect', text: 'Skolen lukker efter sommerferien', cue: 'oplyser', speaker: 'Søren Mørk' }],
  ],
  [
    'mixed: quoted fragment inside indirect speech',
    'Anna Krog siger, at planen er "et skridt i den rigtige retning".',
    [{ kind: 'mixed', text: 'planen er "et skridt i den rigtige retning"', cue: 'siger', speaker: 'Anna Krog' }],
  ],
  [
    'predicative cue: er overbevist om, at',
    'Lægen er overbevist om, at behandlingen virker.',
    [{ kind: 'indirect', text: 'behandlingen virker', cue: 'overbevist om', speaker: 'Lægen' }],
  ],
  [
    'at-less clause after an opinion verb',
    'Sofie Winther mener, det bliver dyrt.',
    [{ kind: 'indirect', text: 'det bliver dyrt', cue: 'mener', speaker: 'Sofie Winther' }],
  ],
  [
    'relative clause: the subject is what it hangs on',
    'Sagen er anlagt af tre naboer, der mener, at støjen er ulovlig.',
    [{ kind: 'indirect', text: 'støjen er ulovlig', cue: 'mener', speaker: 'tre naboer' }],
  ],
  [
    'parenthetical cue takes the whole sentence',
    'Den største fejl, siger han, var at vente for længe.',
    [{ kind: 'indirect', text: 'Den største fejl, siger han, var at vente for længe', cue: 'siger', speaker: null }],
  ],
  [
    'ifølge inside a relative clause',
    'Det er en bande, der ifølge politiet har stjålet tyve biler.',
    [{ kind: 'indirect', text: 'har stjålet tyve biler', cue: 'ifølge', speaker: 'politiet' }],
  ],
  ['ifølge meaning "in accordance with" is no quote', 'Arbejdet skrider frem ifølge en fast plan.', []],
  [
    'post-posed passive with no source',
    'Prisen vil stige igen til foråret, vurderes det.',
    [{ kind: 'indirect', text: 'Prisen vil stige igen til foråret', cue: 'vurderes det', speaker: null }],
  ],
  ["a question in running text is the journalist's", 'Men mener ministeren virkelig, at det er rimeligt?', []],
  ['a conditional clause reports nothing yet', 'Hvis politiet vurderer, at der er fare, lukkes vejen.', []],
  [
    'coordinated verbs share their subject',
    'Det lokale råd protesterede i går og krævede, at sagen genoptages.',
    [{ kind: 'indirect', text: 'sagen genoptages', cue: 'krævede', speaker: 'Det lokale råd' }],
  ],
  [
    'Norwegian-style guillemets in wire copy',
    '«Vi må vente,» siger Per Olsen.',
    [{ kind: 'direct', text: 'Vi må vente,', cue: 'siger', speaker: 'Per Olsen' }],
  ],
  [
    'Danish guillemets, closing paragraph of a long quote',
    '»Vi begynder i morgen.\n\nOg vi slutter først, når alt er færdigt,« siger Eva Storm.',
    [
      { kind: 'direct', text: 'Vi begynder i morgen.', cue: null, speaker: 'Eva Storm' },
      { kind: 'direct', text: 'Og vi slutter først, når alt er færdigt,', cue: 'siger', speaker: 'Eva Storm' },
    ],
  ],
  [
    'low-high marks, a paragraph that only closes the quote',
    '„Vi begynder i morgen.\n\nOg vi slutter først, når alt er færdigt,“ siger Eva Storm.',
    [
      { kind: 'direct', text: 'Vi begynder i morgen.', cue: null, speaker: 'Eva Storm' },
      { kind: 'direct', text: 'Og vi slutter først, når alt er færdigt,', cue: 'siger', speaker: 'Eva Storm' },
    ],
  ],
  [
    'a long quote whose middle paragraph lost its marks',
    '"Først kom regnen.\n\nSå kom stormen, og taget blæste af.\n\nTil sidst gik strømmen," siger Lars Dam.',
    [
      { kind: 'direct', text: 'Først kom regnen.', cue: null, speaker: 'Lars Dam' },
      { kind: 'direct', text: 'Så kom stormen, og taget blæste af.', cue: null, speaker: 'Lars Dam' },
      { kind: 'direct', text: 'Til sidst gik strømmen,', cue: 'siger', speaker: 'Lars Dam' },
    ],
  ],
  [
    'a speech dash after the attribution opens more speech',
    '- Vi er klar, siger Ida Holm. - Men vi mangler penge.',
    [
      { kind: 'direct', text: 'Vi er klar,', cue: 'siger', speaker: 'Ida Holm' },
      { kind: 'direct', text: 'Men vi mangler penge.', cue: 'siger', speaker: 'Ida Holm' },
    ],
  ],
  [
    'men-coordinated verbs share their subject',
    'Partiet støtter forslaget, men ser gerne, at det bliver billigere.',
    [{ kind: 'indirect', text: 'det bliver billigere', cue: 'ser', speaker: 'Partiet' }],
  ],
  [
    'den stands for a body named just before',
    'Miljøstyrelsen har undersøgt sagen. Den konstaterer, at vandet er rent.',
    [{ kind: 'indirect', text: 'vandet er rent', cue: 'konstaterer', speaker: 'Miljøstyrelsen' }],
  ],
  [
    'a second source after the cue does not swallow the direct quote',
    '"Vi venter," siger Ole Bruun ifølge avisen.',
    [{ kind: 'direct', text: 'Vi venter,', cue: 'siger', speaker: 'Ole Bruun' }],
  ],
  [
    'at have sagt: the governing verb has the subject',
    'Ministeren citeres for at have sagt, at skatten skal ned.',
    [{ kind: 'indirect', text: 'skatten skal ned', cue: 'sagt', speaker: 'Ministeren' }],
  ],
  [
    'a quote never closed goes on through first-person paragraphs',
    'Træneren Kim Poulsen var skuffet.\n\n"Vi spillede under niveau i dag.\n\nJeg må tage ansvaret for det.\n\nHoldet rejser hjem i morgen.',
    [
      { kind: 'direct', text: 'Vi spillede under niveau i dag.', cue: null, speaker: 'Kim Poulsen' },
      { kind: 'direct', text: 'Jeg må tage ansvaret for det.', cue: null, speaker: 'Kim Poulsen' },
    ],
  ],
  [
    'a pronoun after a speech-dash paragraph is the speaker its attribution named',
    '- Vi skal have flere busser, siger Anders Holt.\n\nHan understreger, at billetterne ikke må blive dyrere.',
    [
      { kind: 'direct', text: 'Vi skal have flere busser,', cue: 'siger', speaker: 'Anders Holt' },
      { kind: 'indirect', text: 'billetterne ikke må blive dyrere', cue: 'understreger', speaker: 'Anders Holt' },
    ],
  ],
  [
    'ifølge with a pronoun in the object form',
    'Tandlæge Sif Brandt har haft travlt i hele vinter.\n\nIfølge hende er ventetiden nu over et halvt år.',
    [{ kind: 'indirect', text: 'er ventetiden nu over et halvt år', cue: 'Ifølge', speaker: 'Sif Brandt' }],
  ],
  [
    'lyder det fra ham: the object pronoun points back',
    'Købmand Erik Vind står bag disken.\n\n"Folk handler mere lokalt nu," lyder det fra ham.',
    [{ kind: 'direct', text: 'Folk handler mere lokalt nu,', cue: 'lyder det fra', speaker: 'Erik Vind' }],
  ],
  [
    'Sådan lyder det fra X in the paragraph after a speech-dash paragraph',
    '- Vi må lukke butikken før jul.\n\nSådan lyder det fra købmand Per Rask.',
    [{ kind: 'direct', text: 'Vi må lukke butikken før jul.', cue: 'lyder det fra', speaker: 'Per Rask' }],
  ],
  [
    'Sådan lød det with an adverbial before fra',
    '"Vi har ventet i tre år."\n\nSådan lød det med tårer i øjnene fra Hanne Vig.',
    [{ kind: 'direct', text: 'Vi har ventet i tre år.', cue: 'lød det', speaker: 'Hanne Vig' }],
  ],
  [
    'a role of a body with its holder in apposition',
    '"Vi vil have svar nu," siger formanden for Danske Skoleelever (DSE), Ida Berg.',
    [{ kind: 'direct', text: 'Vi vil have svar nu,', cue: 'siger', speaker: 'Ida Berg' }],
  ],
  [
    'de after two people named together: they speak as one group',
    'Skolelederne Mads Ibsen og Tove Gram har skrevet til ministeren.\n\nDe mener, at klasserne er for store.',
    [{ kind: 'indirect', text: 'klasserne er for store', cue: 'mener', speaker: 'Mads Ibsen og Tove Gram' }],
  ],
  [
    'de after a list of three names',
    'Forskerne Eva Lind, Ole Skov og Kim Thy har målt vandstanden.\n\nDe siger, at havet stiger.',
    [{ kind: 'indirect', text: 'havet stiger', cue: 'siger', speaker: 'Eva Lind, Ole Skov og Kim Thy' }],
  ],
  [
    'a medium among others as the source of skriver',
    'Kaffe kan forlænge livet, skrev blandt andre Dagbladet Vest.',
    [{ kind: 'indirect', text: 'Kaffe kan forlænge livet', cue: 'skrev', speaker: 'Dagbladet Vest' }],
  ],
  [
    'lyder det with a time adverbial before its fra',
    '"Renten stiger igen," lød det i går fra Sparekassen Nord.',
    [{ kind: 'direct', text: 'Renten stiger igen,', cue: 'lød det', speaker: 'Sparekassen Nord' }],
  ],
  ['a speech dash without its space', '-Vi kommer igen, siger Rie Falk.', [{ kind: 'direct', text: 'Vi kommer igen,', cue: 'siger', speaker: 'Rie Falk' }]],
  [
    'a nickname in marks inside indirect speech does not make it mixed',
    'Anklageren mener, at "Bulder" planlagde kuppet i april.',
    [{ kind: 'indirect', text: '"Bulder" planlagde kuppet i april', cue: 'mener', speaker: 'Anklageren' }],
  ],
  [
    'At opening the next sentence goes on reporting',
    'Politiet mener, at tyven kom om natten. At han kendte huset, er også sandsynligt.',
    [
      { kind: 'indirect', text: 'tyven kom om natten', cue: 'mener', speaker: 'Politiet' },
      { kind: 'indirect', text: 'han kendte huset, er også sandsynligt', cue: 'mener', speaker: 'Politiet' },
    ],
  ],
  [
    'the one brought to say it is the source',
    'Rapporten fik eksperterne til at fastslå, at broen er usikker.',
    [{ kind: 'indirect', text: 'broen er usikker', cue: 'fastslå', speaker: 'eksperterne' }],
  ],
  [
    'an at-clause quoted from its first word is mixed',
    'Borgmesteren sagde i går, "at byen skal vokse".',
    [{ kind: 'mixed', text: '"at byen skal vokse"', cue: 'sagde', speaker: 'Borgmesteren' }],
  ],
  ['understreges af, at: no one speaks', 'Tilliden understreges af, at hun blev genvalgt.', []],
  ['a noun phrase before a post-posed verb is no content', 'Lise Holm, formand for klubben, sagde forleden ved mødet noget andet.', []],
  [
    'an apposition with a prepositional phrase between name and verb',
    'Karen Lund, direktør i firmaet, sagde forleden, at salget stiger.',
    [{ kind: 'indirect', text: 'salget stiger', cue: 'sagde', speaker: 'Karen Lund' }],
  ],
  [
    'a reporting noun with its at-clause',
    'Forældreforeningen kom med et krav om, at skolen genåbner.',
    [{ kind: 'indirect', text: 'skolen genåbner', cue: 'krav om', speaker: 'Forældreforeningen' }],
  ],
  [
    'a reporting noun after a fronted phrase: the subject follows the verb',
    'I debatten havde ministeren det synspunkt, at skatten bør sænkes.',
    [{ kind: 'indirect', text: 'skatten bør sænkes', cue: 'synspunkt', speaker: 'ministeren' }],
  ],
  ['scare quotes are not quotes', 'Byens nye "kulturhus" er endnu ikke åbnet.', []],
  ['a title in quotes is not a quote', 'Hun har læst "Kongens Fald" tre gange.', []],
];

describe('findQuotes: one row per phenomenon', () => {
  for (const [name, text, expected] of rows) {
    it(name, () => {
      const { quotes } = findQuotes(text);
      expect(quotes.map((q) => ({ kind: q.kind, text: q.text, cue: q.cue?.text ?? null, speaker: q.speaker?.name ?? null }))).toEqual(expected);
    });
  }
});

describe('speakers: coreference across an article', () => {
  it('surname, role noun and pronoun resolve to the full name', () => {
    const text = [
      'Borgmester Tove Lindberg vil lukke to skoler.',
      '"Vi har ikke andre muligheder," siger Tove Lindberg.',
      'Lindberg håber, at forældrene vil forstå det.',
      'Borgmesteren siger, at beslutningen er endelig.',
      '"Det er en trist dag," siger hun.',
    ].join('\n\n');
    const { quotes, speakers } = findQuotes(text);
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Tove Lindberg', 'Tove Lindberg', 'Tove Lindberg', 'Tove Lindberg']);
    expect(quotes.map((q) => q.speaker?.resolution)).toEqual(['name', 'alias', 'role', 'pronoun']);
    expect(speakers).toHaveLength(1);
    expect(speakers[0]!.roles).toContain('borgmester');
  });

  it('a paragraph that is all quote continues the previous speaker', () => {
    const text = '"Vi starter i marts," siger Jonas Friis.\n\n"Og så håber vi på godt vejr hele foråret."';
    const { quotes } = findQuotes(text);
    expect(quotes).toHaveLength(2);
    expect(quotes[1]!.cue).toBeNull();
    expect(quotes[1]!.speaker?.name).toBe('Jonas Friis');
    expect(quotes[1]!.speaker?.resolution).toBe('continuation');
  });

  it('names given together speak as a group, and de refers to them', () => {
    const text = 'Vandet er rent, mener forskerne Ole Bak, Rikke Lund og Tim Berg.\n\nDe siger, at prøverne er entydige.';
    const { quotes } = findQuotes(text);
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Ole Bak, Rikke Lund og Tim Berg', 'Ole Bak, Rikke Lund og Tim Berg']);
    expect(quotes[1]!.speaker?.resolution).toBe('pronoun');
  });

  it('a described source keeps the place it is from, and a name there does not speak', () => {
    const { quotes } = findQuotes('"Det er en god aftale," siger en diplomat i Genève.');
    expect(quotes[0]!.speaker?.name).toBe('en diplomat i Genève');
  });

  it('two people with one surname stay two speakers', () => {
    const text = '"Vi flytter," siger Anne Krogh.\n\n"Jeg bliver," siger Mads Krogh.';
    const { quotes, speakers } = findQuotes(text);
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Anne Krogh', 'Mads Krogh']);
    expect(speakers).toHaveLength(2);
  });

  it('a role noun finds its holder named just after', () => {
    const text = 'Trafikchefen erkender, at togene er forsinkede.\n\n"Vi arbejder på det," siger trafikchef Hans Lyng.';
    expect(findQuotes(text).quotes.map((q) => q.speaker?.name)).toEqual(['Hans Lyng', 'Hans Lyng']);
  });

  it('the narrated sentence before an unattributed quote introduces its speaker', () => {
    const text = '"Vi vandt," siger Pia Kjær.\n\nTræner Bo Vang var mindre begejstret.\n\n"Vi spillede dårligt i anden halvleg."';
    expect(findQuotes(text).quotes[1]!.speaker?.name).toBe('Bo Vang');
  });

  it('an age stands for a person (den 52-årige)', () => {
    const text = 'Den 52-årige blev anholdt i går sammen med Jens Mørk.\n\n"Jeg har ikke gjort noget," siger han.';
    expect(findQuotes(text).quotes[0]!.speaker?.name).toBe('Den 52-årige');
  });

  it("an interviewer's question names whom it asks, and the answer after it is theirs", () => {
    const text =
      'Borgmesteren har lukket svømmehallen.\n\nKaren Holm, hvorfor lukker I svømmehallen nu? Er det ikke for tidligt?\n\n»Nej, det mener jeg ikke. Vi har ventet længe nok, og pengene er brugt.«';
    expect(findQuotes(text).quotes.map((q) => q.speaker?.name)).toEqual(['Karen Holm']);
  });

  it('a hun whose chain runs through a sentence opening with hun skips the people that sentence only mentions, and a description a copula names is that name', () => {
    const text = 'En tredje beboer i opgangen er Birthe Lyng.\n\nHun har en nabo, der spiller trompet om natten.\n\n- Vi kan ikke sove længere, siger hun.';
    expect(findQuotes(text).quotes.map((q) => q.speaker?.name)).toEqual(['Birthe Lyng']);
  });

  it('a role with its body ends before the verb of its clause', () => {
    const text = 'Formanden for klubben siger, at banen er lukket hele vinteren.';
    expect(findQuotes(text).speakers.map((s) => s.mentions.map((m) => m.text))).toEqual([['Formanden for klubben']]);
  });

  it('a continuation paragraph continues the direct speech, not an indirect quote in between', () => {
    const text = '"Planen holder ikke," siger Mona Rask om udspillet, som Per Vind har sagt, at han står ved.\n\n"Den er simpelthen for dyr."';
    expect(findQuotes(text).quotes.map((q) => q.speaker?.name)).toEqual(['Mona Rask', 'Per Vind', 'Mona Rask']);
  });

  it('han skips a woman named nearer', () => {
    const text = 'Karsten Bech mødte i går Lise Holm.\n\n"Det var et godt møde," siger han.';
    expect(findQuotes(text).quotes[0]!.speaker?.name).toBe('Karsten Bech');
  });
});
