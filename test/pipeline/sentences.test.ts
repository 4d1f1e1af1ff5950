import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import splitDefault, { sentencesStage, splitSentences } from 'citat/sentences';

const split = (text: string): string[] => splitSentences(text).map((s) => s.text);

/** One named row per Danish phenomenon: the text and the sentences a reader would see. */
const ROWS: [name: string, text: string, sentences: string[]][] = [
  ['plain full stops', 'Toget kom for sent. Passagererne ventede i kulden.', ['Toget kom for sent.', 'Passagererne ventede i kulden.']],
  [
    'abbreviations inside a sentence (bl.a., f.eks., ca., kl.)',
    'Udvalget drøftede bl.a. skolerne og f.eks. busserne i ca. to timer fra kl. 9.',
    ['Udvalget drøftede bl.a. skolerne og f.eks. busserne i ca. to timer fra kl. 9.'],
  ],
  [
    'abbreviations before a capital that do not end (jf., bl.a., hr.)',
    'Sagen er afgjort, jf. Højesterets dom. Det mener bl.a. Venstre og hr. Jensen.',
    ['Sagen er afgjort, jf. Højesterets dom.', 'Det mener bl.a. Venstre og hr. Jensen.'],
  ],
  ['a sentence ending on osv.', 'De købte mælk, brød, ost osv. Derefter kørte de hjem.', ['De købte mælk, brød, ost osv.', 'Derefter kørte de hjem.']],
  [
    'a sentence ending on kr. and pct.',
    'Billetten koster 85 kr. Prisen steg med 12 pct. Ingen klagede.',
    ['Billetten koster 85 kr.', 'Prisen steg med 12 pct.', 'Ingen klagede.'],
  ],
  [
    'amounts with mio. and mia. before a unit',
    'Byggeriet koster 40 mio. kr. og broen 2,1 mia. Euro.',
    ['Byggeriet koster 40 mio. kr. og broen 2,1 mia. Euro.'],
  ],
  [
    'an amount before its unit, and at the end of a sentence',
    'Projektet fik 8 mio. DKK fra fonden, men manglede 2 mio. Det fortæller lederen.',
    ['Projektet fik 8 mio. DKK fra fonden, men manglede 2 mio.', 'Det fortæller lederen.'],
  ],
  [
    'an initial that ends a sentence before a function word',
    'Han tager vitamin D. Det hjælper om vinteren.',
    ['Han tager vitamin D.', 'Det hjælper om vinteren.'],
  ],
  ['dates with ordinals', 'Mødet blev flyttet til den 27. november i år.', ['Mødet blev flyttet til den 27. november i år.']],
  ['a date with a month abbreviation and a year', 'Fristen udløber 3. feb. 2027 ved midnat.', ['Fristen udløber 3. feb. 2027 ved midnat.']],
  [
    'ordinals for places and divisions',
    'Holdet endte på en 3. plads og rykker ned i 1. division.',
    ['Holdet endte på en 3. plads og rykker ned i 1. division.'],
  ],
  ['a year ends a sentence', 'Fabrikken lukkede i 2009. Siden har bygningen stået tom.', ['Fabrikken lukkede i 2009.', 'Siden har bygningen stået tom.']],
  ['a school class after an ordinal', 'Hele 9. B tog på lejrskole. De kom hjem i går.', ['Hele 9. B tog på lejrskole.', 'De kom hjem i går.']],
  [
    'clock times and numbers',
    'Færgen sejler kl. 14.30 med 2.300 passagerer og 3,5 ton gods.',
    ['Færgen sejler kl. 14.30 med 2.300 passagerer og 3,5 ton gods.'],
  ],
  ['initials without a space', 'Bogen om H.C. Ørsted udkommer nu.', ['Bogen om H.C. Ørsted udkommer nu.']],
  ['a middle initial', 'Hun skrev om John F. Kennedy og hans tid.', ['Hun skrev om John F. Kennedy og hans tid.']],
  ['spaced initials', 'Digteren B. S. Ingemann boede i Sorø.', ['Digteren B. S. Ingemann boede i Sorø.']],
  ['abbreviated first names (no vowel)', 'Brevet var skrevet af Wm. Fogh og Th. Krogh fra Ribe.', ['Brevet var skrevet af Wm. Fogh og Th. Krogh fra Ribe.']],
  ['a vowel-less interjection before a sentence starter', 'Hm. Det ved jeg ikke.', ['Hm.', 'Det ved jeg ikke.']],
  [
    'a degree in two parts',
    'Bogen er skrevet af cand. psych. Lone Berg. Den sælger godt.',
    ['Bogen er skrevet af cand. psych. Lone Berg.', 'Den sælger godt.'],
  ],
  [
    'an acronym is a word, not an abbreviation',
    'Programmet blev vist på DR. Bagefter kom nyhederne.',
    ['Programmet blev vist på DR.', 'Bagefter kom nyhederne.'],
  ],
  [
    'straight quotes: sentences end inside a quotation',
    '"Vi åbner i morgen. Og vi bliver ved hele sommeren," siger ejeren.',
    ['"Vi åbner i morgen.', 'Og vi bliver ved hele sommeren," siger ejeren.'],
  ],
  [
    'the closing mark stays with its sentence',
    '"Det blev en lang dag." Sådan sagde træneren bagefter.',
    ['"Det blev en lang dag."', 'Sådan sagde træneren bagefter.'],
  ],
  [
    'guillemets with a question before the attribution',
    '»Hvornår kommer bussen?« spurgte drengen. Ingen svarede.',
    ['»Hvornår kommer bussen?« spurgte drengen.', 'Ingen svarede.'],
  ],
  [
    'low-high quotation marks',
    '„Vi er meget glade. Det er en stor dag“, siger borgmesteren.',
    ['„Vi er meget glade.', 'Det er en stor dag“, siger borgmesteren.'],
  ],
  ['typographic quotes of the same shape', '”Jeg er træt. Nu går jeg hjem”, sagde hun.', ['”Jeg er træt.', 'Nu går jeg hjem”, sagde hun.']],
  ['a comma before the attribution does not end anything', '"Vi kan godt nå det," siger hun og smiler.', ['"Vi kan godt nå det," siger hun og smiler.']],
  ['an exclamation before the attribution', '"Stop toget!" råbte konduktøren.', ['"Stop toget!" råbte konduktøren.']],
  [
    'a lone closing mark at the end of a tokenised paragraph',
    'Vi gør hvad vi kan. Resten må andre klare. "',
    ['Vi gør hvad vi kan.', 'Resten må andre klare. "'],
  ],
  ['a headline on its own line', 'STORM OVER FYN\nTræerne væltede i nat.', ['STORM OVER FYN', 'Træerne væltede i nat.']],
  ['a byline on its own line', 'Af Karen Holm\nKommunen sparer på skolerne.', ['Af Karen Holm', 'Kommunen sparer på skolerne.']],
  ['a line that continues with a small letter is not a headline', 'Han kørte langs\nkysten hele vejen hjem.', ['Han kørte langs\nkysten hele vejen hjem.']],
  ['a paragraph opening with a speech dash', 'Hun så på ham.\n- Kommer du med?\n– Ja, sagde han.', ['Hun så på ham.', '- Kommer du med?', '– Ja, sagde han.']],
  [
    'a speech dash after a full stop in the same line',
    'Han rystede på hovedet. - Det tror jeg ikke på.',
    ['Han rystede på hovedet.', '- Det tror jeg ikke på.'],
  ],
  ['a blank line always ends a sentence', 'Første afsnit uden punktum\n\nAndet afsnit', ['Første afsnit uden punktum', 'Andet afsnit']],
  ['an ellipsis before a capital ends a sentence', 'Vi ventede og ventede... Så kom lægen.', ['Vi ventede og ventede...', 'Så kom lægen.']],
  ['an ellipsis before a small letter does not', 'Det var… tja… ikke helt godt.', ['Det var… tja… ikke helt godt.']],
  ['an ellipsis inside a quotation is a pause', '"Jeg ved ikke... Måske i morgen," sagde han.', ['"Jeg ved ikke... Måske i morgen," sagde han.']],
  ['?! and !!', 'Hvad laver du?! Kom herned!! Nu.', ['Hvad laver du?!', 'Kom herned!!', 'Nu.']],
  [
    'a sentence inside parentheses',
    'Prisen steg. (Se tabellen på side 4.) Forbrugerne klager.',
    ['Prisen steg.', '(Se tabellen på side 4.)', 'Forbrugerne klager.'],
  ],
  ['an abbreviation in parentheses inside a sentence', 'De (politikerne, red.) vil ikke svare.', ['De (politikerne, red.) vil ikke svare.']],
  [
    'a web address and an e-mail address',
    'Læs mere på www.eksempel.dk. Skriv til info@eksempel.dk. Vi svarer hurtigt.',
    ['Læs mere på www.eksempel.dk.', 'Skriv til info@eksempel.dk.', 'Vi svarer hurtigt.'],
  ],
  [
    'list numbers after a question',
    'Spørgsmål: 1) Har De købt billet? 2) I bekræftende fald, hvornår?',
    ['Spørgsmål: 1) Har De købt billet?', '2) I bekræftende fald, hvornår?'],
  ],
  ['a number after a full stop starts a sentence', 'Salget faldt i år. 40 butikker lukker.', ['Salget faldt i år.', '40 butikker lukker.']],
  ['a reporter signature after the last sentence', 'Kampen endte uafgjort. jbr', ['Kampen endte uafgjort.', 'jbr']],
  ['a dateline with a month abbreviation', 'ROM, 4. okt. - Regeringen gik af i aftes.', ['ROM, 4. okt. - Regeringen gik af i aftes.']],
  ['no punctuation at all', 'Kort nyt fra regionen', ['Kort nyt fra regionen']],
];

describe('splitSentences', () => {
  it.each(ROWS)('%s', (_name, text, sentences) => {
    expect(split(text)).toEqual(sentences);
  });

  it('gives offsets that index the input exactly, with no white space at either end', () => {
    const text = '  "Det er slut." Han gik.\r\n\r\nNY DAG\r\n- Godmorgen, sagde hun.  ';
    const spans = splitSentences(text);
    expect(spans.map((s) => s.text)).toEqual(['"Det er slut."', 'Han gik.', 'NY DAG', '- Godmorgen, sagde hun.']);
    for (const s of spans) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(s.text).toBe(s.text.trim());
    }
  });

  it('returns nothing for empty or blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\t ')).toEqual([]);
  });

  it('is the default export', () => {
    expect(splitDefault).toBe(splitSentences);
  });

  it('keeps every non-space character of any input, in order, in exactly one sentence', () => {
    const alphabet = fc.constantFrom(...'ab Æø.!?…"»«„“”()-–\n\t 12,:kr'.split(''), ' ca.', ' H.C.', ' 3. ', '\n\n');
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 60 }).map((a) => a.join('')),
        (text) => {
          const spans = splitSentences(text);
          let last = 0;
          for (const s of spans) {
            expect(s.start).toBeGreaterThanOrEqual(last);
            expect(text.slice(s.start, s.end)).toBe(s.text);
            expect(s.text.length).toBeGreaterThan(0);
            last = s.end;
          }
          expect(
            spans
              .map((s) => s.text)
              .join('')
              .replace(/\s/g, ''),
          ).toBe(text.replace(/\s/g, ''));
        },
      ),
    );
  });
});

describe('sentences stage', () => {
  it('never lets a sentence cross a paragraph, and numbers each by its paragraph', () => {
    const text = 'Regeringen fremlagde planen i går. Oppositionen er imod\n\n"Det er for dyrt," siger ordføreren. Hun vil stemme nej.';
    const second = text.indexOf('"');
    const doc = {
      id: 'afsnit',
      text,
      options: { force: false },
      warnings: [],
      paragraphs: [
        { start: 0, end: second - 2 },
        { start: second, end: text.length },
      ],
    };
    const { sentences } = sentencesStage.run(doc);
    expect(sentences.map((s) => [text.slice(s.start, s.end), s.paragraph])).toEqual([
      ['Regeringen fremlagde planen i går.', 0],
      ['Oppositionen er imod', 0],
      ['"Det er for dyrt," siger ordføreren.', 1],
      ['Hun vil stemme nej.', 1],
    ]);
  });
});
