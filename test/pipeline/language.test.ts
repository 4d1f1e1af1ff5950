import { describe, expect, it } from 'vitest';
import { extract } from 'citat';
import detectDefault, { detectLanguage, MIN_LETTERS } from 'citat/language';

// Sentences written for these tests: the same content in each language, so that only spelling,
// function words and morphology tell them apart.
const rows: [name: string, code: string, text: string][] = [
  ['Danish: af/efter/sit arbejde', 'da', 'Regeringen vil ikke sige noget om sagen, før udvalget har afsluttet sit arbejde.'],
  ['Bokmål: noe/saken/sitt arbeid', 'nb', 'Regjeringen vil ikke si noe om saken før utvalget har avsluttet sitt arbeid.'],
  ['Nynorsk: ikkje/seie/noko', 'nn', 'Regjeringa vil ikkje seie noko om saka før utvalet har avslutta arbeidet sitt.'],
  ['Swedish: inte/säga/något', 'sv', 'Regeringen vill inte säga något om saken innan utredningen har avslutat sitt arbete.'],
  ['Danish: havde købt en bog', 'da', 'Hun fortalte, at hun havde købt en ny bog til sin datter i sidste uge.'],
  ['Bokmål: hadde kjøpt en bok', 'nb', 'Hun fortalte at hun hadde kjøpt en ny bok til datteren sin i forrige uke.'],
  ['Nynorsk: ho hadde kjøpt ei bok', 'nn', 'Ho fortalde at ho hadde kjøpt ei ny bok til dottera si i førre veke.'],
  ['Swedish: hade köpt en bok', 'sv', 'Hon berättade att hon hade köpt en ny bok till sin dotter förra veckan.'],
  ['Danish: blev enige om at mødes igen', 'da', 'Vi blev enige om at mødes igen efter sommerferien for at se på tallene.'],
  ['Bokmål: ble enige om å møtes igjen', 'nb', 'Vi ble enige om å møtes igjen etter sommerferien for å se på tallene.'],
  ['Nynorsk: vart einige om å møtast', 'nn', 'Vi vart einige om å møtast att etter sommarferien for å sjå på tala.'],
  ['Swedish: blev överens om att träffas', 'sv', 'Vi blev överens om att träffas igen efter sommarlovet för att titta på siffrorna.'],
  ['Danish: meget/hvad/mellem', 'da', 'Der er meget, vi endnu ikke ved om, hvad der skete mellem de to mænd.'],
  ['Bokmål: mye/hva/mellom', 'nb', 'Det er mye vi ennå ikke vet om hva som skjedde mellom de to mennene.'],
  ['Danish: bliver nødt til at spare', 'da', 'Borgmesteren siger, at kommunen bliver nødt til at spare på skolerne.'],
  ['Bokmål: blir nødt til å spare', 'nb', 'Ordføreren sier at kommunen blir nødt til å spare på skolene.'],
  ['Danish: -hed and soft consonants', 'da', 'Sikkerheden på gaden er blevet bedre, mener politiet i byen.'],
  ['Bokmål: -het and hard consonants', 'nb', 'Sikkerheten i gaten har blitt bedre, mener politiet i byen.'],
  ['Danish: -ence, projekt, ud-', 'da', 'Konkurrencen om projekterne er blevet hårdere, og virksomhederne udvikler nye produkter.'],
  ['Bokmål: -anse, prosjekt, ut-', 'nb', 'Konkurransen om prosjektene har blitt hardere, og bedriftene utvikler nye produkter.'],
  ['Danish: ind-, -dygtig', 'da', 'Aftalen indebærer, at konkurrencedygtige firmaer får lov at byde.'],
  ['Bokmål: inn-, -dyktig', 'nb', 'Avtalen innebærer at konkurransedyktige firmaer får lov til å by.'],
  ['Danish: undersøgelse, læser', 'da', 'Undersøgelsen viser, at færre unge læser aviser.'],
  ['Bokmål: undersøkelse, leser', 'nb', 'Undersøkelsen viser at færre unge leser aviser.'],
  ['Nynorsk: undersøkinga, les', 'nn', 'Undersøkinga viser at færre unge les aviser.'],
  ['Swedish: undersökningen, läser', 'sv', 'Undersökningen visar att färre unga läser tidningar.'],
  ['Danish headline: vejret, bliver, koldt', 'da', 'Vejret bliver koldt i weekenden'],
  ['Bokmål headline: været, blir, kaldt', 'nb', 'Været blir kaldt i helgen'],
  ['Danish: a short greeting', 'da', 'Hej med dig'],
  ['Danish: a list of foreign names', 'da', 'Ud over værterne sender også Ghana, Nigeria, Senegal, Mali og Elfenbenskysten ministre til topmødet.'],
  ['Danish: foreign names with accents', 'da', 'Islands statsminister, Katrín Jakobsdóttir, mødtes med den norske udenrigsminister i går.'],
  ['Danish: an Icelandic name with ð in it', 'da', 'Statsministeren mødtes i går med sin islandske kollega Sigurður Guðmundsson i København.'],
];

describe('detectLanguage: Danish, Bokmål, Nynorsk and Swedish that are easy to confuse', () => {
  it.each(rows)('%s → %s', (_name, code, text) => {
    expect(detectLanguage(text).code).toBe(code);
  });

  it('is also the default export', () => {
    expect(detectDefault(rows[0]![2]).code).toBe('da');
  });
});

describe('detectLanguage: too little to go on', () => {
  it.each([
    ['a single short word', 'Ja.'],
    ['a four-letter word', 'Nej!'],
    ['only digits and signs', '12 345 – 67 %'],
    ['nothing', ''],
    ['a few letters with no Scandinavian word, too short for franc', 'Qwerty Zxcv'],
    ['Icelandic (ð þ; franc has no Icelandic profile)', 'Ráðherrann sagði á þriðjudag að viðræðurnar myndu halda áfram í næstu viku.'],
    ['Faroese (ð and acute vowels; no franc profile either)', 'Ministarin segði týsdagin, at samráðingarnar halda fram í næstu viku.'],
  ])('%s → und with confidence 0', (_name, text) => {
    const r = detectLanguage(text);
    expect(r.code).toBe('und');
    expect(r.confidence).toBe(0);
  });

  it('needs at least MIN_LETTERS letters', () => {
    expect(MIN_LETTERS).toBeGreaterThanOrEqual(5);
    // one letter short of the minimum, with a Danish-only letter: still too little
    expect(detectLanguage('Bøde').code).toBe('und');
  });
});

describe('detectLanguage: scores', () => {
  it.each([
    ['a Danish sentence', rows[0]![2]],
    ['an English sentence', 'The minister said on Tuesday that the talks would continue next week.'],
    ['a German sentence', 'Der Minister sagte am Dienstag, dass die Gespräche nächste Woche weitergehen.'],
  ])('%s has scores for da, nb, nn, sv, en and de between 0 and 1', (_name, text) => {
    const { scores } = detectLanguage(text);
    for (const code of ['da', 'nb', 'nn', 'sv', 'en', 'de']) {
      expect(scores[code]).toBeGreaterThanOrEqual(0);
      expect(scores[code]).toBeLessThanOrEqual(1);
    }
  });

  it.each([
    ['Dutch', 'nl', 'De minister zei dinsdag dat de gesprekken volgende week worden voortgezet.'],
    ['French', 'fr', 'Le ministre a déclaré mardi que les discussions se poursuivraient la semaine prochaine.'],
    ['Spanish', 'es', 'El ministro dijo el martes que las conversaciones continuarán la próxima semana.'],
    ['Finnish', 'fi', 'Ministeri sanoi tiistaina, että neuvottelut jatkuvat ensi viikolla.'],
    ['an English headline', 'en', 'Prices rose sharply in the last quarter.'],
  ])('names %s, which is not Scandinavian', (_name, code, text) => {
    expect(detectLanguage(text).code).toBe(code);
  });

  it('tells English and German from the Scandinavian languages', () => {
    expect(detectLanguage('The minister said on Tuesday that the talks would continue next week.').code).toBe('en');
    expect(detectLanguage('Der Minister sagte am Dienstag, dass die Gespräche nächste Woche weitergehen.').code).toBe('de');
  });

  it('is more confident on a paragraph than on one short sentence', () => {
    const paragraph = rows
      .filter(([, code]) => code === 'da')
      .map(([, , t]) => t)
      .join(' ');
    expect(detectLanguage(paragraph).confidence).toBeGreaterThan(detectLanguage('Det er godt.').confidence);
  });
});

describe('language stage in the pipeline', () => {
  it('reports an English paragraph inside a Danish article', () => {
    const text = [
      'Borgmesteren siger, at kommunen bliver nødt til at spare på skolerne næste år.',
      '"We will not accept any cuts to the schools in this city," the union leader said on Monday.',
      'Hun fortalte, at hun havde talt med forældrene om sagen i sidste uge.',
    ].join('\n\n');
    const doc = extract(text);
    expect(doc.language.code).toBe('da');
    expect(doc.language.paragraphs?.map((p) => p.code)).toEqual(['da', 'en', 'da']);
  });

  it('calls an article Danish when most of it is Danish, even with long English quotes', () => {
    const text = [
      'Direktøren for rederiet fortalte i går på et møde med de ansatte, at selskabet havde tabt mange penge i år, og at der nu skulle spares på alt.',
      '"We have been through difficult times before, and we will get through this one as well, but it will take all of us," the director told the staff in English.',
      'Mange af de ansatte havde ikke ventet, at det ville gå så hurtigt, og flere af dem sagde bagefter, at de var bekymrede for deres arbejde.',
      '"There is no reason to panic, but there is every reason to be careful with the money that we have left," she added.',
      'Tillidsmanden vil nu tale med ledelsen om, hvad der skal ske med de medarbejdere, der mister deres job, når afdelingen lukker til sommer.',
    ].join('\n\n');
    const doc = extract(text);
    expect(doc.language.paragraphs?.map((p) => p.code)).toEqual(['da', 'en', 'da', 'en', 'da']);
    expect(doc.language.code).toBe('da');
    expect(doc.warnings.join(' ')).not.toMatch(/not Danish/);
  });

  it('does not run the Danish rules on a Norwegian article, and says so', () => {
    const text = '«Vi ble enige om å møtes igjen etter sommerferien,» sier ordføreren.\n\nHun sier at kommunen blir nødt til å spare på skolene.';
    const doc = extract(text);
    expect(doc.language.code).toBe('nb');
    expect(doc.warnings.join(' ')).toMatch(/not Danish/);
    expect(doc.quotes).toEqual([]);
  });
});

describe('scores are one distribution: they sum to 1 and the chosen language scores its confidence', () => {
  // Texts of our own in languages franc decides (English, German, French) and languages the
  // Scandinavian model decides, long and short.
  const texts: [name: string, text: string][] = [
    ['English', 'The council will not comment on the matter until the committee has finished its work.'],
    ['German', 'Der Rat will sich nicht zu der Sache äußern, bevor der Ausschuss seine Arbeit beendet hat.'],
    ['French', "Le conseil ne veut pas commenter l'affaire avant que la commission ait terminé son travail."],
    ['Danish', rows[0]![2]],
    ['Bokmål', rows[1]![2]],
    ['Swedish', rows[3]![2]],
    ['a short Danish line', 'Det er en god dag'],
    ['a short English line', 'Good morning to you all'],
  ];
  it.each(texts)('%s', (_name, text) => {
    const r = detectLanguage(text);
    const sum = Object.values(r.scores).reduce((a, b) => a + b, 0);
    expect(Math.abs(sum - 1)).toBeLessThanOrEqual(0.005);
    for (const code of ['da', 'nb', 'nn', 'sv', 'en', 'de']) expect(r.scores).toHaveProperty(code);
    if (r.code !== 'und') expect(r.scores[r.code]).toBe(r.confidence);
    expect(Math.max(...Object.values(r.scores))).toBe(r.code === 'und' ? Math.max(...Object.values(r.scores)) : r.confidence);
  });

  it('the document: its scores sum to 1 too, and a text too short to measure scores 0 everywhere', () => {
    const doc = extract('"Vi er klar," siger hun.\n\nThe council will not comment on the matter until the committee has finished its work.', {
      id: 'x',
      force: true,
    });
    expect(Math.abs(Object.values(doc.language.scores).reduce((a, b) => a + b, 0) - 1)).toBeLessThanOrEqual(0.005);
    expect(Object.values(detectLanguage('Hej').scores).every((s) => s === 0)).toBe(true);
  });
});
