import { describe, expect, it } from 'vitest';
import { AMBIGUOUS_GENDER_NAMES, FEMALE_FIRST_NAMES, MALE_FIRST_NAMES, genderOfFirstName } from '../../src/lexicon/first-names.js';
import { NON_NAME_CAPITALS, SENTENCE_ADVERBS, SUBJECT_PRONOUNS } from '../../src/lexicon/clause-words.js';
import { documentLemma, isOrganisationWord, WELL_KNOWN_ACRONYM_BODIES } from '../../src/lexicon/organisations.js';
import { REPORTING_NOUN_CUES, REPORTING_VERBS, lookupNounForm, lookupVerbEntries, lookupVerbForm } from '../../src/lexicon/reporting-verbs.js';
import { groupNounLemma, isNationalityAdjective, ROLE_NOUNS, roleGender, roleLemma } from '../../src/lexicon/roles.js';

describe('reporting verbs', () => {
  it('has well over a hundred distinct verbs', () => {
    expect(new Set(REPORTING_VERBS.map((v) => v.lemma)).size).toBeGreaterThanOrEqual(120);
  });

  it('lists every form in lower case, once per verb, with the lemma among them', () => {
    for (const verb of REPORTING_VERBS) {
      for (const form of verb.forms) expect(form, verb.lemma).toBe(form.toLowerCase());
      expect(new Set(verb.forms).size, verb.lemma).toBe(verb.forms.length);
      expect(verb.forms, verb.lemma).toContain(verb.lemma);
    }
  });

  it.each([
    ['past tense in "sagde han"', 'sagde', 'sige', undefined],
    ['participle in "har sagt"', 'sagt', 'sige', undefined],
    ['opinion in "mente hun"', 'mente', 'mene', undefined],
    ['past in "oplyste politiet"', 'oplyste', 'oplyse', undefined],
    ['passive in "det oplyses"', 'oplyses', 'oplyse', undefined],
    ['past passive in "det sagdes"', 'sagdes', 'sige', undefined],
    ['particle verb "peger på"', 'peger', 'pege', 'på'],
    ['particle verb "slog fast"', 'slog', 'slå', 'fast'],
    ['capitalised at sentence start "Tilføjer"', 'Tilføjer', 'tilføje', undefined],
    ['strong past "skrev"', 'skrev', 'skrive', undefined],
    ['deponent "synes"', 'synes', 'synes', undefined],
  ])('finds the %s', (_name, word, lemma, particle) => {
    const entry = lookupVerbForm(word);
    expect(entry?.lemma).toBe(lemma);
    expect(entry?.particle).toBe(particle);
  });

  it.each([
    ['a noun', 'bilen'],
    ['a preposition', 'efter'],
    ['"findes" (exists), not a cue', 'findes'],
    ['"så" (so, then), left out as the past of "se"', 'så'],
    ['"ved" (by), left out as the present of "vide"', 'ved'],
    ['"når" (when)', 'når'],
    ['"fortsat" (still)', 'fortsat'],
  ])('does not take %s for a reporting verb', (_name, word) => {
    expect(lookupVerbForm(word)).toBeUndefined();
  });

  it('knows every particle reading of "gør" (opmærksom på, gældende, klart)', () => {
    const particles = lookupVerbEntries('gjorde').map((v) => v.particle);
    expect(particles).toEqual(expect.arrayContaining(['opmærksom på', 'gældende', 'klart']));
  });

  it('prefers the plain reading of "finder" over "finder ud af"', () => {
    expect(lookupVerbForm('finder')?.particle).toBeUndefined();
    expect(lookupVerbEntries('finder').some((v) => v.particle === 'ud af')).toBe(true);
  });

  it('classes calls and accusations apart from speech', () => {
    expect(lookupVerbForm('opfordrede')?.cls).toBe('call');
    expect(lookupVerbForm('beskyldte')?.cls).toBe('accusation');
    expect(lookupVerbForm('vurderer')?.cls).toBe('opinion');
  });

  it('has the fixed cues "ifølge", "lyder det fra" and "hedder det i", longer patterns first', () => {
    const ids = REPORTING_NOUN_CUES.map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining(['ifølge', 'lyder-det-fra', 'hedder-det-i', 'efter-mening']));
    expect(ids.indexOf('lyder-det-fra')).toBeLessThan(ids.indexOf('lyder-det'));
    const lyder = REPORTING_NOUN_CUES.find((c) => c.id === 'lyder-det-fra');
    expect(lyder?.words[0]).toContain('lød');
  });

  it.each([
    ['"Budskabet er, at …"', 'budskabet', 'budskab'],
    ['"kravet om, at …"', 'kravet', 'krav'],
    ['"advarslerne"', 'advarslerne', 'advarsel'],
  ])('finds the cue noun in %s', (_name, word, lemma) => {
    expect(lookupNounForm(word)?.lemma).toBe(lemma);
  });
});

describe('first names', () => {
  it('has several hundred names of each gender', () => {
    expect(FEMALE_FIRST_NAMES.size).toBeGreaterThan(300);
    expect(MALE_FIRST_NAMES.size).toBeGreaterThan(300);
  });

  it('puts no name in both gender lists, nor an ambiguous name in either', () => {
    for (const name of FEMALE_FIRST_NAMES) expect(MALE_FIRST_NAMES.has(name), name).toBe(false);
    for (const name of AMBIGUOUS_GENDER_NAMES) {
      expect(FEMALE_FIRST_NAMES.has(name) || MALE_FIRST_NAMES.has(name), name).toBe(false);
    }
  });

  it.each([
    ["a common Danish woman's name", 'Mette', 'f'],
    ["a common Danish man's name", 'Søren', 'm'],
    ['an older Danish name', 'Ingeborg', 'f'],
    ['a hyphenated name, by its first part', 'Anne-Sophie', 'f'],
    ['a hyphenated French name listed whole', 'Jean-Luc', 'm'],
    ['a Russian name', 'Dmitrij', 'm'],
    ['a Turkish name without its cedilla', 'Ayse', 'f'],
    ['a French name with accents', 'Ségolène', 'f'],
    ['a genitive with an apostrophe', "Lars'", 'm'],
    ["a genitive of a woman's name", 'Hannes', 'f'],
    ['a name used for both genders', 'Kim', undefined],
    ['Italian male / English female Andrea', 'Andrea', undefined],
    ['a word that is no name', 'Regeringen', undefined],
    ['upper case', 'LARS', 'm'],
  ])('%s: %s → %s', (_name, name, gender) => {
    expect(genderOfFirstName(name)).toBe(gender);
  });
});

describe('roles', () => {
  it('has at least two hundred role nouns, all lower case', () => {
    expect(ROLE_NOUNS.length).toBeGreaterThanOrEqual(200);
    for (const role of ROLE_NOUNS) expect(role).toBe(role.toLowerCase());
  });

  it.each([
    ['definite singular', 'præsidenten', 'præsident'],
    ['definite genitive', 'ministerens', 'minister'],
    ['definite plural', 'direktørerne', 'direktør'],
    ['-e noun, definite', 'overlægen', 'overlæge'],
    ['-mand noun, definite', 'talsmanden', 'talsmand'],
    ['-mand noun, irregular plural', 'talsmændene', 'talsmand'],
    ['syncopated plural', 'ministrene', 'minister'],
    ['syncopated plural of a compound', 'borgmestre', 'borgmester'],
    ['doubled consonant', 'medlemmerne', 'medlem'],
    ['-er agent noun, definite plural', 'lærerne', 'lærer'],
    ['unlisted compound by its head', 'afdelingschefen', 'afdelingschef'],
    ['unlisted compound with a hyphen', 'EU-kommissæren', 'eu-kommissær'],
    ['capitalised at sentence start', 'Statsministeren', 'statsminister'],
    ['neuter definite', 'vidnet', 'vidne'],
  ])('%s: %s → %s', (_name, word, lemma) => {
    expect(roleLemma(word)).toBe(lemma);
  });

  it.each([
    ['"manden" is just "the man"', 'manden'],
    ['"kvinden" is just "the woman"', 'kvinden'],
    ['"faren" → no, "farer" (dangers) is no father', 'farer'],
    ['an organisation', 'politiet'],
    ['a verb', 'siger'],
    ['"billederne" (the pictures) is not bil + leder', 'billederne'],
    ['"overvejer" (considers) is not an owner', 'overvejer'],
    ['"moderne" (modern) is no mother', 'moderne'],
    ['"indsats" (effort) is no inmate', 'indsats'],
    ['"lejren" (the camp) is no tenant', 'flygtningelejren'],
    ['"støjsvagt" (quiet) is no guard', 'støjsvagt'],
    ['"udarbejder" (prepares) is no worker', 'udarbejder'],
    ['"semester" is no master', 'semester'],
  ])('is not a role: %s', (_name, word) => {
    expect(roleLemma(word)).toBeUndefined();
  });

  it.each([
    ['talskvinde', 'f'],
    ['formand', 'm'],
    ['sangerinde', 'f'],
    ['direktør', undefined],
  ])('gender of the role %s is %s', (lemma, gender) => {
    expect(roleGender(lemma)).toBe(gender);
  });

  it.each([
    ['beboerne', 'beboere'],
    ['eksperterne', 'eksperter'],
    ['forældrene', 'forældre'],
    ['befolkningen', 'befolkning'],
  ])('group noun %s → %s', (word, lemma) => {
    expect(groupNounLemma(word)).toBe(lemma);
  });

  it('knows nationality adjectives in both forms', () => {
    expect(isNationalityAdjective('amerikanske')).toBe(true);
    expect(isNationalityAdjective('russisk')).toBe(true);
    expect(isNationalityAdjective('store')).toBe(false);
  });
});

describe('organisations', () => {
  it.each([
    ['the police', 'politiet', true],
    ['a genitive', 'regeringens', true],
    ['a ministry compound', 'Udenrigsministeriet', true],
    ['a parish council', 'menighedsrådet', true],
    ['the parliament', 'Folketinget', true],
    ['a court', 'landsretten', true],
    ['a plural of bodies', 'myndighederne', true],
    ['"forbundet med" (connected with)', 'forbundet', false],
    ['copyright is no court', 'ophavsretten', false],
    ['a person', 'præsidenten', false],
    ['a document', 'rapporten', false],
    ['"området" (the area) is not om + rådet', 'sundhedsområdet', false],
    ['"udstyret" (the equipment) is not ud + styret', 'udstyret', false],
    ['"ret" (quite, right) alone', 'ret', false],
    ['a town council, a two-letter compound', 'byrådet', true],
  ])('%s: %s → %s', (_name, word, expected) => {
    expect(isOrganisationWord(word)).toBe(expected);
  });

  it('knows the widely known acronym bodies by their usual spelling', () => {
    for (const body of ['FN', 'EU', 'NATO', 'WHO', 'DSB', 'DR', 'TV 2']) expect(WELL_KNOWN_ACRONYM_BODIES.has(body), body).toBe(true);
  });

  it.each([
    ['rapporten', 'rapport'],
    ['undersøgelsens', 'undersøgelse'],
    ['notatet', 'notat'],
    ['ansvaret', undefined],
  ])('document noun %s → %s', (word, lemma) => {
    expect(documentLemma(word)).toBe(lemma);
  });
});

describe('function words', () => {
  it('gives han and hun their gender, and de its number', () => {
    expect(SUBJECT_PRONOUNS.get('han')?.gender).toBe('m');
    expect(SUBJECT_PRONOUNS.get('hun')?.gender).toBe('f');
    expect(SUBJECT_PRONOUNS.get('de')?.plural).toBe(true);
    expect(SUBJECT_PRONOUNS.get('det')?.gender).toBeUndefined();
  });

  it('keeps sentence adverbs that stand between a cue and "at"', () => {
    for (const word of ['også', 'dog', 'desuden', 'imidlertid', 'fortsat']) expect(SENTENCE_ADVERBS.has(word), word).toBe(true);
  });

  it('lists capitalised sentence starters that are never names, but not those that are names too', () => {
    for (const word of ['det', 'men', 'og', 'så', 'hvis', 'når', 'i', 'på']) expect(NON_NAME_CAPITALS.has(word), word).toBe(true);
    for (const word of ['hans', 'per', 'august']) expect(NON_NAME_CAPITALS.has(word), word).toBe(false);
    for (const word of NON_NAME_CAPITALS) {
      expect(FEMALE_FIRST_NAMES.has(word) || MALE_FIRST_NAMES.has(word), word).toBe(false);
    }
  });
});
