/**
 * The output contract: the committed JSON Schema is the one the zod schema generates, the schema
 * modules users import exist, and validation accepts a real document and rejects broken ones.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extract } from 'citat';
import * as schema from 'citat/schema';
import { CitatDocument, citatJsonSchema } from 'citat/schema';

const committedPath = fileURLToPath(new URL('../schema/citat.schema.json', import.meta.url));

/** A small document of our own wording, with a direct quote, a cue and a speaker. */
const sample = () => extract('"Vi åbner broen igen på mandag," siger vejchef Lone Kragh.\n\nHun tilføjer, at trafikken bliver tæt.', { id: 'bro' });

describe('schema/citat.schema.json', () => {
  it('equals the JSON Schema generated from the zod schema', () => {
    const committed: unknown = JSON.parse(readFileSync(committedPath, 'utf8'));
    expect(committed, 'schema/citat.schema.json has drifted from src/schema; run `npm run schema` and review the diff').toEqual(citatJsonSchema());
  });

  it('is written the way `npm run schema` writes it (pretty, trailing newline)', () => {
    expect(readFileSync(committedPath, 'utf8'), 'run `npm run schema`').toBe(`${JSON.stringify(citatJsonSchema(), null, 2)}\n`);
  });

  it('is a draft 2020-12 schema of an object with the document fields', () => {
    const s = citatJsonSchema() as { $schema?: string; type?: string; properties?: Record<string, unknown>; required?: string[] };
    expect(s.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(s.type).toBe('object');
    const fields = ['schemaVersion', 'id', 'language', 'paragraphs', 'sentences', 'speakers', 'quotes', 'warnings'];
    expect(Object.keys(s.properties ?? {}).sort()).toEqual([...fields].sort());
    expect([...(s.required ?? [])].sort()).toEqual([...fields].sort());
  });
});

describe('citat/schema exports', () => {
  it.each([
    'CitatDocument',
    'Quote',
    'QuoteKind',
    'QuoteSpeaker',
    'Speaker',
    'SpeakerKind',
    'Sentence',
    'Span',
    'Language',
    'LanguageCode',
    'ParagraphLanguage',
    'Paragraph',
    'Resolution',
    'ErrorRecord',
  ])('%s is a zod schema', (name) => {
    const value = (schema as Record<string, unknown>)[name] as { safeParse?: unknown } | undefined;
    expect(value, `citat/schema does not export ${name}`).toBeDefined();
    expect(typeof value?.safeParse).toBe('function');
  });

  it('exports the schema version and the JSON Schema generator', () => {
    expect(schema.SCHEMA_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
    expect(typeof schema.citatJsonSchema).toBe('function');
  });
});

describe('validation', () => {
  it('accepts a real document', () => {
    const doc = sample();
    const parsed = CitatDocument.safeParse(doc);
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues)).toBe(true);
  });

  it('accepts the document after a round trip through JSON (what the command prints)', () => {
    expect(CitatDocument.safeParse(JSON.parse(JSON.stringify(sample()))).success).toBe(true);
  });

  /** Breaks one thing in an otherwise valid document. */
  type Breaker = (doc: Record<string, any>) => void;
  const broken: [string, Breaker][] = [
    [
      'a negative paragraph offset',
      (d) => {
        d.paragraphs[0].start = -1;
      },
    ],
    [
      'a fractional sentence offset',
      (d) => {
        d.sentences[0].end = 2.5;
      },
    ],
    [
      'a quote of an unknown kind',
      (d) => {
        d.quotes.push({ id: 'qx', kind: 'hearsay', start: 0, end: 1, text: '"', cue: null, speaker: null, sentences: [0], confidence: 0.5 });
      },
    ],
    [
      'a speaker of an unknown kind',
      (d) => {
        d.speakers.push({ id: 'sx', name: 'X', kind: 'robot', roles: [], mentions: [] });
      },
    ],
    [
      'a confidence above 1',
      (d) => {
        d.language.confidence = 1.5;
      },
    ],
    [
      'a wrong schema version',
      (d) => {
        d.schemaVersion = '0.0.0';
      },
    ],
    [
      'a missing field',
      (d) => {
        delete d.warnings;
      },
    ],
    [
      'a span without text',
      (d) => {
        d.quotes.push({ id: 'qy', kind: 'direct', start: 0, end: 1, text: '"', cue: { start: 0, end: 1 }, speaker: null, sentences: [], confidence: 0.5 });
      },
    ],
  ];
  it.each(broken)('rejects %s', (_name, breakIt) => {
    const doc = JSON.parse(JSON.stringify(sample())) as Record<string, any>;
    expect(CitatDocument.safeParse(doc).success).toBe(true);
    breakIt(doc);
    expect(CitatDocument.safeParse(doc).success).toBe(false);
  });
});
