/**
 * Properties that must hold for any input, checked with fast-check over random text (Danish
 * letters, every style of quotation mark, dashes, line breaks of both kinds, emoji and lone
 * surrogates) and over real text (the seed article and snippets of our own wording), also after
 * random edits. The contract under test: the library returns a valid document or throws a
 * CitatError for bad input, and every offset indexes the input exactly as given.
 *
 * Runs are bounded (short strings, ~100–200 runs per property) so the suite stays fast; a failure
 * prints the shrunk counterexample and the seed to replay it. CITAT_PROPERTY_RUNS=10 runs ten
 * times as many.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CitatError, createPipeline, extract, type CitatDocument } from 'citat';
import { detectLanguage } from 'citat/language';
import { findQuotes } from 'citat/quotes';
import { CitatDocument as CitatDocumentSchema } from 'citat/schema';
import { splitSentences } from 'citat/sentences';

/**
 * Runs per property: small by default so the suite stays fast; CITAT_PROPERTY_RUNS=10 multiplies
 * them for a deeper hunt (the failure prints a seed to replay).
 */
const runs = (n: number) => n * Math.max(1, Number(process.env.CITAT_PROPERTY_RUNS ?? 1) || 1);

const seed = readFileSync(fileURLToPath(new URL('../corpus/rusland-taliban.txt', import.meta.url)), 'utf8');

/** Snippets of our own wording, one per quoting style a Danish newspaper uses. */
const SNIPPETS: Record<string, string> = {
  'ASCII marks, cue after': '"Vi har ikke råd til at vente længere," siger borgmester Karen Lund.\n\nHun vil rejse sagen i byrådet.',
  'guillemets »…«': '»Det er en trist dag for klubben,« siger træner Ole Bak.\n\n»Men vi kommer igen,« tilføjer han.',
  'low-high marks „…“': 'Direktøren kalder planen „urealistisk“ og siger, at den må laves om.',
  'speech dash': '- Vi har gjort, hvad vi kunne, siger sygeplejerske Anne Vest.\n\n- Resten er op til politikerne.',
  'indirect with ifølge': 'Ifølge politiet er to mænd anholdt efter røveriet i nat. Politiet oplyser, at ingen kom til skade.',
  'colon before quote': 'Ministeren var klar i mælet: "Skatten skal ned."\r\nOppositionen afviser forslaget.',
  'mixed quote': 'Formanden mener, at forslaget er "et slag i ansigtet" på de ansatte.',
  'emoji and CRLF': 'Fanerne jublede 🎉 på pladsen.\r\n\r\n"Det er vildt! 😀" siger Søren Ærø.',
};

/** Every quotation mark, dash and line break the pipeline meets, and some it should survive. */
const SPECIAL = [
  '"',
  "'",
  '«',
  '»',
  '„',
  '“',
  '”',
  '‘',
  '’',
  '‚',
  '‹',
  '›',
  '-',
  '–',
  '—',
  '―',
  '\n',
  '\r\n',
  '\n\n',
  '\r',
  ' ',
  '  ',
  '\t',
  '\u00a0',
  '\u2028',
  '\ufeff',
  '.',
  ',',
  ':',
  ';',
  '?',
  '!',
  '...',
  '…',
  '(',
  ')',
  'æ',
  'ø',
  'å',
  'Æ',
  'Ø',
  'Å',
  'é',
  'ü',
  '😀',
  '👍🏽',
  '🇩🇰',
  '\ud83d',
  '\ude00',
];
const WORDS = [
  'siger',
  'sagde',
  'mener',
  'ifølge',
  'oplyser',
  'at',
  'han',
  'hun',
  'de',
  'Vi',
  'Det',
  'Mette',
  'Hansen',
  'Søren',
  'Ærø',
  'formand',
  'ministeren',
  'red.',
  'A/S',
  'kl.',
  'USA',
];

/** Fragments of quoting, so random text has quotes, cues and speakers often enough to test them. */
const FRAGMENTS = [
  '"Vi er klar," ',
  'siger hun',
  ', siger Mette Hansen. ',
  '»Nej,« sagde han',
  ' mener formanden, at ',
  'Ifølge Søren Ærø ',
  '- Det går, ',
  ': "',
  'kalder det "',
];

/** One piece of random text: a special character, a word, a fragment, or a few random characters. */
const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...SPECIAL) },
  { weight: 3, arbitrary: fc.constantFrom(...WORDS).map((w) => `${w} `) },
  { weight: 2, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
);
/** Random text, short enough to keep runs fast. */
const randomText = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

/** An edit: delete up to three code units at a position and insert a piece there. */
const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 3 }), insert: piece });
type Edit = { at: number; remove: number; insert: string };
function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = text;
  for (const e of edits) {
    const at = out.length === 0 ? 0 : e.at % (out.length + 1);
    out = out.slice(0, at) + e.insert + out.slice(at + e.remove);
  }
  return out;
}

/** Real text: the seed article or a snippet, in a style rewritten or not, edited or not. */
const realText = fc
  .tuple(
    fc.constantFrom(seed, ...Object.values(SNIPPETS)),
    fc.constantFrom<(t: string) => string>(
      (t) => t,
      (t) => t.replace(/\n/g, '\r\n'),
      (t) => t.replace(/"([^"\n]*)"/g, '»$1«'),
      (t) => t.replace(/"([^"\n]*)"/g, '„$1“'),
      (t) => t.replace(/"([^"\n]*)"/g, '”$1”'),
      (t) => t.trim(),
      (t) => `\ufeff  ${t}`,
    ),
    fc.array(edit, { maxLength: 4 }),
  )
  .map(([text, restyle, edits]) => applyEdits(restyle(text), edits));

/** The only errors bad input may cause; anything else (STAGE_FAILED, INVALID_OUTPUT) is a bug. */
const INPUT_ERRORS = new Set<string>(['EMPTY_INPUT', 'NUL_BYTE']);

/**
 * Runs extract and checks the outcome: a CitatError exactly when the text is empty, white space
 * or has a NUL; otherwise a document for which {@link checkDocument} holds.
 */
function extractChecked(text: string, force = false): CitatDocument | undefined {
  const shouldRefuse = text.trim() === '' || text.includes('\u0000');
  let doc: CitatDocument;
  try {
    doc = extract(text, { id: 'p', force });
  } catch (error) {
    if (!(error instanceof CitatError)) throw new Error(`extract threw something other than a CitatError: ${String(error)}`);
    if (!INPUT_ERRORS.has(error.code) || !shouldRefuse) throw new Error(`extract refused good input with ${error.code}: ${error.message}`);
    expect(error.message).not.toContain('\n');
    return undefined;
  }
  expect(shouldRefuse, 'extract accepted empty, white-space-only or NUL input').toBe(false);
  checkDocument(doc, text);
  return doc;
}

/** Everything a user may rely on in a returned document. */
function checkDocument(doc: CitatDocument, input: string): void {
  const parsed = CitatDocumentSchema.safeParse(doc);
  expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues[0])).toBe(true);
  const span = (s: { start: number; end: number; text: string }, what: string) => {
    expect(s.start, `${what}: start`).toBeLessThanOrEqual(s.end);
    expect(s.end, `${what}: end`).toBeLessThanOrEqual(input.length);
    expect(input.slice(s.start, s.end), `${what}: text at its offsets`).toBe(s.text);
  };
  const ranges = (rs: readonly { start: number; end: number }[], what: string) => {
    let last = 0;
    rs.forEach((r, i) => {
      expect(r.start, `${what} ${i} starts before the previous one ends`).toBeGreaterThanOrEqual(last);
      expect(r.start, `${what} ${i} is empty or reversed`).toBeLessThan(r.end);
      expect(r.end, `${what} ${i} ends past the input`).toBeLessThanOrEqual(input.length);
      last = r.end;
    });
  };

  ranges(doc.paragraphs, 'paragraph');
  ranges(doc.sentences, 'sentence');
  doc.sentences.forEach((s, i) => {
    const p = doc.paragraphs[s.paragraph];
    expect(p, `sentence ${i} points at paragraph ${s.paragraph}, which does not exist`).toBeDefined();
    expect(s.start >= p!.start && s.end <= p!.end, `sentence ${i} lies outside its paragraph`).toBe(true);
  });
  for (const pl of doc.language.paragraphs ?? []) expect(pl.paragraph).toBeLessThan(doc.paragraphs.length);

  const speakerIds = new Set<string>();
  for (const s of doc.speakers) {
    expect(speakerIds.has(s.id), `speaker id ${s.id} is used twice`).toBe(false);
    speakerIds.add(s.id);
    s.mentions.forEach((m, i) => {
      span(m, `mention ${i} of speaker ${s.id}`);
    });
  }
  const quoteIds = new Set<string>();
  for (const q of doc.quotes) {
    expect(quoteIds.has(q.id), `quote id ${q.id} is used twice`).toBe(false);
    quoteIds.add(q.id);
    span(q, `quote ${q.id}`);
    if (q.cue) span(q.cue, `cue of quote ${q.id}`);
    if (q.speaker) {
      const speaker = doc.speakers.find((s) => s.id === q.speaker!.id);
      expect(speaker, `quote ${q.id} names speaker ${q.speaker.id}, which is not in speakers`).toBeDefined();
      expect(q.speaker.name).toBe(speaker!.name);
      if (q.speaker.mention) span(q.speaker.mention, `speaker mention of quote ${q.id}`);
    }
    // `sentences` lists exactly the sentences the quote overlaps, in order.
    const overlapping = doc.sentences.flatMap((s, i) => (s.start < q.end && s.end > q.start ? [i] : []));
    expect(q.sentences, `sentences of quote ${q.id}`).toEqual(overlapping);
  }
}

describe('extract on any input', () => {
  // Random text is rarely taken for Danish, so half the runs force the Danish rules to run.
  it('returns a valid document with exact offsets, or a CitatError for empty/NUL input (random text)', () => {
    fc.assert(
      fc.property(randomText, fc.boolean(), (text, force) => void extractChecked(text, force)),
      { numRuns: runs(200) },
    );
  });

  it('returns a valid document with exact offsets for real text, restyled and edited', () => {
    fc.assert(
      fc.property(realText, (text) => void extractChecked(text)),
      { numRuns: runs(150) },
    );
  });

  it('is deterministic: the same text gives the same document, also from a fresh pipeline', () => {
    fc.assert(
      fc.property(fc.oneof(realText, randomText), fc.boolean(), (text, force) => {
        const first = extractChecked(text, force);
        if (!first) return;
        expect(extract(text, { id: 'p', force })).toEqual(first);
        expect(createPipeline().run(text, { id: 'p', force })).toEqual(first);
      }),
      { numRuns: runs(100) },
    );
  });

  it.each(Object.entries(SNIPPETS))('holds for the snippet with %s', (_name, text) => {
    expect(extractChecked(text)).toBeDefined();
  });

  it('holds for the seed article as given', () => {
    const doc = extractChecked(seed);
    expect(doc?.paragraphs.length).toBe(16);
  });

  it('holds for real text with force, where the Danish rules always run', () => {
    fc.assert(
      fc.property(realText, (text) => void extractChecked(text, true)),
      { numRuns: runs(100) },
    );
  });
});

describe('findQuotes on any input', () => {
  it('returns quotes and speakers whose spans are exact', () => {
    fc.assert(
      fc.property(fc.oneof(realText, randomText), (text) => {
        let result: ReturnType<typeof findQuotes>;
        try {
          result = findQuotes(text);
        } catch (error) {
          expect(error).toBeInstanceOf(CitatError);
          expect(INPUT_ERRORS.has((error as CitatError).code), (error as Error).message).toBe(true);
          return;
        }
        for (const q of result.quotes) {
          expect(text.slice(q.start, q.end)).toBe(q.text);
          if (q.cue) expect(text.slice(q.cue.start, q.cue.end)).toBe(q.cue.text);
          if (q.speaker) expect(result.speakers.some((s) => s.id === q.speaker!.id)).toBe(true);
        }
        for (const s of result.speakers) for (const m of s.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
      }),
      { numRuns: runs(100) },
    );
  });
});

describe('splitSentences on any string', () => {
  const check = (text: string) => {
    const sentences = splitSentences(text);
    let last = 0;
    for (const s of sentences) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(s.start).toBeGreaterThanOrEqual(last);
      expect(s.start).toBeLessThan(s.end);
      expect(s.text.trim(), 'a sentence has white space around it').toBe(s.text);
      last = s.end;
    }
    // No text is lost: every character that is not white space lies in some sentence.
    for (const m of text.matchAll(/\S/gu)) {
      expect(
        sentences.some((s) => s.start <= m.index && m.index < s.end),
        `character ${JSON.stringify(m[0])} at ${m.index} is in no sentence`,
      ).toBe(true);
    }
    expect(splitSentences(text)).toEqual(sentences);
  };

  it('gives exact, ordered, trimmed sentences covering the text (random text)', () => {
    fc.assert(fc.property(randomText, check), { numRuns: runs(200) });
  });

  it('gives exact, ordered, trimmed sentences covering the text (real text)', () => {
    fc.assert(fc.property(realText, check), { numRuns: runs(100) });
  });

  it('returns nothing for empty or white-space-only text', () => {
    for (const t of ['', ' ', '\n\n', '\r\n\t ']) expect(splitSentences(t)).toEqual([]);
  });
});

describe('detectLanguage on any string', () => {
  const check = (text: string) => {
    const r = detectLanguage(text);
    expect(r.code).toMatch(/^([a-z]{2}|und)$/);
    expect(r.confidence).toBeGreaterThanOrEqual(0);
    expect(r.confidence).toBeLessThanOrEqual(1);
    for (const code of ['da', 'nb', 'nn', 'sv', 'en', 'de']) expect(Number.isFinite(r.scores[code]), `score of ${code}`).toBe(true);
    expect(detectLanguage(text)).toEqual(r);
  };

  it('never throws and gives a code, a confidence in [0, 1] and the six scores (random text)', () => {
    fc.assert(fc.property(fc.oneof(randomText, fc.string({ unit: 'binary', maxLength: 30 })), check), { numRuns: runs(200) });
  });

  it('never throws on real text, restyled and edited', () => {
    fc.assert(fc.property(realText, check), { numRuns: runs(100) });
  });

  it('handles the empty string', () => {
    expect(detectLanguage('').code).toBe('und');
  });

  // Short or mixed-script text is where a detector's own (ISO 639-3) guesses can leak out; the
  // contract is ISO 639-1 or 'und'. Rows of our own wording, of the kinds fast-check has found.
  it.each([
    ['one Danish word and a space', 'ministeren '],
    ['Danish words, an acronym and a CJK character', 'formand USA 一'],
    ['a Danish sentence fragment', 'vi skal nok'],
    ['digits and a word', '2024 siger'],
    ['Cyrillic', 'Москва сегодня'],
    ['Greek', 'Καλημέρα κόσμε'],
  ])('gives an ISO 639-1 code or und for %s', (_name, text) => {
    expect(detectLanguage(text).code).toMatch(/^([a-z]{2}|und)$/);
  });
});
