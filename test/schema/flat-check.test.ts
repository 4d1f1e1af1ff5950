/**
 * The fast check of the output's growing arrays (src/schema/flat-check.ts) may only ever pass a
 * record that a zod parse would give back unchanged: if it passed one zod refuses, a broken
 * paragraph, sentence or paragraph language would reach users unchecked.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CitatDocument } from '../../src/schema/index.js';
import { flatCheck } from '../../src/schema/flat-check.js';

const ELEMENTS: [name: string, schema: z.ZodType][] = [
  ['paragraph', CitatDocument.shape.paragraphs.element],
  ['sentence', CitatDocument.shape.sentences.element],
  ['paragraph language', CitatDocument.shape.language.shape.paragraphs.unwrap().element],
];

/** Values near every bound the schemas have, and of every wrong type. */
const value = fc.oneof(
  fc.constantFrom(0, -0, 1, -1, 0.5, 2, 3, 1.0000001, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 2, Number.NaN, Number.POSITIVE_INFINITY),
  fc.integer({ min: -5, max: 1000 }),
  fc.double(),
  fc.constantFrom('da', 'und', 'd', 'dansk', '', 'nb'),
  fc.constantFrom(null, undefined, true, [], {}),
);
const key = fc.constantFrom('start', 'end', 'paragraph', 'code', 'confidence', 'text', 'extra');

describe('the fast check of flat records', () => {
  it.each(ELEMENTS)('is compiled for the %s schema (else every element goes to zod, slowly)', (_name, schema) => {
    expect(flatCheck(schema)).toBeTypeOf('function');
  });

  it.each(ELEMENTS)('passes a %s only when a parse gives it back unchanged', (_name, schema) => {
    const fast = flatCheck(schema)!;
    // records of random keys, and records of the schema's own keys with random values
    const keys = Object.keys((schema as z.ZodObject).shape);
    const pairs = fc.oneof(
      fc.array(fc.tuple(key, value), { maxLength: 5 }),
      fc
        .tuple(...keys.map(() => fc.oneof(fc.constantFrom(0, 1, 7, 0.5, 'da', 'und'), value)))
        .map((values) => keys.map((k, i) => [k, values[i]] as [string, unknown])),
    );
    let passed = 0;
    fc.assert(
      fc.property(pairs, (entries) => {
        const record = Object.fromEntries(entries);
        if (!fast(record)) return;
        passed++;
        const parsed = schema.safeParse(record);
        expect(parsed.success).toBe(true);
        expect(Object.entries(parsed.data as object)).toEqual(Object.entries(record));
      }),
      { numRuns: 5000 },
    );
    // (the property said something: some records passed)
    expect(passed).toBeGreaterThan(20);
  });

  it.each([
    ['a paragraph', { start: 0, end: 12 }, true],
    ['a paragraph with its keys the other way round', { end: 12, start: 0 }, false],
    ['a paragraph with a key more', { start: 0, end: 12, text: 'x' }, false],
    ['a negative offset', { start: -1, end: 12 }, false],
    ['an offset that is not a whole number', { start: 0.5, end: 12 }, false],
  ])('%s: %s', (_name, record, passes) => {
    expect(flatCheck(ELEMENTS[0]![1])!(record)).toBe(passes);
  });

  it('leaves a schema it does not know to zod', () => {
    expect(flatCheck(z.object({ start: z.number(), tags: z.array(z.string()) }))).toBeUndefined();
    expect(flatCheck(z.object({ start: z.number().multipleOf(2) }))).toBeUndefined();
  });
});
