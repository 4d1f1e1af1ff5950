/**
 * The runner checks each output document by hand (`shapeDocument`, src/pipeline/run.ts) and
 * leaves only unusual values to zod, because zod cost ~7% of a batch run. That is safe only if
 * the hand check is never looser than the schema and, where it accepts, returns exactly what
 * `CitatDocument.parse` returns (same values, same keys in the same order, nothing else): these
 * tests hold it to that, on real documents and on documents broken in every field.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extract } from 'citat';
import { CitatDocument } from 'citat/schema';
import { shapeDocument } from '../../src/pipeline/run.js';

const corpusDir = fileURLToPath(new URL('../../corpus/', import.meta.url));
const corpus = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(`${corpusDir}${f}`, 'utf8'));

/** Texts of our own: quotes of every kind, a speaker by name and by role, a text that is not Danish. */
const TEXTS = [
  '"Vi åbner svømmehallen igen til sommer," siger borgmester Karen Holm. Hun tilføjer, at der bliver flere timer til skolerne.',
  'Direktøren for havnen siger, at skibene bliver større hvert år.\n\n– Derfor skal kajen forlænges, siger han.',
  'Ifølge politiet var der ingen tilskadekomne ved branden. Vagtchefen kalder det "et held i uheld".',
  'The council said on Monday that the new bridge would open in the spring, according to a statement.',
  'Ingen citater her, kun en kort notits om vejret i morgen.',
];

const documents = [...TEXTS, ...corpus].map((text, i) => JSON.parse(JSON.stringify(extract(text, { id: `d${i}` }))) as Record<string, unknown>);

/** What zod makes of a value: its data as JSON (key order included), or null when it refuses. */
function viaZod(value: unknown): string | null {
  const parsed = CitatDocument.safeParse(value);
  return parsed.success ? JSON.stringify(parsed.data) : null;
}

/** The hand check never accepts what zod refuses, and where it accepts, it gives zod's result. */
function expectAgrees(value: unknown, name: string): void {
  const shaped = shapeDocument(value);
  if (shaped === undefined) return; // zod decides
  expect(viaZod(value), `${name}: accepted by the hand check but not by zod`).not.toBeNull();
  expect(JSON.stringify(shaped), name).toBe(viaZod(value));
  const parsed = CitatDocument.parse(value);
  expect('paragraphs' in shaped.language, name).toBe('paragraphs' in parsed.language);
}

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Ways to break (or merely bend) a document, one field at a time. */
const MUTATIONS: { name: string; change: (d: Doc) => void }[] = [
  { name: 'an extra key at the top', change: (d) => (d.extra = 1) },
  { name: 'an extra key in the language', change: (d) => (d.language.extra = 'x') },
  { name: 'an extra key in a paragraph', change: (d) => d.paragraphs[0] && (d.paragraphs[0].extra = true) },
  { name: 'an extra key in a quote and its cue', change: (d) => d.quotes[0] && ((d.quotes[0].extra = 1), d.quotes[0].cue && (d.quotes[0].cue.extra = 2)) },
  { name: 'an extra key in a speaker mention', change: (d) => d.speakers[0]?.mentions[0] && (d.speakers[0].mentions[0].extra = 1) },
  { name: 'another schema version', change: (d) => (d.schemaVersion = '0.9.0') },
  { name: 'a number as id', change: (d) => (d.id = 7) },
  { name: 'no language', change: (d) => delete d.language },
  { name: 'a one-letter language code', change: (d) => (d.language.code = 'd') },
  { name: 'a four-letter language code', change: (d) => (d.language.code = 'dans') },
  { name: 'a confidence above 1', change: (d) => (d.language.confidence = 1.5) },
  { name: 'a NaN confidence', change: (d) => (d.language.confidence = Number.NaN) },
  { name: 'a score that is a string', change: (d) => (d.language.scores.da = '1') },
  { name: 'an infinite score', change: (d) => (d.language.scores.da = Number.POSITIVE_INFINITY) },
  { name: 'a negative score (allowed)', change: (d) => (d.language.scores.xx = -2.5) },
  { name: 'a score under a symbol key', change: (d) => (d.language.scores[Symbol('s')] = 1) },
  { name: 'a hidden score', change: (d) => Object.defineProperty(d.language.scores, 'skjult', { value: 1, enumerable: false }) },
  { name: 'paragraph languages present but undefined', change: (d) => (d.language.paragraphs = undefined) },
  { name: 'paragraph languages absent', change: (d) => delete d.language.paragraphs },
  { name: 'a paragraph language with a fractional index', change: (d) => (d.language.paragraphs = [{ paragraph: 0.5, code: 'da', confidence: 1 }]) },
  { name: 'paragraphs as an object', change: (d) => (d.paragraphs = { 0: d.paragraphs[0] }) },
  { name: 'a negative offset', change: (d) => d.paragraphs[0] && (d.paragraphs[0].start = -1) },
  { name: 'a fractional offset', change: (d) => d.sentences[0] && (d.sentences[0].end += 0.5) },
  { name: 'an offset beyond safe integers', change: (d) => d.sentences[0] && (d.sentences[0].end = 2 ** 60) },
  { name: 'a sparse sentence list', change: (d) => d.sentences.length > 1 && delete d.sentences[0] },
  { name: 'a sentence without its paragraph', change: (d) => d.sentences[0] && delete d.sentences[0].paragraph },
  { name: 'a speaker of an unknown kind', change: (d) => d.speakers[0] && (d.speakers[0].kind = 'animal') },
  { name: 'a role that is a number', change: (d) => d.speakers[0] && (d.speakers[0].roles = [1]) },
  { name: 'a quote of an unknown kind', change: (d) => d.quotes[0] && (d.quotes[0].kind = 'paraphrase') },
  { name: 'a quote without a cue (null)', change: (d) => d.quotes[0] && (d.quotes[0].cue = null) },
  { name: 'a quote with an undefined cue', change: (d) => d.quotes[0] && (d.quotes[0].cue = undefined) },
  { name: 'a quote without a speaker (null)', change: (d) => d.quotes[0] && (d.quotes[0].speaker = null) },
  { name: 'a speaker with an unknown resolution', change: (d) => d.quotes[0]?.speaker && (d.quotes[0].speaker.resolution = 'guess') },
  { name: 'a speaker mention without text', change: (d) => d.quotes[0]?.speaker?.mention && delete d.quotes[0].speaker.mention.text },
  { name: 'a negative sentence index in a quote', change: (d) => d.quotes[0] && (d.quotes[0].sentences = [-1]) },
  { name: 'a quote confidence below 0', change: (d) => d.quotes[0] && (d.quotes[0].confidence = -0.1) },
  { name: 'a warning that is not a string', change: (d) => (d.warnings = [null]) },
  // (zod takes class instances; the hand check leaves them to zod)
  { name: 'the document as a class instance', change: (d) => Object.setPrototypeOf(d, class Doc {}.prototype) },
  { name: 'a quote as a class instance', change: (d) => d.quotes[0] && Object.setPrototypeOf(d.quotes[0], class Q {}.prototype) },
];

describe('the hand check of output documents agrees with the schema', () => {
  it('accepts every real document, giving exactly what zod gives', () => {
    expect(documents.some((d) => (d.quotes as unknown[]).length > 0)).toBe(true);
    for (const d of documents) {
      const shaped = shapeDocument(d);
      expect(shaped, `document ${String(d.id)} was left to zod`).toBeDefined();
      expectAgrees(d, String(d.id));
    }
  });

  it.each(MUTATIONS)('$name: never looser than zod, and the same result where it accepts', ({ name, change }) => {
    for (const d of documents) {
      const copy = structuredClone(d) as Doc;
      change(copy);
      expectAgrees(copy, `${name} (document ${String(d.id)})`);
    }
  });

  it('refuses what zod refuses, for each broken field', () => {
    const broken = MUTATIONS.filter((m) => !/extra key|allowed|absent|null\)|undefined|hidden|symbol|class instance/.test(m.name));
    const d = documents.find((x) => (x.quotes as Doc[]).some((q) => q.speaker?.mention) && (x.sentences as unknown[]).length > 1)!;
    expect(d).toBeDefined();
    for (const { name, change } of broken) {
      const copy = structuredClone(d) as Doc;
      change(copy);
      expect(viaZod(copy), `${name}: zod accepts it, so this row tests nothing`).toBeNull();
      expect(shapeDocument(copy), name).toBeUndefined();
    }
  });
});
