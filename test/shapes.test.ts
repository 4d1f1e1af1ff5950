/**
 * Unusual and hostile shapes of text (issue #16): the pipeline gives a valid document with exact
 * offsets and no empty span for any mix of them, noise does not flip a document's language, and
 * line endings of any kind give the same paragraphs. The shapes are those `npm run bench --
 * --shapes` times (scripts/shapes.mjs), here at a small size.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract, type CitatDocument } from 'citat';
// @ts-expect-error a script module without types: a record of functions (size → text) and a string
import { ARTICLE, SHAPES } from '../scripts/shapes.mjs';
import { findParagraphs } from '../src/pipeline/text/paragraphs.js';
import { findQuotedSpans } from '../src/pipeline/text/quote-marks.js';

const shapes = SHAPES as Record<string, (n: number) => string>;
const article = ARTICLE as string;

const runs = (n: number) => n * Math.max(1, Number(process.env.CITAT_PROPERTY_RUNS ?? 1) || 1);

/** Every span of the document: its text at its offsets, and never empty. */
function checkSpans(doc: CitatDocument, input: string): void {
  const range = (r: { start: number; end: number }, what: string) => {
    expect(r.start, `${what} is empty or reversed`).toBeLessThan(r.end);
    expect(r.end, `${what} ends past the input`).toBeLessThanOrEqual(input.length);
  };
  const span = (s: { start: number; end: number; text: string }, what: string) => {
    range(s, what);
    expect(input.slice(s.start, s.end), `${what}: text at its offsets`).toBe(s.text);
    expect(s.text, `${what} is only white space`).toMatch(/\S/u);
  };
  for (const [i, p] of doc.paragraphs.entries()) range(p, `paragraph ${i}`);
  for (const [i, s] of doc.sentences.entries()) range(s, `sentence ${i}`);
  for (const q of doc.quotes) {
    span(q, `quote ${q.id}`);
    if (q.cue) span(q.cue, `cue of ${q.id}`);
    if (q.speaker?.mention) span(q.speaker.mention, `speaker mention of ${q.id}`);
  }
  for (const s of doc.speakers) for (const [i, m] of s.mentions.entries()) span(m, `mention ${i} of ${s.id}`);
}

describe('any mix of unusual shapes of text', () => {
  const names = Object.keys(shapes);
  const piece = fc.record({ shape: fc.constantFrom(...names), size: fc.integer({ min: 1, max: 1500 }) });
  const separator = fc.constantFrom('', ' ', '\n', '\n\n', '\r', '\r\r', '\r\n', '\r\n\r\n', ' - ');
  const mix = fc.tuple(fc.array(fc.tuple(piece, separator), { minLength: 1, maxLength: 5 }), fc.boolean());

  it('gives a document with exact offsets, no error and no empty span (fast-check)', () => {
    fc.assert(
      fc.property(mix, ([pieces, force]) => {
        const text = pieces.map(([p, sep]) => shapes[p.shape]!(p.size) + sep).join('');
        if (text.trim() === '') return;
        checkSpans(extract(text, { force }), text);
      }),
      { numRuns: runs(150) },
    );
  });

  it.each(names)('%s, 20 kB, in the Danish rules', (name) => {
    const text = shapes[name]!(20_000);
    checkSpans(extract(text, { force: true }), text);
  });
});

describe('a paragraph that is only a dash is no quote', () => {
  it.each(['-', '–', '—'])('a paragraph of %s between paragraphs of speech', (dash) => {
    const text = `- Vi er klar til kampen, siger træneren.\n\n${dash}\n\n- Holdet har trænet hårdt hele ugen.`;
    const doc = extract(text);
    expect(doc.quotes.map((q) => q.text)).toEqual(['Vi er klar til kampen,', 'Holdet har trænet hårdt hele ugen.']);
  });

  it('a text of dash lines alone has no quote', () => {
    expect(extract('- \n– \n—\n-\n', { force: true }).quotes).toEqual([]);
  });
});

/** Deterministic pseudo-random numbers (a linear congruential generator), so the rows never change. */
function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
}

describe("noise does not flip the document's language (the prose decides)", () => {
  const next = random(7);
  const base64 = Buffer.from(Array.from({ length: 2025 }, () => Math.floor(next() * 256))).toString('base64');
  const token = Array.from({ length: 100_000 }, () => String.fromCharCode(97 + Math.floor(next() * 26))).join('');
  const arabic = ['مدينة', 'الحكومة', 'الناس', 'كتاب', 'السلام'];
  let k = 0;
  const sprinkled = article.replace(/(\S+) /g, (m, w: string) => (k++ % 2 === 0 ? `${w} ${arabic[k % arabic.length]} ` : m));
  const plain = extract(article);
  const quotesOf = (doc: CitatDocument) => doc.quotes.map((q) => [q.kind, q.text, q.speaker?.name ?? null]);

  it('the article itself is Danish, with its quotes', () => {
    expect(plain.language.code).toBe('da');
    expect(plain.quotes.length).toBeGreaterThanOrEqual(5);
  });

  it.each([
    ['a 2.7 kB base64 blob after it', `${article}\n${base64}\n`, 'und'],
    ['the same blob wrapped at 76 characters', `${article}\n${base64.match(/.{1,76}/g)!.join('\n')}\n`, 'und'],
    ['one token of 100,000 letters after it', `${article}\n${token}\n`, 'und'],
    ['a paragraph of consonants with no vowel', `${article}\nbcdfghjklmnpqrstvwxz ${'xkcd bzzt grrr pfft hmm '.repeat(20)}\n`, 'und'],
  ])('%s: stays da with its quotes, and the noise paragraph is und', (_name, text, noiseCode) => {
    const doc = extract(text);
    expect(doc.language.code).toBe('da');
    expect(doc.warnings).toEqual([]);
    expect(doc.language.paragraphs?.at(-1)?.code).toBe(noiseCode);
    expect(quotesOf(doc)).toEqual(quotesOf(plain));
  });

  it('Arabic words sprinkled through it: stays da, every paragraph da, with its quotes', () => {
    const doc = extract(sprinkled);
    expect(doc.language.code).toBe('da');
    expect(new Set(doc.language.paragraphs?.map((p) => p.code))).toEqual(new Set(['da']));
    // (the words fall inside names and cues too, so only the quotes' kinds are the article's)
    expect(doc.quotes.map((q) => q.kind)).toEqual(plain.quotes.map((q) => q.kind));
  });

  it('a paragraph in Arabic is reported as such but does not outvote the Danish ones', () => {
    const paragraph = `${Array.from({ length: 120 }, (_, i) => arabic[i % arabic.length]).join(' ')}.`;
    const doc = extract(`${article}\n${paragraph}\n`);
    expect(doc.language.code).toBe('da');
    expect(doc.language.paragraphs?.at(-1)?.code).not.toBe('da');
  });

  it('a text of base64 alone is not Danish prose either', () => {
    expect(extract(`${base64}\n\n${base64}`).language.code).not.toBe('da');
  });
});

describe('line endings', () => {
  it.each([
    ['\\r alone', '\r'],
    ['\\r\\n', '\r\n'],
  ])('%s gives the paragraphs \\n gives', (_name, eol) => {
    const withLf = extract(article);
    const text = article.replace(/\n/g, eol);
    const doc = extract(text);
    expect(doc.paragraphs.map((p) => text.slice(p.start, p.end))).toEqual(withLf.paragraphs.map((p) => article.slice(p.start, p.end)));
    expect(doc.quotes.map((q) => q.text)).toEqual(withLf.quotes.map((q) => q.text));
  });

  it('\\r alone between lines of a text with no blank line: one paragraph a line', () => {
    const doc = extract('Første linje er her.\rAnden linje er her.\rTredje linje.');
    expect(doc.paragraphs).toHaveLength(3);
  });
});

describe('very many of one thing in one place does not overflow the call stack', () => {
  it('a speech-dash paragraph holding 150,000 quoted words gives them all as quotes within the speech', () => {
    const text = `- Nu ${'”ord” '.repeat(150_000)}, siger hun.\n`;
    const spans = findQuotedSpans(text, findParagraphs(text));
    expect(spans.length).toBe(150_001);
    expect(spans[0]!.style).toBe('dash');
  });
});
