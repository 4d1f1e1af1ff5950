import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import findNamesDefault, { findNames } from 'citat/names';

const names = (text: string): string[] => findNames(text).map((n) => `${n.text}/${n.type}`);

/** One named row per shape of a name: the text and a name a reader sees in it, with its type. */
const ROWS: [shape: string, text: string, name: string][] = [
  ['a hyphenated first name', 'Planen er klar, siger Lise-Lotte Bruun fra kommunen.', 'Lise-Lotte Bruun/person'],
  ['a hyphenated surname', 'Det oplyser Tove Hald-Madsen til bladet.', 'Tove Hald-Madsen/person'],
  ['a German particle pair', 'Aftalen blev underskrevet af Greta von der Heide i går.', 'Greta von der Heide/person'],
  ['a Dutch particle', 'Ifølge Pieter de Boer er sagen lukket.', 'Pieter de Boer/person'],
  ['a Dutch particle pair', 'Vinderen blev Kees van der Laan fra Utrecht.', 'Kees van der Laan/person'],
  ['a Danish nobility particle', 'Værket er skænket af Ingrid af Ravnsholt.', 'Ingrid af Ravnsholt/person'],
  ['an Arabic particle', 'Talsmanden Khalid bin Rashid afviste kritikken.', 'Khalid bin Rashid/person'],
  ['an al- prefix', 'Forhandleren Samir al-Hakim rejste hjem.', 'Samir al-Hakim/person'],
  ['a middle name', 'Forslaget kommer fra Lars Ulrik Dam Vestergaard.', 'Lars Ulrik Dam Vestergaard/person'],
  ['joined initials', 'Direktør K.B. Holmgaard går af til sommer.', 'K.B. Holmgaard/person'],
  ['spaced initials', 'Bogen er skrevet af P. E. Skovby.', 'P. E. Skovby/person'],
  ['an abbreviated first name', 'Brevet var underskrevet af Chr. Vangsgaard.', 'Chr. Vangsgaard/person'],
  ['initials before an unfamiliar surname', 'Studiet er lavet af A. Berg, K. Tanaka og P. Wu.', 'K. Tanaka/person'],
  ['the last of listed initials and surnames', 'Studiet er lavet af A. Berg, K. Tanaka og P. Wu.', 'P. Wu/person'],
  ['a body in initials before a person', 'Det mener X.Y. Anne Lund om sagen.', 'Anne Lund/person'],
  ['a body in joined initials before a person with a spaced initial', 'Det siger chefen for T.V.S. K. Holm.', 'K. Holm/person'],
  ['… and the body apart', 'Det siger chefen for T.V.S. K. Holm.', 'T.V.S./organization'],
  ['an apostrophe', "Formanden Niamh O'Connell tog ordet.", "Niamh O'Connell/person"],
  ['foreign letters', 'Kokken Ayşe Çakır og lægen Jürgen Böhm blev hædret.', 'Ayşe Çakır/person'],
  ['Vietnamese letters', 'Det siger Trần Thị Hương til avisen.', 'Trần Thị Hương/person'],
  ['a capitalised title is not part of the name', 'Det fortæller Overlæge Helga Strand til avisen.', 'Helga Strand/person'],
  ['a lower-case title is not part of the name', 'Det fortæller overlæge Helga Strand til avisen.', 'Helga Strand/person'],
  ['a genitive keeps its -s', 'Et nyt udspil fra ministeren blev til Sven Kjærsgaards store sejr.', 'Sven Kjærsgaards/person'],
  ['a compound named after a place is not part of its name', 'Vi boede i det gamle Bergens Bryggen-kvarter i en uge.', 'Bergens/place'],
  ['… but a role after the hyphen keeps the body it works for', 'Ifølge Saxo Bank-strategen stiger renten.', 'Saxo Bank-strategen/person'],
  ['a genitive in an apostrophe keeps it', "Det var Jonas' idé at flytte mødet.", "Jonas'/person"],
  ['a person in the genitive ends before a capitalised title', 'Hun har læst Ida Juhls Lange Rejse tre gange.', 'Ida Juhls/person'],
  ['a street named after a person is a place', 'Butikken ligger i Ole Rømers Gade ved torvet.', 'Ole Rømers Gade/place'],
  ['a street named after initials and a surname is a place', 'Trafikken stod stille på P.K. Brandts Allé i morges.', 'P.K. Brandts Allé/place'],
  ['a definite compound on a place noun stays a place', 'Båden lå i Sydhavnen.', 'Sydhavnen/place'],
  ['a park of ordinary words is a place', 'Koncerten holdes i Dronningens Have på lørdag.', 'Dronningens Have/place'],
  ['a body fused before a person', 'Det vurderer Danskebankens Mette Rask.', 'Mette Rask/person'],
  ['a body cut by coordination', 'Sagen efterforskes af Nord- og Østjyllands Politi.', 'Nord- og Østjyllands Politi/organization'],
  ['a body ending in a number', 'Udsendelsen blev vist på TV 2 i aftes.', 'TV 2/organization'],
  ['a country', 'Regeringen i Tyskland vil ikke kommentere sagen.', 'Tyskland/place'],
];

describe('findNames: shapes of names', () => {
  it.each(ROWS)('%s', (_shape, text, name) => {
    expect(names(text)).toContain(name);
  });
});

/**
 * A person named by one word, where the tagger has only the word and its neighbours to go on: at a
 * sentence start before an uncommon verb, or a first name before a conjunction (a single
 * perceptron got these wrong or right depending on the order it saw its training sentences in).
 */
const ONE_WORD_PEOPLE: [what: string, text: string, name: string][] = [
  ['a first name opening a sentence before an uncommon verb', 'Karsten styrtede ned ad trappen i går.', 'Karsten/person'],
  ['a first name opening a sentence before a conjunction', 'Thorbjørn og de andre drenge sad på trappen.', 'Thorbjørn/person'],
  ['a surname after a speech verb', 'Det sagde Brødsgaard, der talte på vegne af udvalget.', 'Brødsgaard/person'],
];

describe('findNames: people named by one word', () => {
  it.each(ONE_WORD_PEOPLE)('%s', (_what, text, name) => {
    expect(names(text)).toContain(name);
  });
});

/**
 * A word no list knows, typed by what stands beside it (person-cues.ts): a title or an age before
 * it, a person's name coordinated with it, a verb of saying after it at a sentence start. And the
 * same places stay places: the cues do not make a person of a word the lists know as a place.
 */
const PERSON_CUES: [what: string, text: string, name: string][] = [
  [
    'a hyphenated surname after a title',
    'Sagen blev forklaret af politimester Krøyer-Aalund, der ikke ville svare på flere spørgsmål.',
    'Krøyer-Aalund/person',
  ],
  ['a surname after a definite role noun', 'Bagefter talte vi med sangeren Morell, som havde spillet i to timer.', 'Morell/person'],
  ['a surname after an age', 'Ifølge den 31-årige Okoye var der ingen vagter ved porten.', 'Okoye/person'],
  ['a surname coordinated after a full name', 'Hun har to døtre, Bente Holm og Tarbensen, som begge bor i byen.', 'Tarbensen/person'],
  ['a surname coordinated before a full name', 'Tarbensen og Ilse Lund var til stede ved mødet.', 'Tarbensen/person'],
  ['a surname that is also an ordinary word, after an age', 'Det fortalte den 41-årige Skov i retten i går.', 'Skov/person'],
  ['a surname that is also an ordinary word, after a title', 'Sagen blev fremlagt af overlæge Hjort, som ledede afdelingen.', 'Hjort/person'],
  [
    'a hyphenated first name before an unknown surname, typed as a body by the tagger',
    'Det klarer Paul-Loup Vernier ca. en gang om året.',
    'Paul-Loup Vernier/person',
  ],
  ['a hyphenated first name whose first part is used by both genders', 'Den slags bøger udgiver Jean-Marc Quillot hvert år.', 'Jean-Marc Quillot/person'],
  ['an unknown word opening a sentence before a verb of saying', 'Okoye mener, at reglerne er for strenge.', 'Okoye/person'],
  ['a town opening a sentence before a verb stays a place', 'Struer vil samarbejde med kommunen.', 'Struer/place'],
  ['countries coordinated with a person stay places', 'Frankrig og Tyskland og Brødsgaard.', 'Tyskland/place'],
];

describe('findNames: a person told by the words beside the name', () => {
  it.each(PERSON_CUES)('%s', (_what, text, name) => {
    expect(names(text)).toContain(name);
  });
});

/** Bodies told by their shape (body-shapes.ts): acronyms, and English names of the `X of Y` shape. */
const BODY_SHAPES: [what: string, text: string, name: string][] = [
  ['an acronym opening a sentence', 'ICAO kræver nye regler for droner.', 'ICAO/organization'],
  ['an acronym after a preposition opening a sentence', 'Ifølge IAAF faldt tallet.', 'IAAF/organization'],
  ['an acronym whose letters spell a word, listed as a name', 'EU vil ikke betale for broen.', 'EU/organization'],
  ['a channel: capitals and a number, after a preposition opening a sentence', 'Ifølge DR 1 sendes programmet igen.', 'DR 1/organization'],
  ['an English "of" name the tagger saw only in part', 'Lånet kom fra Bank of Scotland sidste år.', 'Bank of Scotland/organization'],
  ['an English "of" name with "the"', 'Hun forsker ved University of the Arts i London.', 'University of the Arts/organization'],
  ['a firm with a Danish company form', 'Aftalen med Brøndum A/S blev underskrevet i går.', 'Brøndum A/S/organization'],
  ['a firm after a role that is also a verb', 'Han ejer Kragh Invest ApS sammen med sin bror.', 'Kragh Invest ApS/organization'],
  ['a firm with a foreign company form and its full stop', 'Købet af Sunrise Ltd. blev godkendt.', 'Sunrise Ltd./organization'],
  ['partners joined by an ampersand', 'Hun arbejder hos Kromann & Vest A/S i Aarhus.', 'Kromann & Vest A/S/organization'],
];

describe('findNames: bodies told by their shape', () => {
  it.each(BODY_SHAPES)('%s', (_what, text, name) => {
    expect(names(text)).toContain(name);
  });
});

/** Capitalised words that are not names: sentence starts, section labels, times. */
const NOT_NAMES: [what: string, text: string, word: string][] = [
  ['a sentence-initial adverb', 'Nu er sagen lukket for denne gang.', 'Nu'],
  ['a section label', 'KULTUR: Teatret lukker efter sæsonen.', 'KULTUR'],
  ['a weekday at a sentence start', 'Tirsdag aften brændte et skur i byen.', 'Tirsdag'],
  ['an ordinary noun at a sentence start', 'Borgerne klagede over støjen fra vejen.', 'Borgerne'],
  ['an abbreviation that is an ordinary word', 'Politiet fandt DNA på kniven.', 'DNA'],
  ['a headline set in capitals', 'NU ER DET SLUT MED GRATIS PARKERING i byen.', 'SLUT'],
  ['a company form after a sentence-opening word', 'Som AS kaldes de ofte i folkemunde.', 'Som AS'],
  ['a preposition opening a sentence before a number', 'I 14 dage har vejen været lukket.', 'I 14'],
  ['a capitalised ordinary noun in the definite form', 'Kampen blev spillet i Parken foran fuldt hus.', 'Parken'],
];

describe('findNames: capitalised words that are not names', () => {
  it.each(NOT_NAMES)('%s', (_what, text, word) => {
    expect(findNames(text).map((n) => n.text)).not.toContain(word);
  });
});

describe('findNames: offsets and robustness', () => {
  it('is the default export', () => {
    expect(findNamesDefault).toBe(findNames);
  });

  it('gives spans that index the input exactly, in order, without overlap, for any text', () => {
    const word = fc.constantFrom(
      'Anne',
      'Jensen',
      'von',
      'der',
      'H.',
      'C.',
      'siger',
      'i',
      'Aarhus',
      'TV',
      '2',
      'og',
      '-',
      '.',
      ',',
      '"',
      'Nord-',
      'Müller',
      'al-Hakim',
      '\n',
      'Politi',
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 40 }), fc.constantFrom(' ', '', '  '), (words, sep) => {
        const text = words.join(sep);
        let last = 0;
        for (const n of findNames(text)) {
          expect(text.slice(n.start, n.end)).toBe(n.text);
          expect(n.start).toBeGreaterThanOrEqual(last);
          expect(n.end).toBeGreaterThan(n.start);
          last = n.end;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds nothing in an empty or name-less text', () => {
    expect(findNames('')).toEqual([]);
    expect(findNames('der er ingen navne her, kun små ord.')).toEqual([]);
  });
});
