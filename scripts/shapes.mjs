/**
 * Shapes of text that have made a stage slow (issue #16) and others of the same family: each a
 * function of a size in characters that returns a text of about that size. `npm run bench --
 * --shapes` times them at 1, 2 and 4 MB (scripts/bench-shapes.mjs); a fast-check property
 * (test/shapes.test.ts) drives random mixes of them through the pipeline at a small size.
 *
 * Every Danish sentence here is of this file's own wording; the names are made up from common
 * Danish first names and surnames, combined so that each name is new to the document.
 * @module
 */

/** An ordinary news article: direct, indirect and mixed quotes, names, roles, pronouns. */
export const ARTICLE = `Kommunen lukker svømmehallen i tre måneder

Svømmehallen på Havnevej lukker fra næste måned, mens taget bliver skiftet.

"Vi har ikke noget valg. Taget er utæt, og det kan ikke vente til efteråret," siger borgmester Karen Holm.

Ifølge hende vil kommunen tilbyde de faste svømmere plads i nabobyens hal i den periode.

Formanden for den lokale svømmeklub, Peter Lund, er utilfreds med beslutningen.

- Vores børn mister en hel sæson. Det er ikke rimeligt, siger han.

Han mener, at kommunen burde have skiftet taget for flere år siden.

Karen Holm afviser kritikken. Hun siger, at reparationen blev udskudt af hensyn til økonomien, og at byrådet var enigt.

»Vi har gjort, hvad vi kunne med de penge, vi havde,« lyder det fra borgmesteren.

Svømmeklubben vil nu bede byrådet om at dække klubbens ekstra udgifter til transport.
`;

const FIRST = [
  'Anne',
  'Mette',
  'Karen',
  'Hanne',
  'Lone',
  'Susanne',
  'Jens',
  'Peter',
  'Lars',
  'Søren',
  'Niels',
  'Henrik',
  'Maria',
  'Camilla',
  'Thomas',
  'Martin',
  'Rasmus',
  'Ida',
  'Sofie',
  'Jonas',
];
const LAST = [
  'Jensen',
  'Nielsen',
  'Hansen',
  'Pedersen',
  'Andersen',
  'Christensen',
  'Larsen',
  'Sørensen',
  'Rasmussen',
  'Jørgensen',
  'Petersen',
  'Madsen',
  'Kristensen',
  'Olsen',
  'Thomsen',
  'Poulsen',
  'Johansen',
  'Møller',
  'Mortensen',
  'Knudsen',
];
const SYLLABLES = ['bor', 'dal', 'gaard', 'holm', 'kjær', 'lund', 'mark', 'ris', 'skov', 'strup', 'toft', 'vig', 'by', 'berg'];

/** The i-th made-up name: a first name and a surname of one or two parts, new for each i up to 20·20·196. */
function name(i) {
  const first = FIRST[i % FIRST.length];
  const rest = Math.floor(i / FIRST.length);
  const last = LAST[rest % LAST.length];
  const more = Math.floor(rest / LAST.length);
  if (more === 0) return `${first} ${last}`;
  const a = SYLLABLES[more % SYLLABLES.length];
  const b = SYLLABLES[Math.floor(more / SYLLABLES.length) % SYLLABLES.length];
  return `${first} ${a[0].toUpperCase()}${a.slice(1)}${b} ${last}`;
}

/** `unit` (a string, or a function of the repeat's index) repeated until the text has `size` characters. */
function repeat(unit, size) {
  if (typeof unit === 'string') return unit.repeat(Math.max(1, Math.ceil(size / unit.length))).slice(0, size);
  const parts = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const s = unit(i);
    parts.push(s);
    length += s.length;
  }
  return parts.join('');
}

/** The shapes, each a function of a size in characters (a text of about that size). */
export const SHAPES = {
  // -- the rows of issue #16
  /** `"ord ` repeated: a paragraph of quotation marks that never pair. */
  'straight-marks': (n) => repeat('"ord ', n),
  /** The four kinds of quote pairs repeated in one paragraph. */
  'mixed-marks': (n) => repeat('„ord“ ”ord” »ord« "ord" ', n),
  /** One paragraph of a quote and an indirect quote, again and again. */
  'one-paragraph-speech': (n) => repeat('"Vi er klar," siger formand Mette Hansen. Regeringen vil ikke sige noget om sagen, siger hun. ', n),
  /** Lines that are only a speech dash. */
  'dash-only-lines': (n) => repeat('- \n', n),
  /** Lines of dash speech with a pronoun cue. */
  'dash-speech-lines': (n) => repeat('- Vi er klar, siger hun\n', n),
  /** Lines of dash speech with no cue: one quote running over every paragraph. */
  'dash-speech-uncued': (n) => repeat('- Vi kommer igen i morgen\n', n),
  /** An ordinary article repeated (one document: entities with ever more mentions). */
  'article-repeated': (n) => repeat(`${ARTICLE}\n`, n),
  // -- others of the family
  /** Prose with a stray, unpaired quotation mark in every other sentence. */
  'stray-marks': (n) => repeat((i) => `Byrådet ${['"', '»', '«', '„', '”', '“'][i % 6]}mødes igen på torsdag, og sagen er på dagsordenen. `, n),
  /** One word of n letters. */
  'one-giant-word': (n) => 'a'.repeat(n),
  /** The article in capitals. */
  'all-capitals': (n) => repeat(`${ARTICLE.toUpperCase()}\n`, n),
  /** Only punctuation, spaces and line breaks. */
  'only-punctuation': (n) => repeat('.,;:!? -–—"»«„“”\'()…\n', n),
  /** Very many short paragraphs. */
  'short-paragraphs': (n) => repeat('Ja.\n\n', n),
  /** Very many persons, each quoted once by name and role. */
  'many-names': (n) => repeat((i) => `"Det er en god idé," siger direktør ${name(i)}.\n\n`, n),
  /** Very many pronoun cues with one named speaker at the start. */
  'many-pronouns': (n) =>
    `"Vi begynder nu," siger formand ${name(0)}.\n\n` +
    repeat((i) => `${i % 2 ? 'Hun' : 'Han'} siger, at de vil gøre det igen. "Det er klart," siger ${i % 3 ? 'hun' : 'han'}.\n\n`, n),
  /** Paragraphs that open a quote and never close it (a quote running over paragraphs). */
  'open-quote-paragraphs': (n) => repeat('"Vi er klar til det, og jeg tror, vi vinder\n\n', n),
  /** Paragraphs that close a quote no paragraph opened. */
  'close-only-paragraphs': (n) => repeat('og det er vi klar til," siger hun.\n\n', n),
  /** The article with a lone carriage return for every line break (old Mac files). */
  'cr-line-endings': (n) => repeat(`${ARTICLE}\n`.replace(/\n/g, '\r'), n),
  /** Runs of white space between short words. */
  'white-space-runs': (n) => repeat(`siger ${' '.repeat(200)}hun${'\t'.repeat(50)}\n${' \r'.repeat(30)}\n`, n),
};
