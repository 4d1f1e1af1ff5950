import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { CONFIDENCE_MODEL, confidenceFeatures, FEATURE_NAMES, type ConfidenceInput } from '../../src/pipeline/confidence/index.js';

/** The confidence of the first quote extracted from a text. */
const confidence = (text: string) => extract(text, { force: true }).quotes[0]!.confidence;

describe('confidence: the probability that a quote and its speaker are right', () => {
  it('ships a model fitted on exactly the features the pipeline computes', () => {
    expect(CONFIDENCE_MODEL.features).toEqual([...FEATURE_NAMES]);
  });

  const rows: Array<[string, string, string]> = [
    [
      'a named speaker cued after the quote is surer than a quote with nobody to say it',
      '"Vi åbner butikken igen på mandag," siger indehaver Grethe Mølgaard.',
      'Der var kø fra morgenstunden.\n\n"Vi åbner igen på mandag, og så må vi se, hvordan det går med varerne."',
    ],
    [
      'a named speaker is surer than a pronoun far from any name',
      'Borgmester Lars Fisker siger, at vejen bliver lukket i to uger.',
      'Vejen var lukket i går. Den er åben nu. Trafikken er tæt. Han siger, at det bliver værre.',
    ],
    [
      'a pronoun whose person was named before the quote is surer than one resolved to a name only given after it',
      'Tove Lund er ny formand. "Vi skal have flere medlemmer," siger hun.\n\nKlubben har 80 medlemmer.',
      '"Vi skal have flere medlemmer," siger hun.\n\nKlubben har 80 medlemmer. Formanden hedder Tove Lund.',
    ],
    [
      'a speaker the article mentions again and again is surer than one mentioned once',
      'Per Holm er træner. Per Holm har været i klubben i ti år, og Per Holm kender alle. "Vi vinder i morgen," siger Per Holm.',
      'Kampen er i morgen. "Vi vinder i morgen," siger Per Holm.',
    ],
  ];
  it.each(rows)('%s', (_name, sure, unsure) => {
    expect(confidence(sure)).toBeGreaterThan(confidence(unsure));
  });

  it('stays between 0 and 1', () => {
    for (const t of [...rows.flatMap((r) => [r[1], r[2]])]) {
      const c = confidence(t);
      expect(c).toBeGreaterThanOrEqual(0);
      expect(c).toBeLessThanOrEqual(1);
    }
  });
});

describe('confidence features: a speaker named very many times', () => {
  it('are computed for a speaker with 200,000 mentions (a spread into Math.min overflowed the stack)', () => {
    const text = 'Anne Holm. '.repeat(200_000);
    const mentions = Array.from({ length: 200_000 }, (_, i) => ({ start: i * 11, end: i * 11 + 9, text: 'Anne Holm' }));
    const doc = {
      text,
      quotes: [{ start: 0, end: 9, kind: 'direct', cue: null, confidence: 0.9 }],
      sentences: [{ start: 0, end: text.length, paragraph: 0 }],
      speakers: [{ id: 's1', name: 'Anne Holm', kind: 'person', roles: [], mentions }],
      attributions: [{ speakerId: 's1', resolution: 'name', mention: mentions[0] }],
    } as unknown as ConfidenceInput;
    const [features] = confidenceFeatures(doc);
    expect(features?.every(Number.isFinite)).toBe(true);
  });
});
