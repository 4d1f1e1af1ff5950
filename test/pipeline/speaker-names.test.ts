/**
 * Speakers whose names have the shapes of real Danish news: every shape gives the full name as
 * the speaker (issue 12), bodies and places fused into a name are told apart from the person,
 * and capitalised words that are not speakers are passed over (issue 13). Sentences written for
 * this test, except the six rows of issue 12's table, which are its specification.
 */
import { describe, expect, it } from 'vitest';
import { extract } from 'citat';

/** The speakers' names of a text's quotes, in order. */
function speakers(text: string): (string | null)[] {
  return extract(text, { id: 't' }).quotes.map((q) => q.speaker?.name ?? null);
}

const ISSUE_TABLE: [row: string, text: string, speaker: string][] = [
  ['hyphenated first name', '"Vi er klar," siger Anne-Mette Kjærgaard.', 'Anne-Mette Kjærgaard'],
  ['hyphenated first name (mentions comment)', '"Vi er klar," siger Anne-Sophie Mutter.', 'Anne-Sophie Mutter'],
  ['particle pair von der', '"Vi er klar," siger Ursula von der Leyen.', 'Ursula von der Leyen'],
  ['particle de', '"Vi er klar," siger Ole de Vries.', 'Ole de Vries'],
  ['particle pair van der', '"Vi er klar," siger Hans van der Berg.', 'Hans van der Berg'],
  ['abbreviated first name', '"Det var et rent tilfælde," siger Chr. Lindberg.', 'Chr. Lindberg'],
];

describe('issue 12: the full name is the speaker', () => {
  it.each(ISSUE_TABLE)('%s', (_row, text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });
});

const SHAPES: [shape: string, text: string, speaker: string][] = [
  ['hyphenated first name', '"Vi har travlt," siger Lise-Lotte Bruun.', 'Lise-Lotte Bruun'],
  ['hyphenated surname', '"Vi har travlt," siger Tove Hald-Madsen.', 'Tove Hald-Madsen'],
  ['German particle pair', '"Vi har travlt," siger Greta von der Heide.', 'Greta von der Heide'],
  ['Dutch particle pair', '"Vi har travlt," siger Kees van der Laan.', 'Kees van der Laan'],
  ['Danish particle', '"Vi har travlt," siger Ingrid af Ravnsholt.', 'Ingrid af Ravnsholt'],
  ['Arabic particle', '"Vi har travlt," siger Khalid bin Rashid.', 'Khalid bin Rashid'],
  ['al- prefix', '"Vi har travlt," siger Samir al-Hakim.', 'Samir al-Hakim'],
  ['middle names', '"Vi har travlt," siger Lars Ulrik Dam Vestergaard.', 'Lars Ulrik Dam Vestergaard'],
  ['joined initials', '"Vi har travlt," siger K.B. Holmgaard.', 'K.B. Holmgaard'],
  ['spaced initials', '"Vi har travlt," siger P. E. Skovby.', 'P. E. Skovby'],
  ['apostrophe', '"Vi har travlt," siger Niamh O\'Connell.', "Niamh O'Connell"],
  ['Turkish letters', '"Vi har travlt," siger Ayşe Çakır.', 'Ayşe Çakır'],
  ['German letters', '"Vi har travlt," siger Jürgen Böhm.', 'Jürgen Böhm'],
  ['Vietnamese letters', '"Vi har travlt," siger Trần Thị Hương.', 'Trần Thị Hương'],
  ['a capitalised title inside the sentence', '"Vi har travlt," siger Overlæge Helga Strand.', 'Helga Strand'],
  ['a capitalised title opening the sentence', 'Overlæge Helga Strand siger, at afdelingen har travlt.', 'Helga Strand'],
  ['a genitive name before a noun, then a pronoun', 'Lise-Lotte Bruuns nye plan blev vedtaget. "Vi har travlt," siger hun.', 'Lise-Lotte Bruun'],
  ['a genitive name with particles', 'Kritikken af Greta von der Heides forslag voksede. "Vi har travlt," siger hun.', 'Greta von der Heide'],
  ['a genitive name before a party in brackets', 'Minister Lise-Lotte Bruuns (K) plan faldt. "Vi har travlt," siger hun.', 'Lise-Lotte Bruun'],
  ['a surname that ends in s by itself, before an unknown verb form', 'Ole Friis tav længe. "Vi har travlt," siger han.', 'Ole Friis'],
  ['a name that ends in s by itself, before a verb', 'Niels Mads siger, at de har travlt.', 'Niels Mads'],
  ['the particles again with the surname alone', '"Jeg er glad," siger Greta von der Heide. "Vi har nået meget," siger von der Heide.', 'Greta von der Heide'],
];

describe('issue 12: every shape of name speaks under its full name', () => {
  it.each(SHAPES)('%s', (_shape, text, speaker) => {
    for (const s of speakers(text)) expect(s).toBe(speaker);
  });
});

const FUSED: [what: string, text: string, speaker: string][] = [
  ['a genitive body before the person', '"Renten stiger," siger Danskebankens Mette Rask.', 'Mette Rask'],
  ['a two-word genitive body before the person', '"Vi er klar," siger Ekstra Bladets Anne Lund.', 'Anne Lund'],
  ['a region and a title before the person', '"Vi er bekymrede," siger Region Midtjyllands direktør Ole Brink.', 'Ole Brink'],
  ['a role for a body with a number in its name', '"Vi strejker," siger formand for 3F Vejle Henning Lauesen.', 'Henning Lauesen'],
  ['a body cut by coordination', '"To er anholdt," oplyser Syd- og Sønderjyllands Politi.', 'Syd- og Sønderjyllands Politi'],
  ['a genitive person is whose spokesman speaks', '"Det er for sent," siger Ursula von der Leyens talsmand.', 'Ursula von der Leyens talsmand'],
  ['a genitive country before the person', '"Vi vandt," siger Norges statsminister, Kari Holt.', 'Kari Holt'],
];

describe('issue 13: a body or place fused into the name', () => {
  it.each(FUSED)('%s', (_what, text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });

  it('keeps a two-word station name whole', () => {
    const doc = extract('"Det var en god aften," siger Poul Mørk til TV 2.', { id: 't' });
    expect(doc.quotes[0]!.speaker?.name).toBe('Poul Mørk');
    expect(doc.speakers.map((s) => s.name)).not.toContain('TV');
  });
});

const NOT_SPEAKERS: [what: string, text: string, speaker: string][] = [
  ['a section label', 'SPORT: Søren Vig siger, at holdet er klar.', 'Søren Vig'],
  ['a section label before a quote', 'FODBOLD: Holdet er klar, siger Søren Vig.', 'Søren Vig'],
  ['a weekday and part of the day', 'Tirsdag aften sagde Anne Vinge, at hun stopper.', 'Anne Vinge'],
  ['a weekday and part of the day before another verb', 'Mandag eftermiddag oplyste Søren Vig, at han stopper.', 'Søren Vig'],
  ['a time expression with a deictic word', 'Sidste år mente Bo Krag, at prisen var for høj.', 'Bo Krag'],
  ['a sentence-initial adverb', 'Nu siger Eva Dahl, at hun er færdig.', 'Eva Dahl'],
];

describe('issue 13: capitalised words that are not speakers', () => {
  it.each(NOT_SPEAKERS)('%s', (_what, text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });
});
